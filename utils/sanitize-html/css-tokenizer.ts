// A CSS tokenizer that follows CSS Syntax Level 3 closely enough to find every URL the browser
// would see (escapes, comments, strings, `url(` tokens), so `u\72l(`, `/**/` tricks and
// `@\69mport` cannot hide a reference. https://www.w3.org/TR/css-syntax-3/#tokenization

export type CssTokenType =
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

export interface CssToken {
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

/** Splits CSS into tokens, as a browser reads it (after input preprocessing). */
export function tokenizeCss(input: string): CssToken[] {
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
