// Whether an address field asks for an existing account (signing in, recovering a password), where a
// new temp address makes no sense, or for something new (an account, a newsletter, an order, a
// message). Judged on the field's section: the smallest part of its form (or, without a form, of
// the page nearby) that holds a shown password field, else the whole form.
import { BUTTONS, type Context, HEADINGS, isShown, norm, PASSWORD, passwordsIn, SUBMITS, TEXTY } from './context';
import { LOGIN, NEXT_ONLY, RECOVER, SIGNUP } from './words';

/**
 * The field's section and its password fields shown now (all of them when the field itself is not
 * shown: the section is then judged as it will be); null for a formless field with none near.
 */
function sectionOf(input: HTMLInputElement, ctx: Context): [Element, HTMLInputElement[], number] | null {
  const form = input.form;
  const all = ctx.scan || !form ? passwordsIn(ctx, ctx.root) : [...form.querySelectorAll<HTMLInputElement>(PASSWORD)];
  const mine = all.filter((password) => password.form === form);
  if (mine.length) {
    let seen: boolean | undefined;
    const counts = (password: HTMLInputElement) => isShown(password, ctx) || !(seen ??= isShown(input, ctx));
    let node = input.parentElement;
    for (let depth = 0; node && node.localName !== 'body'; node = node.parentElement, depth++) {
      // Without a form, the section stays near the field and holds no form of its own.
      if (!form && (depth === 6 || node.querySelector('form'))) break;
      const container: Element = node;
      const inside = mine.filter((password) => container.contains(password));
      if (inside.length) return [container, inside.filter(counts), inside.length];
      if (container === form) break;
    }
  }
  return form ? [form, [], 0] : null;
}

/** The heading just before `area` (a card title above it), looking at a few earlier siblings of it and its parent. */
function headingBefore(area: Element): string {
  for (let node: Element | null = area, up = 0; node && up < 2; node = node.parentElement, up++) {
    let sibling = node.previousElementSibling;
    for (let i = 0; sibling && i < 3; i++, sibling = sibling.previousElementSibling) {
      const heading = sibling.matches(HEADINGS) ? sibling : sibling.querySelector(HEADINGS);
      if (heading) return heading.textContent ?? '';
    }
  }
  return '';
}

/** The text of buttons, links or headings, normalised: a button's value, else its text or ARIA label. */
const textOf = (elements: Element[]) =>
  norm(elements.map((el) => (el as HTMLInputElement).value || el.textContent || el.getAttribute('aria-label') || '').join(' '));
/** The attributes a form or section names itself by. */
const attributesOf = (el: Element) =>
  ['id', 'name', 'class', 'action', 'aria-label'].map((name) => el.getAttribute(name)).join(' ');

/**
 * The judgement for one section (cached per section by the caller). `passwords` are its shown
 * password fields (at most one here); `form` the form around it, read after the section itself.
 */
function asksForAccountIn(
  section: Element,
  passwords: HTMLInputElement[],
  hiddenPasswords: boolean,
  form: HTMLFormElement | null,
  ctx: Context,
) {
  const areas = form && form !== section ? [section, form] : [section];
  const outermost = areas[areas.length - 1]!;
  const shownIn = (area: Element, selector: string) => [...area.querySelectorAll(selector)].filter((el) => isShown(el, ctx));
  const buttonsText = () => {
    for (const area of areas) {
      const buttons = shownIn(area, BUTTONS);
      if (!buttons.length) continue;
      const submits =
        area.localName === 'form'
          ? buttons.filter((button) => ['submit', 'image'].includes((button as HTMLInputElement).type))
          : [];
      return textOf(submits.length ? submits : buttons);
    }
    return '';
  };
  // What the section says about itself, most specific first.
  const sources = [
    buttonsText,
    () => norm(attributesOf(outermost)),
    () => textOf(areas.flatMap((area) => [...area.querySelectorAll(HEADINGS)])),
    () => norm(headingBefore(outermost)),
  ];
  // How many fields are shown to fill in, counted up to 3: the rules only ask "one", "two", "more".
  let fieldsShown = 0;
  for (const field of outermost.querySelectorAll(TEXTY)) if (isShown(field, ctx) && ++fieldsShown > 2) break;
  const [password] = passwords;
  if (password) {
    // Only a sign-in form offers a way back for a lost password.
    const links = textOf(areas.flatMap((area) => [...area.querySelectorAll('a,' + BUTTONS)]));
    if (RECOVER.test(links)) return true;
    if (/new-password/i.test(password.autocomplete)) return false;
  } else {
    // No password: a recovery form asks for the account; anything with more to fill in does not.
    if (fieldsShown > 2) return false;
    if (sources.some((source) => RECOVER.test(source()))) return true;
    if (fieldsShown > 1) return false;
    // A form whose lone address field has nothing shown to send it is one step of a bigger flow (a checkout).
    if (form && !shownIn(form, SUBMITS).length) return false;
  }
  for (const source of sources) {
    const text = source();
    const login = LOGIN.test(text);
    if (login !== SIGNUP.test(text)) return login;
  }
  // No wording either way. Without a password shown: an identifier-first sign-in, which shows its
  // password field next, or moves on to it with a bare "Continue". With one: a lone password
  // beside the identifier is a sign-in.
  if (!password) return hiddenPasswords || NEXT_ONLY.test(buttonsText());
  return password.autocomplete === 'current-password' || fieldsShown <= 1;
}

/**
 * Whether `input` (an address field) asks for the identifier of an existing account: a sign-in
 * form (one password, sign-in wording, a "forgot password" link, an identifier-first step) or a
 * password-recovery form. A section with two passwords (new and confirm, or a change) never does.
 */
export function asksForAccount(input: HTMLInputElement, ctx: Context): boolean {
  const section = sectionOf(input, ctx);
  if (!section) return false;
  const [scope, passwords, all] = section;
  if (passwords.length > 1) return false;
  let account = ctx.accountSections.get(scope);
  if (account === undefined)
    ctx.accountSections.set(scope, (account = asksForAccountIn(scope, passwords, all > passwords.length, input.form, ctx)));
  return account;
}
