// E-mail field detection for the autofill content script: pure DOM, no dependencies.
// A field's own signals (attributes and label text) are first tested raw against QUICK; only
// those that may say e-mail are normalised by `norm` (camelCase split, lower case, punctuation
// to spaces, addresses like "name@example.com" to the word "email") and tested against the
// regexes below, all compiled once at module load. Layout is read only for fields that passed.

/** No options yet: reserved for tuning (thresholds, extra keywords). */
export interface EmailFieldOptions {}

type Root = Document | ShadowRoot | Element;
interface Ctx {
  /** A page scan (labels come from one `label[for]` map per root) or a single check (`input.labels`). */
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
const INLINE_HIDDEN = /(?:^|;)\s*(?:width|height)\s*:\s*(?:[0-2](?:\.\d+)?px|0)\b|display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)|opacity\s*:\s*0(?![.\d])/i;
const TEXTY = 'input:not([type]),input[type=text],input[type=email],input[type=tel],input[type=number]';
const PASSWORD = 'input[type=password]';
const BUTTONS = 'button,input[type=submit],input[type=image],input[type=button],[role=button]';
// Inputs worth a look (the type is checked again in code) and elements that may host a shadow root
// (custom elements, div, span, section…): the rest are never touched from JavaScript.
const INPUTS = 'input:not([type=hidden],[type=checkbox],[type=radio],[type=submit],[type=button],[type=password],[disabled],[readonly])';
const HOSTS =
  ':not(input,label,a,option,select,textarea,button,img,li,ul,td,tr,form,br,svg,path,i,b,strong,em,script,style)';
const FIELDS = 'input,select,textarea,button';
const HEADINGS = 'h1,h2,h3,h4,h5,h6,legend,[role=heading]';

const norm = (s: string) =>
  s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^\s@]+@[^\s@]+/g, ' email ')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ');

const newCtx = (scan: boolean, root: Node): Ctx => ({ scan, root: root as Root, lab: new Map(), pw: new Map(), login: new Map() });

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
  // input.labels walks the whole tree in Chromium on each call: fine for one field, not for a scan.
  if (ctx.scan) {
    const wrap = input.closest('label');
    const lf = input.id && labelMap(ctx, root).get(input.id);
    if (lf) lab += ' ' + lf.textContent;
    if (wrap && !wrap.htmlFor) lab += ' ' + wrap.textContent;
  } else for (const l of input.labels ?? []) lab += ' ' + l.textContent;
  return { raw: a('autocomplete') + ' ' + a('inputmode') + ' ' + a('name') + ' ' + input.id + ' ' + a('placeholder') + ' ' + lab, lab: !!lab.trim() };
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
function isLoginForm(scope: Element): boolean {
  const pws = scope.querySelectorAll<HTMLInputElement>(PASSWORD);
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
  if (login === undefined) ctx.login.set(scope, (login = isLoginForm(scope)));
  return !login;
}

function walk(root: ParentNode, ctx: Ctx, out: HTMLInputElement[]): void {
  ctx.root = (root as Node).getRootNode() as Root; // an Element root: its labels may sit outside it
  const inputs = root.querySelectorAll<HTMLInputElement>(INPUTS);
  for (let i = 0; i < inputs.length; i++) if (check(inputs[i]!, ctx)) out.push(inputs[i]!);
  const hosts = root.querySelectorAll(HOSTS);
  for (let i = 0; i < hosts.length; i++) {
    const sr = hosts[i]!.shadowRoot;
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
  const order = mine ? all.slice(0, at).reverse().concat(all.slice(at + 1)) : all.slice(at + 1).concat(all.slice(0, at).reverse());
  return order.find(ok) ?? null;
}
