/**
 * The numbers and letter-and-digit tokens of a text that could be a code, with their offsets: plain
 * runs, groups, spaced characters, one character per cell or per line.
 */
import { E, WORD_CHAR } from './code-words';
import { UNIT_AFTER } from './number-words';
import type { Span } from './anchors';

export interface Candidate extends Span {
  code: string;
  /** Plain 4-digit year (19xx/20xx): only accepted right next to a code word. */
  yearLike: boolean;
  /** A word and a number (SAVE20) or a long token (9–12 characters): only a strong anchor makes it a code. */
  strongOnly: boolean;
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
  // Three or four groups of letters and digits, or two in mixed case: `4kQm-Zp2x-8RvT`, `a1b2c-3d4e5`.
  {
    // Matched from its first hyphen (a rare character: fast to look for), its first group looked
    // behind for (`head`): starting at every letter of a long mail costs more.
    regex: new RegExp(
      `-(?<=(?<!${WORD_CHAR}|-)(?<head>[A-Za-z0-9]{3,5})-)[A-Za-z0-9]{3,5}(?:-[A-Za-z0-9]{3,5}){0,2}(?!${WORD_CHAR}|-)`,
      'gu',
    ),
    accept: (raw) => {
      const joined = raw.replace(/-/g, '');
      return (raw.split('-').length > 2 || /[a-z]/.test(raw)) && joined.length <= 16 && isPlausibleAlnum(joined);
    },
    strongOnly: () => true,
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

export function collectCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  // Characters already taken by an earlier (more specific) pattern.
  const taken = new Uint8Array(text.length);
  for (const { regex, accept, strongOnly } of CANDIDATE_PATTERNS) {
    for (const match of text.matchAll(regex)) {
      const head = match.groups?.head ?? '';
      const raw = head + match[0];
      const start = match.index - head.length;
      const end = match.index + match[0].length;
      if (taken.subarray(start, end).some((t) => t === 1) || !accept(raw, text.slice(end, end + 12))) continue;
      taken.fill(1, start, end);
      found.push({
        start,
        end,
        code: raw.replace(SEPARATORS, ''),
        yearLike: /^(?:19|20)\d\d$/.test(raw),
        strongOnly: strongOnly?.(raw) === true || WORD_AND_NUMBER.test(raw),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
