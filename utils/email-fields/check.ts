// The whole judgement of one field, shared by the single check and the page scan.
import type { Context } from './context';
import { isDisguised, saysEmail } from './field';
import { asksForAccount } from './form';

/**
 * Whether a temp address makes sense in `input`: an enabled, editable text or e-mail field that
 * asks for an address, is not made to be unseen, is not a search box, and does not ask for an
 * existing account. Layout is read only for fields that passed the word checks.
 */
export function check(input: HTMLInputElement, ctx: Context): boolean {
  const type = input.type;
  if ((type !== 'email' && type !== 'text') || input.disabled || input.readOnly) return false;
  if (!saysEmail(input, ctx)) return false;
  if (input.closest('fieldset[disabled],[role=search]') || isDisguised(input, ctx)) return false;
  return !asksForAccount(input, ctx);
}
