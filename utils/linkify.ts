/**
 * URLs in plain text, found and trimmed by one rule: the mail view links them (`linkifyText`) and the
 * verification finder reads them (`findTextUrls`), so both agree on where a URL ends.
 */

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/** A URL found in text: its span, its text as written and its http(s) href. */
export interface TextUrl {
  /** UTF-16 offsets in the text, end exclusive. */
  start: number;
  end: number;
  text: string;
  /** `text`, with `https://` in front of a bare `www.`. */
  href: string;
}

/**
 * `http://`, `https://` or `www.` not glued to a word, an e-mail address (`joe@www.x.org`) or a
 * longer host (`foo.www.x.org`). Only http(s) is ever produced: `javascript:`, `data:`, `ftp:`…
 * stay text. A URL stops at white space, at `<>"'\`` and at CJK punctuation (`。，、「」…`), which
 * a real URL carries only percent-encoded while CJK prose puts it right after a URL, with no space.
 */
const LINK_START =
  /(?<![\p{L}\p{N}@._/-])(?:https?:\/\/|www\.)[^\s<>"'`\u3000-\u303f\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f]+/giu;
/**
 * Punctuation that ends a sentence rather than a URL. GFM's extended-autolink rule
 * (https://github.github.com/gfm/#extended-autolink-path-validation: trailing `?!.,:*` are not part
 * of the link, nor is an unbalanced `)`), plus `;`, quotes, ellipsis and the full stops and commas of
 * CJK, Arabic and Devanagari text; `_` and `~` are kept, as they end real paths.
 */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '…', '*', '»', '”', '’', '"', "'", '．', '、', '،', '؛', '؟', '।']);
/** Closing brackets, dropped from the end when the URL holds no matching opening one. */
const CLOSING: Record<string, string> = {
  ')': '(',
  ']': '[',
  '}': '{',
  '）': '（',
  '】': '【',
  '」': '「',
  '』': '『',
  '》': '《',
  '〉': '〈',
};

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Drops trailing punctuation and closing brackets that have no opening one inside the URL. */
export function trimUrlEnd(url: string): string {
  let end = url.length;
  while (end > 0) {
    const last = url[end - 1] as string;
    const open = CLOSING[last];
    const body = url.slice(0, end);
    if (TRAILING.has(last) || (open !== undefined && count(body, last) > count(body, open))) end--;
    else break;
  }
  return url.slice(0, end);
}

function hrefFor(text: string): string | null {
  const href = /^www\./i.test(text) ? `https://${text}` : text;
  try {
    const url = new URL(href);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.')) return null;
  } catch {
    return null;
  }
  return href;
}

/** The http(s) and `www.` URLs of plain text, trailing punctuation left out, in order. */
export function findTextUrls(text: string): TextUrl[] {
  const urls: TextUrl[] = [];
  for (const match of text.matchAll(LINK_START)) {
    const linkText = trimUrlEnd(match[0]);
    const href = hrefFor(linkText);
    if (href) urls.push({ start: match.index, end: match.index + linkText.length, text: linkText, href });
  }
  return urls;
}

/** Splits plain mail text into text and http(s)/www links (trailing punctuation excluded; www. gets https://), for rendering with Svelte text nodes — never HTML. */
export function linkifyText(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const pushText = (value: string): void => {
    if (!value) return;
    const last = parts[parts.length - 1];
    if (last?.kind === 'text') last.text += value;
    else parts.push({ kind: 'text', text: value });
  };
  let cursor = 0;
  for (const url of findTextUrls(text)) {
    pushText(text.slice(cursor, url.start));
    parts.push({ kind: 'link', text: url.text, href: url.href });
    cursor = url.end;
  }
  pushText(text.slice(cursor));
  return parts;
}

/** The link as an http(s) href, or null for anything else (javascript:, data:, garbage). */
export function safeHttpHref(link: string | null | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
