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
import { CARD_AUTH, CJK_PLAIN_END, PLAIN_QUALIFIER, THAI_PLAIN_START } from './qualifier-words';

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

function isStrong(word: string, around: string, prefix: string): boolean {
  return VERIFY_WORD.test(word) || STRENGTHENER.test(around) || (prefix !== '' && STRENGTHENER.test(prefix));
}

const CARD_AUTH_ALL = new RegExp(CARD_AUTH.source, 'giu');
const withoutCardAuth = (words: string): string => words.replace(CARD_AUTH_ALL, ' ');

/** Nouns for "code" whose qualifier follows them (codice transazione, kod płatności, κωδικός πληρωμής, رمز الدفع). */
const NOUN_QUALIFIED_AFTER = /^(?:codice|codici|c[óo]digos?|kod|k[óo]d|код|mã|kode|κωδικ|κώδικ|รหัส)|(?:رمز|كود|קוד)$/iu;
const GENITIVE = /^(?:of|de|di|da|do|du|del|della|dello|dei|des|dos|das|d['’]\p{L}*)$/iu;
const ARTICLE = /^(?:the|la|le|les|l['’]\p{L}*|el|il|lo|o|a)$/iu;
const COMPLEMENT =
  /^(?:to|for|from|with|at|in|on|by|für|an|mit|bei|pour|avec|par|para|con|por|per|com|voor|met|bij|för|med|på|для|к|при|dla|przy|pro|při|için|ile|untuk|cho|để|για|σε|με)$/iu;
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]/u;
const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * Whether one word next to a code noun names a kind of code we do not know: not a plain word
 * (`qualifier-words.ts`), not a brand ("Your Lyft code", "código do iFood": capitalised inside a
 * phrase whose code noun is not, or with a capital inside it).
 */
function isUnknownWord(token: string, first: boolean, nounCapitalised: boolean): boolean {
  // Elided articles and prepositions are no part of the word: d’accès, l'attivazione.
  const word = token.replace(/^[-"'“”«»„(]+|[-"'“”«»„),]+$/g, '').replace(/^(?:d|l|qu|dell|all)['’]/i, '');
  if (word === '' || /^\d/.test(word) || PLAIN_QUALIFIER.test(word)) return false;
  // An acronym inside a phrase names a brand (Your OLX code); opening a label it names a kind (PNR code:).
  if (ACRONYM.test(word)) return first;
  const brand = /.\p{Lu}/u.test(word) || (/^\p{Lu}/u.test(word) && !first && !nounCapitalised);
  return !brand;
}

/**
 * Whether the code noun carries a qualifier we do not know: its compound's first part
 * (Zahlungscode), the word before it ("Approval code", 交易码, 결제 코드), or the words of its label
 * after it ("Codice PNR:", "Mã đặt xe:", "κωδικός πληρωμής:", "Código de autorización:").
 */
function hasUnknownQualifier(text: string, start: number, end: number, word: string, prefix: string, phrase: string): boolean {
  const nounCapitalised = /^\p{Lu}/u.test(word);
  if (/承認|승인/.test(word)) return true;
  // A hyphenated first part may be a brand (Lieferando-Code); a closed compound is a noun (Zahlungscode).
  if (prefix) {
    const hyphenated = word[prefix.length] === '-';
    return isUnknownWord(prefix, !hyphenated, hyphenated ? false : nounCapitalised);
  }
  const tokens = phrase.split(/\s+/).filter(Boolean);
  const last = tokens[tokens.length - 1];
  if (last !== undefined) {
    if (CJK.test(last)) {
      if (!/\p{sc=Thai}/u.test(last) && !CJK_PLAIN_END.test(last)) return true;
    } else if (isUnknownWord(last, tokens.length === 1, nounCapitalised)) return true;
  }
  // The words after the noun, when they end in a colon (a label) or are one word before the code,
  // in languages that qualify after the noun (codice PNR, mã đặt xe) or with a genitive (code de paiement).
  const window = text.slice(end, end + 30);
  const label = window.split(PHRASE_STOP)[0] as string;
  const stop = window[label.length] ?? '';
  const words = label.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 3 || !(/[:：]/.test(stop) || (words.length === 1 && /\d/.test(stop)))) return false;
  if (/\p{sc=Thai}/u.test(label)) return !THAI_PLAIN_START.test(label.trim());
  if (!NOUN_QUALIFIED_AFTER.test(word) && !GENITIVE.test(words[0] as string)) return false;
  const qualifier = words.find((w) => !GENITIVE.test(w) && !ARTICLE.test(w));
  // A complement, not a qualifier: "code to anyone:", "code for Acme:", "código para entrar:".
  if (qualifier === undefined || COMPLEMENT.test(qualifier)) return false;
  return isUnknownWord(qualifier, false, nounCapitalised);
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
      let strong = isStrong(word, around, compound ? prefix : '');
      // In a receipt, "authentication" or "approval" names the payment's code (Autenticação, Approval code).
      const cardAuth = strong && CARD_AUTH.test(`${word} ${around}`) && kind.is('payment');
      if (cardAuth) strong = isStrong(withoutCardAuth(word), withoutCardAuth(around), compound ? withoutCardAuth(prefix) : '');
      if (!strong) {
        if (kind.is('booking') || kind.is('meeting') || kind.is('gift') || kind.is('pickup')) continue;
        if (kind.is('order') && CONFIRMATION_WORD.test(`${before} ${word}`)) continue;
        if (PROMO_NEAR.test(text.slice(Math.max(0, start - 60), end + 60))) continue;
        // A code of a kind we do not know ("Codice PNR", "Approval code"), or any plain code in a
        // receipt, is a verification code only in a mail that asks to use one.
        const unknown =
          cardAuth || kind.is('payment') || hasUnknownQualifier(text, start, end, word, compound ? prefix : '', phrase);
        if (unknown && !kind.asksForCode()) continue;
      }
      // A word ending in a code noun names the code (verifieringskod), it is no verb alone.
      anchors.push({ start, end, verbOnly: VERB_ONLY.test(word) && !NOUN_ENDING.test(word), strong });
    }
  }
  return anchors.sort((a, b) => a.start - b.start);
}
