// The detector's vocabulary, compiled once at module load. Every pattern but QUICK runs on text
// passed through `norm` (camelCase split, lower case, addresses to the word "email", punctuation
// to spaces), so "E-Mail-Adresse" reads "e mail adresse" and "loginMail" reads "login mail".

/** Raw-text prefilter: every EMAIL match contains one of these. */
export const QUICK = /mail|corre[oi]|courriel|m[eé]l|post|lectr|@|по[чш]т|メール|邮|郵|이메일|البريد|ईमेल|อีเมล/i;

/** Words for an e-mail address, in the languages the product speaks to and the common others. */
export const EMAIL =
  /email|\be mail|\bmail(?!ing)|correi?o|courriel|\bm[eé]l\b|posta elettronica|adresse [eé]lectronique|\be ?post|sähköposti|по[чш]т|メール|邮|郵|이메일|البريد|ईमेल|อีเมล/;

/** A second field asking for the same address again. */
export const CONFIRM =
  /confirm(?!ation (?:link|mail|e mail|email|message|code))|conferm|\br[eé]p[eé]a?t|\brepit|ripet|\bre ?(?:enter|type)|again|verify (?:your )?e ?mail|e ?mail verif|wiederhol|best[aä]tig|bevestig|herhaal|nogmaals|opnieuw|mail ?2\b/;

/** Words that make a field something else, even when it mentions e-mail. */
export const NOT_EMAIL = new RegExp(
  [
    'search|\\bsuche\\b|recherche|\\bcerca\\b|ricerca|\\bbusca|pesquis|\\bzoek',
    'subject|oggetto|betreff|\\bobjet\\b|asunto|assunto|onderwerp|\\bsujet\\b',
    'phone|\\btel\\b|\\bt[eé]l[eé](?:f|ph)|telem[oó]vel|mobile|mobiel|\\bcell|\\bhandy\\b|m[oó]vil|celular|whatsapp|\\bsms\\b',
    '\\bcode|\\bcodice|c[oó]digo|\\botp\\b|\\bpin\\b|one time|\\b2fa\\b|\\btoken|captcha|coupon|voucher',
    'pass ?word|passwort|\\bpwd\\b|contrase|\\bsenha|mot de passe|wachtwoord|kennwort',
    '\\burl\\b|web ?site|homepage|webseite|site web|sitio web|\\bsito\\b|\\bdomain',
  ].join('|'),
);

/** Personal-name fields; "username" / "user name" and "nome utente" etc. are not names. */
export const NAME =
  /(?<!user )\bname\b|(?:first|last|full|middle|given|family|sur|nick|fore)name|\b[fl]name\b|\bnome\b(?! utente)|cognome|vorname|nachname|\bnom\b(?! d utilisateur)|pr[eé]nom|\bnombre\b(?! de usuario)|apellido|sobrenome|\bnaam\b|voornaam|achternaam/;
/** Logging in to an existing account. */
export const LOGIN =
  /\blog ?[io]n|\bsign ?in(?!g)|\bsession|\baccesso\b|\bacc[eé]d|\banmeld|einlogg|connexion|\bconnecter|s identifier|iniciar ses|\bingresar|\bentrar?\b|\bacessar|inloggen/;
/** Making an account, or subscribing. */
export const SIGNUP =
  /sign ?up|reg[ií]st|\bjoin\b|[uú]nete|inscr[ií]|cadastr|aanmeld|subscri|abonn|iscriv|susc?r[ií]b|newsletter|cr(?:[eé](?:ate|ar|er|a)|i(?:ar|e))(?: \S+){0,2} (?:account|cuenta|conta|compte|konto)|konto (?:erstellen|anlegen|er[oö]ffnen)|account aanmaken|new account|get started/;
