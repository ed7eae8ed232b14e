// The whole judgement of one field, shared by the single check and the page scan.
import { type Context, norm } from './context';
import { isHidden, signals, textBefore } from './field';
import { asksForAccount } from './form';
import { EMAIL, NAME, NOT_EMAIL, QUICK } from './words';

/**
 * Whether a temp address makes sense in `input`. A field's own signals (attributes and label text)
 * are first tested raw against QUICK; only those that may say e-mail are normalised and tested
 * against the vocabulary. Layout is read only for fields that passed.
 */
export function check(input: HTMLInputElement, ctx: Context): boolean {
  const type = input.type;
  if ((type !== 'email' && type !== 'text') || input.disabled || input.readOnly) return false;
  const { raw, labelled } = signals(input, ctx);
  const typed = type === 'email' || /(?:^|\s)email(?:\s|$)/i.test(input.getAttribute('autocomplete') ?? '');
  let says = typed;
  if (typed || QUICK.test(raw)) {
    const own = norm(raw);
    if (NOT_EMAIL.test(own) || (!typed && NAME.test(own))) return false;
    says ||= EMAIL.test(own);
  }
  if (!says) {
    // Weak evidence, for unlabelled fields only: the text just before the field.
    const near = labelled ? '' : textBefore(input);
    if (!EMAIL.test(near) || NOT_EMAIL.test(near) || NAME.test(near)) return false;
  }
  if (input.closest('[hidden],fieldset[disabled]') || isHidden(input, ctx)) return false;
  return !asksForAccount(input, ctx);
}
