/**
 * The in-field button: one host element at the end of the page (or of the top-layer element the
 * field sits in), a closed shadow root, a fill button, a small menu and a status line. On an
 * e-mail field it fills an address; on a verification-code field ("Fill verification code", no
 * menu) it asks the background for the code and fills it. Nothing in it carries the address or
 * the code; every action starts from a trusted event. Built on first need: a page where no e-mail
 * or code field is reached never gets it.
 */
import type { Outcome } from '@/utils/errors';
import { boxOf, contains, lastElementOf, nextElementOf, parentOf, previousElementOf } from '@/utils/email-fields/dom';
import { element, icon, isGenuineClick, onTrusted, shadowHost } from './dom';
import { fillWithTwin } from './fill';
import { createMenu, type FillAction } from './menu';
import type { NoticePart } from '../hidden-notice';
import { errorText, text, type StringKey } from './strings';

/** What the button serves: an e-mail field, or a code field (one input, or its split boxes). */
export interface Target {
  kind: 'email' | 'code';
  /** The field the button belongs to (of split boxes, the first). */
  field: HTMLInputElement;
  /** The inputs a code fills, in order (`[field]` for any single field). */
  boxes: HTMLInputElement[];
}

export interface FillButtonDeps {
  requestAddress(mode: 'current' | 'new'): Promise<Outcome<{ email: string }>>;
  blockSite(): Promise<Outcome<void>>;
  /** Undo of the block, offered for a few seconds after it (`notice.ts`). */
  unblockSite(): Promise<Outcome<void>>;
  /** Imports the note shown after the block (a part of its own, `parts.ts`). */
  noticePart(): Promise<NoticePart>;
  /** The site is now blocked: tear the button down. */
  onBlocked(): void;
  /** Asks the background for this site's code (after a trusted click only). */
  requestCode(): Promise<Outcome<{ code: string }>>;
  /** Types the code into the boxes (`fillCodeField`, from the code part); true when it went in. */
  fillCode(boxes: HTMLInputElement[], code: string): boolean;
  /** Asks the background to open this site's verification link. */
  openLink(): Promise<Outcome<void>>;
  /** Whether the menu offers "Open verification link" now. */
  linkOffered(): boolean;
  /** A code was filled on this page: it is not offered again here. */
  onCodeFilled(): void;
}

export interface FillButton {
  /** The element the page sees; its shadow root is closed. */
  readonly host: HTMLElement;
  /** The closed root, for this module's code and tests; it never leaves the isolated world. */
  readonly root: ShadowRoot;
  /** What the button serves now. */
  readonly target: Target | null;
  /** The field the button is anchored to. */
  readonly field: HTMLInputElement | null;
  /** Anchored and visible. */
  readonly shown: boolean;
  /**
   * Anchors to `target` (a bare input: that e-mail field) and places the button (null hides);
   * `rescan` looks again for other extensions' icons.
   */
  show(target: Target | HTMLInputElement | null, rescan?: boolean): void;
  /** Moves the keyboard focus to the fill button. */
  focus(): void;
  /** Closes the menu; false when it was not open. */
  closeMenu(): boolean;
  /** What a trusted click runs: ask the background for an address, fill, report. */
  act(action: FillAction): Promise<void>;
  /** Hides and takes the host out of the page (show() brings it back). */
  remove(): void;
}

const ENVELOPE = 'M2.5 4.5h11v7h-11zM2.5 4.5 8 8.5l5.5-4';
/** A number sign: the code. */
const KEY = 'M6 3 5 13m6-10-1 10M3 6.5h10M3 10h10';
const CHECK = 'M3.5 8.5l3 3 6-7';
/** Width of the menu toggle (`.m` in styles.ts). */
const TOGGLE_WIDTH = 16;
/** Room between the group and the field's right edge, so it clears the field's border and focus ring. */
const INSET = 6;

/**
 * The element the field sits in that renders in the top layer (modal dialog, popover, fullscreen).
 * One `closest` per shadow tree: the browser walks the ancestors without handing each to us.
 */
function topLayerOf(field: Element): Element {
  try {
    for (let node: Element | null = field; node; node = (node.getRootNode() as Partial<ShadowRoot>).host ?? null) {
      const top = node.closest(':modal,:popover-open,:fullscreen');
      if (top) return top;
    }
  } catch {
    // An engine without these selectors.
  }
  return document.documentElement;
}

/** The field as the document sees it: its outermost shadow host when it lives in open shadow roots. */
function outermost(node: Element): Element {
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
  return node;
}

/** Up to `count` elements from `from` on, each the `step` of the one before (never a walk of all). */
function walk(from: Element | null, step: (el: Element) => Element | null, count: number): Element[] {
  const found: Element[] = [];
  for (let el = from; el && found.length < count; el = step(el)) found.push(el);
  return found;
}
/** Up to 8 element siblings on each side of `el`. */
const near = (el: Element) => [
  ...walk(previousElementOf(el), previousElementOf, 8),
  ...walk(nextElementOf(el), nextElementOf, 8),
];
/** The last 16 element children of `el`. */
const lastOf = (el: Element) => walk(lastElementOf(el), previousElementOf, 16);

/**
 * How far to move left of the field's right edge so as not to cover another extension's icon
 * (password managers lay theirs over the right end of the field) or an icon the field draws itself.
 * Icons are looked for by their boxes among the elements next to the field and to its parent, and
 * at the end of the page's body and root, where password managers add theirs (a hit test walks
 * every box of a 2,000-field page; so would counting a long form's children: only neighbours are
 * read).
 */
function iconShift(field: HTMLInputElement, fieldBox: DOMRect, host: Element): number {
  let left = fieldBox.right;
  const style = getComputedStyle(field);
  // A background image at the right end (`right 8px center` computes to `calc(100% - 8px) 50%`).
  if (style.backgroundImage !== 'none' && /right|100%|calc|[5-9]\d%/.test(style.backgroundPosition)) {
    left -= Math.max(24, parseFloat(style.paddingRight) || 0);
  }
  const outer = outermost(field);
  const look = (elements: Iterable<Element>, deep: boolean) => {
    for (const child of elements) {
      if (child === host || contains(child, outer)) continue;
      const box = boxOf(child);
      // An icon-sized box over the last 44 px of the field; a box of no size may hold one (one level).
      if (!box.width && deep) look(lastOf(child), false);
      else if (
        box.width < 80 &&
        box.height <= fieldBox.height + 16 &&
        box.right > fieldBox.right - 44 &&
        box.left < fieldBox.right &&
        box.bottom > fieldBox.top &&
        box.top < fieldBox.bottom
      )
        left = Math.min(left, box.left);
    }
  };
  const parent = parentOf(outer);
  look(near(outer), true);
  if (parent) look(near(parent), true);
  for (const top of [document.body, document.documentElement]) if (top) look(lastOf(top), true);
  return left < fieldBox.right ? fieldBox.right - left + 4 : 0;
}

export function createFillButton(deps: FillButtonDeps): FillButton {
  const [host, root] = shadowHost('fill');
  const [svg, iconPath] = icon(ENVELOPE);
  const fillButton = element('button', { type: 'button', class: 'f' }, svg);
  const status = element('div', { class: 't', role: 'status' });
  // The status line comes before the menu: were both ever shown, the menu would be on top.
  const group = element('div', { class: 'w', hidden: '' }, fillButton, status);
  let target: Target | null = null;
  let shift = 0;
  let parent: Element = document.documentElement;
  let shownAt = 0;
  let busy = false;
  let statusTimer: ReturnType<typeof setTimeout> | undefined;

  /** Dresses the fill button for a code field or an e-mail field. */
  const dress = (code: boolean) => {
    const label = text(code ? 'fieldButtonCode' : 'fieldButtonFill');
    group.classList.toggle('c', code);
    fillButton.setAttribute('aria-label', label);
    fillButton.title = label;
    iconPath.setAttribute('d', code ? KEY : ENVELOPE);
  };
  dress(false);

  const say = (message: string, ok = false) => {
    clearTimeout(statusTimer);
    status.textContent = message;
    group.classList.toggle('k', ok);
    iconPath.setAttribute('d', ok ? CHECK : target?.kind === 'code' ? KEY : ENVELOPE);
    if (message) statusTimer = setTimeout(say, ok ? 1500 : 6000, '');
  };

  // Chromium's visibility tracking (IntersectionObserver v2) sees what elementFromPoint cannot:
  // something of the page drawn over us that lets clicks through (pointer-events:none, a popover).
  // It is asked about the group (fill button and toggle) and the menu, never about one button:
  // a target's own descendants never count as covering it, so the open menu's shadow over the
  // buttons or a focus ring over a neighbour does not; anything else in its box does. Elsewhere
  // (Firefox) it stays unknown and the other checks stand alone.
  // https://w3c.github.io/IntersectionObserver/v2/
  const visible = new Map<Element, boolean | undefined>();
  let tracker: IntersectionObserver | undefined;
  try {
    tracker = new IntersectionObserver(
      (entries) => entries.forEach((entry) => visible.set(entry.target, (entry as { isVisible?: boolean }).isVisible)),
      { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    tracker.observe(group);
  } catch {
    // No visibility tracking.
  }

  /** A pointer click counts only on a part of ours (`zone`) in place for a moment, under nothing of the page. */
  const genuine = (click: MouseEvent, zone: Element = group, since = shownAt) =>
    isGenuineClick(click, host, since, visible.get(zone) === false);

  /** A code or link request's failure: the background has none for this site, or another error. */
  const failure = (error: { kind: string }, none: StringKey) =>
    /^(?:not-found|forbidden-sender)$/.test(error.kind) ? text(none) : errorText(error);

  const act = async (action: FillAction) => {
    const current = target;
    if (!current || busy) return;
    busy = true;
    // The focus is ours only when the keyboard brought it (a pointer leaves it in the field).
    const byKeyboard = !!root.activeElement;
    // Closing the menu must not drop a keyboard user's focus to the page (that would hide us).
    if (byKeyboard) fillButton.focus();
    menu.close();
    say('');
    group.classList.add('b');
    const field = current.field;
    try {
      if (action === 'link') {
        const done = await deps.openLink();
        return say(done.ok ? text('fieldLinkOpened') : failure(done.error, 'fieldLinkNone'), done.ok);
      }
      if (action === 'block') {
        // Measured now: the stored block reaches the watcher, which hides the group, before the answer does.
        const at = group.getBoundingClientRect();
        const notice = deps.noticePart(); // imported while the background blocks
        const done = await deps.blockSite();
        if (!done.ok) return say(errorText(done.error));
        field.focus(); // the button is about to go: the focus must not go with it
        deps.onBlocked();
        // Without the note (its import failed) the block stands; the options page lists it.
        return (await notice.catch(() => null))?.showHiddenNotice({ unblockSite: deps.unblockSite, field, at, byKeyboard });
      }
      // The code or the address lives in this block only.
      const code = action === 'code';
      const answer = code ? await deps.requestCode() : await deps.requestAddress(action);
      if (!answer.ok) return say(code ? failure(answer.error, 'fieldCodeNone') : errorText(answer.error));
      if (!field.isConnected) return;
      const value = answer.value as { code?: string; email?: string };
      const stuck = code ? deps.fillCode(current.boxes, value.code!) : fillWithTwin(field, value.email!);
      say(text(code ? (stuck ? 'fieldCodeFilled' : 'fieldCodeRejected') : stuck ? 'fieldFilled' : 'fieldFillRejected'), stuck);
      // Once the user has seen it done, the button goes: a filled code is not offered again.
      if (code && stuck) setTimeout(deps.onCodeFilled, 1500);
    } finally {
      busy = false;
      group.classList.remove('b');
    }
  };

  const menu = createMenu({
    group,
    fillButton,
    field: () => target?.field ?? null,
    linkOffered: deps.linkOffered,
    act,
    isGenuineClick: genuine,
    onOpen(built) {
      say('');
      tracker?.observe(built);
    },
  });
  root.append(group);

  onTrusted<MouseEvent>(fillButton, 'click', (click) => genuine(click) && void act(target?.kind === 'code' ? 'code' : 'current'));

  const hide = () => {
    group.hidden = true;
    menu.close();
  };

  return {
    host,
    root,
    get target() {
      return target;
    },
    get field() {
      return target?.field ?? null;
    },
    get shown() {
      return !!target && !group.hidden;
    },
    show(to, rescan) {
      const next: Target | null = to instanceof HTMLInputElement ? { kind: 'email', field: to, boxes: [to] } : to;
      if (next?.field !== target?.field || next?.kind !== target?.kind) {
        hide();
        say('');
        target = next;
        rescan = true;
        dress(next?.kind === 'code');
      }
      if (!next?.field.isConnected) return hide();
      const split = next.boxes.length > 1;
      // Measured before our host goes in: appending it would make the browser lay the page out again.
      // Split boxes are too small to hold the button: it goes just after the last one.
      const fieldBox = next.boxes.at(-1)!.getBoundingClientRect();
      const size = Math.round(Math.max(16, Math.min(24, fieldBox.height - 8)));
      if (
        (!split && fieldBox.width < size * 3) ||
        fieldBox.bottom < 0 ||
        fieldBox.top > innerHeight ||
        fieldBox.right < 0 ||
        fieldBox.left > innerWidth
      )
        return hide();
      if (rescan) shift = split ? 0 : iconShift(next.field, fieldBox, host);
      if (rescan || !host.isConnected) parent = topLayerOf(next.field);
      if (host.parentNode !== parent) parent.append(host);
      // The host's own box is where "fixed" starts: not the viewport under a transformed ancestor.
      const origin = host.getBoundingClientRect();
      const left = split
        ? fieldBox.right - origin.left + INSET
        : fieldBox.right - origin.left - shift - INSET - size - (next.kind === 'code' ? 0 : TOGGLE_WIDTH);
      group.style.cssText = `--s:${size}px;left:${left}px;top:${fieldBox.top - origin.top + (fieldBox.height - size) / 2}px`;
      group.classList.toggle('u', fieldBox.bottom + 150 > innerHeight);
      if (group.hidden) {
        group.hidden = false;
        shownAt = performance.now();
      }
    },
    focus: () => fillButton.focus(),
    closeMenu: () => menu.close(),
    act,
    remove() {
      this.show(null);
      host.remove();
    },
  };
}
