// Page nodes are read through the DOM prototypes, never their own properties: a form's named
// controls shadow the form's properties, and a document's named images, forms and frames shadow the
// document's (HTML's [LegacyOverrideBuiltIns]: `form.parentElement` may be `<input
// name=parentElement>`, `document.querySelector` an `<img name=querySelector>`). Read directly, a
// page could make a walk up the tree loop for ever, or hide what a form says. Inputs, buttons and
// labels have no named properties; their own reads stay direct.

type Root = Document | DocumentFragment | Element;

const getter =
  <T>(proto: () => object, name: string) =>
  (node: Node) =>
    Reflect.get(proto(), name, node) as T;

export const parentOf = getter<Element | null>(() => Node.prototype, 'parentElement');
export const textOf = (node: Node): string => Reflect.get(Node.prototype, 'textContent', node) ?? '';
export const previousOf = getter<ChildNode | null>(() => Node.prototype, 'previousSibling');
export const nextOf = getter<ChildNode | null>(() => Node.prototype, 'nextSibling');
export const childrenOf = getter<NodeListOf<ChildNode>>(() => Node.prototype, 'childNodes');
export const typeOf = getter<number>(() => Node.prototype, 'nodeType');
export const nameOf = getter<string>(() => Element.prototype, 'localName');
export const previousElementOf = getter<Element | null>(() => Element.prototype, 'previousElementSibling');
export const shadowOf = getter<ShadowRoot | null>(() => Element.prototype, 'shadowRoot');
export const contains = (node: Node, other: Node): boolean => Node.prototype.contains.call(node, other);
export const attrOf = (el: Element, name: string): string | null => Element.prototype.getAttribute.call(el, name);
export const matches = (el: Element, selector: string): boolean => Element.prototype.matches.call(el, selector);
/** The document's own view, root element and style sheets (a named frame or image cannot stand in). */
export const viewOf = getter<Window | null>(() => Document.prototype, 'defaultView');
export const rootElementOf = getter<HTMLElement | null>(() => Document.prototype, 'documentElement');
export const styleSheetsOf = getter<StyleSheetList>(() => Document.prototype, 'styleSheets');

/** The prototype whose query methods `root` has: an element's, a document's or a fragment's (a shadow root). */
const protoOf = (root: Node): ParentNode =>
  typeOf(root) === 1 ? Element.prototype : typeOf(root) === 9 ? Document.prototype : DocumentFragment.prototype;

export const queryAll = <E extends Element = Element>(root: Root, selector: string): NodeListOf<E> =>
  protoOf(root).querySelectorAll.call(root, selector) as NodeListOf<E>;
export const query = <E extends Element = Element>(root: Root, selector: string): E | null =>
  protoOf(root).querySelector.call(root, selector) as E | null;
/** The inputs under `el`, as a live collection that is only walked as far as it is read. */
export const inputsIn = (el: Element): HTMLCollectionOf<HTMLInputElement> =>
  Element.prototype.getElementsByTagName.call(el, 'input') as HTMLCollectionOf<HTMLInputElement>;
export const byId = (root: Root, id: string): Element | null =>
  typeOf(root) === 1 ? null : (protoOf(root) as Document).getElementById.call(root, id);
