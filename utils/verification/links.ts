/**
 * Finds the mail's action link: verify, confirm or activate (a double opt-in's "Yes, I want…"
 * included); reset a password; or sign in, when the link carries a token in a mail about signing
 * in. Each link is judged by its own words first, then, when they say nothing ("click here", a bare
 * URL), by its URL and the words around it. An action link names the person (a token, an id): a
 * page's own address, help and docs pages and "learn about" links never are the action.
 */
import {
  CLICK_WORDS,
  CONSENT_WORDS,
  EXPIRY_WORDS,
  GENERIC_LINK_WORDS,
  LEARN_WORDS,
  LINK_MENTION,
  NOT_YOU_WORDS,
  OBJECT_LINK_WORDS,
  OTHER_LINK_WORDS,
  OTHER_URL_WORDS,
  RESET_LINK_WORDS,
  RESET_URL_WORDS,
  SIGN_IN_ALERT_WORDS,
  SIGN_IN_LINK_WORDS,
  TOKEN_NAMES,
  VERIFY_LINK_WORDS,
  VERIFY_URL_WORDS,
} from './link-words';
import type { MailLink } from './text';

/** Social networks' own hosts (footer icons); their subdomains are the network's own mail links. */
const SOCIAL_HOSTS =
  /^(?:www\.|m\.)?(?:facebook|fb|twitter|x|instagram|linkedin|youtube|youtu|tiktok|pinterest|threads|reddit|discord|telegram|t|whatsapp|wa|mastodon|snapchat|tumblr|vk|medium|weibo|line|kakao)\.(?:com|net|org|me|be|gg|social|ru|cn|jp)$/i;
const PIXEL_LOOKING =
  /\/(?:open|pixel|beacon|wf\/open|track(?:ing)?\/open|o)(?:[/.?]|$)|\.(?:gif|png|jpe?g)(?:$|\?)|[?&](?:open|pixel)=|\/1x1\b/i;
/**
 * A query key or path part that carries a one-time token (besides keys named for one, `TOKEN_NAMES`):
 * 16+ URL-safe characters, or 8+ with letters and digits mixed (`/magic/Kq82Lm92`).
 */
const TOKEN_KEY = /[?&](?:t|code|key|auth|hash|k|c|id)=[^&]{6,}/i;
const TOKEN_PART = /[/=](?:[A-Za-z0-9_-]{16,}|(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9_-]{8,})(?:[/?&#]|$)/;
/** Query keys that say nothing about the person: campaign tags, language, where the click came from. */
const NEUTRAL_KEY = /^(?:utm_\w+|lang|locale|hl|ref|source|src|from|campaign|mc_cid|mc_eid)$/i;

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
  return TOKEN_NAMES.test(`${url.search}${url.hash}`) || TOKEN_KEY.test(url.search) || TOKEN_PART.test(rest);
}

/** A path part of a page's own address: lower-case words (`activate`, `verify-email`), a language code, nothing. */
const PAGE_PART = /^(?:[a-z]{4,15}(?:[-_.][a-z]+)*|[a-z]{2}(?:[-_][a-zA-Z]{2})?|)$/;

/**
 * Whether the URL names the person or the request: a query key that is no campaign tag, a fragment
 * with an id, or a path part that is not a plain word (`Kq82Lm`, `abc`, a long token). An action
 * link always does; a page's own address (`example.gov/activate`, `x.com/login`) is where to go,
 * not the action.
 */
function isPersonal(url: URL): boolean {
  for (const key of url.searchParams.keys()) if (!NEUTRAL_KEY.test(key)) return true;
  if (/[\d=]/.test(url.hash)) return true;
  return !url.pathname.split('/').every((part) => PAGE_PART.test(part));
}

/** The link's own sentence: the words before it since the last sentence end, and after it up to the next. */
function sentenceOf(before: string, after: string): string {
  const head = before.split(/[.!?。！？](?:\s|$)/).pop() ?? '';
  const tail = after.split(/[.!?。！？](?:\s|$)/)[0] ?? '';
  return `${head} ${tail}`;
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

/** What the whole mail says, judged once for all its links. */
interface MailContext {
  text: string;
  subject: string;
  /** The subject offers a sign-in (Sign in to Acme, Your login link), it does not report one. */
  signInSubject: boolean;
  /** The mail mentions a link and says it expires or works once. */
  expiringLink: boolean;
}

/** How surely the link is the mail's action link. */
function judgeLink(link: MailLink, mail: MailContext): Judgement {
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return NONE;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !isPersonal(url)) return NONE;
  const target = decodeURIComponentSafe(`${url.pathname}${url.search}`);
  const words = link.text;
  const tokenised = looksTokenised(url);
  // Help, docs, policy and unsubscribe pages, unless the URL itself confirms with a token (/preferences/confirm?token=…).
  const otherUrl = OTHER_URL_WORDS.test(`${url.hostname}${url.pathname}`) && !(tokenised && VERIFY_URL_WORDS.test(target));
  if (OTHER_LINK_WORDS.test(words) || otherUrl) return NONE;
  if (!words && PIXEL_LOOKING.test(target)) return NONE;
  const { before, after, above } = around(mail.text, link);
  if (NOT_YOU_WORDS.test(before) || NOT_YOU_WORDS.test(words) || OBJECT_LINK_WORDS.test(words)) return NONE;

  if (VERIFY_LINK_WORDS.test(words)) return { score: 10 };
  if (RESET_LINK_WORDS.test(words)) return { score: 9, reset: true };
  // "Yes, I want the newsletter" under "Please confirm that you want to receive our newsletter".
  const asked = `${mail.subject}\n${above}\n${before}`;
  if (CONSENT_WORDS.test(words) && VERIFY_LINK_WORDS.test(asked) && !OBJECT_LINK_WORDS.test(asked)) return { score: 6 };
  // A magic sign-in link carries a token, in a mail whose purpose is signing in: its subject says
  // so, or it says the link expires, or its words lead to the link ("Click the button to log in").
  const leading = `${above} ${before} ${words} ${after}`;
  const signInMail =
    mail.signInSubject ||
    mail.expiringLink ||
    ((CLICK_WORDS.test(leading) || LINK_MENTION.test(leading)) && SIGN_IN_LINK_WORDS.test(leading));
  const magic = tokenised && signInMail;
  if (magic && SIGN_IN_LINK_WORDS.test(words)) return { score: 3, signIn: !/magic/i.test(`${words} ${target}`) };
  // A network's footer icon; its own action links carry action words (above).
  if (SOCIAL_HOSTS.test(url.hostname)) return NONE;
  const generic = isGeneric(words);
  if (generic) {
    const near = `${before} ${after}`;
    // "Visit <docs URL> to learn about two-factor authentication": a page to read.
    if (OTHER_LINK_WORDS.test(near) || LEARN_WORDS.test(sentenceOf(before, after))) return NONE;
    if (VERIFY_URL_WORDS.test(target)) return { score: 8 };
    if (RESET_URL_WORDS.test(target)) return { score: 7, reset: true };
    if (VERIFY_LINK_WORDS.test(near) && !OBJECT_LINK_WORDS.test(near)) return { score: 7 };
    if (RESET_LINK_WORDS.test(near)) return { score: 6, reset: true };
    if (VERIFY_LINK_WORDS.test(above) && !OBJECT_LINK_WORDS.test(above) && !NOT_YOU_WORDS.test(above)) return { score: 5 };
    if (RESET_LINK_WORDS.test(above) && !NOT_YOU_WORDS.test(above)) return { score: 4, reset: true };
  }
  // A bare link in a magic-link mail: its words around, or the subject ("Your login link"), say sign in.
  const context = `${before} ${after} ${above} ${target}`;
  if (magic && generic && (SIGN_IN_LINK_WORDS.test(context) || mail.signInSubject)) {
    return { score: 2, signIn: !/magic/i.test(`${context} ${mail.subject}`) };
  }
  // Words of another language we do not read, on a verify URL carrying a token.
  if (!generic && VERIFY_URL_WORDS.test(target) && tokenised && !OBJECT_LINK_WORDS.test(target)) return { score: 1 };
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
  const whole = `${subject}\n${text}`;
  const mail: MailContext = {
    text,
    subject,
    signInSubject: (SIGN_IN_LINK_WORDS.test(subject) || /magic/i.test(subject)) && !SIGN_IN_ALERT_WORDS.test(subject),
    expiringLink: LINK_MENTION.test(whole) && EXPIRY_WORDS.test(whole),
  };
  const resetAllowed = !hasCode || RESET_LINK_WORDS.test(subject);
  let best: MailLink | null = null;
  let bestScore = 0;
  for (const link of links) {
    const { score, reset, signIn } = judgeLink(link, mail);
    if (score > bestScore && (resetAllowed || !reset) && !(hasCode && signIn)) {
      best = link;
      bestScore = score;
    }
  }
  return best?.href ?? null;
}
