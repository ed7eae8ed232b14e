// General rules found by an independent tester's mails (never seen here): each block holds the
// tester's minimal input first, then the same shape in other languages.
import { findVerification } from '.';

/** [subject, content, isHtml, code, link (checked when given)] */
type Case = [string, string, boolean, string | null, (string | null)?];

function check([subject, content, isHtml, code, link]: Case): void {
  const found = findVerification(subject, content, isHtml);
  expect(found.code).toBe(code);
  if (link !== undefined) expect(found.link).toBe(link);
}

const mailKindWords: Case[] = [
  ['Je inlogcode voor Picnic', 'Je inlogcode is: 391204', false, '391204'],
  ['Je code voor Bol', 'Je code is: 391204', false, '391204'],
  ['Votre code pour Vinted', 'Votre code est : 391204. Volontiers à votre service.', false, '391204'],
  ['Tu código para Glovo', 'Tu código es 482913\n© 2026 Glovo. Todos los derechos reservados.', false, '482913'],
  ['Seu código para o iFood', 'Seu código é 482913\n© 2026 iFood. Todos os direitos reservados.', false, '482913'],
  ['', 'Your confirmation code is 482913. Enter it in order to complete your registration.', false, '482913'],
  // Whole words still tell the kind of mail.
  ['Your flight', 'Seu voo está confirmado. Código: X7YQ2B', false, null],
  ['Reserva confirmada', 'Tu reserva está confirmada. Código: X7YQ2B', false, null],
];

const compoundNouns: Case[] = [
  [
    'Din verifieringskod',
    '<p>Din verifieringskod är:</p><p>503917</p><p>Koden är giltig i 10 minuter.</p><p>Tradera AB, Box 7242, 103 89 Stockholm.</p>',
    true,
    '503917',
  ],
  [
    'Din engangskode',
    '<p>Din engangskode er:</p><p>503917</p><p>Koden er gyldig i 10 minutter.</p><p>Eksempel AS, Postboks 7242, 0106 Oslo.</p>',
    true,
    '503917',
  ],
  [
    'Ihr Bestätigungscode',
    '<p>Ihr Bestätigungscode lautet:</p><p>503917</p><p>Der Code ist 10 Minuten gültig.</p><p>Beispiel GmbH, Postfach 7242, 10115 Berlin</p>',
    true,
    '503917',
  ],
  [
    'Vahvistuskoodi',
    '<p>Vahvistuskoodisi on:</p><p>503917</p><p>Koodi on voimassa 10 minuuttia.</p><p>Esimerkki Oy, PL 7242, 00100 Helsinki</p>',
    true,
    '503917',
  ],
  [
    'Je verificatiecode',
    '<p>Je verificatiecode is:</p><p>503917</p><p>De code is 10 minuten geldig.</p><p>Voorbeeld BV, Postbus 7242, 1000 AB Amsterdam</p>',
    true,
    '503917',
  ],
  ['', 'Your code expires soon. Write to Box 7242, Stockholm.', false, null],
  ['', 'Código de segurança enviado por SMS.\nExemplo Lda · Av. da Liberdade 110, 1269-046 Lisboa', false, null],
  ['', 'Código: 482-913\nAv. da Liberdade 110, 1269-046 Lisboa', false, '482913'],
];

const inPersonCodes: Case[] = [
  ['Your parcel is ready', 'Your parcel is ready for collection at the locker.\nCollection code: 482913', false, null],
  ['', 'Kod odbioru: 482913', false, null],
  ['', 'Code de retrait : 482913', false, null],
  ['', 'Show this code at the door: TM-9K2Q', false, null],
  ['Twoja paczka czeka', 'Twoja paczka czeka w Paczkomacie WAW01M. Kod odbioru: 482913', false, null],
  ['', 'Código de recogida: 482913', false, null],
  ['', 'Codice di ritiro: 482913', false, null],
  ['', 'Код получения: 482913', false, null],
  ['', 'Kód pro vyzvednutí: 482913', false, null],
  ['', 'Κωδικός παραλαβής: 482913', false, null],
  ['', 'Din portkod: 4821', false, null],
  ['', 'Zeigen Sie diesen Code an der Kasse: 482913', false, null],
  ['', "Présentez ce code à l'entrée : 482913", false, null],
  ['', '受付でこのコードをご提示ください：482913', false, null],
  ['', 'Your ticket code: 482913', false, null],
  ['', 'Code for pickup: 482913', false, null],
  // Codes typed on a site stay codes, "shown" or not.
  ['', 'Your verification code is 482913. Never share this code with the driver.', false, '482913'],
  ['', 'Enter the code shown below: 482913', false, '482913'],
  ['', 'Introduce el código que se muestra a continuación: 482913', false, '482913'],
  ['', 'Digite o código mostrado abaixo: 482913', false, '482913'],
  ['', '请根据提示输入验证码：482913', false, '482913'],
  ['', 'Код для входа: 482913', false, '482913'],
  ['', 'Kod dostępu: 482913', false, '482913'],
  ['', 'Scan the QR code with your app or enter this code manually: 482913', false, '482913'],
  // "Never show this code to anyone" warns about a verification code.
  ['', 'Do not show this code to anyone: 482913', false, '482913'],
  ['', 'Never give this code to the courier: 482913', false, '482913'],
  ['', 'Zeigen Sie diesen Code niemandem: 482913', false, '482913'],
  ['', '이 코드를 다른 사람에게 보여주지 마세요. 인증 코드: 482913', false, '482913'],
  ['', 'यह कोड किसी को न दिखाएं: 482913', false, '482913'],
  // A shop's footer speaks of parcels; its sign-in code is still a code.
  ['Trendyol', '<p>Kodunuz: <b>482913</b></p><p>Ücretsiz kargo fırsatlarını kaçırmayın!</p>', true, '482913'],
  ['Allegro', '<p>Twój kod: <b>482913</b></p><p>Odbierz paczkę, kiedy chcesz — wygodnie i szybko.</p>', true, '482913'],
  // Words joined by hyphens are one token: no code is cut out of it.
  ['Notion', '<p>Or, copy and paste this temporary login code:</p><p>purple-sky-4821</p>', true, null],
];

const cellsAndGroups: Case[] = [
  [
    '',
    '<p>Use o código de segurança abaixo:</p><table><tr><td>4</td><td>8</td><td>2</td><td>-</td><td>9</td><td>1</td><td>3</td></tr></table>',
    true,
    '482913',
  ],
  [
    '',
    '<p>Ваш код подтверждения:</p><table><tr>\n<td>4</td>\n<td>8</td>\n<td>2</td>\n<td>–</td>\n<td>9</td>\n<td>1</td>\n<td>3</td>\n</tr></table>',
    true,
    '482913',
  ],
  ['', '<p>Votre code : 4 8 2 - 9 1 3</p>', true, '482913'],
  [
    '',
    '<p>Your code:</p><table><tr><td><table><tr><td>4</td></tr></table></td><td><table><tr><td>8</td></tr></table></td><td><table><tr><td>-</td></tr></table></td><td><table><tr><td>9</td></tr></table></td><td><table><tr><td>1</td></tr></table></td></tr></table>',
    true,
    '4891',
  ],
  ['', 'Steps: 1 - 2 3 4 done. Verification pending.', false, null],
  // Four and two digits, two and four; never a year or a duration.
  ['', 'Your code: 4821 93', false, '482193'],
  ['', 'Kod weryfikacyjny: 48 2193', false, '482193'],
  ['', 'Code valid until Nov 27 2026', false, null],
  ['', 'Your code 4821 expires in 10 min', false, '4821'],
  // Long generated codes need a verification word.
  ['', 'Your verification code: A7K9Q2B4X', false, 'A7K9Q2B4X'],
  ['', 'Votre code de vérification :\nK3J9X2LQ8Z', false, 'K3J9X2LQ8Z'],
  ['', 'Your code: A7K9Q2B4X', false, null],
  ['', 'Verification: step 2 of 3, ID AB12CD34EF', false, null],
];

const magicLinks: Case[] = [
  [
    'Sign in to Acme',
    '<p>Click the button to log in.</p><a href="https://acme.com/login?token=abc123">Log in</a>',
    true,
    null,
    'https://acme.com/login?token=abc123',
  ],
  [
    '',
    '下記のURLをクリックしてログインしてください。\nhttps://note.com/auth/email_login?token=x',
    false,
    null,
    'https://note.com/auth/email_login?token=x',
  ],
  [
    'Вхід до акаунта',
    '<p>Натисніть кнопку, щоб увійти.</p><a href="https://pryklad.ua/auth?token=Kq82Lm92">Увійти</a>',
    true,
    null,
    'https://pryklad.ua/auth?token=Kq82Lm92',
  ],
  [
    'Connexion à Acme',
    '<p>Cliquez sur le bouton pour vous connecter.</p><a href="https://acme.fr/s/Kq82Lm92Zx77Yw01">Se connecter</a>',
    true,
    null,
    'https://acme.fr/s/Kq82Lm92Zx77Yw01',
  ],
  [
    '',
    '<p>点击下方按钮登录您的账户。</p><a href="https://shili.cn/login?token=Kq82Lm92">登录</a>',
    true,
    null,
    'https://shili.cn/login?token=Kq82Lm92',
  ],
  [
    'Your sign-in link',
    '<p>Click below to sign in.</p><a href="https://app.example.com/magic/Kq82Lm92">Sign in</a>',
    true,
    null,
    'https://app.example.com/magic/Kq82Lm92',
  ],
  // A "Log in" button without a token, or in a mail that is not about signing in, is navigation.
  ['Newsletter', '<p>Our news</p><a href="https://x.example/login">Log in to your account</a>', true, null, null],
  [
    "What's new in May",
    '<p>New features are here!</p><a href="https://click.example.com/ls/click?upn=Zm9vYmFyYmF6cXV4MTIzNDU2">Log in to your account</a>',
    true,
    null,
    null,
  ],
  [
    'New sign-in to your account',
    '<p>We noticed a new sign-in from Chrome on Windows.</p><a href="https://click.example.com/ls/click?upn=Zm9vYmFyYmF6cXV4MTIzNDU2">Log in to your account</a>',
    true,
    null,
    null,
  ],
  [
    'Neue Anmeldung bei Acme',
    '<p>Es gab eine neue Anmeldung.</p><a href="https://acme.de/login?token=Kq82Lm92">Anmelden</a>',
    true,
    null,
    null,
  ],
  [
    'Your login link for Acme',
    '<a href="https://acme.example/l/Kq82Lm92ZxYw0011">https://acme.example/l/Kq82Lm92ZxYw0011</a>',
    true,
    null,
    'https://acme.example/l/Kq82Lm92ZxYw0011',
  ],
];

const optInLinks: Case[] = [
  [
    'Please Confirm Subscription',
    '<a href="https://x.us21.list-manage.com/subscribe/confirm?u=4f2d">Confirm subscription</a>',
    true,
    null,
    'https://x.us21.list-manage.com/subscribe/confirm?u=4f2d',
  ],
  [
    '',
    '<p>Please confirm that you want to receive our newsletter.</p><a href="https://r.sendibt3.com/mk/cl/f/sh/1t6Af4">Yes, I want the newsletter</a>',
    true,
    null,
    'https://r.sendibt3.com/mk/cl/f/sh/1t6Af4',
  ],
  [
    'Newsletter-Anmeldung',
    '<p>Bitte bestätigen Sie, dass Sie unseren Newsletter erhalten möchten.</p><a href="https://r.sendibt3.com/mk/cl/f/sh/1t6Af4">Ja, ich möchte den Newsletter erhalten</a>',
    true,
    null,
    'https://r.sendibt3.com/mk/cl/f/sh/1t6Af4',
  ],
  [
    'Confirma tu suscripción',
    '<p>Confirma que quieres recibir nuestro boletín.</p><table><tr><td><a href="https://r.sendibt3.com/mk/cl/f/sh/1t6Af4">Sí, quiero suscribirme</a></td><td><a href="https://r.sendibt3.com/mk/cl/f/sh/9zzz">No, gracias</a></td></tr></table>',
    true,
    null,
    'https://r.sendibt3.com/mk/cl/f/sh/1t6Af4',
  ],
  [
    'Please confirm your subscription',
    '<p>Please confirm your subscription to our list.</p><a href="https://r.example.com/c/1t6Af4">Subscribe</a>',
    true,
    null,
    'https://r.example.com/c/1t6Af4',
  ],
  ['Our newsletter', '<p>Great content every week.</p><a href="https://r.example.com/c/1t6Af4">Subscribe</a>', true, null, null],
  // A "yes" that answers no request to confirm is not the action.
  [
    'Weekly picks',
    "<p>Do you like our picks?</p><a href='https://x.example/vote?t=Kq82Lm92Zx'>Yes, I love them</a>",
    true,
    null,
    null,
  ],
];

const pagesAndDocs: Case[] = [
  [
    '',
    'Your activation code has been sent by post. Once it arrives, activate your account at https://example.gov/activate',
    false,
    null,
    null,
  ],
  [
    '',
    'Ihr Aktivierungscode wurde per Post verschickt. Aktivieren Sie Ihr Konto dann unter https://beispiel.de/konto/aktivieren',
    false,
    null,
    null,
  ],
  [
    '',
    "Votre code d'activation vous a été envoyé par courrier. Activez ensuite votre compte sur https://exemple.fr/compte/activation",
    false,
    null,
    null,
  ],
  [
    '',
    'アクティベーションコードは郵送でお届けします。届いたら https://rei.jp/activate から有効化してください。',
    false,
    null,
    null,
  ],
  [
    '',
    'Verification code: 804215\n\nVisit https://docs.github.com/articles/configuring-two-factor-authentication to learn about two-factor authentication.',
    false,
    '804215',
    null,
  ],
  [
    'Verify your email',
    '<p>Please verify your email: <a href="https://x.example/v/Kq82Lm">https://x.example/v/Kq82Lm</a></p><p>To learn more about verification, see <a href="https://support.x.example/hc/en-us/articles/4821">https://support.x.example/hc/en-us/articles/4821</a>.</p>',
    true,
    null,
    'https://x.example/v/Kq82Lm',
  ],
  [
    'Bestätigen',
    '<p>Bitte bestätigen Sie Ihre E-Mail: <a href="https://beispiel.de/hilfe/artikel/4821">hier</a></p>',
    true,
    null,
    null,
  ],
  [
    'Reset your password',
    '<p>We received a request to reset your password.</p><a href="https://www.example.com/account/reset-password">Reset password</a>',
    true,
    null,
    null,
  ],
  [
    'Reset your password',
    '<p>We received a request to reset your password.</p><a href="https://accounts.example.com/reset-password#token=Kq82Lm">Reset password</a>',
    true,
    null,
    'https://accounts.example.com/reset-password#token=Kq82Lm',
  ],
  ['', 'Your code is 482913. Enter it at https://example.com/verify', false, '482913', null],
];

const newPassword: Case[] = [
  [
    'Επαναφορά κωδικού πρόσβασης',
    '<a href="https://www.example.gr/account/np?vid=9a2c">Ορισμός νέου κωδικού</a>',
    true,
    null,
    'https://www.example.gr/account/np?vid=9a2c',
  ],
  ['Password', '<a href="https://x.example/np?vid=9a2c">Set a new password</a>', true, null, 'https://x.example/np?vid=9a2c'],
  ['Пароль', '<a href="https://x.example/np?vid=9a2c">Придумать новый пароль</a>', true, null, 'https://x.example/np?vid=9a2c'],
  ['Hasło', '<a href="https://x.example/np?vid=9a2c">Ustaw nowe hasło</a>', true, null, 'https://x.example/np?vid=9a2c'],
  ['Heslo', '<a href="https://x.example/np?vid=9a2c">Nastavit nové heslo</a>', true, null, 'https://x.example/np?vid=9a2c'],
  [
    'パスワード',
    '<a href="https://x.example/np?vid=9a2c">新しいパスワードを設定する</a>',
    true,
    null,
    'https://x.example/np?vid=9a2c',
  ],
  ['비밀번호', '<a href="https://x.example/np?vid=9a2c">새 비밀번호 설정</a>', true, null, 'https://x.example/np?vid=9a2c'],
  ['密码', '<a href="https://x.example/np?vid=9a2c">设置新密码</a>', true, null, 'https://x.example/np?vid=9a2c'],
  [
    'Passwort',
    '<a href="https://x.example/np?vid=9a2c">Neues Passwort festlegen</a>',
    true,
    null,
    'https://x.example/np?vid=9a2c',
  ],
  ['Şifre', '<a href="https://x.example/np?vid=9a2c">Yeni şifre oluştur</a>', true, null, 'https://x.example/np?vid=9a2c'],
];

describe('findVerification: general rules', () => {
  describe('mail kinds are whole words: "voor" is no flight (voo), "reservados" no booking (reserva)', () => {
    it.each(mailKindWords)('%j · %j', (...c) => check(c));
  });
  describe('compound code nouns (-kod, -kode, -code, -koodi) are nouns, not verbs; a P.O. box or a postcode before a town is no code', () => {
    it.each(compoundNouns)('%j · %j', (...c) => check(c));
  });
  describe('codes for a parcel, a locker, a door or a ticket, shown in person, are no verification codes', () => {
    it.each(inPersonCodes)('%j · %j', (...c) => check(c));
  });
  describe('one character per cell with a separator cell, 4+2 groups, long generated codes', () => {
    it.each(cellsAndGroups)('%j · %j', (...c) => check(c));
  });
  describe('magic sign-in links: a token, in a mail about signing in (its subject, or words leading to the link)', () => {
    it.each(magicLinks)('%j · %j', (...c) => check(c));
  });
  describe('double opt-in: list-manage confirm links, "Yes, I want…" buttons under a request to confirm', () => {
    it.each(optInLinks)('%j · %j', (...c) => check(c));
  });
  describe("a page's own address, help and docs pages and 'learn about' links are never the action", () => {
    it.each(pagesAndDocs)('%j · %j', (...c) => check(c));
  });
  describe('"set, create or choose a new password" is a reset action in every language', () => {
    it.each(newPassword)('%j · %j', (...c) => check(c));
  });
});
