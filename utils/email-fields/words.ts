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

const PHONE =
  'mobile|phone|cell|\\btel\\b|\\bt[eé]l[eé](?:f|ph)|telem[oó]vel|mobiel|\\bhandy\\b|m[oó]vil|celular|whatsapp|\\bsms\\b';
const NUMBER = '\\bnumber\\b|\\bnummer\\b|num[eé]ro|n[uú]mero';

/** A phone, or any other number (reservation, membership…): not an address, unless EMAIL_OR_PHONE. */
export const PHONE_OR_NUMBER = new RegExp(`${PHONE}|${NUMBER}`);

/** "E-mail or phone" (either way round): a field that takes an address, whatever else it takes. */
const ANY_PHONE = `(?:mobile|phone|cell|tel[eé]fon[eo]?|handy)(?: phone)?(?: (?:${NUMBER}))?`;
const OR = ' (?:or|o|ou|oder|of|или) (?:(?:your|an?) )?';
export const EMAIL_OR_PHONE = new RegExp(`e ?mail(?: address)?${OR}${ANY_PHONE}|${ANY_PHONE}${OR}e ?mail`);

/** Personal-name fields; "username" / "user name" and "nome utente" etc. are not names. */
export const NAME =
  /(?<!user )\bname\b|(?:first|last|full|middle|given|family|sur|nick|fore)name|\b[fl]name\b|\bnome\b(?! utente)|cognome|vorname|nachname|\bnom\b(?! d utilisateur)|pr[eé]nom|\bnombre\b(?! de usuario)|apellido|sobrenome|\bnaam\b|voornaam|achternaam/;

/** Logging in to an existing account ("session" as in /session, not a session id). */
export const LOGIN =
  /\blog ?[io]n|\bsign ?in(?!g)|\bsessions?\b(?! ?id)|\baccesso\b|\bacc[eé]d|\banmeld|einlogg|connexion|\bconnecter|s identifier|iniciar ses|\bingresar|\bentrar?\b|\bacessar|inloggen|войти|вход/;

/** Making an account, or subscribing. */
export const SIGNUP =
  /sign (?:me )?up|signup|reg[ií]st|\bjoin\b|[uú]nete|inscr[ií]|cadastr|aanmeld|subscri|abonn|iscriv|susc?r[ií]b|newsletter|cr(?:[eé](?:ate|ar|er|a)|i(?:ar|e))(?: \S+){0,2} (?:account|cuenta|conta|compte|konto)|konto (?:erstellen|anlegen|er[oö]ffnen)|account aanmaken|new account|get started|регистр/;

/**
 * An existing account's ways back in: a forgotten password, a recovery, a password reset ("reset"
 * alone is also what a form's reset button says, so only beside a word for password).
 */
export const RECOVER = (() => {
  const password = 'pass ?word|passwort|mot de passe|contrase[nñ]a|senha|wachtwoord|пароль';
  const reset = 'reset|zur[uü]cksetzen|r[eé]initialis\\S*|restablec\\S*|redefin\\S*|herstel\\S*';
  return new RegExp(
    `forgot|recover|recupera|\\blost (?:your )?pass|pass ?word lost|vergessen|oubli|olvid|esquec|dimentica|vergeten|забыл|восстанов|(?:${reset})(?: \\S+){0,2} (?:${password})|(?:${password}) (?:${reset})`,
  );
})();

/** A submit button that only moves on: the next step of an identifier-first login. */
export const NEXT_ONLY =
  /^ *(?:continu(?:e|er|ar|a)|next|weiter|suivant|siguiente|avanti|volgende|verder|próximo|далее|продолжить) *$/;
