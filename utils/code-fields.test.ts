import { findCodeField } from './code-fields';

/** Six boxes `b0`…`b5` (or `count`), single-character inputs of `type`, each with `extra` attributes. */
const boxes = (count = 6, extra = 'inputmode="numeric"', type = 'text') =>
  Array.from({ length: count }, (_, i) => `<input id="b${i}" type="${type}" maxlength="1" ${extra}>`).join('');
const boxIds = (count = 6) => Array.from({ length: count }, (_, i) => `b${i}`);

/**
 * [situation, page, the field the user reaches, the inputs to fill (ids) or null]. A situation's
 * field is `#t` unless named.
 */
type Situation = [string, string, string, string[] | null];

const single: Situation[] = [
  // Single inputs that ask for a code.
  ['autocomplete one-time-code, nothing else', '<input id="t" autocomplete="one-time-code">', 't', ['t']],
  ['label "Verification code"', '<label for="t">Verification code</label><input id="t">', 't', ['t']],
  ['name otp, numeric keyboard', '<input id="t" name="otp" inputmode="numeric">', 't', ['t']],
  ['placeholder "Enter the 6-digit code"', '<input id="t" placeholder="Enter the 6-digit code" maxlength="6">', 't', ['t']],
  ['aria-label "One-time passcode"', '<input id="t" aria-label="One-time passcode">', 't', ['t']],
  ['"Code" with maxlength 6', '<label>Code <input id="t" maxlength="6"></label>', 't', ['t']],
  ['id smsCode, type tel', '<input id="t" name="smsCode" type="tel">', 't', ['t']],
  ['"PIN" with a numeric keyboard', '<label for="t">PIN</label><input id="t" inputmode="numeric">', 't', ['t']],
  [
    'text before: "Enter the code we sent to your e-mail"',
    '<p>Enter the code we sent to your e-mail</p><input id="t" name="c">',
    't',
    ['t'],
  ],
  ['Italian: "Codice di verifica"', '<label for="t">Codice di verifica</label><input id="t">', 't', ['t']],
  ['German: "Bestätigungscode"', '<label for="t">Bestätigungscode</label><input id="t">', 't', ['t']],
  ['French: "Code de vérification"', '<input id="t" placeholder="Code de vérification">', 't', ['t']],
  ['Spanish: "Código de confirmación"', '<input id="t" aria-label="Código de confirmación">', 't', ['t']],
  ['Portuguese: "Código de verificação"', '<label for="t">Código de verificação</label><input id="t">', 't', ['t']],
  ['Dutch: "Verificatiecode"', '<label for="t">Verificatiecode</label><input id="t">', 't', ['t']],
  ['Chinese: "邮箱验证码"', '<label for="t">邮箱验证码</label><input id="t">', 't', ['t']],
  ['Japanese: "認証コード"', '<input id="t" placeholder="認証コード">', 't', ['t']],
  ['Japanese: "ワンタイムパスワード"', '<label for="t">ワンタイムパスワード</label><input id="t">', 't', ['t']],
  ['Korean: "인증번호"', '<input id="t" placeholder="인증번호 6자리">', 't', ['t']],
  ['Russian: "Код подтверждения"', '<label for="t">Код подтверждения</label><input id="t">', 't', ['t']],
  ['"Security code" sent by e-mail, 6 long', '<label for="t">Security code</label><input id="t" maxlength="6">', 't', ['t']],
  ['a digits pattern and "code"', '<input id="t" name="code" pattern="\\d{6}">', 't', ['t']],
  [
    '"Enter the code sent to your phone"',
    '<label for="t">Enter the code sent to your phone</label><input id="t" type="tel">',
    't',
    ['t'],
  ],

  // Single inputs that do not.
  ['a plain text field', '<label for="t">Company</label><input id="t">', 't', null],
  [
    'card security code (cc-csc in the form)',
    '<form><input autocomplete="cc-number"><label for="t">Security code</label><input id="t" maxlength="4"></form>',
    't',
    null,
  ],
  ['CVV', '<label for="t">CVV</label><input id="t" inputmode="numeric" maxlength="3">', 't', null],
  ['"Security code" of 3 characters', '<label for="t">Security code</label><input id="t" maxlength="3">', 't', null],
  ['postal code', '<label for="t">Postal code</label><input id="t" maxlength="6">', 't', null],
  ['ZIP code, numeric', '<input id="t" name="zipCode" inputmode="numeric" maxlength="5">', 't', null],
  ['Italian CAP', '<label for="t">CAP</label><input id="t" name="codice_cap" maxlength="5">', 't', null],
  ['German PLZ', '<label for="t">PLZ</label><input id="t" inputmode="numeric">', 't', null],
  ['phone number', '<label for="t">Phone number</label><input id="t" type="tel">', 't', null],
  ['Chinese mobile number "手机号码"', '<label for="t">手机号码</label><input id="t" type="tel">', 't', null],
  ['Korean phone number "전화번호"', '<label for="t">전화번호</label><input id="t" type="tel">', 't', null],
  ['country code', '<label for="t">Country code</label><input id="t" type="tel" maxlength="4">', 't', null],
  ['coupon code', '<label for="t">Coupon code</label><input id="t" maxlength="8">', 't', null],
  ['promo code', '<input id="t" name="promoCode" placeholder="Promo code">', 't', null],
  ['Italian discount code', '<label for="t">Codice sconto</label><input id="t">', 't', null],
  ['gift card code', '<label for="t">Gift card code</label><input id="t">', 't', null],
  ['referral code', '<label for="t">Referral code</label><input id="t" maxlength="8">', 't', null],
  ['invitation code', '<label for="t">Invitation code</label><input id="t">', 't', null],
  ['Russian promo code "Промокод"', '<label for="t">Промокод</label><input id="t">', 't', null],
  ['captcha by name', '<input id="t" name="captcha_code" maxlength="5">', 't', null],
  [
    'captcha beside its picture',
    '<div><img src="/captcha.php?r=1" alt=""><input id="t" name="code" maxlength="4"></div>',
    't',
    null,
  ],
  ['Chinese image captcha "图形验证码"', '<label for="t">图形验证码</label><input id="t">', 't', null],
  [
    '"Type the characters you see"',
    '<label for="t">Type the characters you see in the image</label><input id="t" name="code">',
    't',
    null,
  ],
  ['Italian tax code "Codice fiscale"', '<label for="t">Codice fiscale</label><input id="t">', 't', null],
  ['a bank sort code', '<label for="t">Sort code</label><input id="t" inputmode="numeric" maxlength="6">', 't', null],
  ['a product code', '<label for="t">Product code</label><input id="t" maxlength="8">', 't', null],
  ['a search box saying code', '<div role="search"><input id="t" aria-label="Search code" maxlength="8"></div>', 't', null],
  ['a long "code" field (a licence key)', '<label for="t">Code</label><input id="t" maxlength="29">', 't', null],
  ['"code" with nothing shaped like one', '<label for="t">Code</label><input id="t">', 't', null],
  ['a password field saying PIN', '<label for="t">PIN</label><input id="t" type="password" inputmode="numeric">', 't', null],
  ['a disabled code field', '<input id="t" autocomplete="one-time-code" disabled>', 't', null],
  ['a read-only code field', '<input id="t" autocomplete="one-time-code" readonly>', 't', null],
  ['a hidden trap', '<input id="t" autocomplete="one-time-code" style="display:none">', 't', null],
  ['an e-mail field', '<label for="t">Email</label><input id="t" type="email">', 't', null],
  ['a checkbox', '<input id="t" type="checkbox" name="otp">', 't', null],
];

const split: Situation[] = [
  ['six boxes in a row', `<div>${boxes()}</div>`, 'b0', boxIds()],
  ['six boxes, reached at the fourth', `<div>${boxes()}</div>`, 'b3', boxIds()],
  ['four boxes, type tel', `<div>${boxes(4, '', 'tel')}</div>`, 'b2', boxIds(4)],
  ['eight boxes, type number', `<div>${boxes(8, '', 'number')}</div>`, 'b7', boxIds(8)],
  [
    'six boxes, each in its own wrapper',
    `<div role="group">${boxIds()
      .map((id) => `<div class="cell"><span><input id="${id}" maxlength="1"></span></div>`)
      .join('')}</div>`,
    'b1',
    boxIds(),
  ],
  [
    'boxes after an e-mail field in the same form',
    `<form><input type="email" id="e"><div>${boxes()}</div></form>`,
    'b0',
    boxIds(),
  ],
  ['the first box asks for one-time-code', `<div>${boxes(6, 'autocomplete="one-time-code"')}</div>`, 'b5', boxIds()],
  ['Italian label on the group', `<fieldset><legend>Codice di verifica</legend>${boxes()}</fieldset>`, 'b2', boxIds()],
  ['three boxes are too few', `<div>${boxes(3)}</div>`, 'b0', null],
  ['nine boxes are too many', `<div>${boxes(9)}</div>`, 'b0', null],
  ['a single-character input alone', '<form><input id="t" maxlength="1"><input name="name"></form>', 't', null],
  [
    'a split card number (four boxes of four)',
    `<div>${boxes(4, 'maxlength="4"').replaceAll('maxlength="1" ', '')}</div>`,
    'b0',
    null,
  ],
  ['boxes under "Promo code"', `<p>Promo code</p><div aria-label="Promo code">${boxes()}</div>`, 'b0', null],
  ['boxes beside a captcha picture', `<div><img class="captcha" src="/img"></div><div>${boxes(5)}</div>`, 'b0', boxIds(5)],
  ['boxes with a captcha picture in the group', `<div>${boxes(5)}<img src="/captcha.png"></div>`, 'b0', null],
];

describe('findCodeField', () => {
  it('has at least 40 situations, negatives among them', () => {
    const all = [...single, ...split];
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(all.filter(([, , , expected]) => expected === null).length).toBeGreaterThanOrEqual(20);
  });

  it.each([...single, ...split])('%s', (_name, html, reached, expected) => {
    document.body.innerHTML = html;
    const field = document.getElementById(reached) as HTMLInputElement;
    expect(findCodeField(field)?.map((input) => input.id) ?? null).toEqual(expected);
  });

  it('is pure: it changes nothing in the page', () => {
    document.body.innerHTML = `<div>${boxes()}</div><label for="t">Verification code</label><input id="t">`;
    const before = document.body.innerHTML;
    findCodeField(document.getElementById('b0') as HTMLInputElement);
    findCodeField(document.getElementById('t') as HTMLInputElement);
    expect(document.body.innerHTML).toBe(before);
  });

  it('finds boxes inside an open shadow root', () => {
    document.body.innerHTML = '<x-otp id="host"></x-otp>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = `<div>${boxes()}</div>`;
    const found = findCodeField(root.getElementById('b2') as HTMLInputElement);
    expect(found?.map((input) => input.id)).toEqual(boxIds());
  });
});
