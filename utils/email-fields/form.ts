// Whether an address field sits in a plain login form, where a new temp address makes no sense.
import { BUTTONS, type Context, HEADINGS, norm, PASSWORD, passwordsIn, TEXTY } from './context';
import { LOGIN, SIGNUP } from './words';

/** Form (or the formless container that holds a password field) the input's login rule looks at. */
function scopeOf(input: HTMLInputElement, ctx: Context): Element | null {
  if (input.form) return input.form;
  const passwords = passwordsIn(ctx, ctx.root);
  let node = input.parentElement;
  for (let i = 0; node && i < 6 && node.localName !== 'body'; i++, node = node.parentElement) {
    const container = node;
    if (passwords.some((password) => !password.form && container.contains(password))) return container;
  }
  return null;
}

/** The heading just before the form (a card title above it), looking at a few earlier siblings of it and its parent. */
function headingBefore(scope: Element): string {
  for (let node: Element | null = scope, up = 0; node && up < 2; node = node.parentElement, up++) {
    let sibling = node.previousElementSibling;
    for (let i = 0; sibling && i < 3; i++, sibling = sibling.previousElementSibling) {
      const heading = sibling.matches(HEADINGS) ? sibling : sibling.querySelector(HEADINGS);
      if (heading) return heading.textContent ?? '';
    }
  }
  return '';
}

/** A plain login form: one password field (or, identifier-first, none and one text field) and login wording. */
function isLoginForm(scope: Element, ctx: Context): boolean {
  // A scan shares its one list of the root's password fields; a single check looks in the form only.
  const passwords = ctx.scan
    ? passwordsIn(ctx, ctx.root).filter((password) => scope.contains(password))
    : [...scope.querySelectorAll<HTMLInputElement>(PASSWORD)];
  const password = passwords[0];
  // Only the identifier (and the password) to fill in.
  const few = () => scope.querySelectorAll(TEXTY).length <= 1;
  if (passwords.length > 1 || (password ? /new-password/i.test(password.autocomplete) : !few())) return false;
  const buttons = [...scope.querySelectorAll<HTMLInputElement>(BUTTONS)];
  const submits =
    scope.localName === 'form' ? buttons.filter((button) => button.type === 'submit' || button.type === 'image') : [];
  const text = (elements: Element[]) => elements.map((el) => (el as HTMLInputElement).value || el.textContent).join(' ');
  const sources = [
    () => text(submits.length ? submits : buttons),
    () => ['id', 'name', 'class', 'action', 'aria-label'].map((name) => scope.getAttribute(name)).join(' '),
    () => text([...scope.querySelectorAll(HEADINGS)]),
    () => headingBefore(scope),
  ];
  for (const source of sources) {
    const wording = norm(source());
    const login = LOGIN.test(wording);
    if (login !== SIGNUP.test(wording)) return login;
  }
  // No wording either way: a lone password with the identifier is a login (identifier-first needs wording).
  return !!password && (password.autocomplete === 'current-password' || few());
}

/** Whether `input` (an address field) sits in a plain login form (cached per form or container). */
export function asksForAccount(input: HTMLInputElement, ctx: Context): boolean {
  const scope = scopeOf(input, ctx);
  if (!scope) return false;
  let login = ctx.accountSections.get(scope);
  if (login === undefined) ctx.accountSections.set(scope, (login = isLoginForm(scope, ctx)));
  return login;
}
