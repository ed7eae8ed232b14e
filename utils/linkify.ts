/**
 * Splits plain-text mail into text and links, for rendering with Svelte text nodes and `<a>`
 * elements: the result is never HTML, so `<b>` in a mail stays the four characters it is.
 */

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/**
 * `http://`, `https://` or `www.` not glued to a word, an e-mail address (`joe@www.x.org`) or a
 * longer host (`foo.www.x.org`). Only http(s) is ever produced: `javascript:`, `data:`, `ftp:`…
 * stay text.
 */
const LINK_START = /(?<![\p{L}\p{N}@._/-])(?:https?:\/\/|www\.)[^\s<>"'`]+/giu;
/** Punctuation that ends a sentence rather than a URL. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '…', '*', '»', '”', '’']);
const CLOSING: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Drops trailing punctuation and closing brackets that have no opening one inside the URL. */
function trimTrailing(url: string): string {
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
  for (const match of text.matchAll(LINK_START)) {
    const linkText = trimTrailing(match[0]);
    const href = hrefFor(linkText);
    if (!href) continue;
    pushText(text.slice(cursor, match.index));
    parts.push({ kind: 'link', text: linkText, href });
    cursor = match.index + linkText.length;
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
