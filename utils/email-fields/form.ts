// Whether an address field asks for an existing account (signing in, recovering a password), where a
// new temp address makes no sense, or for something new (an account, a newsletter, an order, a
// message). Judged on the field's section: the smallest part of its form (or, without a form, of
// the page nearby) that holds a shown password field, else the whole form; without a form or a
// password near, the field's own group with its button.
import { BUTTONS, type Context, countShown, HEADINGS, isShown, norm, PASSWORD, passwordsIn } from './context';
import { attrOf, contains, matches, nameOf, parentOf, previousElementOf, query, queryAll, textOf } from './dom';
import { ownText } from './field';
import { CHANGE, CONFIRM, LOGIN, NEXT_ONLY, PURCHASE, RECOVER, SIGNUP } from './words';

/**
 * The field's section and its password fields shown now (all of them when the field itself is not
 * shown: the section is then judged as it will be); null for a formless field with neither a
 * password nor a button near.
 */
function sectionOf(input: HTMLInputElement, ctx: Context): [Element, HTMLInputElement[], number] | null {
  const form = input.form;
  const all = ctx.scan || !form ? passwordsIn(ctx, ctx.root) : [...queryAll<HTMLInputElement>(form, PASSWORD)];
  const mine = all.filter((password) => password.form === form);
  if (mine.length) {
    let seen: boolean | undefined;
    const counts = (password: HTMLInputElement) => isShown(password, ctx) || !(seen ??= isShown(input, ctx));
    let node = parentOf(input);
    for (let depth = 0; node && nameOf(node) !== 'body'; node = parentOf(node), depth++) {
      // Without a form, the section stays near the field and holds no form of its own.
      if (!form && (depth === 6 || query(node, 'form'))) break;
      const container: Element = node;
      const inside = mine.filter((password) => contains(container, password));
      if (inside.length) return [container, inside.filter(counts), inside.length];
      if (container === form) break;
    }
  }
  if (form) return [form, [], 0];
  // A script-driven step without a <form>: the nearest ancestor with a button and no other field.
  let node = parentOf(input);
  for (let depth = 0; node && depth < 4 && nameOf(node) !== 'body'; node = parentOf(node), depth++) {
    if (query(node, 'form') || countShown(node, 2, ctx) > 1) break;
    if (query(node, BUTTONS)) return [node, [], 0];
  }
  return null;
}

/** The heading just before `area` (a card title above it), looking at a few earlier siblings of it and its parent. */
function headingBefore(area: Element): string {
  for (let node: Element | null = area, up = 0; node && up < 2; node = parentOf(node), up++) {
    let sibling = previousElementOf(node);
    for (let i = 0; sibling && i < 3; i++, sibling = previousElementOf(sibling)) {
      const heading = matches(sibling, HEADINGS) ? sibling : query(sibling, HEADINGS);
      if (heading) return textOf(heading);
    }
  }
  return '';
}

/** The text of buttons, links or headings, normalised: a button's value, else its text or ARIA label. */
const textFrom = (elements: Element[]) =>
  norm(
    elements
      .map(
        (el) =>
          (/^(?:input|button)$/.test(nameOf(el)) && (el as HTMLInputElement).value) || textOf(el) || attrOf(el, 'aria-label'),
      )
      .join(' '),
  );
/** The attributes a form or section names itself by. */
const attributesOf = (el: Element) => ['id', 'name', 'class', 'action', 'aria-label'].map((name) => attrOf(el, name)).join(' ');

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
  const shownIn = (area: Element, selector: string) => [...queryAll(area, selector)].filter((el) => isShown(el, ctx));
  // Any button is the area's action (a script-driven form's "Continue" is often type=button); in a
  // form, its submit buttons first.
  const buttonsText = () => {
    for (const area of areas) {
      const buttons = shownIn(area, BUTTONS);
      if (!buttons.length) continue;
      const submits =
        nameOf(area) === 'form'
          ? buttons.filter((button) => ['submit', 'image'].includes((button as HTMLInputElement).type))
          : [];
      return textFrom(submits.length ? submits : buttons);
    }
    return '';
  };
  const linksText = () => textFrom(areas.flatMap((area) => [...queryAll(area, 'a,' + BUTTONS)]));
  const headingsText = () => textFrom(areas.flatMap((area) => [...queryAll(area, HEADINGS)]));
  const above = () => norm(headingBefore(outermost));
  // What the section says about itself, most specific first.
  const sources = [buttonsText, () => norm(attributesOf(outermost)), headingsText, above];
  const [password] = passwords;
  if (password) {
    // Three fields or more beside one password: a sign-up or a profile (read first: a long form is
    // decided without reading its links).
    if (countShown(section, 3, ctx) > 2) return false;
    // Only a sign-in form offers a way back for a lost password.
    if (RECOVER.test(linksText())) return true;
    if (/new-password/i.test(password.autocomplete)) return false;
  } else {
    // No password: a recovery form asks for the account; anything with more to fill in does not.
    const fields = countShown(outermost, 3, ctx);
    if (fields > 2) return false;
    if (sources.some((source) => RECOVER.test(source()))) return true;
    if (fields > 1) return false;
    // A form whose lone address field has nothing shown to send it (no button with words: an icon
    // is a tooltip or a toggle) is one step of a bigger flow (a checkout).
    if (form && !shownIn(form, BUTTONS).some((button) => textFrom([button]).trim())) return false;
    if (RECOVER.test(linksText())) return true;
  }
  for (const source of sources) {
    const text = source();
    const login = LOGIN.test(text);
    if (login !== SIGNUP.test(text)) return login;
    // Both: "Sign in or create an account" asks for an identifier, then says which it is.
    if (login && !password) return true;
  }
  // No wording either way. Without a password shown: an identifier-first sign-in, which shows its
  // password field next, or moves on to it with a bare "Continue" (unless buying is what the
  // area is about: a checkout step).
  if (!password)
    return (hiddenPasswords || NEXT_ONLY.test(buttonsText())) && !PURCHASE.test(norm(textOf(outermost)) + ' ' + above());
  // With one: a change of details (a current password confirming it) is no sign-in; a lone
  // password beside the identifier is.
  if (CHANGE.test(buttonsText() + ' ' + headingsText() + ' ' + above())) return false;
  return password.autocomplete === 'current-password' || countShown(outermost, 2, ctx) <= 1;
}

/**
 * Whether `input` (an address field) asks for the identifier of an existing account: a sign-in
 * form (one password, sign-in wording, a "forgot password" link, an identifier-first step) or a
 * password-recovery form. A section with two passwords (new and confirm, or a change) never does,
 * nor does a field asking for a new address (or confirming one) beside a password.
 */
export function asksForAccount(input: HTMLInputElement, ctx: Context): boolean {
  const section = sectionOf(input, ctx);
  if (!section) return false;
  const [scope, passwords, all] = section;
  if (passwords.length > 1) return false;
  let account = ctx.accountSections.get(scope);
  if (account === undefined)
    ctx.accountSections.set(scope, (account = asksForAccountIn(scope, passwords, all > passwords.length, input.form, ctx)));
  if (!account || !passwords.length) return account;
  const own = norm(ownText(input, ctx));
  return !CHANGE.test(own) && !CONFIRM.test(own);
}
