/**
 * After "Don't show on this site": a note where the button was, saying it is hidden here, with Undo
 * for a few seconds. Its own host and closed shadow root (`shadowHost`), since the button's leaves the
 * page with the button; the button's status line and styles. Undo takes the same care as the
 * button (`isGenuineClick`): trusted clicks only, none in its first 300 ms, none through something
 * of the page laid over it.
 */
import type { Outcome } from '@/utils/errors';
import { element, isGenuineClick, onTrusted, shadowHost } from './dom';
import { errorText, text } from './strings';

/** How long Undo is offered. */
const UNDO_MS = 8000;

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

/** Shows the note, under the field, its right edge on the button's; it goes by itself. */
export function showHiddenNotice({ unblockSite, field, at, byKeyboard }: HiddenNoticeDeps): void {
  const [host, root] = shadowHost('note');
  const message = element('span', {}, text('fieldHiddenHere'));
  const undo = element('button', { type: 'button', class: 'x' }, text('fieldUndo'));
  const note = element('div', { class: 't n', role: 'status' }, message, ' ', undo);
  // The host is a 0×0 box at 0, 0.
  note.style.cssText = `left:${Math.max(at.right, 0)}px;top:${Math.max(at.bottom, field.getBoundingClientRect().bottom) + 4}px`;
  root.append(note);
  document.documentElement.append(host);
  const shownAt = performance.now();
  let busy = false;

  const close = () => {
    clearTimeout(timer);
    if (root.activeElement) field.focus();
    host.remove();
  };
  let timer = setTimeout(close, UNDO_MS);

  onTrusted<MouseEvent>(undo, 'click', async (click) => {
    if (busy || !isGenuineClick(click, host, shownAt)) return;
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
  if (byKeyboard) undo.focus();
}
