// What a field says about itself: its attributes, its label, the text just before it, and whether
// it is hidden.
import { type Context, FIELDS, INLINE_HIDDEN, layoutOf, norm, VISIBLE } from './context';

/** The selector of the labels for `id`, or '' when the id cannot stand in a selector as it is. */
export const labelSelector = (id: string) => (/^[^"\\\s]+$/.test(id) ? `label[for="${id}"]` : '');

/** The first `label[for]` of each id in the tree root, built on first need (a read per label). */
export function labelMap(ctx: Context, root: Context['root']): Map<string, Element> {
  let map = ctx.labels.get(root);
  if (!map) {
    ctx.labels.set(root, (map = new Map()));
    const labels = root.querySelectorAll('label[for]');
    for (let i = 0; i < labels.length; i++) {
      const id = labels[i]!.getAttribute('for')!;
      if (!map.has(id)) map.set(id, labels[i]!);
    }
  }
  return map;
}

/**
 * The input's own signals, raw: autocomplete, inputmode, name, id, placeholder, aria and label
 * text; `labelled` tells a label or an ARIA name was found.
 */
export function signals(input: HTMLInputElement, ctx: Context): { raw: string; labelled: boolean } {
  const attr = (name: string) => input.getAttribute(name) ?? '';
  const root = ctx.root;
  const labelledBy = attr('aria-labelledby');
  let label = attr('aria-label');
  if (labelledBy && 'getElementById' in root)
    for (const id of labelledBy.split(' ')) label += ' ' + (root.getElementById(id)?.textContent ?? '');
  // The first label[for] and a wrapping label. A scan reads them from one map per root; a single
  // check asks a selector, which stops at the first match (input.labels walks the whole tree).
  const id = input.id;
  const wrapping = input.closest('label');
  const labelFor = id && (ctx.scan ? labelMap(ctx, root).get(id) : labelSelector(id) && root.querySelector(labelSelector(id)));
  if (labelFor) label += ' ' + labelFor.textContent;
  if (wrapping && !wrapping.htmlFor) label += ' ' + wrapping.textContent;
  return {
    raw: [attr('autocomplete'), attr('inputmode'), attr('name'), id, attr('placeholder'), label].join(' '),
    labelled: !!label.trim(),
  };
}

/** Weak evidence: short text just before the field (a sibling, or a sibling of an ancestor). */
export function textBefore(input: Element): string {
  let node: Element | null = input;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (sibling.nodeType === 1 && ((sibling as Element).matches(FIELDS) || (sibling as Element).querySelector(FIELDS)))
        return '';
      const text = (sibling.textContent ?? '').trim();
      if (text) return text.length > 80 ? '' : norm(text);
    }
  }
  return '';
}

/** Whether the field is hidden: by style, by size or position (a honeypot), or from assistive technology. */
export function isHidden(input: HTMLInputElement, ctx: Context): boolean {
  if (INLINE_HIDDEN.test(input.getAttribute('style') ?? '')) return true;
  if (input.tabIndex < 0 && input.closest('[aria-hidden=true]')) return true; // honeypot
  const doc = input.ownerDocument;
  const win = doc.defaultView;
  if (!win) return false;
  const scroll = layoutOf(ctx, doc);
  if (scroll) {
    // Zero size covers display:none on the element or an ancestor; tiny or far off-page is a honeypot.
    const box = input.getBoundingClientRect();
    if (box.width < 10 || box.height < 8 || box.right + scroll[0] <= 0 || box.bottom + scroll[1] <= 0) return true;
    if (input.checkVisibility) return !input.checkVisibility(VISIBLE);
  } else if (!(ctx.css ??= doc.styleSheets.length > 0)) return false; // jsdom without style sheets: inline style said it all
  const style = win.getComputedStyle(input);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse' || style.opacity === '0';
}
