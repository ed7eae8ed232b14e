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
  write(field, value, 'insertReplacementText');
  if (opts?.blur) field.blur();
  return field.value === value;
}

/**
 * Focus, value, `input`, `change`; typing (`insertText`) sends `beforeinput` first, and a page
 * that cancels it keeps the box to itself, as it would from a key.
 */
function write(field: TextField, value: string, inputType: 'insertText' | 'insertReplacementText'): void {
  const win = (field.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  const proto = field.localName === 'textarea' ? win.HTMLTextAreaElement.prototype : win.HTMLInputElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  const init = { bubbles: true, composed: true, inputType, data: value };
  const event = (type: string, cancelable = false) =>
    win.InputEvent ? new win.InputEvent(type, { ...init, cancelable }) : new win.Event(type, { ...init, cancelable });
  field.focus();
  if (inputType === 'insertText' && !field.dispatchEvent(event('beforeinput', true))) return;
  if (setValue) setValue.call(field, value);
  else field.value = value;
  field.dispatchEvent(event('input'));
  field.dispatchEvent(new win.Event('change', { bubbles: true }));
}

/**
 * Fills a verification code: the whole code into a single field, or, for split boxes (`fields` in
 * order, as `findCodeField` gives them), one character per box as typing it would — each box
 * focused and sent its own `beforeinput`, `input` (`insertText`, the character as `data`) and
 * `change`, so a page that moves the focus itself on input, or keeps each box in its own state,
 * sees every character. Box `i` gets character `i` wherever the page moved the focus meanwhile.
 *
 * @returns true when the fields hold the code afterwards (case aside: a page may upper-case it);
 *   false, and nothing written, when the code's length is not the number of boxes.
 */
export function fillCodeField(fields: HTMLInputElement[], code: string): boolean {
  const [single] = fields;
  if (fields.length === 1 && single) {
    write(single, code, 'insertReplacementText');
    return single.value.toLowerCase() === code.toLowerCase();
  }
  const characters = [...code];
  if (characters.length !== fields.length) return false;
  fields.forEach((box, i) => write(box, characters[i]!, 'insertText'));
  return fields.every((box, i) => box.value.toLowerCase() === characters[i]!.toLowerCase());
}
