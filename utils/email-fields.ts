// E-mail field detection for the autofill content script: pure DOM, no dependencies.
// A field's own signals (attributes and label text) are first tested raw against QUICK; only
// those that may say e-mail are normalised by `norm` (camelCase split, lower case, punctuation
// to spaces, addresses like "name@example.com" to the word "email") and tested against the
// regexes below, all compiled once at module load. Layout is read only for fields that passed.
//
// A page scan must not touch every field from JavaScript: on a 2,000-field page the wrappers and
// attribute reads alone cost more than the whole budget. So the browser picks the candidates
// natively (a CSS selector for words in attributes, XPath for labels saying e-mail and for custom
// elements, text offsets for other text saying it), and only those get the full check. The
// candidates are a superset of what the check accepts, so a scan answers what `isEmailField`
// answers for each field, with two exceptions: words in other scripts in attributes count only on
// pages whose text uses that script, and text in scripts or style sheets never counts.

/** No options yet: reserved for tuning (thresholds, extra keywords). */
export interface EmailFieldOptions {}

type Root = Document | ShadowRoot | Element;
interface Ctx {
  /** A page scan (labels come from one `label[for]` map per root) or a single check (a selector). */
  scan: boolean;
  /** The tree root (document or shadow root) of the inputs being checked. */
  root: Root;
  /** Per tree root, built on first need: the `label[for]` of each id; password inputs. */
  lab: Map<Node, Map<string, Element>>;
  pw: Map<Node, HTMLInputElement[]>;
  /** Per form (or formless container): is it a plain login form? */
  login: Map<Element, boolean>;
  /** The page's scroll offsets when the document has a layout engine (not in jsdom). */
  layout?: [number, number] | null;
  /** Whether the document has style sheets. */
  css?: boolean;
}

/** Raw-text prefilter: every EMAIL match contains one of these. */
const QUICK = /mail|corre[oi]|courriel|m[eé]l|post|lectr|@|по[чш]т|メール|邮|郵|이메일|البريد|ईमेल|อีเมล/i;
const EMAIL =
  /email|\be mail|\bmail(?!ing)|correi?o|courriel|\bm[eé]l\b|posta elettronica|adresse [eé]lectronique|\be ?post|sähköposti|по[чш]т|メール|邮|郵|이메일|البريد|ईमेल|อีเมล/;
const CONFIRM =
  /confirm(?!ation (?:link|mail|e mail|email|message|code))|conferm|\br[eé]p[eé]a?t|\brepit|ripet|\bre ?(?:enter|type)|again|verify (?:your )?e ?mail|e ?mail verif|wiederhol|best[aä]tig|bevestig|herhaal|nogmaals|opnieuw|mail ?2\b/;
const NEG = new RegExp(
  [
    'search|\\bsuche\\b|recherche|\\bcerca\\b|ricerca|\\bbusca|pesquis|\\bzoek',
    'subject|oggetto|betreff|\\bobjet\\b|asunto|assunto|onderwerp|\\bsujet\\b',
    'phone|\\btel\\b|\\bt[eé]l[eé](?:f|ph)|telem[oó]vel|mobile|mobiel|\\bcell|\\bhandy\\b|m[oó]vil|celular|whatsapp|\\bsms\\b',
    '\\bcode|\\bcodice|c[oó]digo|\\botp\\b|\\bpin\\b|one time|\\b2fa\\b|\\btoken|captcha|coupon|voucher',
    'pass ?word|passwort|\\bpwd\\b|contrase|\\bsenha|mot de passe|wachtwoord|kennwort',
    '\\burl\\b|web ?site|homepage|webseite|site web|sitio web|\\bsito\\b|\\bdomain',
  ].join('|'),
);
// Personal-name fields; "username" / "user name" and "nome utente" etc. are not names.
const NAME =
  /(?<!user )\bname\b|(?:first|last|full|middle|given|family|sur|nick|fore)name|\b[fl]name\b|\bnome\b(?! utente)|cognome|vorname|nachname|\bnom\b(?! d utilisateur)|pr[eé]nom|\bnombre\b(?! de usuario)|apellido|sobrenome|\bnaam\b|voornaam|achternaam/;
const LOGIN =
  /\blog ?[io]n|\bsign ?in(?!g)|\bsession|\baccesso\b|\bacc[eé]d|\banmeld|einlogg|connexion|\bconnecter|s identifier|iniciar ses|\bingresar|\bentrar?\b|\bacessar|inloggen/;
const SIGNUP =
  /sign ?up|reg[ií]st|\bjoin\b|[uú]nete|inscr[ií]|cadastr|aanmeld|subscri|abonn|iscriv|susc?r[ií]b|newsletter|cr(?:[eé](?:ate|ar|er|a)|i(?:ar|e))(?: \S+){0,2} (?:account|cuenta|conta|compte|konto)|konto (?:erstellen|anlegen|er[oö]ffnen)|account aanmaken|new account|get started/;
/** Inline style that hides the field or makes its content box 0–2px (its border box would not tell). */
const INLINE_HIDDEN =
  /(?:^|;)\s*(?:width|height)\s*:\s*(?:[0-2](?:\.\d+)?px|0)\b|display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0(?![.\d])/i;
const TEXTY = 'input:not([type]),input[type=text],input[type=email],input[type=tel],input[type=number]';
const PASSWORD = 'input[type=password]';
const BUTTONS = 'button,input[type=submit],input[type=image],input[type=button],[role=button]';
const FIELDS = 'input,select,textarea,button';
const HEADINGS = 'h1,h2,h3,h4,h5,h6,legend,[role=heading]';

const norm = (s: string) =>
  s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^\s@]+@[^\s@]+/g, ' email ')
    .replace(/[\0-/:-@[-`{-\xbf\u2000-\u206f]+/g, ' ');

const newCtx = (scan: boolean, root: Node): Ctx => ({
  scan,
  root: root as Root,
  lab: new Map(),
  pw: new Map(),
  login: new Map(),
});

/** The selector of the labels for `id`, or '' when the id cannot stand in a selector as it is. */
const labelsFor = (id: string) => (/^[^"\\\s]+$/.test(id) ? `label[for="${id}"]` : '');

/** The first `label[for]` of each id in the tree root, built on first need (a read per label). */
function labelMap(ctx: Ctx, root: Root): Map<string, Element> {
  let map = ctx.lab.get(root);
  if (!map) {
    ctx.lab.set(root, (map = new Map()));
    const ls = root.querySelectorAll('label[for]');
    for (let i = 0; i < ls.length; i++) {
      const id = ls[i]!.getAttribute('for')!;
      if (!map.has(id)) map.set(id, ls[i]!);
    }
  }
  return map;
}

/**
 * A scan's shortcut to `labelMap`: when the candidates are few and their ids plain, their labels
 * are those the scan met already (`known`) and one query for the rest, instead of a read per label.
 */
function batchLabels(ctx: Ctx, root: Root, inputs: Element[], known: Map<string, Element>): void {
  const ids = [...new Set(inputs.map((i) => i.id).filter(Boolean))];
  if (ctx.lab.has(root) || ids.length > 32 || !ids.every(labelsFor)) return;
  const rest = ids.filter((id) => !known.has(id));
  if (rest.length)
    for (const l of root.querySelectorAll(rest.map(labelsFor).join()))
      if (!known.has(l.getAttribute('for')!)) known.set(l.getAttribute('for')!, l);
  ctx.lab.set(root, known);
}

function passwords(ctx: Ctx, root: Root): HTMLInputElement[] {
  let pw = ctx.pw.get(root);
  if (!pw) ctx.pw.set(root, (pw = [...root.querySelectorAll<HTMLInputElement>(PASSWORD)]));
  return pw;
}

/** The input's own signals, raw: autocomplete, inputmode, name, id, placeholder, aria and label text; `lab` tells a label was found. */
function signals(input: HTMLInputElement, ctx: Ctx): { raw: string; lab: boolean } {
  const a = (n: string) => input.getAttribute(n) ?? '';
  const root = ctx.root;
  const by = a('aria-labelledby');
  let lab = a('aria-label');
  if (by && 'getElementById' in root) for (const id of by.split(' ')) lab += ' ' + (root.getElementById(id)?.textContent ?? '');
  // The first label[for] and a wrapping label. A scan reads them from one map per root; a single
  // check asks a selector, which stops at the first match (input.labels walks the whole tree).
  const id = input.id;
  const wrap = input.closest('label');
  const lf = id && (ctx.scan ? labelMap(ctx, root).get(id) : labelsFor(id) && root.querySelector(labelsFor(id)));
  if (lf) lab += ' ' + lf.textContent;
  if (wrap && !wrap.htmlFor) lab += ' ' + wrap.textContent;
  return {
    raw: a('autocomplete') + ' ' + a('inputmode') + ' ' + a('name') + ' ' + input.id + ' ' + a('placeholder') + ' ' + lab,
    lab: !!lab.trim(),
  };
}

/** Weak evidence: short text just before the field (a sibling, or a sibling of an ancestor). */
function nearText(input: Element): string {
  let n: Element | null = input;
  for (let depth = 0; n && depth < 3; depth++, n = n.parentElement) {
    for (let s = n.previousSibling; s; s = s.previousSibling) {
      if (s.nodeType === 1 && ((s as Element).matches(FIELDS) || (s as Element).querySelector(FIELDS))) return '';
      const t = (s.textContent ?? '').trim();
      if (t) return t.length > 80 ? '' : norm(t);
    }
  }
  return '';
}

const VISIBLE = { checkOpacity: true, checkVisibilityCSS: true };

function isHidden(input: HTMLInputElement, ctx: Ctx): boolean {
  if (INLINE_HIDDEN.test(input.getAttribute('style') ?? '')) return true;
  if (input.tabIndex < 0 && input.closest('[aria-hidden=true]')) return true; // honeypot
  const doc = input.ownerDocument;
  const win = doc.defaultView;
  if (!win) return false;
  const lay = (ctx.layout ??= doc.documentElement.getClientRects().length ? [win.scrollX, win.scrollY] : null);
  if (lay) {
    // Zero size covers display:none on the element or an ancestor; tiny or far off-page is a honeypot.
    const r = input.getBoundingClientRect();
    if (r.width < 10 || r.height < 8 || r.right + lay[0] <= 0 || r.bottom + lay[1] <= 0) return true;
    if (input.checkVisibility) return !input.checkVisibility(VISIBLE);
  } else if (!(ctx.css ??= doc.styleSheets.length > 0)) return false; // jsdom without style sheets: inline style said it all
  const cs = win.getComputedStyle(input);
  return cs.display === 'none' || cs.visibility === 'hidden' || cs.visibility === 'collapse' || cs.opacity === '0';
}

/** Form (or the formless container that holds a password field) the input's login rule looks at. */
function scopeOf(input: HTMLInputElement, ctx: Ctx): Element | null {
  if (input.form) return input.form;
  const pw = passwords(ctx, ctx.root);
  let n = input.parentElement;
  for (let i = 0; n && i < 6 && n.localName !== 'body'; i++, n = n.parentElement) {
    const el = n;
    if (pw.some((p) => !p.form && el.contains(p))) return el;
  }
  return null;
}

/** The heading just before the form (a card title above it), looking at a few earlier siblings of it and its parent. */
function headingBefore(scope: Element): string {
  for (let n: Element | null = scope, up = 0; n && up < 2; n = n.parentElement, up++) {
    let s = n.previousElementSibling;
    for (let i = 0; s && i < 3; i++, s = s.previousElementSibling) {
      const h = s.matches(HEADINGS) ? s : s.querySelector(HEADINGS);
      if (h) return h.textContent ?? '';
    }
  }
  return '';
}

/** A plain login form: one password field (or, identifier-first, none and one text field) and login wording. */
function isLoginForm(scope: Element, ctx: Ctx): boolean {
  // A scan shares its one list of the root's password fields; a single check looks in the form only.
  const pws = ctx.scan
    ? passwords(ctx, ctx.root).filter((p) => scope.contains(p))
    : [...scope.querySelectorAll<HTMLInputElement>(PASSWORD)];
  const pw = pws[0];
  // Only the identifier (and the password) to fill in.
  const few = () => scope.querySelectorAll(TEXTY).length <= 1;
  if (pws.length > 1 || (pw ? /new-password/i.test(pw.autocomplete) : !few())) return false;
  const btns = [...scope.querySelectorAll<HTMLInputElement>(BUTTONS)];
  const submit = scope.localName === 'form' ? btns.filter((b) => b.type === 'submit' || b.type === 'image') : [];
  const text = (els: Element[]) => els.map((e) => (e as HTMLInputElement).value || e.textContent).join(' ');
  const sources = [
    () => text(submit.length ? submit : btns),
    () => ['id', 'name', 'class', 'action', 'aria-label'].map((n) => scope.getAttribute(n)).join(' '),
    () => text([...scope.querySelectorAll(HEADINGS)]),
    () => headingBefore(scope),
  ];
  for (const src of sources) {
    const t = norm(src());
    const l = LOGIN.test(t);
    if (l !== SIGNUP.test(t)) return l;
  }
  // No wording either way: a lone password with the identifier is a login (identifier-first needs wording).
  return !!pw && (pw.autocomplete === 'current-password' || few());
}

function check(input: HTMLInputElement, ctx: Ctx): boolean {
  const type = input.type;
  if ((type !== 'email' && type !== 'text') || input.disabled || input.readOnly) return false;
  const { raw, lab } = signals(input, ctx);
  const strong = type === 'email' || /(?:^|\s)email(?:\s|$)/i.test(input.getAttribute('autocomplete') ?? '');
  let pos = strong;
  if (strong || QUICK.test(raw)) {
    const own = norm(raw);
    if (NEG.test(own) || (!strong && NAME.test(own))) return false;
    pos ||= EMAIL.test(own);
  }
  if (!pos) {
    // Weak evidence, for unlabelled fields only: the text just before the field.
    const near = lab ? '' : nearText(input);
    if (!EMAIL.test(near) || NEG.test(near) || NAME.test(near)) return false;
  }
  if (input.closest('[hidden],fieldset[disabled]') || isHidden(input, ctx)) return false;
  const scope = scopeOf(input, ctx);
  if (!scope) return true;
  let login = ctx.login.get(scope);
  if (login === undefined) ctx.login.set(scope, (login = isLoginForm(scope, ctx)));
  return !login;
}

// --- Scan candidates. Every QUICK term a field's own attributes can carry, as CSS attribute
// selectors (ASCII case-insensitive), grouped by attribute so that a field without the attribute
// skips its group; words in other scripts are looked for by `leads`. (The scan's constants are
// marked pure so the content script, which never scans, does not carry them.)
const SIGNALLED = /* @__PURE__ */ (() =>
  `input:is([type=email i],[autocomplete*=mail i],[inputmode=email i],[aria-labelledby],${[
    'name',
    'id',
    'placeholder',
    'aria-label',
  ].map((a) => `[${a}]:is(${['mail', 'corre', 'courriel', 'post', 'mel', 'lectr', '@'].map((t) => `[${a}*="${t}" i]`)})`)})`)();
const QUICK_ALL = /* @__PURE__ */ (() => new RegExp(QUICK.source, 'gi'))();
/** Page text in a script (or the word) that QUICK's non-ASCII terms belong to. */
const WIDE_PAGE = /[\u0400-\u04ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+|mél/gi;
/** Printable ASCII but the double quote, for an XPath literal: `translate(x, ASCII, "")` keeps the rest. */
const ASCII = /* @__PURE__ */ (() =>
  String.fromCharCode(...Array.from({ length: 95 }, (_, i) => i + 32).filter((c) => c !== 34)))();

const CODE = 'script,style';

type Add = (el: Element) => void;

/**
 * Inputs that may take `t` as the text just before them (see `nearText`): the first following
 * sibling that is or holds a field, of `t` or of an ancestor holding no field and little text.
 */
function fieldsAfter(t: Node, add: Add): void {
  for (let s: Node | null = t; s;) {
    for (let n = s.nextSibling; n; n = n.nextSibling) {
      if (n.nodeType === 3 && n.nodeValue!.trim()) break;
      if (n.nodeType !== 1) continue;
      const el = n as Element;
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
    const up: Element | null = s.parentElement;
    if (!up || up.querySelector(FIELDS) || up.textContent!.trim().length > 80) return;
    s = up;
  }
}

/** XPath, where it works (not in jsdom): ordered snapshot of `query` from `root`, or null. */
function xpath(root: Root, query: string): Node[] | null {
  const doc = root.ownerDocument ?? (root as Document);
  try {
    const r = doc.evaluate(query, root, null, 7 /* ordered snapshot */, null);
    return Array.from({ length: r.snapshotLength }, (_, i) => r.snapshotItem(i)!);
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
  const part = (lo: number, hi: number, base: number, offs: number[]): void => {
    if (!offs.length) return;
    if (hi - lo === 1)
      return textAt(
        kids[lo]!,
        offs.map((o) => o - base),
        range,
        out,
      );
    const mid = (lo + hi) >> 1;
    range.setStart(node, lo);
    range.setEnd(node, mid);
    const end = base + range.toString().length;
    const cut = offs.findIndex((o) => o >= end);
    const at = cut < 0 ? offs.length : cut;
    part(lo, mid, base, offs.slice(0, at));
    part(mid, hi, end, offs.slice(at));
  };
  part(0, kids.length, 0, offsets);
}

/** How often `re` (global) matches in `s`. */
const count = (s: string | null, re: RegExp) => s?.match(re)?.length ?? 0;

/**
 * Fields the page's text may speak for, beyond the CSS candidates, and the custom elements of the
 * tree (possible shadow hosts). Text saying e-mail: the fields in or named by a label saying it
 * (labels come from a native query), and the fields just after other such text (`fieldsAfter`),
 * found from the offsets of the words in the tree's text only when labels do not hold them all.
 * Attributes with words in other scripts: looked for natively when the page's text uses a script
 * (or the word) of QUICK's non-ASCII terms. Text in scripts and style sheets is no reader's text.
 */
function leads(root: Root, add: Add, codeEls: Element[], known: Map<string, Element>): Element[] {
  const top = (root as Document).documentElement ?? root;
  const text = top?.textContent ?? '';
  const code = codeEls.map((c) => c.textContent).join(' ');
  const hits = [...text.matchAll(QUICK_ALL)];
  // The words as written (case and all), each only if some of it is outside scripts.
  const inCode = new Map<string, number>();
  let stray = hits.length;
  for (const [w] of code.matchAll(QUICK_ALL)) {
    inCode.set(w, (inCode.get(w) ?? 0) + 1);
    stray--;
  }
  const words = new Map<string, number>();
  for (const [w] of hits) words.set(w, (words.get(w) ?? 0) + 1);
  const says = [...words]
    .filter(([w, n]) => n > (inCode.get(w) ?? 0))
    .map(([w]) => `contains(., '${w}')`)
    .join(' or ');
  const labels = !says
    ? []
    : ((xpath(root, `descendant::label[${says}]`) as Element[] | null) ??
      [...root.querySelectorAll('label')].filter((l) => QUICK.test(l.textContent!)));
  for (const el of labels) {
    stray -= count(el.textContent, QUICK_ALL);
    const id = (el as HTMLLabelElement).htmlFor;
    const target = id && 'getElementById' in root ? root.getElementById(id) : null;
    if (target) add(target);
    if (id && !known.has(id)) known.set(id, el);
    const own = el.querySelectorAll('input');
    own.forEach(add);
    if (!own.length) fieldsAfter(el, add);
  }
  if (stray > 0 && top) {
    const texts: Node[] = [];
    textAt(
      top,
      hits.map((m) => m.index!),
      (root.ownerDocument ?? (root as Document)).createRange(),
      texts,
    );
    for (const t of new Set(texts)) if (!t.parentElement?.closest('label')) fieldsAfter(t, add);
  }
  if (count(text, WIDE_PAGE) > count(code, WIDE_PAGE)) {
    const attrs = (el: Element) => ['name', 'id', 'placeholder', 'aria-label'].map((a) => el.getAttribute(a)).join(' ');
    const found =
      xpath(root, `descendant::input[translate(concat(@name, @id, @placeholder, @aria-label), "${ASCII}", "")]`) ??
      [...root.querySelectorAll('input')].filter((el) => /[^ -~]/.test(attrs(el)));
    found.forEach((el) => add(el as Element));
  }
  return (xpath(root, "descendant::*[contains(local-name(), '-')]") ??
    [...root.querySelectorAll('*')].filter((e) => e.localName.includes('-'))) as Element[];
}

/** Checks the candidates of `scope` (a tree root, or an element in one) and walks on into open shadow roots. */
function walk(scope: ParentNode, ctx: Ctx, out: HTMLInputElement[]): void {
  const root = (ctx.root = (scope as Node).getRootNode() as Root);
  const inScope = (n: Node) => root === scope || (scope as Node).contains(n);
  const found = new Set<Element>();
  const add = (el: Element) => {
    if (el.localName === 'input' && inScope(el)) found.add(el);
  };
  // One walk of the tree for the CSS candidates, the password fields and the scripts.
  const pw: HTMLInputElement[] = [];
  const code: Element[] = [];
  for (const el of root.querySelectorAll(`${SIGNALLED},${PASSWORD},${CODE}`)) {
    if (el.localName !== 'input') code.push(el);
    else if ((el as HTMLInputElement).type === 'password') pw.push(el as HTMLInputElement);
    else add(el);
  }
  ctx.pw.set(root, pw);
  const fromCss = found.size;
  // Leads come from the whole tree root: an element scope still reads labels and text outside it.
  const known = new Map<string, Element>();
  const hosts = leads(root, add, code, known).filter((h) => h !== scope && inScope(h));
  const cands = [...found] as HTMLInputElement[];
  if (cands.length > fromCss) cands.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* b follows */ ? -1 : 1));
  batchLabels(ctx, root, cands, known);
  for (const input of cands) if (check(input, ctx)) out.push(input);
  for (const host of hosts) {
    const sr = host.shadowRoot;
    if (sr) walk(sr, ctx, out);
  }
}

/**
 * Fields under root (Document, Element or ShadowRoot) where a temp address makes sense. Reaches open
 * shadow roots; each root's fields come in document order, those of nested roots after them.
 */
export function findEmailFields(root: ParentNode): HTMLInputElement[] {
  const out: HTMLInputElement[] = [];
  const ctx = newCtx(true, root as Node);
  walk(root, ctx, out);
  const sr = (root as Element).shadowRoot;
  if (sr) walk(sr, ctx, out);
  return out;
}

/** The single-field check, exported so the content script can judge one newly focused input quickly. */
export function isEmailField(input: HTMLInputElement): boolean {
  return check(input, newCtx(false, input.getRootNode()));
}

/** The confirm-email twin of `field` in the same form (or the same root when no form), if any. */
export function findConfirmTwin(field: HTMLInputElement): HTMLInputElement | null {
  const ctx = newCtx(true, field.getRootNode());
  const all = [...(field.form ?? ctx.root).querySelectorAll('input')];
  const at = all.indexOf(field);
  const confirm = (i: HTMLInputElement) => CONFIRM.test(norm(signals(i, ctx).raw));
  const mine = confirm(field);
  const ok = (i: HTMLInputElement) => i !== field && check(i, ctx) && confirm(i) !== mine;
  // A confirm field pairs with the nearest field before it; a primary field with the nearest after it.
  const order = mine
    ? all
        .slice(0, at)
        .reverse()
        .concat(all.slice(at + 1))
    : all.slice(at + 1).concat(all.slice(0, at).reverse());
  return order.find(ok) ?? null;
}
