/**
 * Sets value the way a user's typing would: the native value setter (so React/Vue-controlled
 * inputs notice), then input + change events (bubbling, composed), and blur when `opts.blur`;
 * returns true when the value stuck.
 */
export function fillEmailField(input: HTMLInputElement, value: string, opts?: { blur?: boolean }): boolean {
  // The field may live in another realm (iframe): use that realm's prototype and event classes.
  const win = (input.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  const set = Object.getOwnPropertyDescriptor(win.HTMLInputElement.prototype, 'value')?.set;
  input.focus();
  if (set) set.call(input, value);
  else input.value = value;
  const init = { bubbles: true, composed: true };
  input.dispatchEvent(
    win.InputEvent
      ? new win.InputEvent('input', { ...init, inputType: 'insertReplacementText', data: value })
      : new win.Event('input', init),
  );
  input.dispatchEvent(new win.Event('change', { bubbles: true }));
  if (opts?.blur) input.blur();
  return input.value === value;
}
