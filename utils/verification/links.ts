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

/** Social networks' own hosts (footer icons); their subdomains are the network's own mail links. */
const SOCIAL_HOSTS =
  /^(?:www\.|m\.)?(?:facebook|fb|twitter|x|instagram|linkedin|youtube|youtu|tiktok|pinterest|threads|reddit|discord|telegram|t|whatsapp|wa|mastodon|snapchat|tumblr|vk|medium|weibo|line|kakao)\.(?:com|net|org|me|be|gg|social|ru|cn|jp)$/i;
const PIXEL_LOOKING =
  /\/(?:open|pixel|beacon|wf\/open|track(?:ing)?\/open|o)(?:[/.?]|$)|\.(?:gif|png|jpe?g)(?:$|\?)|[?&](?:open|pixel)=|\/1x1\b/i;
/** A query key or path part that carries a one-time token. */
const TOKEN_KEY = /[?&](?:token|t|code|key|auth|otp|sig|signature|hash|nonce|magic|login_token|jwt|k|c|id)=[^&]{6,}/i;
const TOKEN_PART = /[/=]([A-Za-z0-9_-]{16,})(?:[/?&#]|$)/;

/** The start of the line or table cell that holds `offset`, looked for within `reach` characters. */
function blockStart(text: string, offset: number, reach: number): number {
  const from = Math.max(0, offset - reach);
  const window = text.slice(from, offset);
  return from + Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\t')) + 1;
}

/** The words of the link's block: before it and after it on its line (within its table cell). */
function around(text: string, link: MailLink): { before: string; after: string; above: string } {
  const lineStart = blockStart(text, link.start, 150);
  const nextBreak = text.slice(link.end, link.end + 150).search(/[\n\t]/);
  const before = text.slice(lineStart, link.start).trim();
  const after = text.slice(link.end, nextBreak === -1 ? link.end + 150 : link.end + nextBreak).trim();
  let above = '';
  // Alone on its line (a button, a bare URL): the line above says what it is for.
  if (before.replace(/[\s:：<>(\[→»-]/g, '') === '' && after.replace(/[\s.!。)\]>]/g, '').length < 3 && lineStart > 0) {
    above = text.slice(blockStart(text, lineStart - 1, 200), lineStart - 1);
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

interface Judgement {
  /** 0 = not the action link; higher = surer. */
  score: number;
  /** A password-reset link (the "not you?" remedy in a code mail). */
  reset?: boolean;
  /** A sign-in link (in a code mail, the code is the way in, not the link). */
  signIn?: boolean;
}

const NONE: Judgement = { score: 0 };

/** How surely the link is the mail's action link. */
function judgeLink(link: MailLink, text: string, magicMail: boolean): Judgement {
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return NONE;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return NONE;
  const target = decodeURIComponentSafe(`${url.pathname}${url.search}`);
  const words = link.text;
  if (OTHER_LINK_WORDS.test(words) || OTHER_LINK_WORDS.test(`${url.hostname}${url.pathname}`)) return NONE;
  if (!words && PIXEL_LOOKING.test(target)) return NONE;
  const { before, after, above } = around(text, link);
  if (NOT_YOU_WORDS.test(before) || NOT_YOU_WORDS.test(words) || OBJECT_LINK_WORDS.test(words)) return NONE;

  if (VERIFY_LINK_WORDS.test(words)) return { score: 10 };
  if (RESET_LINK_WORDS.test(words)) return { score: 9, reset: true };
  // A magic sign-in link: sign-in words, a URL carrying a token, a mail saying the link expires.
  const magic = magicMail && looksTokenised(url);
  if (magic && SIGN_IN_LINK_WORDS.test(words)) return { score: 3, signIn: !/magic/i.test(`${words} ${target}`) };
  // A network's footer icon; its own action links carry action words (above).
  if (SOCIAL_HOSTS.test(url.hostname)) return NONE;
  const generic = isGeneric(words);
  if (generic) {
    const near = `${before} ${after}`;
    if (OTHER_LINK_WORDS.test(near)) return NONE;
    if (VERIFY_URL_WORDS.test(target)) return { score: 8 };
    if (RESET_URL_WORDS.test(target)) return { score: 7, reset: true };
    if (VERIFY_LINK_WORDS.test(near) && !OBJECT_LINK_WORDS.test(near)) return { score: 7 };
    if (RESET_LINK_WORDS.test(near)) return { score: 6, reset: true };
    if (VERIFY_LINK_WORDS.test(above) && !OBJECT_LINK_WORDS.test(above) && !NOT_YOU_WORDS.test(above)) return { score: 5 };
    if (RESET_LINK_WORDS.test(above) && !NOT_YOU_WORDS.test(above)) return { score: 4, reset: true };
  }
  if (magic && generic && SIGN_IN_LINK_WORDS.test(`${before} ${after} ${above} ${target}`)) {
    return { score: 2, signIn: !/magic/i.test(`${before} ${after} ${above} ${target}`) };
  }
  // Words of another language we do not read, on a verify URL carrying a token.
  if (!generic && VERIFY_URL_WORDS.test(target) && looksTokenised(url) && !OBJECT_LINK_WORDS.test(target)) return { score: 1 };
  return NONE;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The best action link of the mail, or null; the first one wins a tie. In a mail that gave a code,
 * a reset link is the "not you? reset your password" remedy, not the action, unless the subject is
 * about a reset; and a sign-in link is just the way back to the site, unless it is a magic link.
 */
export function findLink(links: MailLink[], text: string, subject: string, hasCode: boolean): string | null {
  const mail = `${subject}\n${text}`;
  const magicMail = LINK_MENTION.test(mail) && EXPIRY_WORDS.test(mail);
  const resetAllowed = !hasCode || RESET_LINK_WORDS.test(subject);
  let best: MailLink | null = null;
  let bestScore = 0;
  for (const link of links) {
    const { score, reset, signIn } = judgeLink(link, text, magicMail);
    if (score > bestScore && (resetAllowed || !reset) && !(hasCode && signIn)) {
      best = link;
      bestScore = score;
    }
  }
  return best?.href ?? null;
}
