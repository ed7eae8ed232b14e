// What one single-field check or one page scan reads once and reuses, and the small helpers over it.

/** A tree root (document or shadow root), or an element a scan starts from. */
export type TreeRoot = Document | ShadowRoot | Element;

/** Per check or scan: facts about the page, each read on first need. */
export interface Context {
  /** A page scan (labels come from one `label[for]` map per root) or a single check (a selector). */
  scan: boolean;
  /** The tree root (document or shadow root) of the inputs being checked. */
  root: TreeRoot;
  /** Per tree root: the first `label[for]` of each id. */
  labels: Map<Node, Map<string, Element>>;
  /** Per tree root: its password fields. */
  passwords: Map<Node, HTMLInputElement[]>;
  /** Per form section: does it ask for an existing account (sign-in, password recovery)? */
  accountSections: Map<Element, boolean>;
  /** Per element: is it rendered now (see `isShown`)? */
  shown: Map<Element, boolean>;
  /** The page's scroll offsets when the document has a layout engine (not in jsdom), else null. */
  layout?: [number, number] | null;
  /** Whether the document has style sheets. */
  css?: boolean;
}

/** A fresh context for one single check (`scan` false) or one page scan from `root`. */
export const newContext = (scan: boolean, root: Node): Context => ({
  scan,
  root: root as TreeRoot,
  labels: new Map(),
  passwords: new Map(),
  accountSections: new Map(),
  shown: new Map(),
});

/** Fields a person types a short text into (what counts as "a field to fill in"). */
export const TEXTY = 'input:not([type]),input[type=text],input[type=email],input[type=tel],input[type=number]';
/** Password fields. */
export const PASSWORD = 'input[type=password]';
/** Anything a person clicks to act, submit or not. */
export const BUTTONS = 'button,input[type=submit],input[type=image],input[type=button],[role=button]';
/** What sends a form: a submit button, an image button, a button without a type. */
export const SUBMITS = 'button:not([type]),button[type=submit],input[type=submit],input[type=image]';
/** Any form control: text before one of these belongs to it, not to a later field. */
export const FIELDS = 'input,select,textarea,button';
/** Headings, legends and ARIA headings: the titles of forms and their parts. */
export const HEADINGS = 'h1,h2,h3,h4,h5,h6,legend,[role=heading]';

/** Inline style that hides an element or makes its content box 0–2px (its border box would not tell). */
export const INLINE_HIDDEN =
  /(?:^|;)\s*(?:width|height)\s*:\s*(?:[0-2](?:\.\d+)?px|0)\b|display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0(?![.\d])/i;

/**
 * Text as the vocabulary in `words.ts` reads it: camelCase split, lower case, an address such as
 * "name@example.com" turned into the word "email", punctuation and symbols to spaces.
 */
export const norm = (text: string) =>
  text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^\s@]+@[^\s@]+/g, ' email ')
    .replace(/[\0-/:-@[-`{-\xbf\u2000-\u206f]+/g, ' ');

/** The page's scroll offsets when it has layout (a browser), null in jsdom. */
export function layoutOf(ctx: Context, doc: Document): [number, number] | null {
  const win = doc.defaultView;
  return (ctx.layout ??= win && doc.documentElement.getClientRects().length ? [win.scrollX, win.scrollY] : null);
}

/** `checkVisibility` options: transparent and visibility-hidden elements are not seen either. */
export const VISIBLE = { checkOpacity: true, checkVisibilityCSS: true };

/**
 * Whether `el` is rendered now: it has a box and is neither transparent nor visibility-hidden.
 * Without layout (jsdom): no `hidden` attribute or inline `display:none` on it or an ancestor.
 */
export function isShown(el: Element, ctx: Context): boolean {
  let shown = ctx.shown.get(el);
  if (shown === undefined) {
    // checkVisibility is false for an element without a box too (display:none on it or an ancestor).
    if (layoutOf(ctx, el.ownerDocument)) shown = el.checkVisibility?.(VISIBLE) ?? el.getClientRects().length > 0;
    else {
      shown = true;
      for (let n: Element | null = el; n && shown; n = n.parentElement)
        shown = !(n as HTMLElement).hidden && !/display\s*:\s*none/i.test(n.getAttribute('style') ?? '');
    }
    ctx.shown.set(el, shown);
  }
  return shown;
}

/** The password fields of a tree root, listed on first need. */
export function passwordsIn(ctx: Context, root: TreeRoot): HTMLInputElement[] {
  let list = ctx.passwords.get(root);
  if (!list) ctx.passwords.set(root, (list = [...root.querySelectorAll<HTMLInputElement>(PASSWORD)]));
  return list;
}
