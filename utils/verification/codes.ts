/**
 * Finds the verification code of a mail.
 *
 * A code is 4–8 digits, or 4–8 ASCII letters and digits mixed (9–12 next to a verification word),
 * or two groups of 3–4 joined by one space or hyphen (`123 456`, `123-456`, `A7K-9Q2`) or of four
 * and two (`4821 93`), or 2–4 hyphenated groups of 3–5 letters and digits, mixed case allowed, next
 * to a verification word (`4kQm-Zp2x-8RvT`), or 4–8 single characters spaced out or one per table
 * cell, a separator cell allowed (`4 8 2 - 9 1 3`); see `candidates.ts`. It is returned without
 * separators (`123456`, `A7K9Q2`): OTP fields, often one box per character, expect only the
 * characters; the grouping is display only.
 *
 * It must sit near a code word ("anchor", see `anchors.ts` and `code-words.ts`) that no word around turns into
 * another kind of code (promo, booking, gift card, meeting, parcel pickup, door…) and that is not
 * shown in person, and must not read as a price, a phone number, a date, a time, a duration, a
 * postcode, a P.O. box or an order number.
 */
import { findAnchors, type Anchor, type Span } from './anchors';
import { collectCandidates, type Candidate } from './candidates';
import type { MailKind } from './mail-kinds';
import { CURRENCY_AFTER, CURRENCY_BEFORE, NUMBER_KIND_BEFORE, PO_BOX_BEFORE, UNIT_AFTER, YEAR_BEFORE } from './number-words';

/** Hides URLs and e-mail addresses (same length, so positions hold) from the code search. */
function maskNonText(text: string): string {
  const hide = (m: string): string => '\u25a1'.repeat(m.length);
  return text.replace(/(?:https?:\/\/|www\.)[^\s<>"']+/gi, hide).replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, hide);
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
    if (!anchors.some((a) => a.end > kindStart && a.end <= c.start) && !endsAnnouncement(text, kindStart, numberKind, anchors)) {
      return true;
    }
  }
  return false;
}

/** Nouns for "number" (a code word's number: OTP number, 인증 번호). */
const NUMBER_NOUN =
  /^(?:number|nummer|numéro|número|numero|номер|numer|číslo|numara|رقم|מספר|नंबर|số|nomor|หมายเลข|αριθμ|号码|號碼|番号|번호)/iu;
/** What a code verifies: an account (a membership), in the languages of `number-words.ts`. */
const ACCOUNT_KIND =
  /^(?:accounts?|konta|hesap|tài khoản|rekening|บัญชี|账号|帳號|口座|계좌|rachunk\p{L}*|сч[её]т\p{L}*|рахун\p{L}*|member|membership)/iu;

/**
 * "Use this code to verify your account: 482913": the account is the object of a sentence that a
 * code word opened, and only a colon follows it. The number belongs to the noun that labels it
 * (`account number: 1234`, `Account: 1234`), not to one that ends a sentence about the code.
 */
function endsAnnouncement(text: string, kindStart: number, numberKind: RegExpExecArray, anchors: Anchor[]): boolean {
  const rest = numberKind.groups?.rest ?? '';
  if (!/^\s*[:：]\s*$/.test(rest)) return false;
  const kindWord = text.slice(kindStart, kindStart + 12);
  // "OTP number: 938152", "OTP 번호: 938152": the number of the code word right before it.
  if (NUMBER_NOUN.test(kindWord) && anchors.some((a) => a.end <= kindStart && /^\s?$/.test(text.slice(a.end, kindStart))))
    return true;
  if (!ACCOUNT_KIND.test(kindWord)) return false;
  return anchors.some((a) => a.end <= kindStart && kindStart - a.end <= 80 && !SENTENCE_END.test(text.slice(a.end, kindStart)));
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

/** The characters of a code with its letters and digits masked: `4829-1302` and `5820-1934` are alike. */
const shapeOf = (raw: string): string => `${raw.replace(/[A-Za-z0-9]/g, 'x')}${/[A-Za-z]/.test(raw) ? 'a' : '9'}`;
const BULLET = /^(?:[-•*·]|\d{1,2}[.)])\s*/;

/**
 * One of a list of codes alike (backup or recovery codes, one per line or cell): the mail gives
 * codes to keep, not one to type now.
 */
function isListItem(text: string, c: Candidate): boolean {
  const raw = text.slice(c.start, c.end);
  if (raw.includes('\n')) return false;
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  let lineEnd = text.indexOf('\n', c.end);
  if (lineEnd === -1) lineEnd = text.length;
  // Alone in its line or table cell, a bullet or number allowed (most numbers stop here).
  const cellStart = Math.max(lineStart, text.lastIndexOf('\t', c.start - 1) + 1);
  const tab = text.indexOf('\t', c.end);
  const cellEnd = tab !== -1 && tab < lineEnd ? tab : lineEnd;
  if (text.slice(cellStart, c.start).trim().replace(BULLET, '') !== '' || text.slice(c.end, cellEnd).trim() !== '') return false;
  const cells = (line: string): string[] => line.split(/\t| {2,}/).map((cell) => cell.trim().replace(BULLET, ''));
  const prevStart = lineStart > 0 ? text.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const near = cells(text.slice(lineStart, lineEnd));
  if (lineStart > 0) near.push(...cells(text.slice(prevStart, lineStart - 1)));
  if (lineEnd < text.length) near.push(...cells(text.slice(lineEnd + 1, nextEnd === -1 ? text.length : nextEnd)));
  const shape = shapeOf(raw);
  return near.some((cell) => cell !== raw && cell.length === raw.length && shapeOf(cell) === shape);
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
    if ((score === null && !alone && !keepAll) || isRejected(text, c, anchors) || isListItem(text, c)) continue;
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
