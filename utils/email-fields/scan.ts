// The page scan: every field of a page (and of its open shadow roots) where a temp address makes
// sense. The content script never scans; this serves tests, the corpus scorer and callers that
// want a page's fields at once.
//
// A scan must not touch every field from JavaScript: on a 2,000-field page the wrappers and
// attribute reads alone cost more than the whole budget. So the browser picks the candidates
// natively (a CSS selector for words in attributes, XPath for labels saying e-mail and for custom
// elements, text offsets for other text saying it), and only those get the full check. The
// candidates are a superset of what the check accepts, so a scan answers what `isEmailField`
// answers for each field, with two exceptions: words in other scripts in attributes count only on
// pages whose text uses that script, and text in scripts or style sheets never counts.
//
// The scan's constants are marked pure so that a bundle that never scans does not carry them.
import { check } from './check';
import { type Context, FIELDS, newContext, PASSWORD, type TreeRoot } from './context';
import { labelSelector } from './field';
import { QUICK } from './words';

/**
 * Every QUICK term a field's own attributes can carry, as CSS attribute selectors (ASCII
 * case-insensitive), grouped by attribute so that a field without the attribute skips its group;
 * words in other scripts are looked for by `leads`.
 */
const SIGNALLED = /* @__PURE__ */ (() =>
  `input:is([type=email i],[autocomplete*=mail i],[inputmode=email i],[aria-labelledby],${[
    'name',
    'id',
    'placeholder',
    'aria-label',
  ]
    .map(
      (attr) =>
        `[${attr}]:is(${['mail', 'corre', 'courriel', 'post', 'mel', 'lectr', '@'].map((term) => `[${attr}*="${term}" i]`)})`,
    )
    .join(',')})`)();
const QUICK_ALL = /* @__PURE__ */ (() => new RegExp(QUICK.source, 'gi'))();
/** Page text in a script (or the word) that QUICK's non-ASCII terms belong to. */
const WIDE_PAGE = /[\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+|mél/gi;
/** Printable ASCII but the double quote, for an XPath literal: `translate(x, ASCII, "")` keeps the rest. */
const ASCII = /* @__PURE__ */ (() =>
  String.fromCharCode(...Array.from({ length: 95 }, (_, i) => i + 32).filter((code) => code !== 34)))();

const CODE = 'script,style';

type Add = (el: Element) => void;

/**
 * A scan's shortcut to `labelMap`: when the candidates are few and their ids plain, their labels
 * are those the scan met already (`known`) and one query for the rest, instead of a read per label.
 */
function batchLabels(ctx: Context, root: TreeRoot, inputs: Element[], known: Map<string, Element>): void {
  const ids = [...new Set(inputs.map((input) => input.id).filter(Boolean))];
  if (ctx.labels.has(root) || ids.length > 32 || !ids.every(labelSelector)) return;
  const rest = ids.filter((id) => !known.has(id));
  if (rest.length)
    for (const label of root.querySelectorAll(rest.map(labelSelector).join())) {
      const id = label.getAttribute('for')!;
      if (!known.has(id)) known.set(id, label);
    }
  ctx.labels.set(root, known);
}

/**
 * Inputs that may take `text` as the text just before them (see `textBefore`): the first following
 * sibling that is or holds a field, of `text` or of an ancestor holding no field and little text.
 */
function fieldsAfter(text: Node, add: Add): void {
  for (let node: Node | null = text; node;) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (next.nodeType === 3 && next.nodeValue!.trim()) break;
      if (next.nodeType !== 1) continue;
      const el = next as Element;
      if (el.matches(FIELDS)) {
        add(el);
        break;
      }
      if (el.querySelector(FIELDS)) {
        el.querySelectorAll(':scope>input,:scope>*>input').forEach(add);
        break;
      }
      if (el.textContent!.trim()) break;
    }
    const up: Element | null = node.parentElement;
    if (!up || up.querySelector(FIELDS) || up.textContent!.trim().length > 80) return;
    node = up;
  }
}

/** XPath, where it works (not in jsdom): ordered snapshot of `query` from `root`, or null. */
function xpath(root: TreeRoot, query: string): Node[] | null {
  const doc = root.ownerDocument ?? (root as Document);
  try {
    const result = doc.evaluate(query, root, null, 7 /* ordered snapshot */, null);
    return Array.from({ length: result.snapshotLength }, (_, i) => result.snapshotItem(i)!);
  } catch {
    return null;
  }
}

/**
 * The text nodes under `node` that hold the given offsets (sorted) of its textContent. Ranges over
 * runs of children measure text natively, so only the path down to each offset is touched.
 */
function textAt(node: Node, offsets: number[], range: Range, out: Node[]): void {
  if (node.nodeType === 3) return void out.push(node);
  if ((node as Element).matches?.(CODE)) return;
  const kids = node.childNodes;
  const part = (low: number, high: number, base: number, wanted: number[]): void => {
    if (!wanted.length) return;
    if (high - low === 1)
      return textAt(
        kids[low]!,
        wanted.map((offset) => offset - base),
        range,
        out,
      );
    const mid = (low + high) >> 1;
    range.setStart(node, low);
    range.setEnd(node, mid);
    const end = base + range.toString().length;
    const cut = wanted.findIndex((offset) => offset >= end);
    const at = cut < 0 ? wanted.length : cut;
    part(low, mid, base, wanted.slice(0, at));
    part(mid, high, end, wanted.slice(at));
  };
  part(0, kids.length, 0, offsets);
}

/** How often `re` (global) matches in `text`. */
const count = (text: string | null, re: RegExp) => text?.match(re)?.length ?? 0;

/**
 * Fields the page's text may speak for, beyond the CSS candidates, and the custom elements of the
 * tree (possible shadow hosts). Text saying e-mail: the fields in or named by a label saying it
 * (labels come from a native query), and the fields just after other such text (`fieldsAfter`),
 * found from the offsets of the words in the tree's text only when labels do not hold them all.
 * Attributes with words in other scripts: looked for natively when the page's text uses a script
 * (or the word) of QUICK's non-ASCII terms. Text in scripts and style sheets is no reader's text.
 */
function leads(root: TreeRoot, add: Add, codeElements: Element[], known: Map<string, Element>): Element[] {
  const top = (root as Document).documentElement ?? root;
  const text = top?.textContent ?? '';
  const code = codeElements.map((el) => el.textContent).join(' ');
  const hits = [...text.matchAll(QUICK_ALL)];
  // The words as written (case and all), each only if some of it is outside scripts.
  const inCode = new Map<string, number>();
  let stray = hits.length;
  for (const [word] of code.matchAll(QUICK_ALL)) {
    inCode.set(word, (inCode.get(word) ?? 0) + 1);
    stray--;
  }
  const words = new Map<string, number>();
  for (const [word] of hits) words.set(word, (words.get(word) ?? 0) + 1);
  const says = [...words]
    .filter(([word, n]) => n > (inCode.get(word) ?? 0))
    .map(([word]) => `contains(., '${word}')`)
    .join(' or ');
  const labels = !says
    ? []
    : ((xpath(root, `descendant::label[${says}]`) as Element[] | null) ??
      [...root.querySelectorAll('label')].filter((label) => QUICK.test(label.textContent!)));
  for (const label of labels) {
    stray -= count(label.textContent, QUICK_ALL);
    const id = (label as HTMLLabelElement).htmlFor;
    const target = id && 'getElementById' in root ? root.getElementById(id) : null;
    if (target) add(target);
    if (id && !known.has(id)) known.set(id, label);
    const own = label.querySelectorAll('input');
    own.forEach(add);
    if (!own.length) fieldsAfter(label, add);
  }
  if (stray > 0 && top) {
    const texts: Node[] = [];
    textAt(
      top,
      hits.map((match) => match.index!),
      (root.ownerDocument ?? (root as Document)).createRange(),
      texts,
    );
    for (const node of new Set(texts)) if (!node.parentElement?.closest('label')) fieldsAfter(node, add);
  }
  if (count(text, WIDE_PAGE) > count(code, WIDE_PAGE)) {
    const attributes = (el: Element) =>
      ['name', 'id', 'placeholder', 'aria-label'].map((attr) => el.getAttribute(attr)).join(' ');
    const found =
      xpath(root, `descendant::input[translate(concat(@name, @id, @placeholder, @aria-label), "${ASCII}", "")]`) ??
      [...root.querySelectorAll('input')].filter((el) => /[^ -~]/.test(attributes(el)));
    found.forEach((el) => add(el as Element));
  }
  return (xpath(root, "descendant::*[contains(local-name(), '-')]") ??
    [...root.querySelectorAll('*')].filter((el) => el.localName.includes('-'))) as Element[];
}

/** Checks the candidates of `scope` (a tree root, or an element in one) and walks on into open shadow roots. */
function walk(scope: ParentNode, ctx: Context, out: HTMLInputElement[]): void {
  const root = (ctx.root = (scope as Node).getRootNode() as TreeRoot);
  const inScope = (node: Node) => root === scope || (scope as Node).contains(node);
  const found = new Set<Element>();
  const add = (el: Element) => {
    if (el.localName === 'input' && inScope(el)) found.add(el);
  };
  // One walk of the tree for the CSS candidates, the password fields and the scripts.
  const passwords: HTMLInputElement[] = [];
  const code: Element[] = [];
  for (const el of root.querySelectorAll(`${SIGNALLED},${PASSWORD},${CODE}`)) {
    if (el.localName !== 'input') code.push(el);
    else if ((el as HTMLInputElement).type === 'password') passwords.push(el as HTMLInputElement);
    else add(el);
  }
  ctx.passwords.set(root, passwords);
  const fromCss = found.size;
  // Leads come from the whole tree root: an element scope still reads labels and text outside it.
  const known = new Map<string, Element>();
  const hosts = leads(root, add, code, known).filter((host) => host !== scope && inScope(host));
  const candidates = [...found] as HTMLInputElement[];
  if (candidates.length > fromCss) candidates.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* b follows */ ? -1 : 1));
  batchLabels(ctx, root, candidates, known);
  for (const input of candidates) if (check(input, ctx)) out.push(input);
  for (const host of hosts) {
    const shadow = host.shadowRoot;
    if (shadow) walk(shadow, ctx, out);
  }
}

/**
 * Fields under `root` (a Document, Element or ShadowRoot) where a temp address makes sense, as
 * `isEmailField` judges each. Reaches open shadow roots; each root's fields come in document
 * order, those of nested roots after them. A field in a part of the page not shown now (a later
 * step, a closed dialog) counts; a field made to be unseen does not.
 */
export function findEmailFields(root: ParentNode): HTMLInputElement[] {
  const out: HTMLInputElement[] = [];
  const ctx = newContext(true, root as Node);
  walk(root, ctx, out);
  const shadow = (root as Element).shadowRoot;
  if (shadow) walk(shadow, ctx, out);
  return out;
}
