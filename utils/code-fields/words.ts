// The code-field detector's vocabulary. Every pattern runs on text passed through the e-mail
// detector's `norm` (camelCase split, lower case, punctuation to spaces), so "otpCode" reads
// "otp code" and "Bestätigungs-Code" reads "bestätigungs code".

/**
 * Words for a code, in English, Italian, German, French, Spanish, Portuguese, Dutch, Chinese,
 * Japanese, Korean and Russian: alone they are weak ("code", "PIN" name many things).
 */
export const CODE = /cod[ei]|códig|\bpin\b|\btan\b|k[oó]d|コード|코드|码|碼|번호|番号|код/;

/** Words for security: alone beside a 3- or 4-character field they name a card's security code. */
export const SECURITY = /secur|sicher|sicurezz|segur|beveilig/;

/**
 * Words that make a code one that proves something: verification, confirmation, one-time use,
 * sign-in, security, or a message that carried it (in the same languages).
 */
export const PROOF =
  /v[eé]rif|confirm|conferm|best[aä]tig|bevestig|one ?time|einmal|[uú]nico|unique|auth|\b[2m]fa\b|two (?:factor|step)|sign ?in|log ?in|acc?ess|\bsms\b|e ?mail|sent|inviat|gesendet|envo|enviad|verzonden|secur|sicher|sicurezz|segur|beveilig|验证|驗證|校验|动态|认证|確認|認証|인증|확인|подтвержд|провер|одноразов/;

/** Words that alone say "a one-time code": OTP, passcode, the one-time password of Japanese sites. */
export const ALONE = /\botp\b|pass ?code|one time pass|ワンタイム|일회용/;

/**
 * What a code field is not, even when it says "code": a card's security code, a postal code, a
 * phone's country or area code, a coupon, promo, gift, referral or invitation code, a captcha, a
 * tax code, an order or product code ("image" covers Spanish "imagen", Portuguese "imagem"). Words
 * in other scripts only where a field's other words would not tell (the content script's size
 * budget is tight).
 */
export const NOT_CODE = new RegExp(
  [
    '\\bcv[vc2]|\\bcsc\\b|\\bcard|ka+rte?\\b|\\bcarta|tarjeta|cart[aã]o|\\bcarte\\b',
    'postal|post ?code|\\bzip|\\bplz\\b|\\bcap\\b|\\bcep\\b|邮编|邮政|郵便|우편',
    '(?:country|area|dial) code|prefisso|vorwahl|indicatif|de pa[ií]s',
    'coupon|promo|voucher|discount|gift|\\brefer|invit|sconto|buono|gutschein|rabatt|cup[oó]n|descuento|convite|indica[cç]|parrain|remise|korting|优惠|邀请|クーポン|쿠폰|промо',
    'captcha|robot|image|picture|immagine|afbeelding|characters (?:in|shown|you)|图形|图片|画像|이미지',
    'fiscal|\\border\\b|product|sort code',
  ].join('|'),
);

/** A phone number (only when nothing says the code proves something: "the code sent to your phone" is one). */
export const PHONE = /phone|mobile|\btel\b|handy|\bcell|telef|電話|电话|手机|携帯|전화|휴대|телефон/;

/** The markup of an image or canvas next to a field that is a captcha's picture. */
export const CAPTCHA_PICTURE = /^<canvas|captcha|code|verif|valid|random|image/i;
