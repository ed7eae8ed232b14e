/**
 * The in-field button: one host element at the end of the page (or of the top-layer element the
 * field sits in), a closed shadow root, a fill button, a small menu and a status line. Nothing in
 * it carries the address; every action starts from a trusted event.
 */
import type { Outcome } from '@/utils/errors';
import { el, icon, onTrusted } from './dom';
import { fillWithTwin } from './fill';
import { createMenu } from './menu';
import { s } from './strings';
import { HOST_STYLE, SHADOW_CSS } from './styles';

export type FillAction = 'current' | 'new' | 'block';

export interface FillButtonDeps {
  requestAddress(mode: 'current' | 'new'): Promise<Outcome<{ email: string }>>;
  blockSite(): Promise<Outcome<void>>;
  /** The site is now blocked: tear the button down. */
  onBlocked(): void;
}

export interface FillButton {
  /** The element the page sees; its shadow root is closed. */
  readonly host: HTMLElement;
  /** The closed root, for this module's code and tests; it never leaves the isolated world. */
  readonly root: ShadowRoot;
  /** The field the button is anchored to. */
  readonly field: HTMLInputElement | null;
  /** Anchored and visible. */
  readonly shown: boolean;
  /** Anchors to `field` and places the button (null hides); `rescan` looks again for other extensions' icons. */
  show(field: HTMLInputElement | null, rescan?: boolean): void;
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
const CHECK = 'M3.5 8.5l3 3 6-7';
/** Width of the menu toggle plus the gap before it. */
const TOGGLE = 14;
/** How long a freshly shown button ignores pointer clicks (a page moving a field under the pointer). */
const ARM_MS = 300;

/** The element the field sits in that renders in the top layer (modal dialog, popover, fullscreen). */
function topLayerOf(field: Element): Element {
  for (let e: Element | null = field; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host || null)) {
    try {
      if (e.matches(':modal,:popover-open,:fullscreen')) return e;
    } catch {
      return document.documentElement; // An engine without these selectors.
    }
  }
  return document.documentElement;
}

/** The field as the document sees it: its outermost shadow host when it lives in open shadow roots. */
function outermost(e: Element): Element {
  for (let root = e.getRootNode(); root instanceof ShadowRoot; root = e.getRootNode()) e = root.host;
  return e;
}

/**
 * How far to move left of the field's right edge so as not to cover another extension's icon
 * (password managers lay theirs over the right end of the field) or an icon the field draws itself.
 * Icons are looked for by their boxes among the field's neighbours and the page's top-level
 * elements, where password managers put them (a hit test walks every box of a 2,000-field page).
 */
function iconShift(field: HTMLInputElement, r: DOMRect, host: Element): number {
  let left = r.right;
  const cs = getComputedStyle(field);
  if (cs.backgroundImage !== 'none' && /right|100%|calc|[5-9]\d%/.test(cs.backgroundPosition)) {
    left -= Math.max(24, parseFloat(cs.paddingRight) || 0);
  }
  const outer = outermost(field);
  const look = (parent: Element | null | undefined, deep: boolean) => {
    const kids = parent?.children ?? [];
    if (kids.length > 400) return;
    for (const e of kids) {
      if (e === host || e.contains(outer)) continue;
      const b = e.getBoundingClientRect();
      // An icon-sized box over the last 44 px of the field; a box of no size may hold one (one level).
      if (!b.width && deep) look(e, false);
      else if (
        b.width < 80 &&
        b.height <= r.height + 16 &&
        b.right > r.right - 44 &&
        b.left < r.right &&
        b.bottom > r.top &&
        b.top < r.bottom
      )
        left = Math.min(left, b.left);
    }
  };
  for (const p of [outer.parentElement, outer.parentElement?.parentElement, document.body, document.documentElement])
    look(p, true);
  return left < r.right ? r.right - left + 4 : 0;
}

export function createFillButton(deps: FillButtonDeps): FillButton {
  // A random custom tag: no page rule or custom-element definition targets it by name.
  const host = document.createElement(`tm-fill-${Math.random().toString(36).slice(2, 8)}`);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const label = s('fieldButtonFill');
  const [svg, path] = icon(ENVELOPE);
  const fill = el('button', { type: 'button', class: 'f', 'aria-label': label, title: label }, svg);
  const tip = el('div', { class: 't', role: 'status' });
  const w = el('div', { class: 'w', hidden: '' }, fill);
  let field: HTMLInputElement | null = null;
  let shift = 0;
  let parent: Element = document.documentElement;
  let shownAt = 0;
  let busy = false;
  let tipTimer: ReturnType<typeof setTimeout> | undefined;

  const say = (text: string, ok = false) => {
    clearTimeout(tipTimer);
    tip.textContent = text;
    w.classList.toggle('k', ok);
    path.setAttribute('d', ok ? CHECK : ENVELOPE);
    if (text) tipTimer = setTimeout(say, ok ? 1500 : 6000, '');
  };

  // Chromium's visibility tracking sees what elementFromPoint cannot: something drawn over the
  // button that lets clicks through (pointer-events:none, a popover). Elsewhere it stays unknown.
  let visible: boolean | undefined;
  try {
    new IntersectionObserver((entries) => entries.forEach((entry) => (visible = (entry as { isVisible?: boolean }).isVisible)), {
      trackVisibility: true,
      delay: 100,
    } as IntersectionObserverInit).observe(fill);
  } catch {
    // No visibility tracking: the other checks stand alone.
  }

  /** A pointer click counts only on a button that has been in place a moment and is not covered. */
  const genuine = (e: MouseEvent) =>
    !e.detail ||
    (performance.now() - shownAt > ARM_MS &&
      visible !== false &&
      (host.getRootNode() as Document | ShadowRoot).elementFromPoint?.(e.clientX, e.clientY) === host);

  const act = async (action: FillAction) => {
    const f = field;
    if (!f || busy) return;
    busy = true;
    // Closing the menu must not drop a keyboard user's focus to the page (that would hide us).
    if (root.activeElement) fill.focus();
    menu.close();
    say('');
    w.classList.add('b');
    try {
      if (action === 'block') {
        const done = await deps.blockSite();
        if (!done.ok) return say((done.error as { message?: string }).message ?? done.error.kind); // until the content branch words kinds
        f.focus(); // the button is about to go: the focus must not go with it
        return deps.onBlocked();
      }
      const answer = await deps.requestAddress(action);
      if (!answer.ok) return say((answer.error as { message?: string }).message ?? answer.error.kind); // until the content branch words kinds
      if (!f.isConnected) return;
      const ok = fillWithTwin(f, answer.value.email);
      say(s(ok ? 'fieldFilled' : 'fieldFillRejected'), ok);
    } finally {
      busy = false;
      w.classList.remove('b');
    }
  };

  const menu = createMenu({ group: w, fill, field: () => field, act, genuine });
  w.append(tip);
  root.append(el('style', {}, SHADOW_CSS), w);

  onTrusted<MouseEvent>(fill, 'click', (e) => genuine(e) && void act('current'));
  // Keep the focus in the field while the pointer uses the button (mouse users never leave it).
  onTrusted(w, 'mousedown', (e) => e.preventDefault());

  const hide = () => {
    w.hidden = true;
    menu.close();
  };

  return {
    host,
    root,
    get field() {
      return field;
    },
    get shown() {
      return !!field && !w.hidden;
    },
    show(f, rescan) {
      if (f !== field) {
        hide();
        say('');
        field = f;
        rescan = true;
      }
      if (!f?.isConnected) return hide();
      if (rescan || !host.isConnected) parent = topLayerOf(f);
      if (host.parentNode !== parent) parent.append(host);
      const r = f.getBoundingClientRect();
      const size = Math.round(Math.max(16, Math.min(24, r.height - 8)));
      if (r.width < size * 3 || r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) return hide();
      if (rescan) shift = iconShift(f, r, host);
      // The host's own box is where "fixed" starts: not the viewport under a transformed ancestor.
      const o = host.getBoundingClientRect();
      w.style.cssText = `--s:${size}px;left:${r.right - o.left - shift - 4 - size - TOGGLE}px;top:${r.top - o.top + (r.height - size) / 2}px`;
      w.classList.toggle('u', r.bottom + 150 > innerHeight);
      if (w.hidden) {
        w.hidden = false;
        shownAt = performance.now();
      }
    },
    focus: () => fill.focus(),
    closeMenu: () => menu.close(),
    act,
    remove() {
      this.show(null);
      host.remove();
    },
  };
}
