/** A text field the extension may fill: an `<input>` or a `<textarea>` (the context menu offers itself on both). */
export type TextField = HTMLInputElement | HTMLTextAreaElement;

/**
 * Sets a text field's value the way a user's typing would, the one place the extension writes
 * into a page: focus, the native value setter of the field's own realm (so React/Vue-controlled
 * fields, which watch the instance setter, notice; an iframe's field has its own prototypes), an
 * `input` event (`InputEvent`, `insertReplacementText`, bubbling and composed so it crosses open
 * shadow roots) and a bubbling `change`, then a blur when `opts.blur` (forms that validate on blur).
 *
 * @returns true when the field holds `value` afterwards (false: the page put something else back).
 */
export function fillEmailField(field: TextField, value: string, opts?: { blur?: boolean }): boolean {
  const win = (field.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  const proto = field.localName === 'textarea' ? win.HTMLTextAreaElement.prototype : win.HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  field.focus();
  if (setValue) setValue.call(field, value);
  else field.value = value;
  const init = { bubbles: true, composed: true };
  field.dispatchEvent(
    win.InputEvent
      ? new win.InputEvent('input', { ...init, inputType: 'insertReplacementText', data: value })
      : new win.Event('input', init),
  );
  field.dispatchEvent(new win.Event('change', { bubbles: true }));
  if (opts?.blur) field.blur();
  return field.value === value;
}
