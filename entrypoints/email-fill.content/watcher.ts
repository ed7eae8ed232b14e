/**
 * Decides which field the button belongs to. No per-field listeners and no page scan: a few
 * capture listeners on the document judge the input under the pointer or focus (cached per
 * element), and all work lands in one pass per animation frame. Events from open shadow roots are
 * retargeted, so the real input is `composedPath()[0]` (`eventTarget`); no observer is needed to find those roots.
 *
 * A field is an e-mail field, or a verification-code field (one input, or split boxes, which share
 * one target); a code field gets the button only while the background offers a code for this site,
 * and is judged by the code part (`code-part.ts`), loaded the first time the user reaches a text
 * input on such a site: until it has arrived, no code field is known.
 *
 * Start-up is wiring only (two listeners): the other listeners are added, the settings and offers
 * asked for and the button built when the user first reaches an e-mail field or a text input.
 */
import type { ContentScriptContext } from '#imports';
import { isEmailField } from '@/utils/email-fields';
import type { CodePart } from '../code-fields';
import type { FillButton, Target } from './button';
import { deepActiveElement, eventTarget } from './fill';

export interface WatcherHooks {
  /** Builds the button; called once, for the first field shown one. */
  createButton(): FillButton;
  /** Called once, when the user first reaches an e-mail field or a text input: the time to read the settings and offers (on/off is unknown till setEnabled). */
  onFirstField(): void;
  /** Whether a code waits for this site now (and was not filled on this page). */
  codeOffered(): boolean;
  /** The code part once loaded, else null; the first call starts its load, and `refresh` follows its arrival. */
  codePart(): CodePart | null;
}

export interface FieldWatcher {
  /** Off removes the button from the page; on lets the next focus or hover show it. */
  setEnabled(on: boolean): void;
  /** Looks again at the field in reach (the offers changed). */
  refresh(): void;
  /** The e-mail field of our button while the focus is on the button, else null. */
  focusedButtonField(): HTMLInputElement | null;
}

/** An input a code may be typed into (`findCodeField` judges the rest). */
const isTextInput = (node: Element | null) => node instanceof HTMLInputElement && /^(?:text|tel|number)$/.test(node.type);

const OBSERVE: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['style', 'class', 'hidden'],
};

/** `focused`: the element focused when the script started (see `focusedAtStart`). */
export function watchEmailFields(ctx: ContentScriptContext, hooks: WatcherHooks, focused: Element | null = null): FieldWatcher {
  /** Unknown until the settings are read (or a change to them is heard). */
  let enabled: boolean | undefined;
  /** The user has reached an e-mail field: the settings are asked for, every listener is on. */
  let inUse = false;
  let button: FillButton | undefined;
  let frame = 0;
  let rescan = false;
  let pointerOnButton = false;
  let hovered: Element | null = null;
  /** The field the user sent the button away from with Escape, until it loses the focus. */
  let dismissed: Target | null = null;
  /** Made afresh when the code part arrives: the verdicts before it know no code field. */
  let verdicts = new WeakMap<Element, Target | null>();
  let part: CodePart | null = null;

  /** A code field's target: split boxes share the one their first box has. */
  const codeTarget = (input: HTMLInputElement): Target | null => {
    const boxes = part?.findCodeField(input);
    if (!boxes) return null;
    const known = verdicts.get(boxes[0]!);
    return known?.kind === 'code' && known.boxes.length === boxes.length ? known : { kind: 'code', field: boxes[0]!, boxes };
  };

  const targetOf = (candidate: Element | null): Target | null => {
    if (!(candidate instanceof HTMLInputElement)) return null;
    let verdict = verdicts.get(candidate);
    if (verdict === undefined) {
      verdict = isEmailField(candidate) ? { kind: 'email', field: candidate, boxes: [candidate] } : codeTarget(candidate);
      verdicts.set(candidate, verdict);
    }
    return verdict && verdict.field !== dismissed?.field ? verdict : null;
  };

  /** A code field counts only while a code waits for this site. */
  const usable = (reached: Target | null) => (reached?.kind === 'code' && !hooks.codeOffered() ? null : reached);

  // While the button shows, page changes (a password manager adding or showing its icon, the form
  // being re-rendered) cost one pass in the next frame, however many records arrive.
  let observer: MutationObserver | undefined;
  const onPageChange = () => {
    rescan = true;
    schedule();
  };

  const schedule = () => {
    if (enabled !== false && !frame) frame = ctx.requestAnimationFrame(pass);
  };

  function pass() {
    frame = 0;
    if (enabled === false) return;
    const active = deepActiveElement();
    // A text input may be a code field: on a site with a code waiting, the part is loaded.
    const textReached = isTextInput(active) || isTextInput(hovered);
    if (textReached && !part && hooks.codeOffered() && (part = hooks.codePart())) verdicts = new WeakMap();
    const inFocus = targetOf(active);
    const pointed = targetOf(hovered);
    if ((inFocus || pointed || textReached) && !inUse) {
      inUse = true;
      listenWhileInUse();
      hooks.onFirstField();
    }
    if (enabled === undefined) return;
    // The focus or the pointer on our own button keeps it where it is.
    const next =
      button && (active === button.host || pointerOnButton) ? usable(button.target) : (usable(inFocus) ?? usable(pointed));
    if (next) button ??= hooks.createButton();
    if (!button) return;
    button.show(next, rescan);
    rescan = false;
    if (button.field) (observer ??= new MutationObserver(onPageChange)).observe(document.documentElement, OBSERVE);
    else observer?.disconnect();
  }

  const target = eventTarget;
  const capture = { capture: true, passive: true };

  // On load: the two events by which a user reaches a field. They are added without the context's
  // validity check (it asks the runtime, whose first use costs more than a mouse move should): all
  // they do is note and ask for a pass, and a pass checks first.
  const startListener = { capture: true, passive: true, signal: ctx.signal };
  document.addEventListener(
    'focusin',
    (event) => {
      verdicts.delete(target(event)); // a focused field is judged afresh: forms change
      schedule();
    },
    startListener,
  );
  document.addEventListener(
    'mouseover',
    (event) => {
      const over = target(event);
      const onButton = !!button && over === button.host;
      const changed = onButton !== pointerOnButton || over instanceof HTMLInputElement || hovered instanceof HTMLInputElement;
      pointerOnButton = onButton;
      if (!onButton) hovered = over;
      if (changed) schedule();
    },
    startListener,
  );

  /** Once the user has reached an e-mail field: the events that move, hide and steer the button. */
  function listenWhileInUse() {
    ctx.addEventListener(
      document,
      'focusout',
      (event) => {
        // Split boxes: moving from box to box keeps the button dismissed.
        const to = (event as FocusEvent).relatedTarget as HTMLInputElement | null;
        if (dismissed?.boxes.includes(target(event) as HTMLInputElement) && !dismissed.boxes.includes(to!)) dismissed = null;
        schedule();
      },
      capture,
    );
    ctx.addEventListener(
      document,
      'mouseout',
      (event) => {
        if ((event as MouseEvent).relatedTarget) return; // left the window (or into a frame)
        hovered = null;
        pointerOnButton = false;
        schedule();
      },
      capture,
    );
    ctx.addEventListener(
      document,
      'pointerdown',
      (event) => {
        if (button && target(event) !== button.host) button.closeMenu();
      },
      capture,
    );
    ctx.addEventListener(
      document,
      'keydown',
      (event) => {
        const key = event as KeyboardEvent;
        const pressedIn = target(key) as HTMLInputElement;
        const reached = button?.target;
        if (!key.isTrusted || !button?.shown || !reached?.boxes.includes(pressedIn)) return;
        if (key.key === 'Escape') {
          if (button.closeMenu()) return key.preventDefault();
          dismissed = reached;
          schedule();
        } else if (key.key === 'Tab' && !(key.shiftKey || key.altKey || key.ctrlKey || key.metaKey) && !pressedIn.value) {
          // The button sits at the end of the page: without this, Tab would never reach it.
          key.preventDefault();
          button.focus();
        }
      },
      { capture: true },
    );
    const follow = () => {
      if (button?.field) schedule();
    };
    ctx.addEventListener(window, 'scroll', follow, capture);
    ctx.addEventListener(window, 'resize', follow, capture);
    ctx.onInvalidated(() => {
      observer?.disconnect();
      button?.remove();
    });
  }

  // A field the page focused itself (autofocus) is reached without any event.
  if (focused?.localName === 'input') schedule();

  return {
    setEnabled(on) {
      enabled = on;
      if (on) return schedule(); // an already focused field gets its button now
      observer?.disconnect();
      button?.remove();
    },
    refresh: schedule,
    focusedButtonField: () =>
      button?.target?.kind === 'email' && deepActiveElement() === button.host ? button.target.field : null,
  };
}
