/** Tiny DOM helpers for the button's shadow tree (no framework: the bundle stays small). */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A new element with these attributes and children. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  for (const name in attributes) created.setAttribute(name, attributes[name]!);
  created.append(...children);
  return created;
}

/** An SVG icon of one path (`d`), hidden from assistive tech; returns the svg and its path. */
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
export function onTrusted<E extends Event>(target: EventTarget, type: string, listener: (event: E) => void): void {
  target.addEventListener(type, (event) => {
    if (event.isTrusted) listener(event as E);
  });
}
