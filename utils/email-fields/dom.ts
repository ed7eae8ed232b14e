// Page nodes are read through the DOM prototypes, never their own properties: a form's named
// controls shadow the form's properties, and a document's named images, forms and frames shadow the
// document's (HTML's [LegacyOverrideBuiltIns]: `form.parentElement` may be `<input
// name=parentElement>`, `document.querySelector` an `<img name=querySelector>`). Read directly, a
// page could make a walk up the tree loop for ever, or hide what a form says; reading a form's
// property also walks every control of the form (milliseconds on a form of 2,000 fields). Inputs,
// buttons and labels have no named properties; their own reads stay direct. The content script's
// button reads the page through these too.

type Root = Document | DocumentFragment | Element;
/** The interfaces read through (looked up on use: the module loads where there is no DOM too). */
type Interface = 'Node' | 'Element' | 'Document' | 'DocumentFragment';

type Callable = (this: unknown, ...args: unknown[]) => unknown;
const proto = (type: Interface) =>
  (globalThis as unknown as Record<Interface, { prototype: Record<string, Callable> }>)[type].prototype;
/** A getter of the interface's prototype, run on `node`. */
const getter =
  <T>(type: Interface, name: string) =>
  (node: Node) =>
    Reflect.get(proto(type) as object, name, node) as T;
/** A method of the interface's prototype, called on `node`. */
const method =
  <A extends unknown[], T>(type: Interface, name: string) =>
  (node: Node, ...args: A): T =>
    proto(type)[name]!.call(node, ...args) as T;

export const parentOf = getter<Element | null>('Node', 'parentElement');
const textContentOf = getter<string | null>('Node', 'textContent');
export const textOf = (node: Node): string => textContentOf(node) ?? '';
export const previousOf = getter<ChildNode | null>('Node', 'previousSibling');
export const nextOf = getter<ChildNode | null>('Node', 'nextSibling');
export const childrenOf = getter<NodeListOf<ChildNode>>('Node', 'childNodes');
export const typeOf = getter<number>('Node', 'nodeType');
export const nameOf = getter<string>('Element', 'localName');
/** The element children (`children`). */
export const elementsOf = getter<HTMLCollection>('Element', 'children');
export const previousElementOf = getter<Element | null>('Element', 'previousElementSibling');
export const nextElementOf = getter<Element | null>('Element', 'nextElementSibling');
export const lastElementOf = getter<Element | null>('Element', 'lastElementChild');
export const shadowOf = getter<ShadowRoot | null>('Element', 'shadowRoot');
export const contains = method<[Node], boolean>('Node', 'contains');
export const attrOf = method<[string], string | null>('Element', 'getAttribute');
export const matches = method<[string], boolean>('Element', 'matches');
export const boxOf = method<[], DOMRect>('Element', 'getBoundingClientRect');
/** The document's own view, root element and style sheets (a named frame or image cannot stand in). */
export const viewOf = getter<Window | null>('Document', 'defaultView');
export const rootElementOf = getter<HTMLElement | null>('Document', 'documentElement');
export const styleSheetsOf = getter<StyleSheetList>('Document', 'styleSheets');

/** The interface whose query methods `root` has: an element's, a document's or a fragment's (a shadow root). */
const typeFor = (root: Node): Interface =>
  typeOf(root) === 1 ? 'Element' : typeOf(root) === 9 ? 'Document' : 'DocumentFragment';

export const queryAll = <E extends Element = Element>(root: Root, selector: string): NodeListOf<E> =>
  proto(typeFor(root)).querySelectorAll!.call(root, selector) as NodeListOf<E>;
export const query = <E extends Element = Element>(root: Root, selector: string): E | null =>
  proto(typeFor(root)).querySelector!.call(root, selector) as E | null;
/** The inputs under `el`, as a live collection that is only walked as far as it is read. */
export const inputsIn = (el: Element): HTMLCollectionOf<HTMLInputElement> =>
  proto('Element').getElementsByTagName!.call(el, 'input') as HTMLCollectionOf<HTMLInputElement>;
export const byId = (root: Root, id: string): Element | null =>
  typeOf(root) === 1 ? null : (proto(typeFor(root)).getElementById!.call(root, id) as Element | null);
