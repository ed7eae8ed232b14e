/**
 * Putting an address into the page: the field, its confirm twin, and the background's
 * `fillFocused` command (context menu, keyboard shortcut).
 */
import { browser, type Browser } from '#imports';
import { findConfirmTwin, isEmailField } from '@/utils/email-fields';
import { fillEmailField } from '@/utils/fill-field';
import type { FillFocusedCommand } from '@/utils/messaging';

export type Editable = HTMLInputElement | HTMLTextAreaElement;

const TEXT_TYPES = /^(?:text|email|search)$/;
const ADDRESS = /^[^\s@]{1,64}@[^\s@]{1,253}$/;

/** The textarea version of fillEmailField (the context menu also offers itself on textareas). */
function fillTextArea(area: HTMLTextAreaElement, value: string): boolean {
  const win = (area.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
  area.focus();
  Object.getOwnPropertyDescriptor(win.HTMLTextAreaElement.prototype, 'value')!.set!.call(area, value);
  area.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
  area.dispatchEvent(new win.Event('change', { bubbles: true }));
  area.blur();
  return area.value === value;
}

/**
 * Fills `field` and, when it is an e-mail field, its confirm twin; blurs each so forms that
 * validate on blur see the value, then gives the focus back to `field`. True when the value stuck.
 */
export function fillWithTwin(field: Editable, email: string): boolean {
  if (field.localName === 'textarea') {
    const ok = fillTextArea(field as HTMLTextAreaElement, email);
    field.focus();
    return ok;
  }
  const input = field as HTMLInputElement;
  const twin = input.type === 'email' || isEmailField(input) ? findConfirmTwin(input) : null;
  const ok = fillEmailField(input, email, { blur: true });
  if (twin) fillEmailField(twin, email, { blur: true });
  input.focus();
  return ok;
}

/** The focused element, looking through open shadow roots (a closed one, like ours, stops at its host). */
export function deepActiveElement(doc: Document = document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** The focused text field of this frame; null when none or the frame does not have the focus. */
export function focusedEditable(doc: Document = document): Editable | null {
  if (!doc.hasFocus()) return null;
  const el = deepActiveElement(doc);
  if (!el || (el as Editable).disabled || (el as Editable).readOnly) return null;
  if (el.localName === 'textarea' || (el.localName === 'input' && TEXT_TYPES.test((el as HTMLInputElement).type))) {
    return el as Editable;
  }
  return null;
}

/** The background's command, checked: our own extension, the expected shape, a plausible address. */
export function isFillFocusedCommand(message: unknown, sender: Browser.runtime.MessageSender): message is FillFocusedCommand {
  const m = message as FillFocusedCommand | null;
  return (
    sender?.id === browser.runtime.id &&
    !sender.tab &&
    typeof m === 'object' &&
    m !== null &&
    m.type === 'fillFocused' &&
    typeof m.email === 'string' &&
    ADDRESS.test(m.email)
  );
}

/**
 * Handles a message from the background. `fallbackField` is the field our own button belongs to,
 * used when the focus sits on the button itself. Returns whether a field was filled.
 */
export function handleBackgroundMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  fallbackField?: () => Editable | null,
): boolean {
  if (!isFillFocusedCommand(message, sender)) return false;
  const field = focusedEditable() ?? (document.hasFocus() ? (fallbackField?.() ?? null) : null);
  return !!field && fillWithTwin(field, message.email);
}
