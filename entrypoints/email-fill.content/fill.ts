/**
 * Putting an address into the page: the field, its confirm twin, and the background's
 * `fillFocused` command (context menu, keyboard shortcut). The writing itself is `fillEmailField`.
 */
import { browser, type Browser } from '#imports';
import { findConfirmTwin, isEmailField } from '@/utils/email-fields';
import { shadowOf } from '@/utils/email-fields/dom';
import { fillEmailField, type TextField } from '@/utils/fill-field';
import type { FillFocusedCommand } from '@/utils/messaging';

const TEXT_INPUT_TYPES = /^(?:text|email|search)$/;
const PLAUSIBLE_ADDRESS = /^[^\s@]{1,64}@[^\s@]{1,253}$/;

/**
 * Fills `field` and, when it is an e-mail field, its confirm twin; blurs each so forms that
 * validate on blur see the value, then gives the focus back to `field`. True when the value stuck.
 */
export function fillWithTwin(field: TextField, email: string): boolean {
  const twin =
    field.localName === 'input' && ((field as HTMLInputElement).type === 'email' || isEmailField(field as HTMLInputElement))
      ? findConfirmTwin(field as HTMLInputElement)
      : null;
  const stuck = fillEmailField(field, email, { blur: true });
  if (twin) fillEmailField(twin, email, { blur: true });
  field.focus();
  return stuck;
}

/** The focused element, looking through open shadow roots (a closed one, like ours, stops at its host). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  for (let inner = active && shadowOf(active); inner?.activeElement; inner = shadowOf(active)) active = inner.activeElement;
  return active;
}

/**
 * The element an event really happened on. Events from open shadow roots are retargeted to the
 * host, so there it is `composedPath()[0]`; elsewhere `target` is, without building the path (an
 * array of every ancestor, for each mouse move).
 */
export function eventTarget(event: Event): Element {
  const target = event.target as Element;
  return shadowOf(target) ? (event.composedPath()[0] as Element) : target;
}

/** Whether `node` is a text field the background's command may fill (a textarea, a text-like input). */
export function isTextField(node: Element | null): node is TextField {
  return (
    !!node && (node instanceof HTMLTextAreaElement || (node instanceof HTMLInputElement && TEXT_INPUT_TYPES.test(node.type)))
  );
}

/**
 * The focused element when the script starts (a field the page focused itself), else null. It
 * asks `:focus` first: a script's first touch of an element costs it the setup of the element
 * classes (about 0.3 ms), and on most pages nothing has the focus then.
 */
export function focusedAtStart(): Element | null {
  return document.querySelector(':focus') ? deepActiveElement() : null;
}

/** The focused text field of this frame; null when none or the frame does not have the focus. */
export function focusedEditable(): TextField | null {
  if (!document.hasFocus()) return null;
  const active = deepActiveElement();
  return isTextField(active) && !active.disabled && !active.readOnly ? active : null;
}

/** The background's command, checked: our own extension, the expected shape, a plausible address. */
export function isFillFocusedCommand(message: unknown, sender: Browser.runtime.MessageSender): message is FillFocusedCommand {
  const command = message as FillFocusedCommand | null;
  return (
    sender?.id === browser.runtime.id &&
    !sender.tab &&
    command?.type === 'fillFocused' &&
    typeof command.email === 'string' &&
    PLAUSIBLE_ADDRESS.test(command.email)
  );
}

/**
 * Handles a message from the background. `fallbackField` is the field our own button belongs to,
 * used when the focus sits on the button itself. Returns whether a field was filled.
 */
export function handleBackgroundMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
  fallbackField?: () => TextField | null,
): boolean {
  if (!isFillFocusedCommand(message, sender)) return false;
  const field = focusedEditable() ?? (document.hasFocus() ? (fallbackField?.() ?? null) : null);
  return !!field && takesAddress(field, message.email) && fillWithTwin(field, message.email);
}

/**
 * Whether `field` can hold `email`: not a one-time-code field (`autocomplete`, HTML Living Standard
 * §4.10.18.7.1) and not shorter than the address (`maxlength`), as a code box is.
 */
function takesAddress(field: TextField, email: string): boolean {
  return !/one-time-code/i.test(field.autocomplete) && !(field.maxLength > 0 && field.maxLength < email.length);
}
