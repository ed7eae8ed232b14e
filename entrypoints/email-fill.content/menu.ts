/**
 * The menu toggle, the menu, and the keyboard inside the button group: Tab order field → fill →
 * toggle → whatever follows the field; arrows move through the menu; Escape steps back out.
 */
import type { FillAction } from './button';
import { el, icon, onTrusted } from './dom';
import { s } from './strings';

export interface MenuParts {
  /** The group element inside the shadow root; the toggle and menu are appended to it. */
  group: HTMLElement;
  fill: HTMLButtonElement;
  field: () => HTMLInputElement | null;
  act: (action: FillAction) => Promise<void>;
  genuine: (e: MouseEvent) => boolean;
}

const TABBABLE = 'a[href],button,input,select,textarea,[tabindex],[contenteditable]';

/**
 * Focuses what Tab would reach after `field` (the button lives at the end of the page, so the
 * browser's own next stop would be wrong); looks through the field's shadow roots outwards.
 */
export function focusAfter(field: HTMLElement): void {
  for (let n: Element = field; ;) {
    const root = n.getRootNode() as Document | ShadowRoot;
    for (const c of root.querySelectorAll<HTMLElement>(TABBABLE)) {
      if (
        n.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING &&
        !n.contains(c) &&
        c.tabIndex >= 0 &&
        !(c as HTMLButtonElement).disabled &&
        c.getClientRects().length
      ) {
        return c.focus();
      }
    }
    if (!(root instanceof ShadowRoot)) return field.blur();
    n = root.host;
  }
}

export function createMenu({ group, fill, field, act, genuine }: MenuParts): { close(): boolean } {
  const label = s('fieldButtonMore');
  const toggle = el(
    'button',
    { type: 'button', class: 'm', 'aria-label': label, title: label, 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
    icon('M3 7l3 3 3-3', '0 0 12 16')[0],
  );
  const items = (
    [
      ['current', 'fieldMenuCurrent'],
      ['new', 'fieldMenuNew'],
      ['block', 'fieldMenuBlock'],
    ] as const
  ).map(([action, key]) => {
    const item = el('button', { type: 'button', role: 'menuitem', tabindex: '-1' }, s(key));
    onTrusted<MouseEvent>(item, 'click', (e) => genuine(e) && void act(action));
    return item;
  });
  const menu = el('div', { class: 'p', role: 'menu', 'aria-label': label, hidden: '' }, ...items);
  group.append(toggle, menu);

  const open = (focusFirst: boolean) => {
    menu.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    if (focusFirst) items[0]!.focus();
  };
  const close = () => {
    if (menu.hidden) return false;
    menu.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    return true;
  };

  // A keyboard click (detail 0) moves the focus into the menu; a pointer click leaves it in the field.
  onTrusted<MouseEvent>(toggle, 'click', (e) => genuine(e) && (menu.hidden ? open(!e.detail) : close()));

  onTrusted<KeyboardEvent>(group, 'keydown', (e) => {
    const f = field();
    const at = (group.getRootNode() as ShadowRoot).activeElement;
    const i = items.indexOf(at as HTMLButtonElement);
    const n = items.length;
    switch (e.key) {
      case 'Escape':
        close();
        (i >= 0 ? toggle : f)?.focus();
        break;
      case 'Tab':
        if (e.shiftKey ? at !== fill : at === fill) return; // the browser's order is right inside the group
        close();
        if (e.shiftKey) f?.focus();
        else if (f) focusAfter(f);
        break;
      case 'ArrowDown':
      case 'ArrowUp':
        if (i < 0) open(true);
        else items[(i + (e.key === 'ArrowDown' ? 1 : n - 1)) % n]!.focus();
        break;
      case 'Home':
      case 'End':
        if (i < 0) return;
        items[e.key === 'Home' ? 0 : n - 1]!.focus();
        break;
      default:
        return;
    }
    // Keys we handled stay ours: the page's own Escape or arrow handlers do not see them.
    e.preventDefault();
    e.stopPropagation();
  });

  return { close };
}
