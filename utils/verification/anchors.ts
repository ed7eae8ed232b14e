/**
 * The code words of a text ("anchors", see `code-words.ts`), each judged by the words around it:
 * another kind of code (promo, booking, gift card…), a code shown in person, or a verification
 * code, strongly (a verification word) or weakly (a bare code noun).
 */
import {
  ANCHOR,
  ANCHOR_CASED,
  COMPOUND_NOUN,
  CONFIRMATION_WORD,
  IN_PERSON_AFTER,
  IN_PERSON_BEFORE,
  NEGATION,
  OTHER_KIND_AFTER,
  OTHER_KIND_BEFORE,
  PROMO_NEAR,
  STRENGTHENER,
  VERB_ONLY,
  VERIFY_WORD,
} from './code-words';
import type { MailKind } from './mail-kinds';

export interface Span {
  start: number;
  end: number;
}

export interface Anchor extends Span {
  /** A verification word alone (verify, 验证): reaches less far than a word for the code itself. */
  verbOnly: boolean;
  /** A verification word, or a code noun next to one (login code, security code). */
  strong: boolean;
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
export function findAnchors(text: string, kind: MailKind, skip: Span[]): Anchor[] {
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
