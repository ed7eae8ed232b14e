/**
 * The only module that imports DOMPurify: turns untrusted mail HTML into the `srcdoc` of a
 * sandboxed iframe (`sandbox="allow-popups allow-popups-to-escape-sandbox"`, never
 * `allow-scripts` nor `allow-same-origin`).
 *
 * Three layers, each enough on its own for remote loads: DOMPurify removes active content, the
 * hooks below strip or rewrite every URL that would fetch something, and the document carries a
 * CSP that lets images load only from `data:` until the user asks for remote images.
 */
import DOMPurify, { type Config, type UponSanitizeElementHookEvent } from 'dompurify';

export interface SanitizeOptions {
  /** Keep http(s) images, backgrounds and CSS image URLs (the user pressed "Load remote images"). */
  allowRemote: boolean;
}

export interface SanitizedMessage {
  srcdoc: string;
  /**
   * How many remote (http, https or protocol-relative) references were removed or neutralised in
   * this output: images, backgrounds, CSS `url()`/`image-set()`, `@import`, fonts, media, `link`,
   * frames, objects, SVG references. With `allowRemote: true` it counts what still stays blocked
   * (`@import`, fonts, media, frames…). `cid:` and relative references are removed but not
   * counted: loading remote content would not bring them back.
   */
  blockedRemote: number;
}

const CSP_COMMON =
  "style-src 'unsafe-inline'; font-src data:; media-src data:; form-action 'none'; frame-src 'none'; base-uri 'none'";
/** The Content-Security-Policy of the srcdoc while remote content is blocked. */
export const CSP_REMOTE_BLOCKED = `default-src 'none'; img-src data:; ${CSP_COMMON}`;
/** The Content-Security-Policy of the srcdoc after the user allowed remote images. */
export const CSP_REMOTE_ALLOWED = `default-src 'none'; img-src data: https: http:; ${CSP_COMMON}`;

const DEFAULT_STYLE =
  'html{-webkit-text-size-adjust:100%}' +
  'body{margin:8px;max-width:100%;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;' +
  'overflow-wrap:break-word;word-wrap:break-word}' +
  'img,video{max-width:100%;height:auto}' +
  'table{max-width:100%}' +
  'pre{white-space:pre-wrap}';

/** Elements that never survive, whatever DOMPurify's defaults say. */
const FORBIDDEN_TAGS = [
  'script',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'base',
  'basefont',
  'meta',
  'link',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'keygen',
  'output',
  'portal',
  'fencedframe',
  'slot',
  'noembed',
  'noframes',
  'plaintext',
  'xmp',
  'math',
  'foreignobject',
  'animate',
  'animatemotion',
  'animatetransform',
  'animatecolor',
  'set',
  'use',
  'discard',
  'dialog',
];

/** Attributes that act (submit, ping, download, fetch) or carry documents. */
const FORBIDDEN_ATTRS = [
  'action',
  'formaction',
  'ping',
  'download',
  'srcdoc',
  'integrity',
  'nonce',
  'crossorigin',
  'popover',
  'popovertarget',
  'popovertargetaction',
  'command',
  'commandfor',
  'autofocus',
  'lowsrc',
  'dynsrc',
  'longdesc',
  'manifest',
  'codebase',
  'archive',
  'data',
  'target',
];

/** Removed elements whose URL attributes would have fetched something: counted when remote. */
const FETCHING_ELEMENT_ATTRS: Record<string, readonly string[]> = {
  script: ['src', 'href', 'xlink:href'],
  link: ['href'],
  iframe: ['src'],
  frame: ['src'],
  object: ['data'],
  embed: ['src'],
  input: ['src'],
  use: ['href', 'xlink:href'],
};

const DATA_IMAGE = /^data:image\/(?:png|x-png|jpeg|jpg|pjpeg|gif|webp|bmp|x-ms-bmp|avif)[;,]/i;
const DATA_MEDIA = /^data:(?:video|audio)\/[\w.+-]+[;,]|^data:text\/vtt[;,]/i;
const DATA_FONT = /^data:(?:font\/|application\/(?:x-)?font|application\/vnd\.ms-fontobject)/i;

type UrlKind =
  'empty' | 'fragment' | 'remote' | 'data-image' | 'data-media' | 'data-font' | 'data-other' | 'cid' | 'mailto' | 'other';

interface ClassifiedUrl {
  kind: UrlKind;
  /** For `remote`: the URL with protocol-relative `//host` turned into `https://host`. */
  normalized: string;
}

/** Classifies a URL the way a browser's URL parser sees it (tabs/newlines dropped, C0 trimmed). */
function classifyUrl(raw: string): ClassifiedUrl {
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (url === '') return { kind: 'empty', normalized: url };
  if (url.startsWith('#')) return { kind: 'fragment', normalized: url };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return { kind: 'remote', normalized: url };
  if (scheme === 'data') {
    if (DATA_IMAGE.test(url)) return { kind: 'data-image', normalized: url };
    if (DATA_MEDIA.test(url)) return { kind: 'data-media', normalized: url };
    if (DATA_FONT.test(url)) return { kind: 'data-font', normalized: url };
    return { kind: 'data-other', normalized: url };
  }
  if (scheme === 'cid') return { kind: 'cid', normalized: url };
  if (scheme === 'mailto') return { kind: 'mailto', normalized: url };
  if (scheme !== undefined) return { kind: 'other', normalized: url };
  // `//host/x` (and `\\host\x`, which browsers read the same way for http) is remote.
  if (/^[\\/]{2}/.test(url)) return { kind: 'remote', normalized: `https://${url.replace(/^[\\/]+/, '')}` };
  return { kind: 'other', normalized: url };
}

/** Per-call state shared by the hooks and the CSS rewriter. */
interface Policy {
  allowRemote: boolean;
  blocked: number;
}

type Decision = { keep: true; value: string } | { keep: false };

/** Decides what happens to an image-like reference (img src, background, CSS `url()`…). */
function decideImage(raw: string, policy: Policy, allowRemote = policy.allowRemote): Decision {
  const url = classifyUrl(raw);
  if (url.kind === 'data-image') return { keep: true, value: raw };
  if (url.kind === 'remote') {
    if (allowRemote) return { keep: true, value: url.normalized };
    policy.blocked += 1;
  }
  return { keep: false };
}

// ---------------------------------------------------------------------------------------------
// CSS: a tokenizer that follows CSS Syntax Level 3 closely enough to find every URL the browser
// would see (escapes, comments, strings, `url(` tokens), so `u\72l(`, `/**/` tricks and
// `@\69mport` cannot hide a reference. Anything it cannot place is rewritten, never trusted.
// https://www.w3.org/TR/css-syntax-3/#tokenization
// ---------------------------------------------------------------------------------------------

type CssTokenType =
  | 'ws'
  | 'comment'
  | 'string'
  | 'bad-string'
  | 'url'
  | 'bad-url'
  | 'function'
  | 'at'
  | 'ident'
  | 'hash'
  | 'number'
  | 'delim'
  | '('
  | ')'
  | '['
  | ']'
  | '{'
  | '}'
  | ';'
  | ':'
  | ','
  | 'cdo'
  | 'cdc';

interface CssToken {
  type: CssTokenType;
  raw: string;
  /** Decoded name (ident, function, at-keyword) or decoded content (string, url). */
  value: string;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const isCssWs = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n';
const isNameStart = (c: string | undefined): boolean => c !== undefined && (/^[A-Za-z_]$/.test(c) || c.charCodeAt(0) >= 0x80);
const isNameChar = (c: string | undefined): boolean => isNameStart(c) || isDigit(c) || c === '-';
// eslint-disable-next-line no-control-regex
const isNonPrintable = (c: string): boolean => /^[\u0000-\u0008\u000B\u000E-\u001F\u007F]$/.test(c);

function isValidEscape(s: string, i: number): boolean {
  return s[i] === '\\' && s[i + 1] !== '\n';
}

function startsIdent(s: string, i: number): boolean {
  const c = s[i];
  if (c === '-') return isNameStart(s[i + 1]) || s[i + 1] === '-' || isValidEscape(s, i + 1);
  if (c === '\\') return isValidEscape(s, i);
  return isNameStart(c);
}

function startsNumber(s: string, i: number): boolean {
  const c = s[i];
  if (c === '+' || c === '-') return isDigit(s[i + 1]) || (s[i + 1] === '.' && isDigit(s[i + 2]));
  if (c === '.') return isDigit(s[i + 1]);
  return isDigit(c);
}

/** Consumes an escape whose backslash is at `i - 1`; returns the code point and the next index. */
function consumeEscape(s: string, i: number): [string, number] {
  if (i >= s.length) return ['\uFFFD', i];
  if (isHex(s[i])) {
    let j = i;
    while (j < s.length && j - i < 6 && isHex(s[j])) j++;
    const code = parseInt(s.slice(i, j), 16);
    if (isCssWs(s[j])) j++;
    const valid = code !== 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return [valid ? String.fromCodePoint(code) : '\uFFFD', j];
  }
  const cp = s.codePointAt(i) ?? 0xfffd;
  const ch = String.fromCodePoint(cp);
  return [ch, i + ch.length];
}

function consumeName(s: string, i: number): [string, number] {
  let name = '';
  let j = i;
  while (j < s.length) {
    if (isNameChar(s[j])) {
      name += s[j];
      j++;
    } else if (isValidEscape(s, j)) {
      const [ch, next] = consumeEscape(s, j + 1);
      name += ch;
      j = next;
    } else {
      break;
    }
  }
  return [name, j];
}

function consumeBadUrlRemnants(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    if (s[j] === ')') return j + 1;
    if (isValidEscape(s, j)) j = consumeEscape(s, j + 1)[1];
    else j++;
  }
  return j;
}

/** Consumes an unquoted `url(` token body starting at `i`; returns [value, next index, bad]. */
function consumeUrl(s: string, i: number): [string, number, boolean] {
  let value = '';
  let j = i;
  while (j < s.length && isCssWs(s[j])) j++;
  while (j < s.length) {
    const c = s[j] as string;
    if (c === ')') return [value, j + 1, false];
    if (isCssWs(c)) {
      while (j < s.length && isCssWs(s[j])) j++;
      if (j >= s.length) return [value, j, false];
      if (s[j] === ')') return [value, j + 1, false];
      return [value, consumeBadUrlRemnants(s, j), true];
    }
    if (c === '"' || c === "'" || c === '(' || isNonPrintable(c)) return [value, consumeBadUrlRemnants(s, j), true];
    if (c === '\\') {
      if (!isValidEscape(s, j)) return [value, consumeBadUrlRemnants(s, j), true];
      const [ch, next] = consumeEscape(s, j + 1);
      value += ch;
      j = next;
      continue;
    }
    value += c;
    j++;
  }
  return [value, j, false];
}

function tokenizeCss(input: string): CssToken[] {
  // https://www.w3.org/TR/css-syntax-3/#input-preprocessing
  const s = input.replace(/\r\n?|\f/g, '\n').replace(/\0/g, '\uFFFD');
  const tokens: CssToken[] = [];
  let i = 0;
  const push = (type: CssTokenType, start: number, value = ''): void => {
    tokens.push({ type, raw: s.slice(start, i), value });
  };
  while (i < s.length) {
    const start = i;
    const c = s[i] as string;
    if (isCssWs(c)) {
      while (i < s.length && isCssWs(s[i])) i++;
      push('ws', start);
    } else if (c === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      i = end === -1 ? s.length : end + 2;
      push('comment', start);
    } else if (c === '"' || c === "'") {
      let value = '';
      let type: CssTokenType = 'string';
      i++;
      for (;;) {
        if (i >= s.length) break;
        const d = s[i] as string;
        if (d === c) {
          i++;
          break;
        }
        if (d === '\n') {
          type = 'bad-string';
          break;
        }
        if (d === '\\') {
          if (i + 1 >= s.length) {
            i++;
          } else if (s[i + 1] === '\n') {
            i += 2;
          } else {
            const [ch, next] = consumeEscape(s, i + 1);
            value += ch;
            i = next;
          }
          continue;
        }
        value += d;
        i++;
      }
      push(type, start, value);
    } else if (startsNumber(s, i)) {
      if (c === '+' || c === '-') i++;
      while (isDigit(s[i])) i++;
      if (s[i] === '.' && isDigit(s[i + 1])) {
        i++;
        while (isDigit(s[i])) i++;
      }
      if (
        (s[i] === 'e' || s[i] === 'E') &&
        (isDigit(s[i + 1]) || ((s[i + 1] === '+' || s[i + 1] === '-') && isDigit(s[i + 2])))
      ) {
        i += 2;
        while (isDigit(s[i])) i++;
      }
      if (startsIdent(s, i)) i = consumeName(s, i)[1];
      else if (s[i] === '%') i++;
      push('number', start);
    } else if (c === '<' && s.startsWith('<!--', i)) {
      i += 4;
      push('cdo', start);
    } else if (c === '-' && s.startsWith('-->', i)) {
      i += 3;
      push('cdc', start);
    } else if (startsIdent(s, i)) {
      const [name, next] = consumeName(s, i);
      i = next;
      if (s[i] === '(') {
        i++;
        if (name.toLowerCase() === 'url') {
          let j = i;
          while (isCssWs(s[j])) j++;
          if (s[j] === '"' || s[j] === "'") {
            push('function', start, 'url');
          } else {
            const [value, end, bad] = consumeUrl(s, i);
            i = end;
            push(bad ? 'bad-url' : 'url', start, value);
          }
        } else {
          push('function', start, name.toLowerCase());
        }
      } else {
        push('ident', start, name);
      }
    } else if (c === '@' && startsIdent(s, i + 1)) {
      const [name, next] = consumeName(s, i + 1);
      i = next;
      push('at', start, name.toLowerCase());
    } else if (c === '#' && (isNameChar(s[i + 1]) || isValidEscape(s, i + 1))) {
      i = consumeName(s, i + 1)[1];
      push('hash', start);
    } else if ('()[]{};:,'.includes(c)) {
      i++;
      push(c as CssTokenType, start);
    } else {
      const cp = s.codePointAt(i) ?? 0;
      i += cp > 0xffff ? 2 : 1;
      push('delim', start);
    }
  }
  return tokens;
}

/** Functions whose string argument is a URL. */
const URL_FUNCTIONS = new Set(['url', 'src']);
/** Functions that take image URLs as bare strings and/or `url()`s. */
const IMAGE_FUNCTIONS = new Set([
  'image-set',
  '-webkit-image-set',
  '-moz-image-set',
  'image',
  'cross-fade',
  '-webkit-cross-fade',
]);

function cssString(value: string): string {
  // `<` is escaped so the text can never close a <style> element or look like markup.
  return `"${value.replace(/[\\"<\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/** The token's text, with any `<` made harmless (so `</style` can never appear). */
function safeRaw(token: CssToken): string {
  if (!token.raw.includes('<')) return token.raw;
  switch (token.type) {
    case 'string':
      return cssString(token.value);
    case 'url':
      return `url(${cssString(token.value)})`;
    case 'comment':
    case 'bad-string':
      return token.raw.replace(/</g, ' ');
    case 'delim':
      return '< ';
    default:
      return token.raw.replace(/\\</g, '\\3c ');
  }
}

interface FunctionFrame {
  kind: 'url' | 'image' | 'other';
  outStart: number;
  blocked: boolean;
}

/**
 * Rewrites a style sheet or a `style` attribute: drops `@import`, blocks remote fonts always and
 * remote images unless allowed, keeps `data:` images and `#fragment` references, and replaces
 * every other reference by `none` (which invalidates the declaration: nothing loads).
 */
function rewriteCss(css: string, policy: Policy, allowRemote = policy.allowRemote): string {
  const tokens = tokenizeCss(css);
  const out: string[] = [];
  const blocks: Array<'font' | 'other'> = [];
  const frames: FunctionFrame[] = [];
  let pendingBlock: 'font' | 'other' | null = null;

  const decide = (raw: string): Decision => {
    const url = classifyUrl(raw);
    if (url.kind === 'fragment') return { keep: true, value: raw };
    if (blocks.includes('font')) {
      if (url.kind === 'data-font' || url.kind === 'data-other') return { keep: true, value: raw };
      if (url.kind === 'remote') policy.blocked += 1;
      return { keep: false };
    }
    return decideImage(raw, policy, allowRemote);
  };
  const markParentBlocked = (): void => {
    const top = frames[frames.length - 1];
    if (top && top.kind !== 'other') top.blocked = true;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as CssToken;
    switch (t.type) {
      case 'at': {
        if (t.value === 'import') {
          // Skip the whole rule: its prelude up to `;`, or a block if one follows.
          let depth = 0;
          let k = i + 1;
          let remote = false;
          for (; k < tokens.length; k++) {
            const u = tokens[k] as CssToken;
            if (u.type === 'url' || u.type === 'string') remote ||= classifyUrl(u.value).kind === 'remote';
            if (u.type === '(' || u.type === 'function' || u.type === '[' || u.type === '{') depth++;
            else if (u.type === ')' || u.type === ']' || u.type === '}') depth--;
            if ((depth === 0 && u.type === ';') || (depth === 0 && u.type === '}') || depth < 0) break;
          }
          if (remote) policy.blocked += 1;
          out.push(' ');
          i = k;
          continue;
        }
        if (t.value === 'namespace') {
          // A namespace URL is a name, never fetched: copy the rule as it is.
          let k = i;
          for (; k < tokens.length && (tokens[k] as CssToken).type !== ';'; k++) out.push(safeRaw(tokens[k] as CssToken));
          if (k < tokens.length) out.push(';');
          i = k;
          continue;
        }
        pendingBlock = t.value === 'font-face' ? 'font' : 'other';
        out.push(safeRaw(t));
        continue;
      }
      case '{':
        if (frames.length === 0) {
          blocks.push(pendingBlock ?? (blocks[blocks.length - 1] === 'font' ? 'font' : 'other'));
          pendingBlock = null;
        }
        out.push('{');
        continue;
      case '}':
        if (frames.length === 0) {
          blocks.pop();
          pendingBlock = null;
        }
        out.push('}');
        continue;
      case ';':
        if (frames.length === 0) pendingBlock = null;
        out.push(';');
        continue;
      case 'function':
        frames.push({
          kind: URL_FUNCTIONS.has(t.value) ? 'url' : IMAGE_FUNCTIONS.has(t.value) ? 'image' : 'other',
          outStart: out.length,
          blocked: false,
        });
        out.push(safeRaw(t));
        continue;
      case '(':
        frames.push({ kind: 'other', outStart: out.length, blocked: false });
        out.push('(');
        continue;
      case ')': {
        const frame = frames.pop();
        out.push(')');
        if (frame && frame.kind !== 'other' && frame.blocked) {
          out.length = frame.outStart;
          out.push('none');
          markParentBlocked();
        }
        continue;
      }
      case 'string':
      case 'bad-string': {
        const top = frames[frames.length - 1];
        if (top && top.kind !== 'other') {
          const decision = decide(t.value);
          if (!decision.keep) top.blocked = true;
          else out.push(decision.value === t.value ? safeRaw(t) : cssString(decision.value));
          continue;
        }
        out.push(safeRaw(t));
        continue;
      }
      case 'url': {
        const decision = decide(t.value);
        if (decision.keep) {
          out.push(decision.value === t.value ? safeRaw(t) : `url(${cssString(decision.value)})`);
        } else {
          out.push('none');
          markParentBlocked();
        }
        continue;
      }
      case 'bad-url':
        // The browser drops it too; never echo its text.
        out.push('none');
        continue;
      case 'cdo':
      case 'cdc':
        out.push(' ');
        continue;
      default:
        out.push(safeRaw(t));
    }
  }
  // Unclosed url()/image-set() frames run to the end of the sheet: cut them if blocked.
  for (let f = frames.length - 1; f >= 0; f--) {
    const frame = frames[f] as FunctionFrame;
    if (frame.kind !== 'other' && frame.blocked) {
      out.length = frame.outStart;
      out.push('none');
    }
  }
  return out.join('');
}

// ---------------------------------------------------------------------------------------------
// Attributes
// ---------------------------------------------------------------------------------------------

interface SrcsetCandidate {
  url: string;
  descriptor: string;
}

/** https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute (simplified). */
function parseSrcset(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let i = 0;
  const isWs = (c: string | undefined): boolean => c !== undefined && /^[\t\n\f\r ]$/.test(c);
  while (i < value.length) {
    while (i < value.length && (isWs(value[i]) || value[i] === ',')) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !isWs(value[i])) i++;
    let url = value.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const descStart = i;
      let depth = 0;
      while (i < value.length) {
        const c = value[i];
        if (c === '(') depth++;
        else if (c === ')') depth--;
        else if (c === ',' && depth <= 0) break;
        i++;
      }
      descriptor = value.slice(descStart, i).trim();
      i++;
    }
    if (url) candidates.push({ url, descriptor });
  }
  return candidates;
}

function rewriteSrcset(value: string, policy: Policy): string {
  return parseSrcset(value)
    .flatMap((candidate) => {
      const decision = decideImage(candidate.url, policy);
      if (!decision.keep) return [];
      // A URL with a comma or space would change meaning once re-joined: drop it instead.
      if (/[\s,]/.test(decision.value) && !decision.value.toLowerCase().startsWith('data:')) return [];
      return [candidate.descriptor ? `${decision.value} ${candidate.descriptor}` : decision.value];
    })
    .join(', ');
}

function setOrRemove(el: Element, name: string, value: string | null): void {
  if (value === null || value.trim() === '') el.removeAttribute(name);
  else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function sanitizeLink(el: Element, attrName: string, value: string): void {
  const url = classifyUrl(value);
  if (url.kind === 'remote' || url.kind === 'mailto') {
    el.setAttribute(attrName, url.normalized);
    el.setAttribute('target', '_blank');
    el.setAttribute('rel', 'noopener noreferrer');
  } else if (url.kind === 'fragment') {
    // In-document anchors stay in the frame despite <base target="_blank">.
    el.setAttribute('target', '_self');
  } else {
    el.removeAttribute(attrName);
  }
}

function sanitizeAttributes(el: Element, policy: Policy): void {
  const tag = el.localName.toLowerCase();
  const isSvg = el.namespaceURI === SVG_NS;
  const parentTag = el.parentElement?.localName.toLowerCase();
  const isMediaSource = tag === 'source' && (parentTag === 'video' || parentTag === 'audio');

  for (const attr of Array.from(el.attributes)) {
    const name = attr.name.toLowerCase();
    const value = attr.value;
    if (name === 'style') {
      setOrRemove(el, attr.name, rewriteCss(value, policy));
    } else if (name === 'href' || name === 'xlink:href') {
      if (tag === 'a' || tag === 'area') {
        sanitizeLink(el, attr.name, value);
      } else if (isSvg && (tag === 'image' || tag === 'feimage')) {
        const decision = decideImage(value, policy);
        setOrRemove(el, attr.name, decision.keep ? decision.value : null);
      } else if (isSvg && classifyUrl(value).kind === 'fragment') {
        // Gradients, patterns, textPath… referring to this document are fine.
      } else {
        if (classifyUrl(value).kind === 'remote') policy.blocked += 1;
        el.removeAttribute(attr.name);
      }
    } else if (name === 'src') {
      if (tag === 'img') {
        const decision = decideImage(value, policy);
        setOrRemove(el, attr.name, decision.keep ? decision.value : null);
      } else if (tag === 'video' || tag === 'audio' || tag === 'track' || isMediaSource) {
        // media-src stays `data:` in both modes: remote media never plays inside a mail.
        const url = classifyUrl(value);
        if (url.kind === 'remote') policy.blocked += 1;
        if (url.kind !== 'data-media') el.removeAttribute(attr.name);
      } else {
        if (classifyUrl(value).kind === 'remote') policy.blocked += 1;
        el.removeAttribute(attr.name);
      }
    } else if (name === 'srcset') {
      setOrRemove(el, attr.name, tag === 'img' || tag === 'source' ? rewriteSrcset(value, policy) : null);
    } else if (name === 'poster' || name === 'background') {
      const decision = decideImage(value, policy);
      setOrRemove(el, attr.name, decision.keep ? decision.value : null);
    } else if (isSvg && /[(\\]/.test(value)) {
      // SVG presentation attributes (fill, filter, mask, clip-path, marker-*) are CSS values whose
      // url() points at SVG documents, not images: only `#fragment` and data: images stay.
      setOrRemove(el, attr.name, rewriteCss(value, policy, false));
    }
  }
}

function countRemovedFetches(el: Element, tagName: string, policy: Policy): void {
  const attrs = FETCHING_ELEMENT_ATTRS[tagName];
  if (!attrs) return;
  for (const name of attrs) {
    const value = el.getAttribute(name);
    if (value !== null && classifyUrl(value).kind === 'remote') policy.blocked += 1;
  }
}

const PURIFY_CONFIG: Config = {
  USE_PROFILES: { html: true, svg: true, svgFilters: true },
  FORBID_TAGS: FORBIDDEN_TAGS,
  FORBID_ATTR: FORBIDDEN_ATTRS,
  ALLOW_DATA_ATTR: false,
  // Mail often puts <style> in <head>: keep it by parsing everything into <body>.
  FORCE_BODY: true,
};

/** Turns untrusted mail HTML into the srcdoc of a sandboxed iframe (sandbox="allow-popups allow-popups-to-escape-sandbox", no allow-scripts, no allow-same-origin). */
export function sanitizeMessageHtml(html: string, options: SanitizeOptions): SanitizedMessage {
  if (typeof window === 'undefined') throw new Error('sanitizeMessageHtml needs a DOM window');
  // A dedicated instance per call: hooks and state never leak between allowRemote modes.
  const purify = DOMPurify(window);
  // DOMPurify returns its input untouched when it cannot run: refuse instead.
  if (!purify.isSupported) throw new Error('DOMPurify is not supported in this environment');

  const policy: Policy = { allowRemote: options.allowRemote, blocked: 0 };
  purify.addHook('uponSanitizeElement', (node: Node, data: UponSanitizeElementHookEvent) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tagName = data.tagName.toLowerCase();
    if (tagName === 'style') el.textContent = rewriteCss(el.textContent ?? '', policy);
    else countRemovedFetches(el, tagName, policy);
  });
  purify.addHook('afterSanitizeAttributes', (node: Element) => {
    if (node.nodeType === 1) sanitizeAttributes(node, policy);
  });

  const body = purify.sanitize(html, PURIFY_CONFIG);
  purify.removeAllHooks();

  const csp = options.allowRemote ? CSP_REMOTE_ALLOWED : CSP_REMOTE_BLOCKED;
  const srcdoc =
    '<!doctype html><html><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">` +
    '<meta name="referrer" content="no-referrer">' +
    '<base target="_blank">' +
    `<style>${DEFAULT_STYLE}</style>` +
    `</head><body>${body}</body></html>`;
  return { srcdoc, blockedRemote: policy.blocked };
}
