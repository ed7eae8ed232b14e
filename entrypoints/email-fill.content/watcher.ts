/**
 * Decides which field the button belongs to. No per-field listeners and no page scan: a few
 * capture listeners on the document judge the input under the pointer or focus (cached per
 * element), and all work lands in one pass per animation frame. Events from open shadow roots are
 * retargeted, so the real input is `composedPath()[0]`; no observer is needed to find those roots.
 */
import type { ContentScriptContext } from '#imports';
import { isEmailField } from '@/utils/email-fields';
import type { FillButton } from './button';
import { deepActiveElement } from './fill';

export interface FieldWatcher {
  /** Off removes the button from the page; on lets the next focus or hover show it. */
  setEnabled(on: boolean): void;
}

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['style', 'class', 'hidden'],
};

export function watchEmailFields(ctx: ContentScriptContext, button: FillButton): FieldWatcher {
  let enabled = false;
  let frame = 0;
  let rescan = false;
  let overHost = false;
  let hovered: Element | null = null;
  /** The field the user sent the button away from with Escape, until it loses the focus. */
  let dismissed: Element | null = null;
  const verdicts = new WeakMap<Element, boolean>();

  const isField = (e: Element | null): e is HTMLInputElement => {
    if (e?.localName !== 'input' || e === dismissed) return false;
    let v = verdicts.get(e);
    if (v === undefined) verdicts.set(e, (v = isEmailField(e as HTMLInputElement)));
    return v;
  };

  // While the button shows, page changes (a password manager adding or showing its icon, the form
  // being re-rendered) cost one pass in the next frame, however many records arrive.
  const observer = new MutationObserver(() => {
    rescan = true;
    schedule();
  });

  const schedule = () => {
    if (enabled && !frame) frame = ctx.requestAnimationFrame(pass);
  };

  function pass() {
    frame = 0;
    if (!enabled) return;
    const active = deepActiveElement();
    // The focus or the pointer on our own button keeps it where it is.
    const next = active === button.host || overHost ? button.field : isField(active) ? active : isField(hovered) ? hovered : null;
    button.show(next, rescan);
    rescan = false;
    if (button.field) observer.observe(document.documentElement, OBSERVE);
    else observer.disconnect();
  }

  const target = (e: Event) => e.composedPath()[0] as Element;
  const capture = { capture: true, passive: true };

  ctx.addEventListener(
    document,
    'focusin',
    (e) => {
      verdicts.delete(target(e)); // a focused field is judged afresh: forms change
      schedule();
    },
    capture,
  );
  ctx.addEventListener(
    document,
    'focusout',
    (e) => {
      if (target(e) === dismissed) dismissed = null;
      schedule();
    },
    capture,
  );
  ctx.addEventListener(
    document,
    'mouseover',
    (e) => {
      const t = target(e);
      const over = t === button.host;
      const changed = over !== overHost || t.localName === 'input' || hovered?.localName === 'input';
      overHost = over;
      if (!over) hovered = t;
      if (changed) schedule();
    },
    capture,
  );
  ctx.addEventListener(
    document,
    'mouseout',
    (e) => {
      if (e.relatedTarget) return; // left the window (or into a frame)
      hovered = null;
      overHost = false;
      schedule();
    },
    capture,
  );
  ctx.addEventListener(
    document,
    'pointerdown',
    (e) => {
      if (target(e) !== button.host) button.closeMenu();
    },
    capture,
  );
  ctx.addEventListener(
    document,
    'keydown',
    (e) => {
      const t = target(e);
      if (!e.isTrusted || !button.shown || t !== button.field) return;
      if (e.key === 'Escape') {
        if (button.closeMenu()) return e.preventDefault();
        dismissed = t;
        schedule();
      } else if (e.key === 'Tab' && !(e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) && !button.field.value) {
        // The button sits at the end of the page: without this, Tab would never reach it.
        e.preventDefault();
        button.focus();
      }
    },
    { capture: true },
  );
  const follow = () => {
    if (button.field) schedule();
  };
  ctx.addEventListener(window, 'scroll', follow, capture);
  ctx.addEventListener(window, 'resize', follow, capture);
  ctx.onInvalidated(() => {
    observer.disconnect();
    button.remove();
  });

  return {
    setEnabled(on) {
      enabled = on;
      if (on) return schedule(); // an already focused field (autofocus) gets its button now
      observer.disconnect();
      button.remove();
    },
  };
}
