// E-mail field detection for the autofill content script: pure DOM, no dependencies. This module
// is what the content script imports: the single-field check of a field the user reached, and its
// confirm twin. The page scan (`findEmailFields`) lives in `scan.ts`; the content script never
// calls it, so the bundler leaves it out of that bundle.
import { check } from './check';
import { isShown, newContext, norm } from './context';
import { queryAll } from './dom';
import { ownText } from './field';
import { CONFIRM } from './words';

export { findEmailFields } from './scan';

/** No options yet: reserved for tuning (thresholds, extra keywords). */
export interface EmailFieldOptions {}

/**
 * Whether a temp address makes sense in `input`: the check the content script runs on the one
 * field the user focused or hovered. Answers what `findEmailFields` answers for that field.
 */
export function isEmailField(input: HTMLInputElement): boolean {
  return check(input, newContext(false, input.getRootNode()));
}

/**
 * The confirm-email twin of `field` ("Repeat e-mail", `email_confirmation`…) in the same form (or
 * the same tree root when there is no form), or null. Only a twin shown now counts: a hidden one
 * may be a bot trap, and filling it would get the form rejected.
 */
export function findConfirmTwin(field: HTMLInputElement): HTMLInputElement | null {
  const ctx = newContext(true, field.getRootNode());
  const all = [...queryAll<HTMLInputElement>(field.form ?? ctx.root, 'input')];
  const at = all.indexOf(field);
  const confirms = (input: HTMLInputElement) => CONFIRM.test(norm(ownText(input, ctx)));
  const mine = confirms(field);
  const twin = (input: HTMLInputElement) =>
    input !== field && isShown(input, ctx) && check(input, ctx) && confirms(input) !== mine;
  // A confirm field pairs with the nearest field before it; a primary field with the nearest after it.
  const before = all.slice(0, at).reverse();
  const after = all.slice(at + 1);
  return (mine ? before.concat(after) : after.concat(before)).find(twin) ?? null;
}
