/**
 * Finds the mail's action link: verify, confirm or activate; reset a password; or sign in, when the
 * mail is a magic-link mail. Each link is judged by its own words first, then, when they say
 * nothing ("click here", a bare URL), by its URL and the words around it.
 */
import {
  EXPIRY_WORDS,
  GENERIC_LINK_WORDS,
  LINK_MENTION,
  NOT_YOU_WORDS,
  OBJECT_LINK_WORDS,
  OTHER_LINK_WORDS,
  RESET_LINK_WORDS,
  RESET_URL_WORDS,
  SIGN_IN_LINK_WORDS,
  VERIFY_LINK_WORDS,
  VERIFY_URL_WORDS,
} from './link-words';
import type { MailLink } from './text';

const SOCIAL_HOSTS =
  /(?:^|\.)(?:facebook|fb|twitter|x|instagram|linkedin|youtube|youtu|tiktok|pinterest|threads|reddit|discord|telegram|t|whatsapp|wa|mastodon|snapchat|tumblr|vk|medium|weibo|line|kakao)\.(?:com|net|org|me|be|gg|social|ru|cn|jp)$/i;
const PIXEL_LOOKING =
  /\/(?:open|pixel|beacon|wf\/open|track(?:ing)?\/open|o)(?:[/.?]|$)|\.(?:gif|png|jpe?g)(?:$|\?)|[?&](?:open|pixel)=|\/1x1\b/i;
/** A query key or path part that carries a one-time token. */
const TOKEN_KEY = /[?&](?:token|t|code|key|auth|otp|sig|signature|hash|nonce|magic|login_token|jwt|k|c|id)=[^&]{6,}/i;
const TOKEN_PART = /[/=]([A-Za-z0-9_-]{16,})(?:[/?&#]|$)/;

/** The words of the link's block: before it and after it on its line (within its table cell). */
function around(text: string, link: MailLink): { before: string; after: string; above: string } {
  const lineStart = Math.max(text.lastIndexOf('\n', link.start - 1), text.lastIndexOf('\t', link.start - 1)) + 1;
  const nextBreak = text.slice(link.end, link.end + 300).search(/[\n\t]/);
  const before = text.slice(Math.max(lineStart, link.start - 150), link.start).trim();
  const after = text.slice(link.end, nextBreak === -1 ? link.end + 150 : link.end + nextBreak).trim();
  let above = '';
  // Alone on its line (a button, a bare URL): the line above says what it is for.
  if (before.replace(/[\s:：>→»-]/g, '') === '' && after.replace(/[\s.!。]/g, '').length < 3 && lineStart > 0) {
    const aboveStart = Math.max(text.lastIndexOf('\n', lineStart - 2), text.lastIndexOf('\t', lineStart - 2)) + 1;
    above = text.slice(Math.max(aboveStart, lineStart - 200), lineStart - 1);
  }
  return { before, after, above };
}

/** Link words that say nothing by themselves ("Click here", "Continue", the URL itself, an icon). */
function isGeneric(words: string): boolean {
  if (/^(?:https?:\/\/|www\.)\S*$/i.test(words)) return true;
  const tokens = words
    .toLowerCase()
    .split(/[\s.,:;!?()[\]"'«»“”„→›>»\-–—…、。，！？：]+/u)
    .filter(Boolean);
  return tokens.every((token) => GENERIC_LINK_WORDS.test(token));
}

function looksTokenised(url: URL): boolean {
  const rest = `${url.pathname}${url.search}`;
  return TOKEN_KEY.test(url.search) || TOKEN_PART.test(rest);
}

export interface LinkContext {
  /** The whole mail (subject and text): whether it is a magic sign-in mail. */
  mail: string;
}

/** A score for being the action link; 0 = not one. */
function linkScore(link: MailLink, text: string, magicMail: boolean): number {
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return 0;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || SOCIAL_HOSTS.test(url.hostname)) return 0;
  const target = decodeURIComponentSafe(`${url.pathname}${url.search}`);
  const words = link.text;
  if (OTHER_LINK_WORDS.test(words) || OTHER_LINK_WORDS.test(`${url.hostname}${url.pathname}`)) return 0;
  if (!words && PIXEL_LOOKING.test(target)) return 0;
  const { before, after, above } = around(text, link);
  if (NOT_YOU_WORDS.test(before) || NOT_YOU_WORDS.test(words) || OBJECT_LINK_WORDS.test(words)) return 0;

  if (VERIFY_LINK_WORDS.test(words)) return 10;
  if (RESET_LINK_WORDS.test(words)) return 9;
  const generic = isGeneric(words);
  if (generic) {
    const near = `${before} ${after}`;
    if (OTHER_LINK_WORDS.test(near)) return 0;
    if (VERIFY_URL_WORDS.test(target)) return 8;
    if (RESET_URL_WORDS.test(target)) return 7;
    if (VERIFY_LINK_WORDS.test(near) && !OBJECT_LINK_WORDS.test(near)) return 7;
    if (RESET_LINK_WORDS.test(near)) return 6;
    if (VERIFY_LINK_WORDS.test(above) && !OBJECT_LINK_WORDS.test(above) && !NOT_YOU_WORDS.test(above)) return 5;
    if (RESET_LINK_WORDS.test(above) && !NOT_YOU_WORDS.test(above)) return 4;
  }
  // A magic sign-in link: sign-in words, a URL carrying a token, a mail saying the link expires.
  if (magicMail && looksTokenised(url)) {
    if (SIGN_IN_LINK_WORDS.test(words)) return 3;
    if (generic && SIGN_IN_LINK_WORDS.test(`${before} ${after} ${above} ${target}`)) return 2;
  }
  if (!generic && VERIFY_URL_WORDS.test(target) && !OBJECT_LINK_WORDS.test(target)) return 1;
  return 0;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The best action link of the mail, or null; the first one wins a tie. */
export function findLink(links: MailLink[], text: string, subject: string): string | null {
  const mail = `${subject}\n${text}`;
  const magicMail = LINK_MENTION.test(mail) && EXPIRY_WORDS.test(mail);
  let best: MailLink | null = null;
  let bestScore = 0;
  for (const link of links) {
    const score = linkScore(link, text, magicMail);
    if (score > bestScore) {
      best = link;
      bestScore = score;
    }
  }
  return best?.href ?? null;
}
