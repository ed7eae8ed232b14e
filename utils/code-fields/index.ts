/**
 * Verification-code field detection for the content script: pure DOM, beside the e-mail detector
 * and reading a field the way it does (`ownText`, `norm`, `isDisguised`). The content script asks
 * only about the one field the user focused or hovered.
 *
 * A code field is either one input (`autocomplete="one-time-code"`, or words for a code that
 * proves something — verification, confirmation, one-time, OTP, PIN, passcode — in the common
 * languages, usually with a numeric keyboard or a length of 4 to 8) or split boxes: 4 to 8
 * adjacent single-character inputs in one group. Never a card's security code, a postal code, a
 * phone's country code, a coupon, promo, gift, referral or invitation code, a captcha, or a tax,
 * bank, product or booking code. Autocomplete token: HTML § 4.10.18.7.1 ("one-time-code").
 */
// Its words first: in the content script's bundle they then sit beside the e-mail detector's
// (they compress better together).
import { ALONE, CAPTCHA_PICTURE, CODE, NOT_CODE, PHONE, PROOF, SECURITY } from './words';
import { newContext, norm, type Context } from '../email-fields/context';
import { isDisguised, ownText, textBefore } from '../email-fields/field';

/** The input types a code is typed into (a missing or unknown type reads `text`). */
const TYPES = /^(?:text|tel|number)$/;
/** Split boxes: how many make a group. */
const MIN_BOXES = 4;
const MAX_BOXES = 8;
/** Longer than this, a field is for something else than a code (codes have 4 to 8 characters). */
const MAX_LENGTH = 10;

/**
 * The code field `input` belongs to, as the inputs to fill in order: `[input]` for a single code
 * input, the boxes (4–8, `input` among them) for split boxes; null when `input` does not ask for
 * a verification code.
 */
export function findCodeField(input: HTMLInputElement): HTMLInputElement[] | null {
  if (!TYPES.test(input.type) || input.disabled || input.readOnly) return null;
  const ctx = newContext(false, input.getRootNode());
  if (isDisguised(input, ctx)) return null;
  if (input.maxLength === 1) return splitBoxes(input, ctx);
  return isSingleCodeField(input, ctx) ? [input] : null;
}

/** Everything that names a field, normalised: its attributes, labels, title and the text before it. */
function wordsOf(input: HTMLInputElement, ctx: Context): string {
  return norm(`${ownText(input, ctx)} ${input.title} ${textBefore(input)}`);
}

/** A numeric keyboard, a number-like type, a 4–8 length or a digits pattern: the shape of a code. */
function shapedLikeCode(input: HTMLInputElement): boolean {
  const length = input.maxLength;
  return (
    /^(?:numeric|decimal)$/i.test(input.getAttribute('inputmode') ?? '') ||
    input.type !== 'text' ||
    (length >= 4 && length <= 8) ||
    /\\d|0-9/.test(input.pattern)
  );
}

/** A picture beside the field (in its parent, or its grandparent when the parent only wraps it) that looks like a captcha's. */
function besideCaptcha(input: HTMLInputElement): boolean {
  const parent = input.parentElement;
  const near = parent?.childElementCount === 1 ? parent.parentElement : parent;
  return [...(near?.querySelectorAll('img,canvas') ?? [])].some((picture) => CAPTCHA_PICTURE.test(picture.outerHTML));
}

function isSingleCodeField(input: HTMLInputElement, ctx: Context): boolean {
  if (/\bone-time-code\b/i.test(input.getAttribute('autocomplete') ?? '')) return true;
  if (input.maxLength > MAX_LENGTH || input.closest('[role=search]')) return false;
  const words = wordsOf(input, ctx);
  if (NOT_CODE.test(words) || besideCaptcha(input)) return false;
  // A card form's "security code" is its CVV.
  if (input.form?.querySelector('[autocomplete^="cc-" i]')) return false;
  if (SECURITY.test(words) && (input.maxLength === 3 || input.maxLength === 4)) return false;
  if (ALONE.test(words)) return true;
  if (!CODE.test(words)) return false;
  return PROOF.test(words) || (shapedLikeCode(input) && !PHONE.test(words));
}

/**
 * The split boxes around `input` (a single-character input): the nearest ancestor within four
 * levels that holds at least four inputs, and in it the unbroken run of single-character inputs
 * of `input`'s type that contains it, when that run has 4 to 8 boxes and nothing names it as
 * something else.
 */
function splitBoxes(input: HTMLInputElement, ctx: Context): HTMLInputElement[] | null {
  let group: Element | null = input.parentElement;
  let inputs: HTMLInputElement[] = [];
  for (let depth = 0; group && depth < 4; depth++, group = group.parentElement) {
    inputs = [...group.querySelectorAll('input')].filter((item) => item.type !== 'hidden');
    if (inputs.length >= MIN_BOXES || group === input.form) break;
  }
  if (!group || inputs.length < MIN_BOXES) return null;
  const box = (item: HTMLInputElement | undefined) => item?.maxLength === 1 && item.type === input.type && !item.disabled;
  const at = inputs.indexOf(input);
  let first = at;
  let last = at;
  while (box(inputs[first - 1])) first--;
  while (box(inputs[last + 1])) last++;
  const boxes = inputs.slice(first, last + 1);
  if (boxes.length < MIN_BOXES || boxes.length > MAX_BOXES) return null;
  const named = `${wordsOf(boxes[0]!, ctx)} ${norm(`${group.getAttribute('aria-label') ?? ''} ${textBefore(group)}`)}`;
  return NOT_CODE.test(named) || besideCaptcha(boxes[0]!) ? null : boxes;
}
