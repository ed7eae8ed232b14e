// What a field says about itself: its attributes, its label, the text just before it, and whether
// it is made to be unseen.
import { type Context, FIELDS, INLINE_HIDDEN, layoutOf, norm, VISIBLE } from './context';
import {
  attrOf,
  byId,
  matches,
  nameOf,
  parentOf,
  previousOf,
  query,
  queryAll,
  styleSheetsOf,
  textOf,
  typeOf,
  viewOf,
} from './dom';
import { EMAIL, EMAIL_OR_PHONE, EMAIL_PART, NAME, NOT_EMAIL, PHONE_OR_NUMBER, QUICK } from './words';

/** The selector of the labels for `id`, or '' when the id cannot stand in a selector as it is. */
export const labelSelector = (id: string) => (/^[^"\\\s]+$/.test(id) ? `label[for="${id}"]` : '');

/** The first `label[for]` of each id in the tree root, built on first need (a read per label). */
export function labelMap(ctx: Context, root: Context['root']): Map<string, Element> {
  let map = ctx.labels.get(root);
  if (!map) {
    ctx.labels.set(root, (map = new Map()));
    const labels = queryAll(root, 'label[for]');
    for (let i = 0; i < labels.length; i++) {
      const id = labels[i]!.getAttribute('for')!;
      if (!map.has(id)) map.set(id, labels[i]!);
    }
  }
  return map;
}

/**
 * The `label` attribute of the custom element the input sits in (`<x-field label="Email">`, a few
 * levels up), or of the shadow host whose shadow tree holds it (`<sl-input label="Email">`): how
 * web-component libraries label their fields.
 */
function componentLabel(input: HTMLInputElement, root: Context['root']): string {
  let node: Element | null = parentOf(input);
  for (let depth = 0; node && depth < 3; depth++, node = parentOf(node)) {
    if (nameOf(node).includes('-')) return attrOf(node, 'label') ?? '';
    if (nameOf(node) === 'form') return '';
  }
  const host = typeOf(root) === 11 ? (root as ShadowRoot).host : null;
  return (host && attrOf(host, 'label')) ?? '';
}

/**
 * The input's own signals, raw: `attributes` (autocomplete, inputmode, name, id, placeholder) and
 * `labels`, the texts that name it (aria-label, aria-labelledby, label[for], a wrapping label, a
 * wrapping custom element's `label`).
 */
export function signals(input: HTMLInputElement, ctx: Context): { attributes: string; labels: string[] } {
  const attr = (name: string) => input.getAttribute(name) ?? '';
  const root = ctx.root;
  const labels = [attr('aria-label'), componentLabel(input, root)];
  const labelledBy = attr('aria-labelledby');
  if (labelledBy)
    labels.push(
      labelledBy
        .split(' ')
        .map((id) => {
          const el = byId(root, id);
          return el ? textOf(el) : '';
        })
        .join(' '),
    );
  // The first label[for] and a wrapping label. A scan reads them from one map per root; a single
  // check asks a selector, which stops at the first match (input.labels walks the whole tree).
  const id = input.id;
  const wrapping = input.closest('label');
  const labelFor = id && (ctx.scan ? labelMap(ctx, root).get(id) : labelSelector(id) && query(root, labelSelector(id)));
  if (labelFor) labels.push(labelFor.textContent ?? '');
  if (wrapping && !wrapping.htmlFor) labels.push(wrapping.textContent ?? '');
  return {
    attributes: [attr('autocomplete'), attr('inputmode'), attr('name'), id, attr('placeholder')].join(' '),
    labels: labels.filter((label) => label.trim()),
  };
}

/** The field's own signals as one raw text: its attributes, then its labels. */
export function ownText(input: HTMLInputElement, ctx: Context): string {
  const { attributes, labels } = signals(input, ctx);
  return attributes + ' ' + labels.join(' ');
}

/** Weak evidence: short text just before the field (a sibling, or a sibling of an ancestor). */
export function textBefore(input: Element): string {
  let node: Element | null = input;
  for (let depth = 0; node && depth < 3; depth++, node = parentOf(node)) {
    for (let sibling = previousOf(node); sibling; sibling = previousOf(sibling)) {
      if (typeOf(sibling) === 1 && (matches(sibling as Element, FIELDS) || query(sibling as Element, FIELDS))) return '';
      const text = textOf(sibling).trim();
      if (text) return text.length > 80 ? '' : norm(text);
    }
  }
  return '';
}

/** Text that makes a field something else than an address field (see NOT_EMAIL, PHONE_OR_NUMBER). */
function saysOther(text: string, typedEmail: boolean): boolean {
  if (NOT_EMAIL.test(text)) return true;
  if (PHONE_OR_NUMBER.test(text) && !EMAIL_OR_PHONE.test(text)) return true;
  return !typedEmail && NAME.test(text);
}

/**
 * Whether text that names a field names an address in its first words: a label names its field
 * first; a sentence or question that mentions mail further on ("…sent over mail?") is about
 * something else.
 */
const namesEmail = (text: string) => EMAIL.test(text.trim().split(' ', 6).join(' '));

/**
 * Whether the field's own signals ask for an e-mail address: its type or autocomplete, words in its
 * attributes or label, or (unlabelled fields only) text just before it.
 */
export function saysEmail(input: HTMLInputElement, ctx: Context): boolean {
  const { attributes, labels } = signals(input, ctx);
  const typed = input.type === 'email' || /(?:^|\s)email(?:\s|$)/i.test(input.getAttribute('autocomplete') ?? '');
  const raw = attributes + ' ' + labels.join(' ');
  if (typed || QUICK.test(raw)) {
    if (saysOther(norm(raw), typed)) return false;
    if (typed) return true;
    // "Email footer text", `email_preheader`: a part of a mail, unless its own words say address.
    const own = [input.name, input.id, input.placeholder, ...labels].map(norm);
    if (own.some((text) => EMAIL_PART.test(text))) return false;
    if (labels.some((label) => namesEmail(norm(label)))) return true;
    if (EMAIL.test(norm(attributes))) {
      if (labels.length || input.placeholder) return true;
      // Only a name or id nobody sees says e-mail: the text a person reads before the field must
      // not name something else (a captcha question, a phone).
      const near = textBefore(input);
      return !near || !saysOther(near, true);
    }
  }
  if (labels.length) return false;
  // Unlabelled: the text just before the field is what a person reads as its label.
  const near = textBefore(input);
  return !!near && namesEmail(near) && !saysOther(near, false);
}

/**
 * A field made to be unseen: a bot trap (tiny, off-page, transparent, hidden from assistive
 * technology) or one hidden by its own style. A field in a part of the page that is not shown now
 * (an ancestor with `display:none`: a later step, a closed dialog, another tab) is not disguised.
 */
export function isDisguised(input: HTMLInputElement, ctx: Context): boolean {
  if (input.hidden || input.getAttribute('aria-hidden') === 'true') return true;
  if (INLINE_HIDDEN.test(input.getAttribute('style') ?? '')) return true;
  if (input.tabIndex < 0 && input.closest('[aria-hidden=true]')) return true; // honeypot
  const doc = input.ownerDocument;
  const win = viewOf(doc);
  if (!win) return false;
  const scroll = layoutOf(ctx, doc);
  if (scroll) {
    const box = input.getBoundingClientRect();
    if (box.width < 10 || box.height < 8 || box.right + scroll[0] <= 0 || box.bottom + scroll[1] <= 0)
      // No box at all: hidden by its own display:none, or by an ancestor's (then not disguised).
      // A box that is tiny or off the page: a bot trap.
      return input.getClientRects().length ? true : win.getComputedStyle(input).display === 'none';
    if (input.checkVisibility) return !input.checkVisibility(VISIBLE);
  } else if (!(ctx.css ??= styleSheetsOf(doc).length > 0)) return false; // jsdom without style sheets: inline style said it all
  const style = win.getComputedStyle(input);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse' || style.opacity === '0';
}
