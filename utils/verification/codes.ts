/**
 * Finds the verification code of a mail.
 *
 * A code is 4–8 digits, or 4–8 ASCII letters and digits mixed (9–12 next to a verification word),
 * or two groups of 3–4 joined by one space or hyphen (`123 456`, `123-456`, `A7K-9Q2`) or of four
 * and two (`4821 93`), or 4–8 single characters spaced out or one per table cell, a separator cell
 * allowed (`4 8 2 - 9 1 3`). It is returned without separators (`123456`, `A7K9Q2`): OTP fields,
 * often one box per character, expect only the characters; the grouping is display only.
 *
 * It must sit near a code word ("anchor", see `code-words.ts`) that no word around turns into
 * another kind of code (promo, booking, gift card, meeting, parcel pickup, door…) and that is not
 * shown in person, and must not read as a price, a phone number, a date, a time, a duration, a
 * postcode, a P.O. box or an order number.
 */
import {
  ANCHOR,
  ANCHOR_CASED,
  COMPOUND_NOUN,
  CONFIRMATION_WORD,
  E,
  IN_PERSON_AFTER,
  IN_PERSON_BEFORE,
  NEGATION,
  OTHER_KIND_AFTER,
  OTHER_KIND_BEFORE,
  PROMO_NEAR,
  STRENGTHENER,
  VERB_ONLY,
  VERIFY_WORD,
  WORD_CHAR,
} from './code-words';
import type { MailKind } from './mail-kinds';
import { CURRENCY_AFTER, CURRENCY_BEFORE, NUMBER_KIND_BEFORE, PO_BOX_BEFORE, UNIT_AFTER, YEAR_BEFORE } from './number-words';

interface Span {
  start: number;
  end: number;
}

interface Anchor extends Span {
  /** A verification word alone (verify, 验证): reaches less far than a word for the code itself. */
  verbOnly: boolean;
  /** A verification word, or a code noun next to one (login code, security code). */
  strong: boolean;
}

interface Candidate extends Span {
  code: string;
  /** Plain 4-digit year (19xx/20xx): only accepted right next to a code word. */
  yearLike: boolean;
  /** A word and a number (SAVE20) or a long token (9–12 characters): only a strong anchor makes it a code. */
  strongOnly: boolean;
}

/** The ending a code noun compound keeps once its qualifier (`Gutschein`, `promo`, `post`) is cut. */
const NOUN_ENDING =
  /-?(?:codes?|codice|codici|c[óo]digos?|kode[nr]?|koder(?:na)?|koodi\p{L}*|kod\p{L}*|k[óo]d\p{L}*|код\p{L}*)$/iu;
/** Compounds of `code` that are never verification codes (encode, Unicode, opcode, QR-code…). */
const TECH_PREFIX =
  /^(?:en|de|uni|op|short|source|geo|html|css|dress|colou?r|iban|swift|bic|fehler|error|status|kunden|klant|client|customer|qr|bar|штрих|ean|zip)-?$/iu;
/** Where the words that qualify an anchor stop: punctuation, a line or cell end, a digit. */
const PHRASE_STOP = /[.!?。！？:：;；\n\t|•·,，、()（）[\]【】\d]/u;

/** The phrase before `start`, at most 40 characters. */
function phraseBefore(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - 40), start);
  let cut = window.length;
  while (cut > 0 && !PHRASE_STOP.test(window[cut - 1] as string)) cut--;
  return window.slice(cut).trim();
}

/** The last words of a phrase, at most 12 characters a word (a CJK phrase has no spaces). */
function lastWords(phrase: string, count = 2): string {
  return phrase
    .split(/ +/)
    .slice(-count)
    .join(' ')
    .slice(-12 * count);
}

/** Code words, except those in `skip` (link and button words: "Verify email" is an action, not a code's label). */
function findAnchors(text: string, kind: MailKind, skip: Span[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (const regex of [COMPOUND_NOUN, ANCHOR, ANCHOR_CASED]) {
    for (const match of text.matchAll(regex)) {
      let start = match.index;
      const end = start + match[0].length;
      // A compound noun runs back to its word's start (at most 40 letters: Sicherheitsbestätigungscode).
      if (regex === COMPOUND_NOUN) while (start > 0 && end - start < 40 && /[\p{L}-]/u.test(text[start - 1] as string)) start--;
      const word = text.slice(start, end);
      if (skip.some((span) => span.start <= start && end <= span.end)) continue;
      const prefix = word.replace(NOUN_ENDING, '');
      // A compound's own first part qualifies it: Abholcode, inlogcode, verifieringskod.
      const compound = prefix !== word && prefix !== '';
      if (compound && (TECH_PREFIX.test(prefix) || OTHER_KIND_BEFORE.test(prefix))) continue;
      const phrase = phraseBefore(text, start);
      const before = lastWords(phrase);
      if (OTHER_KIND_BEFORE.test(before) || OTHER_KIND_AFTER.test(text.slice(end, end + 30))) continue;
      const phraseAfter = text.slice(end, end + 30).split(PHRASE_STOP)[0] as string;
      const shown = IN_PERSON_BEFORE.test(lastWords(phrase, 3)) || IN_PERSON_AFTER.test(phraseAfter);
      if (shown && !NEGATION.test(`${lastWords(phrase, 4)} ${phraseAfter}`)) continue;
      const around = `${before} ${phraseAfter}`;
      const strong = VERIFY_WORD.test(word) || STRENGTHENER.test(around) || (compound && STRENGTHENER.test(prefix));
      if (!strong) {
        if (kind.is('booking') || kind.is('meeting') || kind.is('gift') || kind.is('pickup')) continue;
        if (kind.is('order') && CONFIRMATION_WORD.test(`${before} ${word}`)) continue;
        if (PROMO_NEAR.test(text.slice(Math.max(0, start - 60), end + 60))) continue;
      }
      // A word ending in a code noun names the code (verifieringskod), it is no verb alone.
      anchors.push({ start, end, verbOnly: VERB_ONLY.test(word) && !NOUN_ENDING.test(word), strong });
    }
  }
  return anchors.sort((a, b) => a.start - b.start);
}

/** Hides URLs and e-mail addresses (same length, so positions hold) from the code search. */
function maskNonText(text: string): string {
  const hide = (m: string): string => '\u25a1'.repeat(m.length);
  return text.replace(/(?:https?:\/\/|www\.)[^\s<>"']+/gi, hide).replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, hide);
}

const UNIT_TOKEN =
  /^\d+(?:st|nd|rd|th|am|pm|h|hrs?|min|mins|s|sec|ms|gb|mb|kb|tb|px|pt|em|km|kg|mm|cm|k|m|p|fps|hz|khz|mhz|ghz|mp|eur|usd|gbp|x)$/i;
const TECH_TOKEN =
  /^(?:mp[34]|h26[45]|ipv[46]|covid19|win(?:dows)?\d+|x86|x64|utf8|utf16|sha\d+|md5|b2b|b2c|p2p|[48]k|[345]g|a[3-5]|ios\d+|html5|css3|es20\d\d|usb\d?|hdmi\d?|ps[45]|mp\d+|f\d{1,2})$/i;

/** A word and a number (SAVE20, WELCOME15, JANE4821): a promo or referral code unless a verification word names it. */
const WORD_AND_NUMBER = /^[A-Z]{4,}\d{1,4}$/;

/** Letters and digits that look generated rather than a word, a unit or a product name. */
function isPlausibleAlnum(token: string): boolean {
  if (!/\d/.test(token) || !/[A-Za-z]/.test(token)) return false;
  if (UNIT_TOKEN.test(token) || TECH_TOKEN.test(token) || /^[xX*]{2,}\d+$/.test(token)) return false;
  let transitions = 0;
  for (let i = 1; i < token.length; i++) if (/\d/.test(token[i] as string) !== /\d/.test(token[i - 1] as string)) transitions++;
  const letters = token.replace(/\d/g, '');
  return letters === letters.toUpperCase() ? transitions >= 1 : transitions >= 2;
}

/**
 * Word start after a first character: `\d${AFTER_FIRST}…` means `(?<!WORD_CHAR)\d…`, but lets the regex engine
 * look for the cheap first character before it checks the script of the one before it.
 */
const AFTER_FIRST = `(?<!${WORD_CHAR}.)`;

/** Separators a code's groups or cells may show: a hyphen, a dash, a dot (`482 – 913`, `4⇥8⇥2⇥-⇥9⇥1⇥3`). */
const GROUP_SEPARATOR = '[-\\u2013\\u2014\\u00b7\\u2022]';
const SEPARATORS = /[\s\-\u2013\u2014\u00b7\u2022]/g;
const YEAR_GROUP = /(?:^|\D)(?:19|20)\d\d(?:\D|$)/;

interface CandidatePattern {
  regex: RegExp;
  /** `after`: the 12 characters after the match. */
  accept: (raw: string, after: string) => boolean;
  /** Only a strong anchor makes it a code. */
  strongOnly?: (raw: string) => boolean;
}

const CANDIDATE_PATTERNS: CandidatePattern[] = [
  // Two groups of 3–4 digits: `123 456`, `123-456`; three or four pairs: `90 31 46`.
  { regex: new RegExp(`\\d${AFTER_FIRST}\\d{2,3}[ -]\\d{3,4}${E}`, 'gu'), accept: () => true },
  { regex: new RegExp(`\\d${AFTER_FIRST}\\d(?:[ -]\\d\\d){2,3}${E}`, 'gu'), accept: () => true },
  // Four and two digits, or two and four: `4821 93`, `48 2193` (no year, not "4821 10 minutes").
  {
    regex: new RegExp(`\\d${AFTER_FIRST}(?:\\d{3} \\d\\d|\\d \\d{4})${E}`, 'gu'),
    accept: (raw, after) => !YEAR_GROUP.test(raw) && !UNIT_AFTER.test(after),
  },
  // One character per cell or spaced out, a separator cell allowed: `4 8 2 9 1 3`, `7⇥0⇥3⇥-⇥9⇥1⇥5`.
  {
    regex: new RegExp(`[A-Z0-9]${AFTER_FIRST}(?:[ \\t](?:${GROUP_SEPARATOR}[ \\t])?[A-Z0-9]){3,7}${E}`, 'gu'),
    accept: (raw) => /\d/.test(raw),
  },
  // One character per line: cells of nested tables, blocks side by side.
  {
    regex: new RegExp(`(?<=^|\\n)[A-Z0-9](?:\\n(?:${GROUP_SEPARATOR}\\n)?[A-Z0-9]){3,7}(?=\\n|$)`, 'gu'),
    accept: (raw) => /\d/.test(raw),
  },
  // Two groups of 3–4 upper-case letters and digits: `A7K-9Q2`.
  {
    regex: new RegExp(`[A-Z0-9]${AFTER_FIRST}[A-Z0-9]{2,3}-[A-Z0-9]{3,4}${E}`, 'gu'),
    accept: (raw) => /\d/.test(raw) && /[A-Z]/.test(raw),
  },
  { regex: new RegExp(`\\d${AFTER_FIRST}\\d{3,7}${E}`, 'gu'), accept: () => true },
  // Letters and digits mixed: `A7K9Q2`; 9–12 of them only next to a verification word (`A7K9Q2B4X`).
  {
    regex: new RegExp(`[A-Za-z0-9]${AFTER_FIRST}[A-Za-z0-9]{3,11}${E}`, 'gu'),
    accept: isPlausibleAlnum,
    strongOnly: (raw) => raw.length > 8,
  },
];

function collectCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  // Characters already taken by an earlier (more specific) pattern.
  const taken = new Uint8Array(text.length);
  for (const { regex, accept, strongOnly } of CANDIDATE_PATTERNS) {
    for (const match of text.matchAll(regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.subarray(start, end).some((t) => t === 1) || !accept(match[0], text.slice(end, end + 12))) continue;
      taken.fill(1, start, end);
      found.push({
        start,
        end,
        code: match[0].replace(SEPARATORS, ''),
        yearLike: /^(?:19|20)\d\d$/.test(match[0]),
        strongOnly: strongOnly?.(match[0]) === true || WORD_AND_NUMBER.test(match[0]),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Rejects numbers that are really prices, phone numbers, dates, times, postcodes, amounts… */
function isRejected(text: string, c: Candidate, anchors: Anchor[]): boolean {
  const raw = text.slice(c.start, c.end);
  const before = text.slice(Math.max(0, c.start - 60), c.start);
  const after = text.slice(c.end, c.end + 30);
  const allDigits = /^[\d\s-]+$/.test(raw);

  // Part of a larger number, a date or a time: 1.299,00 · 27/11/2026 · 10:45 · 2026-11-27.
  if (/\d[.,:/-]$/.test(before) || /^[.,:/-]\d/.test(after)) return true;
  // Part of a longer token: a gift-card code's middle group, hyphenated words (purple-sky-4821), a masked card number (•••• 4821).
  if (/(?:[A-Za-z0-9]{3,}|\d[A-Za-z0-9]*)-$/.test(before) || /^-[A-Za-z0-9]/.test(after)) return true;
  if (/[*•xX]{2,}[ -]?$/.test(before) || /[*#]$/.test(before)) return true;
  if (allDigits) {
    // Phone numbers and long digit runs: +39 06 1234 5678 · (555) 123-4567.
    if (/(?:\d[ \u00a0]?|\+|\d\)[ \u00a0]?)$/.test(before) || /^(?:[ \u00a0]?\d|[ \u00a0]?\(\d|\)\d)/.test(after)) return true;
    if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after) || UNIT_AFTER.test(after)) return true;
    if (c.yearLike && YEAR_BEFORE.test(before)) return true;
    // Postcodes: `…, 00184 Roma`, `D-10115 Berlin`, `1012 AB Amsterdam`, `〒150-0002`, `CA 94158`.
    if (/〒\s?$/.test(before) || PO_BOX_BEFORE.test(before)) return true;
    if (/^\d{5}(?:-\d{4})?$/.test(raw) && /(?:,|\p{Ll}) ?[A-Z]{2} $/u.test(before)) return true;
    // Portuguese, Polish-style and Japanese postcodes before a town: `1269-046 Lisboa`, `150-0002 Tokyo`.
    if (/^\d{3,4}-\d{3,4}$/.test(raw) && /(?:,\s*|\n|^)$/.test(before) && /^ \p{Lu}\p{Ll}/u.test(after)) return true;
    if (/^\d{4,6}$/.test(raw)) {
      const addressBefore = /(?:,\s*|\n|^|\b[A-Z]{1,2}-)$/.test(before);
      if (addressBefore && /^ \p{Lu}\p{Ll}/u.test(after)) return true;
      if (/^\d{4}$/.test(raw) && /^ [A-Z]{2}(?![\p{L}\p{N}])/u.test(after)) return true;
    }
  }
  if (/^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}(?![\p{L}\p{N}])/u.test(text.slice(c.start, c.start + 10))) return true;
  // Any letter code that completes a UK postcode read backwards (`SW1A 1AA`).
  if (/^ \d[A-Z]{2}(?![\p{L}\p{N}])/u.test(after) && /^[A-Z]{1,2}\d[A-Z\d]?$/.test(raw)) return true;

  const numberKind = NUMBER_KIND_BEFORE.exec(before);
  if (numberKind) {
    const kindStart = c.start - before.length + numberKind.index;
    if (!anchors.some((a) => a.end > kindStart && a.end <= c.start)) return true;
  }
  return false;
}

/** Only separators and a copula between a code word and a year-like code (`code: 2048`, `code is 2048`). */
const TIGHT_AFTER_ANCHOR =
  /^[\s:=\-–—"'“”«»*：]*(?:(?:is|è|ist|est|es|é|lautet|luidt|это|je|är|to|là|adalah|คือ|είναι|为|為|是|は|는|은)[\s:：]*)?$/iu;
const TIGHT_BEFORE_ANCHOR = /^\s*(?:is|è|ist|est|es|é)\b/i;

/** Sentence or list-item ends between an anchor and a number (not the `.` of `5,000.00`). */
const SENTENCE_END = /[.!?。！？…\n·•|](?!\d)/;
/** "Use 482913 to verify", "Entrez 482913 pour vérifier": a code before the verb it serves. */
const FOR_VERB =
  /^[\s,]*(?:to|and|for|in order to|zum|um|pour|para|per|om|для|чтобы|щоб|aby|pro|för att|için|để|untuk|เพื่อ|για|lalu)?\s*$/iu;

/**
 * Distance-based score to the nearest anchor; lower is better; null when too far. An anchor before
 * the number reaches 150 characters within its sentence, 80 beyond it; a verb alone, 40 within its
 * phrase. An anchor after the number reaches 40 on the same line; a verb alone, only as "482913 to
 * verify". Line breaks cost extra; a number alone on its line scores better.
 */
function scoreCandidate(text: string, c: Candidate, anchors: Anchor[], alone: boolean): number | null {
  let best: number | null = null;
  // Anchors are sorted: start at the first one that can still be within reach.
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((anchors[mid] as Span).end < c.start - 150) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < anchors.length; i++) {
    const a = anchors[i] as Anchor;
    if (a.start > c.end + 40) break;
    if (c.strongOnly && !a.strong) continue;
    let score: number | null = null;
    if (a.end <= c.start) {
      const between = text.slice(a.end, c.start);
      // "Didn't get the code? Call 1588-4821": a question does not announce a code.
      if (/[?？؟]/.test(between)) continue;
      const sameSentence = !SENTENCE_END.test(between);
      // A verb alone ("Verified buyer · 4821 reviews") reaches only within its own phrase.
      const reach = a.verbOnly ? (sameSentence ? 40 : -1) : sameSentence ? 150 : 80;
      if (between.length <= reach && (!c.yearLike || (between.length <= 12 && TIGHT_AFTER_ANCHOR.test(between)))) {
        score = between.length + (between.match(/\n/g)?.length ?? 0) * 5;
        // Beyond its sentence, an anchor ("The code expires in 10 minutes.") points less at a number
        // inside other text (the footer's P.O. box) than at one standing alone (the big code cell).
        if (!sameSentence && !alone) score += 20;
      }
    } else if (c.end <= a.start) {
      const between = text.slice(c.end, a.start);
      const fits = a.verbOnly ? FOR_VERB.test(between) : between.length <= 40 && !between.includes('\n');
      if (fits && (!c.yearLike || TIGHT_BEFORE_ANCHOR.test(between))) {
        score = between.length + 15;
      }
    }
    if (score !== null && (best === null || score < best)) best = score;
  }
  // A number alone on its line is how mails show the code.
  return best !== null && alone ? best - 25 : best;
}

interface CodeSearch {
  code: string | null;
  /** The code words found, for the fallbacks below. */
  anchors: Anchor[];
  /** Valid candidates alone on their line, with their offsets. */
  standalone: Candidate[];
  /** Every valid candidate (only when asked: rejecting every number of a long body costs). */
  valid: Candidate[];
}

function isAlone(text: string, c: Candidate): boolean {
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  const lineEnd = text.indexOf('\n', c.end);
  return text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim() === text.slice(c.start, c.end);
}

function searchCode(rawText: string, kind: MailKind, skip: Span[], keepAll = false): CodeSearch {
  const text = maskNonText(rawText);
  const anchors = findAnchors(text, kind, skip);
  let best: { code: string; score: number } | null = null;
  const standalone: Candidate[] = [];
  const valid: Candidate[] = [];
  for (const c of collectCandidates(text)) {
    // Scored first: most numbers of a long mail are far from every anchor, and rejecting is dearer.
    const alone = !c.yearLike && !c.strongOnly && isAlone(text, c);
    const score = scoreCandidate(text, c, anchors, alone);
    if ((score === null && !alone && !keepAll) || isRejected(text, c, anchors)) continue;
    if (keepAll && !c.yearLike && !c.strongOnly) valid.push(c);
    if (alone) standalone.push(c);
    if (score !== null && (best === null || score < best.score)) best = { code: c.code, score };
  }
  return { code: best?.code ?? null, anchors, standalone, valid };
}

/** The candidate closest to an anchor, within `reach` characters (half that for a verb alone). */
function closestToAnchor(candidates: Candidate[], anchors: Anchor[], reach: number): Candidate | null {
  let best: Candidate | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    for (const a of anchors) {
      const distance = a.end <= c.start ? c.start - a.end : a.start - c.end;
      if (distance >= 0 && distance <= (a.verbOnly ? reach / 2 : reach) && distance < bestDistance) {
        best = c;
        bestDistance = distance;
      }
    }
  }
  return best;
}

/**
 * The code of a mail: next to a code word in the subject, else in the body; else a code alone on
 * its line near the body's code words (a big styled cell a paragraph below "Your code:"), or
 * anywhere in the body when only the subject has code words ("Your sign-in code" above a body of
 * just the code); else the one number of the subject when the body speaks of "the code above".
 */
export function findCode(subject: string, body: string, kind: MailKind, links: Array<Span & { text: string }>): string | null {
  const fromSubject = searchCode(subject, kind, [], true);
  if (fromSubject.code) return fromSubject.code;
  const fromBody = searchCode(
    body,
    kind,
    links.filter((link) => link.text),
  );
  if (fromBody.code) return fromBody.code;
  const near = closestToAnchor(fromBody.standalone, fromBody.anchors, 400);
  if (near) return near.code;
  if (fromSubject.anchors.length > 0 && fromBody.standalone[0]) return fromBody.standalone[0].code;
  const onlyInSubject = fromSubject.valid.length === 1 ? fromSubject.valid[0] : undefined;
  if (onlyInSubject && fromBody.anchors.some((a) => !a.verbOnly)) return onlyInSubject.code;
  return null;
}
