/**
 * Rewrites CSS (a style sheet or a `style` attribute) so that nothing in it fetches anything the
 * policy does not allow. Anything the tokenizer cannot place is rewritten, never trusted.
 */
import { tokenizeCss, type CssToken } from './css-tokenizer';
import { classifyUrl, decideImage, type Decision, type Policy } from './url-policy';

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
export function rewriteCss(css: string, policy: Policy, allowRemote = policy.allowRemote): string {
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
