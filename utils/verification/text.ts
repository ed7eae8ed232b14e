/**
 * A mail read as a person sees it: the visible text, laid out in lines the way a browser lays
 * out HTML (blocks and table rows end lines, table cells sit side by side, source line breaks are
 * only spaces), and its links with their offsets in that text.
 *
 * Pure string code on purpose: it also runs in the background service worker, where `DOMParser`
 * does not exist, so HTML is read by a small tag scanner and entity decoder.
 */
import { findTextUrls } from '@/utils/linkify';
import { decodeEntities } from './entities';

/** A link of the mail and where its words sit in the text. */
export interface MailLink {
  href: string;
  /** Its own words: the text inside `<a>`, image alt, title, aria-label (empty for a bare URL). */
  text: string;
  /** UTF-16 offsets of the link in `MailText.text` (a bare URL: the URL itself). */
  start: number;
  end: number;
}

export interface MailText {
  /** Visible text: `\n` ends a line (block, row, `<br>`), `\t` separates table cells in a row. */
  text: string;
  links: MailLink[];
}

const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u034f\u061c\u180e]/g;
const SPACE_LIKE = /[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Hyphens that are not the ASCII one (non-breaking, figure dash, minus): `123‑456` is `123-456`. */
const HYPHENS = /[\u2010-\u2012\u2212\ufe63\uff0d]/g;
/** Full-width digits, letters, `#`; Arabic-Indic, Persian, Devanagari, Bengali and Thai digits. */
const FOREIGN_CHARS =
  /[\uff03\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59]/g;
const DIGIT_ZERO: Array<[number, number]> = [
  [0x0660, 10],
  [0x06f0, 10],
  [0x0966, 10],
  [0x09e6, 10],
  [0x0e50, 10],
];

function asciiFor(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0xff00) return String.fromCharCode(code - 0xfee0);
  for (const [zero, size] of DIGIT_ZERO) if (code >= zero && code < zero + size) return String(code - zero);
  return char;
}

/**
 * Invisible characters removed, every kind of space a plain space, every hyphen the ASCII one,
 * full-width and non-Latin digits as ASCII (an OTP field wants `123456`, whatever digits the mail shows), and NFC composition
 * (Vietnamese mails may arrive decomposed).
 */
export function normalizeChars(text: string): string {
  const plain = text
    .replace(INVISIBLE, '')
    .replace(SPACE_LIKE, ' ')
    .replace(FOREIGN_CHARS, asciiFor)
    .replace(HYPHENS, '-')
    // Turkish İ has no simple case folding: `/indirim/i` would miss "İndirim".
    .replace(/\u0130/g, 'I');
  return /[\u0300-\u036f]/.test(plain) ? plain.normalize('NFC') : plain;
}

/** A plain-text mail: lines kept, spaces collapsed, blank lines dropped. */
export function readPlainMail(content: string): MailText {
  const text = normalizeChars(content)
    .replace(/\r\n?/g, '\n')
    .replace(/ +/g, ' ')
    .replace(/ ?\n[ \n]*/g, '\n')
    .trim();
  return { text, links: bareUrls(text, []) };
}

/** URLs written as text, except those inside a link already found. */
function bareUrls(text: string, links: MailLink[]): MailLink[] {
  return findTextUrls(text)
    .filter((url) => !links.some((link) => url.start < link.end && link.start < url.end))
    .map((url) => ({ href: url.href, text: '', start: url.start, end: url.end }));
}

/**
 * A tag's attributes, with quoted values that may contain `>`. Neither a bare `<` nor an overlong
 * quoted value is crossed, so unclosed tags and quotes cannot make a scan quadratic.
 */
const ATTRS = String.raw`(?:[^<>"']|"[^"]{0,2000}"|'[^']{0,2000}')*`;
const TAG = new RegExp(`<(\\/?)([a-zA-Z][a-zA-Z0-9:-]*)(${ATTRS})>`, 'g');
/** Elements that start and end a line (CSS `display: block`, `list-item`, `table-row`… by default). */
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup html li main nav ol p pre section summary table tbody tfoot thead tr ul'
  ).split(' '),
);
const CELL_TAGS = new Set(['td', 'th']);
const LINE_TAGS = new Set(['br', 'hr']);
const VOID_TAGS = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
const RAW_TEXT_TAGS = new Set(['pre', 'textarea', 'listing', 'plaintext']);

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

function attribute(attrs: string, name: string): string | null {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i');
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  const match = pattern.exec(attrs);
  if (!match) return null;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim();
}

const BLOCK_DISPLAYS = new Set(['block', 'flex', 'grid', 'list-item', 'table', 'table-row', 'flow-root']);

/** Whether an inline `display` style makes the element a block (true) or inline (false); null if unstyled. */
function styledBlock(attrs: string): boolean | null {
  if (!/display/i.test(attrs)) return null;
  const display = /display\s*:\s*([a-z-]+)/i.exec(attribute(attrs, 'style') ?? '')?.[1]?.toLowerCase();
  if (!display) return null;
  if (display.startsWith('inline')) return false;
  return BLOCK_DISPLAYS.has(display) ? true : null;
}

/** Builds the text line by line with the browser's white-space collapsing, tracking offsets. */
class LineWriter {
  private parts: string[] = [];
  length = 0;
  /** The last character written; `\n` at the start so the text never opens with a break. */
  private last = '\n';
  private pendingSpace = false;

  write(chunk: string): void {
    if (!chunk) return;
    let text = chunk;
    if (text.startsWith(' ')) {
      this.pendingSpace = true;
      text = text.slice(1);
    }
    if (!text) return;
    const trailing = text.endsWith(' ');
    if (trailing) text = text.slice(0, -1);
    if (this.pendingSpace && this.last !== '\n' && this.last !== '\t') this.push(' ');
    this.push(text);
    this.pendingSpace = trailing;
  }

  /** Ends the line (`\n`) or the table cell (`\t`); never two in a row, never at the start. */
  break(kind: '\n' | '\t'): void {
    this.pendingSpace = false;
    if (this.last === '\n' || (kind === '\t' && this.last === '\t')) return;
    this.push(kind);
  }

  private push(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    this.last = text[text.length - 1] as string;
  }

  toString(): string {
    const text = this.parts.join('');
    return text.endsWith('\n') ? text.slice(0, -1) : text;
  }
}

/** Removes what a browser never shows: comments, `<head>`, styles, scripts, declarations. */
function stripHidden(html: string): string {
  return (
    html
      .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
      // Unclosed raw-text elements run to the end, as in a browser (and as one linear scan).
      .replace(/<head\b[\s\S]*?(?:<\/head\s*>|(?=<body\b)|$)/gi, ' ')
      .replace(/<(style|script|title|template|xml|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
      .replace(/<[!?][^<>]*>/g, ' ')
  );
}

interface OpenLink {
  href: string | null;
  start: number;
  extra: string[];
}

/** An HTML mail laid out as a browser would, with its `<a href>` links. */
export function readHtmlMail(html: string): MailText {
  const source = stripHidden(html);
  const out = new LineWriter();
  const found: Array<{ href: string; start: number; end: number; extra: string[] }> = [];
  /** Open elements whose display we track: blocks, and inline elements styled as blocks. */
  const stack: Array<{ name: string; block: boolean }> = [];
  let preDepth = 0;
  let link: OpenLink | null = null;
  const closeLink = (): void => {
    if (link?.href) found.push({ href: link.href, start: link.start, end: out.length, extra: link.extra });
    link = null;
  };
  const writeText = (raw: string): void => {
    const text = normalizeChars(decodeEntities(raw));
    if (preDepth === 0) {
      out.write(text.replace(/[ \n\r]+/g, ' '));
      return;
    }
    text.split(/\r?\n/).forEach((line, i) => {
      if (i > 0) out.break('\n');
      out.write(line.replace(/ +/g, ' '));
    });
  };

  let cursor = 0;
  for (const match of source.matchAll(TAG)) {
    writeText(source.slice(cursor, match.index));
    cursor = match.index + match[0].length;
    const closing = match[1] === '/';
    const name = (match[2] as string).toLowerCase();
    const attrs = match[3] ?? '';
    if (name === 'a') {
      closeLink();
      if (!closing) {
        const extra = ['title', 'aria-label'].map((n) => attribute(attrs, n)).filter((v): v is string => Boolean(v));
        link = { href: attribute(attrs, 'href'), start: out.length, extra };
      }
      continue;
    }
    if (name === 'img') {
      const alt = link ? attribute(attrs, 'alt') : null;
      if (alt && link) (link as OpenLink).extra.push(alt);
      continue;
    }
    if (LINE_TAGS.has(name)) {
      out.break('\n');
      continue;
    }
    if (CELL_TAGS.has(name)) {
      if (!closing) out.break('\t');
      continue;
    }
    if (RAW_TEXT_TAGS.has(name)) preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    if (VOID_TAGS.has(name)) continue;
    if (!closing) {
      const block = styledBlock(attrs) ?? BLOCK_TAGS.has(name);
      if (block || BLOCK_TAGS.has(name)) stack.push({ name, block });
      if (stack.length > 256) stack.shift();
      if (block) out.break('\n');
      continue;
    }
    // A closing tag ends the nearest open element of its name (bounded search: malformed mail).
    let block = BLOCK_TAGS.has(name);
    for (let i = stack.length - 1; i >= Math.max(0, stack.length - 64); i--) {
      if ((stack[i] as { name: string }).name !== name) continue;
      block = (stack[i] as { block: boolean }).block;
      stack.length = i;
      break;
    }
    if (block) out.break('\n');
  }
  writeText(source.slice(cursor));
  closeLink();

  const text = out.toString();
  const links: MailLink[] = found.map(({ href, start, end, extra }) => ({
    href,
    start,
    end,
    // An unclosed <a> runs on, as in a browser; its own words are its first ones.
    text: [text.slice(start, Math.min(end, start + 300)), ...extra].join(' ').replace(/\s+/g, ' ').trim(),
  }));
  return { text, links: [...links, ...bareUrls(text, links)].sort((a, b) => a.start - b.start) };
}
