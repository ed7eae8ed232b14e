/**
 * After "Don't show on this site": a note where the button was, saying it is hidden here, with Undo
 * for a few seconds. Its own host and closed shadow root, since the button's leaves the page with
 * the button. Undo takes the same care as the button: trusted clicks only, none in its first
 * 300 ms, none through something of the page laid over it.
 */
import type { Outcome } from '@/utils/errors';
import { element, onTrusted } from './dom';
import { errorText, text } from './strings';
import { HOST_STYLE, SHADOW_CSS } from './styles';

/** How long Undo is offered. */
const UNDO_MS = 8000;
/** How long a fresh note ignores pointer clicks (as the button does). */
const ARM_MS = 300;

export interface HiddenNoticeDeps {
  /** Asks the background to show the button on this site again. */
  unblockSite(): Promise<Outcome<void>>;
  /** Where the focus goes back to: the field the button was on. */
  field: HTMLElement;
  /** The button group's box, for placing the note under it. */
  at: DOMRect;
  /** The block was chosen from the keyboard: the focus goes to Undo, where Enter undoes it. */
  byKeyboard: boolean;
}

export function showHiddenNotice({ unblockSite, field, at, byKeyboard }: HiddenNoticeDeps): void {
  const host = document.createElement(`tm-note-${Math.random().toString(36).slice(2, 8)}`);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const message = element('span', {}, text('fieldHiddenHere'));
  const undo = element('button', { type: 'button', class: 'x' }, text('fieldUndo'));
  const note = element('div', { class: 't n', role: 'status' }, message, ' ', undo);
  // Under the field, its right edge on the button's (the host is a 0×0 box at 0, 0).
  const below = Math.max(at.bottom, field.getBoundingClientRect().bottom);
  note.style.cssText = `left:${Math.max(at.right, 0)}px;top:${below + 4}px;transform:translateX(-100%)`;
  root.append(element('style', {}, SHADOW_CSS), note);
  document.documentElement.append(host);
  const shownAt = performance.now();
  let busy = false;

  const close = () => {
    clearTimeout(timer);
    if (root.activeElement) field.focus();
    host.remove();
  };
  let timer = setTimeout(close, UNDO_MS);

  const genuine = (click: MouseEvent) =>
    !click.detail || (performance.now() - shownAt > ARM_MS && document.elementFromPoint(click.clientX, click.clientY) === host);

  onTrusted<MouseEvent>(undo, 'click', async (click) => {
    if (busy || !genuine(click)) return;
    busy = true;
    clearTimeout(timer);
    const done = await unblockSite();
    busy = false;
    undo.remove();
    note.classList.toggle('k', done.ok);
    message.textContent = done.ok ? text('fieldShownAgain') : errorText(done.error);
    // The field takes the focus back: the button shows on it again once the setting is heard.
    field.focus();
    timer = setTimeout(close, done.ok ? 1500 : 6000);
  });
  onTrusted<KeyboardEvent>(note, 'keydown', (key) => {
    if (key.key !== 'Escape' && key.key !== 'Tab') return;
    key.preventDefault();
    close();
  });
  // Keep the focus where it is while the pointer uses the note (as the button does).
  onTrusted(note, 'mousedown', (press) => press.preventDefault());
  if (byKeyboard) undo.focus();
}
