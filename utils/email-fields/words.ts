// The detector's vocabulary, compiled once at module load. Every pattern but QUICK runs on text
// passed through `norm` (camelCase split, lower case, addresses to the word "email", punctuation
// to spaces), so "E-Mail-Adresse" reads "e mail adresse" and "loginMail" reads "login mail".
// Languages: English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian,
// Ukrainian, Czech, Swedish, Turkish, Japanese, Chinese, Korean, Arabic, Hebrew, Vietnamese,
// Indonesian, Thai, Greek, Hindi (many of them write "e-mail" in Latin letters on forms).

/** Raw-text prefilter: every EMAIL match contains one of these. */
export const QUICK =
  /mail|corre[oi]|courriel|m[eé]l|post|lectr|@|по[чш]т|メール|[邮郵] ?[箱件]|[电電] ?[邮郵]|메일|البريد|אימייל|דוא|ईमेल|อีเมล/i;

/**
 * Words for an e-mail address, in the languages the product speaks to and the common others. The
 * CJK ones are whole words (邮箱, 電子郵件, メール): 郵/邮 alone is also the "postal" of a
 * postcode (郵便番号, 邮编), as почтовый and البريدي are.
 */
export const EMAIL =
  /email|\be mail|\bmail(?!ing)|correi?o|courriel|\bm[eé]l\b|posta elettronica|adresse [eé]lectronique|\be ?post|sähköposti|по[чш]т(?!ов)|メール|[邮郵] ?[箱件]|[电電] ?[邮郵]|메일|البريد(?!ي)|אימייל|דוא ?ל|ईमेल|อีเมล/;

/** A second field asking for the same address again. */
export const CONFIRM =
  /confirm(?!ation (?:link|mail|e mail|email|message|code))|conferm|\br[eé]p[eé]a?t|\brepit|ripet|\bre ?(?:enter|type)|again|verify (?:your )?e ?mail|e ?mail verif|wiederhol|best[aä]tig|bevestig|herhaal|nogmaals|opnieuw|mail ?2\b/;

/**
 * Words that make a field something else, even when it mentions e-mail: a search or filter box, a
 * subject, a code, a password, a web address.
 */
export const NOT_EMAIL = new RegExp(
  [
    'search|\\bsuche\\b|recherche|\\bcerca\\b|ricerca|\\bbusca|pesquis|\\bzoek|\\bfilt(?:er|re|ro|rar)|\\bfind\\b|\\blook ?up\\b|\\bquery\\b',
    'subject|oggetto|betreff|\\bobjet\\b|asunto|assunto|onderwerp|\\bsujet\\b',
    '\\bcode|\\bcodice|c[oó]digo|\\botp\\b|\\bpin\\b|one time|\\b2fa\\b|\\btoken|captcha|\\bhuman\\b|\\brobot|coupon|voucher',
    'pass ?word|passwort|\\bpwd\\b|contrase|\\bsenha|mot de passe|wachtwoord|kennwort',
    '\\burl\\b|web ?site|homepage|webseite|site web|sitio web|\\bsito\\b|\\bdomain',
  ].join('|'),
);

/**
 * A property of a mail rather than an address ("Email footer text", `email_preheader`, "E-Mail-Vorlage",
 * "Texto del correo"): the e-mail word then a property word, or a property word, a short link word
 * ("of", "de l'", "dell'") and the e-mail word. Only where no type or autocomplete says address.
 */
export const EMAIL_PART = (() => {
  const part =
    'text(?! ?(?:box|field|input))|texto|texte|testo|tekst|body|corps|cuerpo|corpo|inhalt|content|templat|vorlage|mod[eè]l|plantilla|pre ?(?:view|header)|vorschau|footer|header|zeile|signat|firma|assinatura|frequen|format|setting|einstellung|notific|preferen|language|sprache|langue|idioma|lingua|titl';
  const email = 'e ?mail|correo|courriel';
  return new RegExp(`(?:${email}) ?(?:${part})|(?:^| )(?:${part})\\S*(?: \\S{1,4}){1,3} (?:${email})`);
})();

const PHONE =
  'mobile|phone|cell|\\btel\\b|\\bt[eé]l[eé](?:f|ph)|telem[oó]vel|mobiel|\\bhandy\\b|m[oó]vil|celular|whatsapp|\\bsms\\b';
const NUMBER = '\\bnumber\\b|\\bnumm?er\\b|num[eé]ro|n[uú]mero';

/** A phone, or any other number (reservation, membership…): not an address, unless EMAIL_OR_PHONE. */
export const PHONE_OR_NUMBER = new RegExp(`${PHONE}|${NUMBER}`);

/**
 * "E-mail or phone", "Numer telefonu lub e-mail", "手机号或邮箱" (either way round, each language's
 * "or"): a field that takes an address, whatever else it takes.
 */
const OR = ' (?:or|o|ou|oder|of|lub|veya|nebo|eller) ';
export const EMAIL_OR_PHONE = new RegExp(
  `(?:${EMAIL.source}).{0,30}(?:${OR}).{0,30}(?:${PHONE_OR_NUMBER.source})|(?:${PHONE_OR_NUMBER.source}).{0,30}(?:${OR}).{0,30}(?:${EMAIL.source})`,
);

/** Personal-name fields; "username" / "user name" and "nome utente" etc. are not names. */
export const NAME =
  /(?<!user )\bname\b|(?:first|last|full|middle|given|family|sur|nick|fore)name|\b[fl]name\b|\bnome\b(?! utente)|cognome|vorname|nachname|\bnom\b(?! d utilisateur)|pr[eé]nom|\bnombre\b(?! de usuario)|apellido|sobrenome|\bnaam\b|voornaam|achternaam/;

/** Logging in to an existing account ("session" as in /session, not a session id). */
export const LOGIN =
  /\blog ?[io]n|\bsign ?in(?!g)|\bsessions?\b(?! ?id)|\baccesso\b|\bacc[eé]d|\banmeld|einlogg|connexion|\bconnecter|s identifier|iniciar ses|\bingresar|\bentrar?\b|\bacessar|inloggen|logga in|logow|zaloguj|p[rř]ihl[aá][sš](?!\S* k odb)|giri[sş]|oturum a|вход(?!ящ)|войти|вхід|увійти|دخول|התחבר|כניסה|đăng nhập|\bmasuk\b|เข้าสู่ระบบ|σύνδεση|लॉग ?इन|ログイン|登[录錄入陆陸]|로그인/;

/** Making an account, or subscribing. */
export const SIGNUP =
  /sign (?:me )?up|signup|reg[ií]st|\bjoin\b|[uú]nete|inscr[ií]|cadastr|aanmeld|subscri|abon|iscriv|susc?r[ií]b|newsletter|prenumer|rejestr|cr(?:[eé](?:ate|ar|er|a)|i(?:ar|e))(?: \S+){0,2} (?:account|cuenta|conta|compte|konto)|konto (?:erstellen|anlegen|er[oö]ffnen)|account aanmaken|skapa konto|new account|get started|kay[iı]t|[uü]ye ol|ре(?:гис|єс)тр|إنشاء|التسجيل|اشترك|הרשמ|הירשם|đăng k[ýí]|\bdaftar|langgan|สมัคร|εγγραφ|साइन ?अप|登録|注册|註冊|[订訂][阅閱]|가입|구독/;

/**
 * An existing account's ways back in: a forgotten password, a recovery, a password reset ("reset"
 * alone is also what a form's reset button says, so only beside a word for password).
 */
export const RECOVER = (() => {
  const password = 'pass ?word|passwort|mot de passe|contrase[nñ]a|senha|wachtwoord|пароль';
  const reset = 'reset|zur[uü]cksetzen|r[eé]initialis\\S*|restablec\\S*|redefin\\S*|herstel\\S*';
  return new RegExp(
    `forgot|recover|recupera|\\blost (?:your )?pass|pass ?word lost|vergessen|oubli|olvid|esquec|dimentica|vergeten|заб[ыу]л|восстанов|zapom|nie pami[eę]ta|unut|gl[oö]mt|نسيت|שכחת|quên|\\blupa\\b|ลืม|ξεχ|भूल|忘|잊|(?:${reset})(?: \\S+){0,2} (?:${password})|(?:${password}) (?:${reset})`,
  );
})();

/** A button that only moves on: the next step of an identifier-first login ("Continue with email" too). */
export const NEXT_ONLY =
  /^ *(?:continu(?:e|er|ar|a)|next|weiter|suivant|siguiente|avanti|volgende|verder|próximo|dalej|devam(?: et)?|pokra[cč]ovat|n[aä]sta|далее|далі|次へ|下一步|[继繼][续續]|다음)(?: \S+ (?:e ?mail|correo))? *$/;

/** Buying: a lone address field among these words is a checkout step, not a sign-in. */
export const PURCHASE =
  /checkout|purchase|\border(?! to)|\bcart\b|basket|payment|kasse|bestel|commande|panier|paiement|pedido|compra|carrito|pago|carrinho|ordine|carrello|acquist|afreken|zam[oó]w|koszyk|заказ|sipari|注文|購入|订单|訂單|주문|결제/;

/**
 * Changing an account's details, or a new address asked for: a current password there confirms the
 * change, it signs nobody in. (新, new, also covers 更新, update.)
 */
export const CHANGE =
  /chang|updat|\bedit|modif|änder|a[kc]?tuali[sz]|cambi|alterar|aggiorn|wijzig|zmie[nń]|измен|de[gğ]i[sş]|変更|修改|변경|\bnew\b|\bneue|nouv|nuev|\bnov[oa]|nuov|nieuw|\bnow[yaeą]|нов|yeni|新|새/;
