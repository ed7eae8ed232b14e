/**
 * The menu toggle, the menu, and the keyboard inside the button group: Tab order field → fill →
 * toggle → whatever follows the field; arrows move through the menu; Escape steps back out.
 */
import { element, icon, onTrusted } from './dom';
import { text } from './strings';

/**
 * What the user can ask for: fill the current address, a new one, never show the button on this
 * site, open this site's verification link (menu), or fill its code (the button on a code field).
 */
export type FillAction = 'current' | 'new' | 'block' | 'link' | 'code';

export interface MenuParts {
  /** The group element inside the shadow root; the toggle and menu are appended to it. */
  group: HTMLElement;
  fillButton: HTMLButtonElement;
  field: () => HTMLInputElement | null;
  /** Whether "Open verification link" is on the menu when it opens. */
  linkOffered: () => boolean;
  act: (action: FillAction) => Promise<void>;
  /**
   * Whether a trusted click counts (see `isGenuineClick` in dom.ts): on the group (`zone`) shown
   * since the group was, unless told otherwise.
   */
  isGenuineClick: (click: MouseEvent, zone?: Element, shownAt?: number) => boolean;
  /** The menu is opening (the status line, in the same place, must go; the menu's visibility is tracked). */
  onOpen: (menu: HTMLElement) => void;
}

export interface Menu {
  /** Closes the menu; false when it was not open. */
  close(): boolean;
}

const TABBABLE = 'a[href],button,input,select,textarea,[tabindex],[contenteditable]';

/**
 * Focuses what Tab would reach after `field` (the button lives at the end of the page, so the
 * browser's own next stop would be wrong); looks through the field's shadow roots outwards.
 */
export function focusAfter(field: HTMLElement): void {
  for (let node: Element = field; ;) {
    const root = node.getRootNode() as Document | ShadowRoot;
    for (const candidate of root.querySelectorAll<HTMLElement>(TABBABLE)) {
      if (
        node.compareDocumentPosition(candidate) & Node.DOCUMENT_POSITION_FOLLOWING &&
        !node.contains(candidate) &&
        candidate.tabIndex >= 0 &&
        !(candidate as HTMLButtonElement).disabled &&
        candidate.getClientRects().length
      ) {
        return candidate.focus();
      }
    }
    if (!(root instanceof ShadowRoot)) return field.blur();
    node = root.host;
  }
}

export function createMenu({ group, fillButton, field, linkOffered, act, isGenuineClick, onOpen }: MenuParts): Menu {
  const label = text('fieldButtonMore');
  const toggle = element(
    'button',
    { type: 'button', class: 'm', 'aria-label': label, 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
    icon('M3 7l3 3 3-3', '0 0 12 16')[0],
  );
  group.append(toggle);
  // The menu is built when first opened: its words come from the locale catalogue, read then.
  let menu: HTMLElement | undefined;
  let all: HTMLButtonElement[] = [];
  /** The items shown (the link item only while a link waits for this site). */
  let items: HTMLButtonElement[] = [];
  let openedAt = 0;
  const build = () => {
    all = (
      [
        ['link', 'fieldMenuLink'],
        ['current', 'fieldMenuCurrent'],
        ['new', 'fieldMenuNew'],
        ['block', 'fieldMenuBlock'],
      ] as const
    ).map(([action, key]) => {
      const item = element('button', { type: 'button', role: 'menuitem', tabindex: '-1' }, text(key));
      onTrusted<MouseEvent>(item, 'click', (click) => isGenuineClick(click, built, openedAt) && void act(action));
      return item;
    });
    const built = element('div', { class: 'p', role: 'menu', 'aria-label': label, hidden: '' }, ...all);
    group.append(built);
    return built;
  };

  // Native tooltips drop below the pointer, right over the menu's first item: they show only while
  // the menu is closed (the menu itself says what the toggle does).
  const setTooltips = (on: boolean) => {
    fillButton.title = on ? (fillButton.getAttribute('aria-label') ?? '') : '';
    toggle.title = on ? label : '';
  };
  setTooltips(true);

  const open = (focusFirst: boolean) => {
    menu ??= build();
    const link = linkOffered();
    all[0]!.hidden = !link;
    items = link ? all : all.slice(1);
    if (menu.hidden) openedAt = performance.now();
    onOpen(menu);
    menu.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    setTooltips(false);
    if (focusFirst) items[0]!.focus();
  };
  const close = () => {
    if (!menu || menu.hidden) return false;
    menu.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    setTooltips(true);
    return true;
  };

  // A keyboard click (detail 0) moves the focus into the menu; a pointer click leaves it in the field.
  onTrusted<MouseEvent>(
    toggle,
    'click',
    (click) => isGenuineClick(click) && (menu?.hidden === false ? close() : open(!click.detail)),
  );

  onTrusted<KeyboardEvent>(group, 'keydown', (key) => {
    const inputField = field();
    const focused = (group.getRootNode() as ShadowRoot).activeElement;
    const index = items.indexOf(focused as HTMLButtonElement);
    const count = items.length;
    switch (key.key) {
      case 'Escape':
        close();
        (index >= 0 ? toggle : inputField)?.focus();
        break;
      case 'Tab':
        if (key.shiftKey ? focused !== fillButton : focused === fillButton) return; // the browser's order is right inside the group
        close();
        if (key.shiftKey) inputField?.focus();
        else if (inputField) focusAfter(inputField);
        break;
      case 'ArrowDown':
      case 'ArrowUp':
        if (index < 0) open(true);
        else items[(index + (key.key === 'ArrowDown' ? 1 : count - 1)) % count]!.focus();
        break;
      case 'Home':
      case 'End':
        if (index < 0) return;
        items[key.key === 'Home' ? 0 : count - 1]!.focus();
        break;
      default:
        return;
    }
    // Keys we handled stay ours: the page's own Escape or arrow handlers do not see them.
    key.preventDefault();
    key.stopPropagation();
  });

  return { close };
}
