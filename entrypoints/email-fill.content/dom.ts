/**
 * Tiny DOM helpers for our own elements (no framework: the bundle stays small), and what the
 * button and the note after "Don't show on this site" share: a host in a closed shadow root and
 * the guard on pointer clicks.
 */
import { HOST_STYLE, SHADOW_CSS } from './styles';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** How long a freshly shown part of ours ignores pointer clicks (a page moving a field under the pointer). */
const ARM_MS = 300;

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

/**
 * A host element for the page (`tm-<name>-` and a random suffix: no page rule or custom-element
 * definition targets it by name; inline styles the page cannot beat) with a closed shadow root
 * holding our styles. A press of the pointer in it keeps the focus where it is (a mouse user's
 * stays in the field).
 */
export function shadowHost(name: string): [HTMLElement, ShadowRoot] {
  const host = document.createElement(`tm-${name}-${Math.random().toString(36).slice(2, 8)}`);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  root.append(element('style', {}, SHADOW_CSS));
  onTrusted(root, 'mousedown', (press) => press.preventDefault());
  return [host, root];
}

/**
 * Whether a trusted click counts: a keyboard click (detail 0) does; a pointer click only when what
 * was clicked has been shown since `since` (`performance.now()`) for `ARM_MS`, nothing of the
 * page lies at the point over `host`, and `unseen` (a visibility check) does not say otherwise.
 */
export const isGenuineClick = (click: MouseEvent, host: Element, since: number, unseen = false): boolean =>
  !click.detail ||
  (!unseen &&
    performance.now() - since > ARM_MS &&
    (host.getRootNode() as Document | ShadowRoot).elementFromPoint?.(click.clientX, click.clientY) === host);
