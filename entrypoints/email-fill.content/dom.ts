/** Tiny DOM helpers for the button's shadow tree (no framework: the bundle stays small). */

const SVG_NS = 'http://www.w3.org/2000/svg';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...kids: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]!);
  e.append(...kids);
  return e;
}

export function icon(d: string, viewBox = '0 0 16 16'): [SVGSVGElement, SVGPathElement] {
  const svg = document.createElementNS(SVG_NS, 'svg');
  const path = document.createElementNS(SVG_NS, 'path');
  svg.setAttribute('viewBox', viewBox);
  svg.setAttribute('aria-hidden', 'true');
  path.setAttribute('d', d);
  svg.append(path);
  return [svg, path];
}

/** Listens only to events the user made: a page can dispatch events, never trusted ones. */
export function onTrusted<E extends Event>(target: EventTarget, type: string, fn: (e: E) => void): void {
  target.addEventListener(type, (e) => {
    if (e.isTrusted) fn(e as E);
  });
}
