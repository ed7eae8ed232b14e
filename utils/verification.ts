/**
 * Finds the verification code and the confirm/verify link of a mail, in several languages.
 *
 * Pure string code on purpose: it also runs in the background service worker, where `DOMParser`
 * does not exist, so HTML is read by a small tag stripper and entity decoder instead.
 *
 * Decision on code formats: a code is 4–8 digits, or 4–8 ASCII letters and digits mixed, or two
 * groups of 3–4 joined by one space or hyphen (`123 456`, `123-456`, `A7K-9Q2`), or 4–8 single
 * digits spaced out (`4 8 2 9 1 3`, one table cell per digit). It is returned without separators
 * (`123456`, `A7K9Q2`): OTP fields, often one box per character, expect only the characters, and
 * the grouping is display only.
 */

export interface VerificationInfo {
  code: string | null;
  link: string | null;
}

interface Link {
  href: string;
  /** The link's own words (anchor text, image alt, title). */
  text: string;
  /** The words just before it in the same block (`To confirm, <a>click here</a>`). */
  context: string;
}

interface Span {
  start: number;
  end: number;
}

interface Candidate extends Span {
  code: string;
  /** Plain 4-digit year (19xx/20xx): only accepted right next to a code word. */
  yearLike: boolean;
}

/** Mail bodies beyond this are cut before any regex runs (keeps every pass linear enough). */
const MAX_INPUT = 400_000;

// ---------------------------------------------------------------------------------------------
// HTML to text
// ---------------------------------------------------------------------------------------------

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  deg: '°',
  para: '¶',
  middot: '·',
  bull: '•',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  times: '×',
  divide: '÷',
  plusmn: '±',
  iexcl: '¡',
  iquest: '¿',
  ordf: 'ª',
  ordm: 'º',
  colon: ':',
  num: '#',
  dollar: '$',
  percnt: '%',
  commat: '@',
  lpar: '(',
  rpar: ')',
  sol: '/',
  bsol: '\\',
  Agrave: 'À',
  Aacute: 'Á',
  Acirc: 'Â',
  Atilde: 'Ã',
  Auml: 'Ä',
  Aring: 'Å',
  AElig: 'Æ',
  Ccedil: 'Ç',
  Egrave: 'È',
  Eacute: 'É',
  Ecirc: 'Ê',
  Euml: 'Ë',
  Igrave: 'Ì',
  Iacute: 'Í',
  Icirc: 'Î',
  Iuml: 'Ï',
  Ntilde: 'Ñ',
  Ograve: 'Ò',
  Oacute: 'Ó',
  Ocirc: 'Ô',
  Otilde: 'Õ',
  Ouml: 'Ö',
  Oslash: 'Ø',
  Ugrave: 'Ù',
  Uacute: 'Ú',
  Ucirc: 'Û',
  Uuml: 'Ü',
  Yacute: 'Ý',
  szlig: 'ß',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  atilde: 'ã',
  auml: 'ä',
  aring: 'å',
  aelig: 'æ',
  ccedil: 'ç',
  egrave: 'è',
  eacute: 'é',
  ecirc: 'ê',
  euml: 'ë',
  igrave: 'ì',
  iacute: 'í',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  ograve: 'ò',
  oacute: 'ó',
  ocirc: 'ô',
  otilde: 'õ',
  ouml: 'ö',
  oslash: 'ø',
  ugrave: 'ù',
  uacute: 'ú',
  ucirc: 'û',
  uuml: 'ü',
  yacute: 'ý',
  yuml: 'ÿ',
  OElig: 'Œ',
  oelig: 'œ',
};
/** Entities a browser also decodes without the final `;`. */
const LEGACY_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

/** Decodes HTML character references (numeric and the common named ones). */
function decodeEntities(input: string): string {
  return input.replace(
    /&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*)(;?)/g,
    (match, body: string, semi: string, offset: number, whole: string) => {
      if (body.startsWith('#')) {
        const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
        return String.fromCodePoint(code);
      }
      const value = NAMED_ENTITIES[body];
      if (value === undefined) return match;
      if (semi) return value;
      // `&copy=1` in a URL stays as it is, as browsers do.
      const next = whole[offset + match.length];
      return LEGACY_ENTITIES.has(body) && (next === undefined || !/[=A-Za-z0-9]/.test(next)) ? value : match;
    },
  );
}

/**
 * A tag's attributes, with quoted values that may contain `>`. Neither a bare `<` nor an overlong
 * quoted value is crossed, so unclosed tags and quotes cannot make a scan quadratic.
 */
const ATTRS = String.raw`(?:[^<>"']|"[^"]{0,2000}"|'[^']{0,2000}')*`;
const TAG = new RegExp(`<(\\/?)([a-zA-Z][a-zA-Z0-9:-]*)${ATTRS}>`, 'g');
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'caption',
  'main',
  'nav',
  'figure',
  'figcaption',
]);
const CELL_TAGS = new Set(['td', 'th']);
/** Where a block of text starts or ends (the words before a link must be in its block). */
const BLOCK_BOUNDARY = /<\/?(?:p|div|br|tr|li|h[1-6]|table|tbody|ul|ol|blockquote|hr|section|article|header|footer)\b[^<>]*>/gi;

/** Spaces of every kind become a plain space; invisible characters vanish; runs collapse. */
function normalizeText(text: string): string {
  return text
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad\u034f]/g, '')
    .replace(/[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/ +/g, ' ')
    .replace(/ ?\n[ \n]*/g, '\n')
    .trim();
}

/** The visible text of an HTML fragment or document, with line breaks where blocks end. */
function htmlToText(html: string): string {
  const stripped = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    // Unclosed raw-text elements run to the end, as in a browser (and as one linear scan).
    .replace(/<head\b[\s\S]*?(?:<\/head\s*>|(?=<body\b)|$)/gi, ' ')
    .replace(/<(style|script|title|template|xml)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<[!?][^<>]*>/g, ' ')
    .replace(TAG, (_tag, _slash: string, name: string) => {
      const lower = name.toLowerCase();
      if (BLOCK_TAGS.has(lower)) return '\n';
      if (CELL_TAGS.has(lower)) return ' ';
      return '';
    });
  return normalizeText(decodeEntities(stripped));
}

function attributeValue(attrs: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
  if (!match) return null;
  return decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim();
}

/** `<a href>` links with their visible text (plus image alt text and title/aria-label). */
function htmlLinks(html: string): Link[] {
  const links: Link[] = [];
  // Closing tags are found once, in order, so unclosed or nested <a> cannot make this quadratic.
  const closes = Array.from(html.matchAll(/<\/a\s*>/gi), (m) => m.index);
  let next = 0;
  for (const match of html.matchAll(new RegExp(`<a\\b(${ATTRS})>`, 'gi'))) {
    const innerStart = match.index + match[0].length;
    while (next < closes.length && (closes[next] as number) < innerStart) next++;
    // An unclosed <a> still counts, by its URL and the words before it.
    const close = closes[next] ?? innerStart;
    const attrs = match[1] ?? '';
    const inner = html.slice(innerStart, Math.min(close, innerStart + 4000));
    const href = attributeValue(attrs, 'href');
    if (!href) continue;
    const extra: string[] = [];
    for (const img of inner.matchAll(new RegExp(`<img\\b(${ATTRS})>`, 'gi'))) {
      const alt = attributeValue(img[1] ?? '', 'alt');
      if (alt) extra.push(alt);
    }
    for (const name of ['title', 'aria-label']) {
      const value = attributeValue(attrs, name);
      if (value) extra.push(value);
    }
    const before = html.slice(Math.max(0, match.index - 400), match.index);
    let blockStart = 0;
    for (const tag of before.matchAll(BLOCK_BOUNDARY)) blockStart = tag.index + tag[0].length;
    const context = htmlToText(before.slice(blockStart)).slice(-100);
    links.push({ href, text: normalizeText([htmlToText(inner), ...extra].join(' ')), context });
  }
  return links;
}

const TEXT_URL = /https?:\/\/[^\s<>"'`]+/gi;

/** Strips punctuation that ends a sentence rather than a URL; keeps balanced parentheses. */
function trimUrl(url: string): string {
  let end = url.length;
  for (;;) {
    const c = url[end - 1];
    if (c === undefined) break;
    if ('.,;:!?\'"»…*'.includes(c)) {
      end--;
      continue;
    }
    const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
    const open = pairs[c];
    if (open !== undefined) {
      const body = url.slice(0, end);
      if (body.split(c).length > body.split(open).length) {
        end--;
        continue;
      }
    }
    break;
  }
  return url.slice(0, end);
}

/** Bare URLs in text, each with the words before it on its line (or the line above). */
function textLinks(text: string): Link[] {
  const links: Link[] = [];
  for (const match of text.matchAll(TEXT_URL)) {
    const href = trimUrl(match[0]);
    const start = match.index;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    let context = text.slice(lineStart, start).trim();
    if (!context && lineStart > 0) {
      const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      context = text.slice(previousStart, lineStart - 1).trim();
    }
    links.push({ href, text: '', context: context.replace(TEXT_URL, ' ').slice(-120) });
  }
  return links;
}

// ---------------------------------------------------------------------------------------------
// Links
// ---------------------------------------------------------------------------------------------

const STRONG_LINK_WORDS =
  /verif|v[ée]rifi|confirm|conferm|activat|activer|activar|ativar|attiva|aktivier|validat|valida|convalid|best[äa]tig|bestaetig|bevestig|activeer|magic[ _-]?link/i;
const WEAK_LINK_WORDS =
  /sign[ _-]?in|log[ _-]?in|accedi|anmelden|einloggen|se connecter|connexion|iniciar sesi|inicia sesi|acceder|entrar|inloggen|aanmelden/i;
const NEGATIVE_LINK_WORDS = new RegExp(
  [
    'unsubscri',
    'opt[ _-]?out',
    'abmelden',
    'abbestellen',
    'disiscri',
    'cancella(?:re)? (?:l.)?iscrizione',
    'd[ée]sinscri',
    'd[ée]sabonn',
    'darse de baja',
    'cancelar (?:la )?suscripci',
    'descadastr',
    'afmelden',
    'uitschrijven',
    'privacy',
    'datenschutz',
    'confidentialit',
    'privacidad',
    'privacidade',
    'terms',
    'termini',
    'condizioni',
    '\\bagb\\b',
    'nutzungsbedingungen',
    'conditions',
    't[ée]rminos',
    'termos',
    'voorwaarden',
    '\\bhelp\\b',
    'aiuto',
    'hilfe',
    '\\baide\\b',
    'ayuda',
    'ajuda',
    'support',
    '\\bfaq\\b',
    'impressum',
    'legal',
    'cookie',
    'preferen',
    'einstellungen',
    'pr[ée]f[ée]rences',
    'voorkeuren',
    'browser',
    'navigateur',
    'navegador',
    '\\breport',
    'segnala',
    '\\bmelden',
    'signaler',
    'denunciar',
    '\\bspam',
    'phishing',
    'not you',
    'didn.?t (?:request|sign)',
    'non sei stato',
    'nicht angefordert',
  ].join('|'),
  'i',
);
const SOCIAL_HOSTS =
  /(?:^|\.)(?:facebook|fb|twitter|x|instagram|linkedin|youtube|youtu|tiktok|pinterest|threads|reddit|discord|telegram|t|whatsapp|wa|mastodon|snapchat|tumblr|vk|medium)\.(?:com|net|org|me|be|gg|social)$/i;
const PIXEL_LOOKING =
  /\/(?:open|pixel|beacon|wf\/open|track(?:ing)?\/open|o)(?:[/.?]|$)|\.(?:gif|png)(?:$|\?)|[?&](?:open|pixel)=|\/1x1\b/i;

function linkScore(link: Link): number {
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return 0;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 0;
  if (SOCIAL_HOSTS.test(url.hostname)) return 0;
  const target = `${url.pathname}${url.search}`;
  if (NEGATIVE_LINK_WORDS.test(link.text) || NEGATIVE_LINK_WORDS.test(`${url.hostname}${target}`)) return 0;
  if (!link.text && PIXEL_LOOKING.test(target)) return 0;
  // The words before a link only count when the link's own words do not say something else.
  const context = NEGATIVE_LINK_WORDS.test(link.context) ? '' : link.context;
  if (STRONG_LINK_WORDS.test(link.text)) return 6;
  if (STRONG_LINK_WORDS.test(target)) return 5;
  if (STRONG_LINK_WORDS.test(context)) return 4;
  if (WEAK_LINK_WORDS.test(link.text)) return 3;
  if (WEAK_LINK_WORDS.test(target)) return 2;
  if (WEAK_LINK_WORDS.test(context)) return 1;
  return 0;
}

function findLink(links: Link[]): string | null {
  let best: Link | null = null;
  let bestScore = 0;
  for (const link of links) {
    const score = linkScore(link);
    if (score > bestScore) {
      best = link;
      bestScore = score;
    }
  }
  return best?.href ?? null;
}

// ---------------------------------------------------------------------------------------------
// Codes
// ---------------------------------------------------------------------------------------------

const B = '(?<![\\p{L}\\p{N}_])';
const E = '(?![\\p{L}\\p{N}_])';

/** Words that announce a code, in en, it, de, fr, es, pt, nl (one regex, word-bounded). */
const ANCHOR = new RegExp(
  `${B}(?:[\\p{L}-]*(?:code|codes|codice|codici|c[óo]digos?|kode)|verif\\p{L}*|v[ée]rif\\p{L}*|otp|one[ -]time|2fa|mfa|passcode|einmal\\p{L}*|monouso|usage unique|un solo uso|uso [úu]nico|eenmalige?|authenti\\p{L}*|authentifi\\p{L}*|autentica\\p{L}*|autentifica\\p{L}*)${E}`,
  'giu',
);
const ANCHOR_CASED = new RegExp(`${B}(?:PIN|TAN|OTP)${E}`, 'gu');

/** `…code` compounds that are not verification codes (postcode, Gutscheincode, barcode…). */
const NEGATIVE_CODE_PREFIX =
  /^(?:post|zip|promo|promotion|bar|qr|rabatt|gutschein|aktions|kortings|korting|voucher|coupon|discount|tracking|sendungs|referral|area|country|source|dress|geo|uni|en|de|product|produkt|artikel|kunden|klant|client|customer|gift|iban|swift|bic|sort|tax|steuer|color|colour|error|status|fehler|html|css|zip-|post-|qr-|promo-)-?$/i;
/** Words right after `code`/`codice`/`código` that make it a non-verification code. */
const NEGATIVE_AFTER_ANCHOR =
  /^\s*(?:(?:de|do|di|del|da|d')\s*)?(?:sconto|promo|promozional|postal|postale|fiscale|cliente|articolo|prodotto|descuento|promocional|rastreo|rastreio|seguimiento|suivi|r[ée]duction|promotionnel|cup[oó]n|cupom|desconto|produit|produto|article|tracciamento|avviamento|spedizione)/i;
const NEGATIVE_BEFORE_ANCHOR =
  /(?:promo(?:tional)?|discount|coupon|voucher|gift(?:\s+card)?|tracking|postal|zip|area|country|referral|product|item|sort|tax|bar|qr|dress|source|error|status|response|exit|html|css)[\s-]*$/i;
/** Promotional context around `code`: a discount code, not a verification code. */
const PROMO_CONTEXT =
  /\d+\s?%|% off|\boff\b|discount|sconto|rabatt|r[ée]duction|remise|descuento|desconto|korting|checkout|carrello|warenkorb|kasse|panier|carrito|free shipping|spedizione gratuita|versandkostenfrei|livraison gratuite|env[ií]o gratis|frete gr[aá]tis|gratis verzending|\bsale\b|saldi|soldes|rebajas/i;

/** Words that make the number right after them something else (order, phone, invoice…). */
const REJECT_BEFORE = new RegExp(
  `${B}(?:order|invoice|ticket|booking|reservation|customer|account|member|membership|tracking|reference|ref|transaction|case|shipment|parcel|package|item|sku|ordine|fattura|prenotazione|cliente|spedizione|pacco|pratica|bestellung|bestellnummer|rechnung|rechnungsnummer|kundennummer|kunden|buchung|sendung|sendungsnummer|auftrag|commande|facture|r[ée]servation|colis|dossier|pedido|factura|reserva|env[ií]o|encomenda|fatura|bestelling|bestelnummer|factuur|boeking|klant|klantnummer|zending|tel|phone|telephone|call|fax|mobile|cell|telefono|cellulare|chiama|telefon|handy|anrufen|t[ée]l[ée]phone|appelez|portable|tel[ée]fono|llame|m[óo]vil|telefone|ligue|telefoon|bel|nr\\.|no\\.|n\\.|n°|nº|#)(?:[^\\p{L}\\p{N}\\n]{0,6}\\p{L}+){0,2}[^\\p{L}\\p{N}\\n]{0,6}$`,
  'iu',
);

const UNIT_AFTER =
  /^\s?(?:min(?:ute[ns]?|uti|utos|uten)?s?|h|hrs?|hours?|ore|stunden?|heures?|horas?|uur|days?|giorni|tage?n?|jours?|d[ií]as|dagen|s|secs?|seconds?|secondi|sekunden|secondes|segundos|seconden|gb|mb|kb|tb|km|kg|mm|cm|px|pt|x|%)(?![\p{L}\p{N}])/iu;
const CURRENCY_BEFORE = /(?:[$€£¥₹₽₩]|(?<![\p{L}])(?:eur|usd|gbp|chf|jpy|cad|aud|brl|r\$|us\$|sek|nok|dkk|pln|czk))\s?$/iu;
const CURRENCY_AFTER =
  /^\s?(?:[$€£¥₹₽₩]|(?:eur|usd|gbp|chf|euros?|dollars?|dollari|sterlin[ge]|francs?|reais|kr|zł)(?![\p{L}])|,-|\.-)/iu;
const YEAR_CONTEXT_BEFORE = /(?:©|\(c\)|copyright|anno|year|jahr|ann[ée]e|a[ñn]o|jaar|since|dal|seit|depuis|desde|sinds)\s*$/i;
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]\d[A-Z]{2}(?![\p{L}\p{N}])/u;
const TECH_TOKENS =
  /^(?:mp[34]|h26[45]|ipv[46]|covid19|win(?:dows)?\d+|x86|x64|utf8|utf16|sha\d+|md5|b2b|b2c|p2p|[48]k|[345]g|a[3-5]|ios\d+|html5|css3|es20\d\d|usb\d?|hdmi\d?|ps[45]|mp\d+|f\d{1,2})$/i;
const UNIT_TOKEN =
  /^\d+(?:st|nd|rd|th|am|pm|h|hrs?|min|mins|s|sec|ms|gb|mb|kb|tb|px|pt|em|km|kg|mm|cm|k|m|p|fps|hz|khz|mhz|ghz|mp|eur|usd|gbp|x)$/i;

function findAnchors(text: string): Span[] {
  const anchors: Span[] = [];
  for (const regex of [ANCHOR, ANCHOR_CASED]) {
    for (const match of text.matchAll(regex)) {
      const start = match.index;
      const end = start + match[0].length;
      const word = match[0].toLowerCase();
      const prefix = word.replace(/-?(?:codes?|codice|codici|c[óo]digos?|kode)$/, '');
      if (prefix !== word && prefix !== '' && NEGATIVE_CODE_PREFIX.test(prefix)) continue;
      if (/^(?:codes?|codice|codici|c[óo]digos?|kode)$/.test(word)) {
        if (NEGATIVE_AFTER_ANCHOR.test(text.slice(end, end + 30))) continue;
        if (NEGATIVE_BEFORE_ANCHOR.test(text.slice(Math.max(0, start - 25), start))) continue;
      }
      if (PROMO_CONTEXT.test(text.slice(Math.max(0, start - 30), end + 50))) continue;
      anchors.push({ start, end });
    }
  }
  return anchors.sort((a, b) => a.start - b.start);
}

/** Hides URLs and e-mail addresses (same length, so positions hold) from the code search. */
function maskNonText(text: string): string {
  const hide = (m: string): string => '\u25a1'.repeat(m.length);
  return text.replace(/(?:https?:\/\/|www\.)[^\s<>"']+/gi, hide).replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, hide);
}

function isPlausibleAlnum(token: string): boolean {
  if (!/\d/.test(token) || !/[A-Za-z]/.test(token)) return false;
  if (UNIT_TOKEN.test(token) || TECH_TOKENS.test(token)) return false;
  const transitions = token.split('').filter((c, i) => i > 0 && /\d/.test(c) !== /\d/.test(token[i - 1] as string)).length;
  const letters = token.replace(/\d/g, '');
  return letters === letters.toUpperCase() ? transitions >= 1 : transitions >= 2;
}

function collectCandidates(text: string): Candidate[] {
  const patterns: Array<{ regex: RegExp; accept: (m: RegExpExecArray) => boolean }> = [
    // Two groups of 3–4 digits: `123 456`, `123-456`.
    { regex: new RegExp(`${B}\\d{3,4}[ -]\\d{3,4}${E}`, 'gu'), accept: () => true },
    // One digit per cell: `4 8 2 9 1 3`.
    { regex: new RegExp(`${B}\\d(?: \\d){3,7}${E}`, 'gu'), accept: () => true },
    // Two groups of 3–4 upper-case letters and digits: `A7K-9Q2`.
    {
      regex: new RegExp(`${B}[A-Z0-9]{3,4}-[A-Z0-9]{3,4}${E}`, 'gu'),
      accept: (m) => /\d/.test(m[0]) && /[A-Z]/.test(m[0]),
    },
    { regex: new RegExp(`${B}\\d{4,8}${E}`, 'gu'), accept: () => true },
    { regex: new RegExp(`${B}[A-Za-z0-9]{4,8}${E}`, 'gu'), accept: (m) => isPlausibleAlnum(m[0]) },
  ];
  const found: Candidate[] = [];
  // Characters already taken by an earlier (more specific) pattern.
  const taken = new Uint8Array(text.length);
  for (const { regex, accept } of patterns) {
    for (const match of text.matchAll(regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.subarray(start, end).some((t) => t === 1)) continue;
      if (!accept(match)) continue;
      taken.fill(1, start, end);
      found.push({ start, end, code: match[0].replace(/[ -]/g, ''), yearLike: /^(?:19|20)\d\d$/.test(match[0]) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Rejects numbers that are really prices, phone numbers, dates, times, postcodes, amounts… */
function isRejected(text: string, c: Candidate, anchors: Span[]): boolean {
  const raw = text.slice(c.start, c.end);
  const before = text.slice(Math.max(0, c.start - 60), c.start);
  const after = text.slice(c.end, c.end + 30);
  const allDigits = /^[\d -]+$/.test(raw);

  // Part of a larger number, a date or a time: 1.299,00 · 27/11/2026 · 10:45 · 2026-11-27.
  if (/\d[.,:/-]$/.test(before) || /^[.,:/-]\d/.test(after)) return true;
  if (allDigits) {
    // Phone numbers and long digit runs: +39 06 1234 5678 · (555) 123-4567.
    if (/(?:\d[ \u00a0]?|\+|\d\)[ \u00a0]?)$/.test(before) || /^(?:[ \u00a0]?\d|[ \u00a0]?\(\d|\)\d)/.test(after)) return true;
    if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after) || UNIT_AFTER.test(after)) return true;
    if (c.yearLike && YEAR_CONTEXT_BEFORE.test(before)) return true;
    // Postcodes: `…, 00184 Roma`, `D-10115 Berlin`, `1012 AB Amsterdam`.
    if (/^\d{4,5}$/.test(raw)) {
      const addressBefore = /(?:,\s*|\n|^|\b[A-Z]{1,2}-)$/.test(before);
      if (addressBefore && /^ \p{Lu}\p{Ll}/u.test(after)) return true;
      if (/^\d{4}$/.test(raw) && /^ [A-Z]{2}(?![\p{L}\p{N}])/u.test(after)) return true;
    }
  }
  if (UK_POSTCODE.test(text.slice(c.start, c.start + 10))) return true;
  // Any letter code that completes a UK postcode read backwards (`SW1A 1AA`).
  if (/^[ \u00a0]\d[A-Z]{2}(?![\p{L}\p{N}])/u.test(after) && /^[A-Z]{1,2}\d[A-Z\d]?$/.test(raw)) return true;

  const reject = REJECT_BEFORE.exec(before);
  if (reject) {
    const rejectStart = c.start - before.length + reject.index;
    if (!anchors.some((a) => a.start >= rejectStart && a.end <= c.start)) return true;
  }
  return false;
}

const TIGHT_AFTER_ANCHOR = /^[\s:=\-–—"'“”«»*]*(?:(?:is|è|ist|est|es|é|lautet|luidt)[\s:]*)?[\s"'“”«»*]*$/i;
const TIGHT_BEFORE_ANCHOR = /^\s*(?:is|è|ist|est|es|é)\b/i;

/** Distance-based score to the nearest code word; lower is better; null when too far. */
function scoreCandidate(text: string, c: Candidate, anchors: Span[]): number | null {
  let best: number | null = null;
  // Anchors are sorted: start at the first one that can still be within reach.
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((anchors[mid] as Span).end < c.start - 80) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < anchors.length; i++) {
    const a = anchors[i] as Span;
    if (a.start > c.end + 40) break;
    let score: number | null = null;
    if (a.end <= c.start) {
      const between = text.slice(a.end, c.start);
      if (between.length <= 80 && (!c.yearLike || (between.length <= 12 && TIGHT_AFTER_ANCHOR.test(between)))) {
        score = between.length + (between.match(/\n/g)?.length ?? 0) * 5;
      }
    } else if (c.end <= a.start) {
      const between = text.slice(c.end, a.start);
      if (between.length <= 40 && !between.includes('\n') && (!c.yearLike || TIGHT_BEFORE_ANCHOR.test(between))) {
        score = between.length + 15;
      }
    }
    if (score !== null && (best === null || score < best)) best = score;
  }
  return best;
}

interface CodeSearch {
  code: string | null;
  hasAnchor: boolean;
  /** Valid candidates alone on their line, for mails whose only code word is in the subject. */
  standalone: string[];
}

function searchCode(rawText: string): CodeSearch {
  const text = maskNonText(rawText);
  const anchors = findAnchors(text);
  const candidates = collectCandidates(text).filter((c) => !isRejected(text, c, anchors));
  let best: { code: string; score: number } | null = null;
  for (const c of candidates) {
    const score = scoreCandidate(text, c, anchors);
    if (score !== null && (best === null || score < best.score)) best = { code: c.code, score };
  }
  const standalone = candidates
    .filter((c) => !c.yearLike)
    .filter((c) => {
      const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
      const lineEnd = text.indexOf('\n', c.end);
      return text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim() === text.slice(c.start, c.end);
    })
    .map((c) => c.code);
  return { code: best?.code ?? null, hasAnchor: anchors.length > 0, standalone };
}

function findCode(subject: string, body: string): string | null {
  const fromSubject = searchCode(normalizeText(subject));
  if (fromSubject.code) return fromSubject.code;
  const fromBody = searchCode(body);
  if (fromBody.code) return fromBody.code;
  if (fromSubject.hasAnchor || fromBody.hasAnchor) return fromBody.standalone[0] ?? null;
  return null;
}

/** Finds the verification code (4–8 digits, or 4–8 letters+digits mixed) next to words like code, verification, OTP, codice, Bestätigungscode, código, code de vérification, verificatiecode… and the main confirm/verify link. Never a year, a price, a phone number, a postcode, a date, a time, an order number far from code words. */
export function findVerification(subject: string, content: string, isHtml: boolean): VerificationInfo {
  const source = content.length > MAX_INPUT ? content.slice(0, MAX_INPUT) : content;
  const text = isHtml ? htmlToText(source) : normalizeText(source);
  const links = isHtml ? [...htmlLinks(source), ...textLinks(text)] : textLinks(text);
  return { code: findCode(subject.slice(0, 2000), text), link: findLink(links) };
}
