// Small inputs, one rule each, found while building the finder (the corpus holds whole mails).
import { findVerification } from '.';

/** [subject, content, isHtml, code, link (checked when given)] */
type Case = [string, string, boolean, string | null, (string | null)?];

const serviceFormats: Case[] = [
  [
    '12345 is your Facebook account recovery code',
    'Hi Jane, We received a request to reset your Facebook password. Enter the following password reset code: 12345',
    false,
    '12345',
  ],
  ['Telegram', 'Login code: 48213. Do not give this code to anyone, even if they say they are from Telegram!', false, '48213'],
  [
    '[Binance] Confirm Your Registration',
    '<p>Welcome to Binance!</p><p>Your verification code:</p><h1>482913</h1><p>The verification code will be valid for 30 minutes. Please do not share this code with anyone.</p><p>This is an automated message, please do not reply.</p>',
    true,
    '482913',
  ],
  ['PayPal', "Your PayPal security code is 482913. Your code expires in 10 minutes. Don't share your code.", false, '482913'],
  [
    'Netflix: Your sign-in code',
    "<p>Enter this code to sign in</p><p style='font-size:32px'>4821</p><p>This code will expire in 15 minutes.</p>",
    true,
    '4821',
  ],
  ['', '【哔哩哔哩】482913为您的登录验证码，请于5分钟内填写。如非本人操作，请忽略本短信。', false, '482913'],
  ['QQ邮箱', '您的QQ邮箱验证码为：482913，有效期10分钟。', false, '482913'],
  ['', '【メルカリ】認証番号：4821', false, '4821'],
  ['Yahoo! JAPAN', '確認コード 482913 を入力してください。', false, '482913'],
  ['', '본인확인 인증번호[482913]입니다. 정확히 입력해주세요.', false, '482913'],
  ['', 'Одноразовый код для входа в Онлайн-банк: 48213. Никому не сообщайте этот код.', false, '48213'],
  ['Яндекс ID', 'Код подтверждения: 482913\nКод действует 10 минут.', false, '482913'],
  ['Your code', 'Your code is a7k9q2', false, 'a7k9q2'],
  [
    'Approve sign-in',
    "<p>Someone is trying to sign in.</p><a href='https://x.example/approve?t=Kq82Lm92Zx'>Yes, it's me</a>",
    true,
    null,
    null,
  ],
  [
    'Your verification code',
    "<p>Hi,</p><p>Thanks for signing up.</p><p>Please enter the following code on the verification page. This helps us make sure the address is yours and keeps your account safe.</p><p>&nbsp;</p><table><tr><td style='font-size:30px'>559201</td></tr></table><p>Team Example</p><p>123 Main Street, Springfield 62701</p>",
    true,
    '559201',
  ],
  ['Welcome', 'Thanks for joining! Your membership number is 48213921. Your account PIN: 4821.', false, '4821'],
  ['Order confirmation', 'Thank you! Order number: 482913. Confirmation code: 7K3M9P. Pickup at 10:30.', false, null],
  ['Your Lyft code', 'Your Lyft code is 482913', false, '482913'],
  ['Your ride receipt', 'Trip on Nov 27, 2026 · $23.45 · Code: SAVE5 for your next ride', false, null],
  ['', 'Join our webinar on Zoom. Meeting ID 834 5678 9012, Passcode 482913', false, null],
  ['Gift for you', 'Redeem your gift code 7KQ2-M9XP-4LZ8 at example.com/redeem', false, null],
  ['', 'Use referral code ANNA2024 to get $10', false, null],
  ['Your flight', 'Booking reference: X7YQ2B. Flight LH 1234 departs 08:45 from gate B22.', false, null],
  ['', 'Your verification code is: 482913 (valid until 10:45)', false, '482913'],
  ['Wi-Fi', 'Guest Wi-Fi password: 48213921', false, null],
  ['Security code', 'Enter security code 482913 — never share it. Questions? Call 0800 123 4567.', false, '482913'],
  ['', 'Ihr Code: 4821\nIhre Kundennummer: 1234567', false, '4821'],
  ['', 'Le code de vérification est 482913.', false, '482913'],
  ['', 'Il codice di verifica per accedere è: 482913', false, '482913'],
  ['Your Epic Games Security Code', "<div>Security code</div><div style='font-size:40px'>482913</div>", true, '482913'],
  ['Verification', 'Your one time password is 482913 and your reference number is 48291375.', false, '482913'],
  ['', 'Your 2FA code: 482 913', false, '482913'],
  ['', 'Code: 4821 — expires at 2026-11-27 10:45 UTC', false, '4821'],
  ['Dropbox', "<p>Here's your code to verify your email:</p><h2>482913</h2>", true, '482913'],
  [
    'Your receipt',
    'Receipt #48213921\nAmount paid: $482.91\nDate paid: November 27, 2026\nPayment method: Visa - 4821',
    false,
    null,
  ],
  ['Your tickets', 'Order #48213921 · 2 tickets · Section 104, Row 12, Seats 7-8 · Doors open 19:00', false, null],
  ['', 'Please confirm your email address by entering the code 482913', false, '482913'],
  ['', 'Your verification code for order 4821393 is 482913', false, '482913'],
  ['Newsletter', 'Our office moved to 2048 Market Street, Suite 100, San Francisco CA 94103. Call 415-555-0199.', false, null],
  ['Verify', 'Version 2026.3 is out! Verify your settings in the new dashboard.', false, null],
  ['Verify your email', 'Welcome to Example! 1 in 4821 people… Verify your email to continue.', false, null],
];

const linksAndLayouts: Case[] = [
  [
    'Confirm your account',
    "<p>Hi!</p><p>Please confirm your account by clicking the button below.</p><table><tr><td><a href='https://t.example.com/c/Zk92?u=1'>Continue</a></td></tr></table><p><a href='https://example.com/blog'>Read our blog</a></p>",
    true,
    null,
    'https://t.example.com/c/Zk92?u=1',
  ],
  [
    'Verify',
    'Hi,\n\nPlease verify your email address:\n<https://example.com/v/Kq82Lm>\n\nThanks',
    false,
    null,
    'https://example.com/v/Kq82Lm',
  ],
  [
    'Подтвердите email',
    "<p>Пожалуйста, подтвердите ваш адрес электронной почты, нажав на кнопку ниже.</p><p><a href='https://primer.ru/x/Kq82'>Нажмите здесь</a></p>",
    true,
    null,
    'https://primer.ru/x/Kq82',
  ],
  [
    'Welcome',
    "<p>Thanks for signing up! <a href='https://example.com/app'>Get started</a></p><p><a href='https://example.com/login'>Sign in</a></p>",
    true,
    null,
    null,
  ],
  [
    'Your order',
    "<p>Thanks for your order!</p><a href='https://shop.example/orders/4821/confirmation'>View order confirmation</a>",
    true,
    null,
    null,
  ],
  [
    'Reservation',
    "<p>Your booking is confirmed.</p><a href='https://hotel.example/booking/confirm/8Kq2'>Manage booking</a>",
    true,
    null,
    null,
  ],
  [
    'Verify your email',
    "<p>Please verify your email.</p><p><a href='https://example.com/verify?token=Kq82Lm92'><img src='https://cdn.example.com/btn-verify.png' alt='Verify email'></a></p>",
    true,
    null,
    'https://example.com/verify?token=Kq82Lm92',
  ],
  [
    'Verify your email',
    "<p>Please verify your email.</p><p><a href='https://example.com/e/Kq82Lm92'><img src='https://cdn.example.com/btn.png' alt=''></a></p>",
    true,
    null,
    'https://example.com/e/Kq82Lm92',
  ],
  [
    'メールアドレスの確認',
    "<p>以下のボタンをクリックしてメールアドレスを確認してください。</p><p><a href='https://rei.jp/m/Kq82'>こちら</a></p>",
    true,
    null,
    'https://rei.jp/m/Kq82',
  ],
  [
    'Activate',
    'To activate your account, visit https://example.com/a/Kq82Lm92 within 48 hours.',
    false,
    null,
    'https://example.com/a/Kq82Lm92',
  ],
  [
    'Your login link',
    'Here is your login link: https://app.example.com/auth/callback?token=eyJhbGciOiJIUzI1NiJ9abc123 It expires in 10 minutes.',
    false,
    null,
    'https://app.example.com/auth/callback?token=eyJhbGciOiJIUzI1NiJ9abc123',
  ],
  [
    'Sign in to Slack',
    "<p>Click the button below to sign in. This link expires in 24 hours.</p><a href='https://slack.com/z-app-123-abcdefghijkl123456'>Sign in to Slack</a>",
    true,
    null,
    'https://slack.com/z-app-123-abcdefghijkl123456',
  ],
  [
    'Your weekly digest',
    "<p>Here's what happened this week.</p><a href='https://example.com/login?next=/digest'>Log in to see more</a><p>This link expires in 7 days.</p>",
    true,
    null,
    null,
  ],
  [
    'Password changed',
    "<p>Your password was changed.</p><p>If you didn't make this change, <a href='https://example.com/reset?token=Kq82Lm92Zx'>reset your password</a>.</p>",
    true,
    null,
    null,
  ],
  [
    'Reset password',
    "<p>Forgot your password? No worries.</p><a href='https://x.example/pw?token=Kq82Lm92Zx'>Click here</a> to reset it.",
    true,
    null,
    'https://x.example/pw?token=Kq82Lm92Zx',
  ],
  [
    'Verify your email',
    "<p>Verify your email address</p><p>Your code: <b>482913</b></p><p><a href='https://x.example/v?t=Kq82Lm92Zx'>Verify email</a></p>",
    true,
    '482913',
    'https://x.example/v?t=Kq82Lm92Zx',
  ],
  [
    'Email verification',
    "<table><tr><td>Your verification code</td></tr><tr><td><span style='letter-spacing:8px'>4&nbsp;8&nbsp;2&nbsp;9&nbsp;1&nbsp;3</span></td></tr></table>",
    true,
    '482913',
  ],
  ['', '<div>Your code</div>\n<div>\n  482913\n</div>', true, '482913'],
  ['', '<p>Code de vérification&nbsp;:&nbsp;<strong>482&#8239;913</strong></p>', true, '482913'],
  ['', '<p>Your code is</p><p><code>482913</code></p>', true, '482913'],
  ['Your code', '=?UTF-8?B?...?= Your code: 4821-9130-22', false, null],
  ['', 'Your verification code: 4821 9130', false, '48219130'],
  ['', '验证码：482913（5分钟内有效）', false, '482913'],
  ['', '验证码：482913。如非本人操作请忽略。客服热线：400-820-8820', false, '482913'],
  ['', '您的动态密码是482913，请勿泄露。', false, '482913'],
  ['', '您的密码已重置为 Xk82Lm9q', false, null],
  ['', '인증번호는 482913입니다.', false, '482913'],
  ['', '認証コード 482913 の有効期限は30分です。', false, '482913'],
  ['', 'رمزك هو 482913', false, '482913'],
  ['', 'קוד: 482913', false, '482913'],
  ['', 'Kodunuz 482913', false, '482913'],
  ['', 'Kod dostępu: 482913', false, '482913'],
  ['', "Your security code is 482913. If you didn't request this code, call us on 1800 555 000.", false, '482913'],
  ['Save 20%', '<p>Our biggest sale! Use code <b>SALE20</b> at checkout.</p><p>Offer ends 11/30/2026.</p>', true, null, null],
  ['Your Amazon.com order', 'Your order #112-4829130-7738201 is confirmed. Arriving Thursday. Total: $129.99', false, null, null],
  [
    'Your verification code',
    '<p>Your verification code is:</p><p><b>482913</b></p><p>Example Inc.<br>2100 Franklin St<br>Oakland, CA 94612</p>',
    true,
    '482913',
  ],
  ['Your code', '<p>Use this code:</p><p>Example Inc., 4821 Main St.</p>', true, null],
  ['Sign in', '<p>Your code expires in 10 minutes.</p><p>Room 4821</p>', true, null],
  [
    'Your Instagram code',
    "<p>Hi jdoe,</p><p>We got a request to sign in. Enter this code:</p><p style='font-size:26px'>739 201</p><p>from Meta<br>© Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025</p>",
    true,
    '739201',
  ],
];

const notCodes: Case[] = [
  ['', 'Mã khách hàng: 48213921. Cảm ơn bạn đã mua sắm.', false, null],
  ['', 'Mã sản phẩm: SP4821. Giá: 250.000₫', false, null],
  ['', 'รหัสสมาชิก 48213921 คะแนนสะสม 4821', false, null],
  ['', 'รหัสไปรษณีย์ 10110 กรุงเทพฯ', false, null],
  ['', 'رمز العميل: 48213921', false, null],
  ['', 'الرمز البريدي 11564 الرياض', false, null],
  ['', 'Код клиента: 48213921', false, null],
  ['', 'Код ошибки: 4821. Обратитесь в поддержку.', false, null],
  ['', 'Kod klienta 48213921, kod błędu 4821', false, null],
  ['', 'Error code 4821: payment declined.', false, null],
  ['', 'Customer code: 48213921', false, null],
  ['', 'Código de cliente: 48213921', false, null],
  ['', 'Código de error 4821', false, null],
  ['', '错误代码：4821', false, null],
  ['', '产品代码 482913', false, null],
  ['', 'Стоимость: 4821 руб. Код доставки не требуется.', false, null],
  ['', 'Kod: 4821 zł do zapłaty', false, null],
  ['', 'Cena: 4821 Kč, kód zboží 8813', false, null],
  ['', 'المبلغ 4821 ر.س، رمز الطلب 8821', false, null],
  ['', 'סה״כ 4821 ש״ח. קוד מוצר 8813', false, null],
  ['', 'Jumlah Rp 48213. Kode produk 8813', false, null],
  ['', 'ราคา 4821 บาท รหัสสินค้า 8813', false, null],
  ['', 'Fiyat: 4821 TL. Ürün kodu: 8813', false, null],
  ['', 'Τιμή 4821 €. Κωδικός προϊόντος 8813', false, null],
  ['', '代码 2026年11月27日', false, null],
  ['', 'Код действителен до 27.11.2026', false, null],
  ['', 'Your code was sent at 2026-11-27T10:45:00Z', false, null],
  ['', 'Code valid until Nov 27 2026', false, null],
  ['', 'Kode berlaku sampai 27 November 2026', false, null],
  ['', 'Your code: call +82-10-1234-5678 if it does not arrive', false, null],
  ['', 'Kod nie dotarł? Zadzwoń: 22 123 45 67', false, null],
  ['', 'Kód nepřišel? Volejte 800 123 456.', false, null],
  ['', 'Koden kom inte? Ring 08-123 456 78', false, null],
  ['', 'Kodu almadınız mı? 0850 123 45 67', false, null],
  ['', 'رمز التحقق لم يصل؟ اتصل على 920012345', false, null],
  ['', 'קוד לא הגיע? חייגו *4821', false, null],
  ['', 'कोड नहीं मिला? 1800-123-4567 पर कॉल करें', false, null],
  ['', 'Chưa nhận được mã? Gọi 1900 4821', false, null],
  ['', 'ไม่ได้รับรหัส? โทร 02-123-4567', false, null],
  ['', 'Δεν λάβατε τον κωδικό; Καλέστε 210 123 4567', false, null],
  ['', '没收到验证码？请拨打 95588', false, null],
  ['', 'コードが届かない場合は 0120-48-2913 まで', false, null],
  ['', '코드를 받지 못하셨나요? 1588-4821', false, null],
  ['Your code', 'Your code expires in 4821 seconds', false, null],
  ['', 'Verification: step 2 of 3, ID 48213921', false, null],
  ['', 'Please verify the following: invoice 48213921 dated 27/11/2026', false, null],
  ['', '商品コード：4821-0093', false, null],
  ['', '会員登録の確認コード：482913', false, '482913'],
  ['', '会员注册验证码：482913', false, '482913'],
  ['', '회원가입 인증 코드: 482913', false, '482913'],
  ['', 'お客様の認証コードは482913です。', false, '482913'],
  ['', 'المبلغ 4821 ر.س', false, null],
  ['', 'סה״כ לתשלום: 4821 ש״ח, קוד 8813', false, '8813'],
  ['Your code', 'Total 4821 ש״ח', false, null],
];

const fallbacks: Case[] = [
  ['482913 – Acme', '<p>Hi,</p><p>Please enter the code above to continue.</p>', true, '482913'],
  ['Acme', '<p>Hi,</p><p>Please enter the code above to continue.</p>', true, null],
  ['Order 48213921 shipped', '<p>Your order is on its way. Use code SHIP10 next time.</p>', true, null],
  ['Your code', 'Your code: 123‑456', false, '123456'],
  [
    'Verify',
    "<p style='font-size:32px'>482913</p><p>That's your verification code. It expires in 10 minutes.</p>",
    true,
    '482913',
  ],
  [
    'Welcome back',
    "<p>Your code is 482913.</p><p><a href='https://x.example/login?t=Kq82Lm92Zx'>Log in to your account</a></p><p>This link expires in 1 hour.</p>",
    true,
    '482913',
    null,
  ],
  [
    'Sign in to Acme',
    "<p>Use the magic link below or enter the code 482913.</p><p><a href='https://x.example/magic?t=Kq82Lm92Zx'>Sign in with magic link</a></p><p>This link expires in 1 hour.</p>",
    true,
    '482913',
    'https://x.example/magic?t=Kq82Lm92Zx',
  ],
  [
    'Valider votre adresse',
    "<a href='https://exemple.fr/x/Kq82'>Valider mon adresse e-mail</a>",
    true,
    null,
    'https://exemple.fr/x/Kq82',
  ],
];

const verbs: Case[] = [
  ['Booking.com', 'Your Booking.com code is 482913. Enter it to sign in.', false, '482913'],
  ['', 'Use 482913 to verify your Acme account.', false, '482913'],
  ['', 'Verified buyer · 4821 reviews · 4.8 stars', false, null],
  ['Thanks for your review', 'You are now a verified reviewer. You have 4821 points.', false, null],
  ['', 'Verification: 482913', false, '482913'],
  ['Verify your email', '<p>Verify your email</p><p>482913</p>', true, '482913'],
  ['', 'Your verification code has been sent to +1 (415) 555-0123.', false, null],
  ['', 'We sent a verification code to the number ending in 4821.', false, null],
  ['', 'Verify your identity with 2 of 3 methods. Reference 48213921.', false, null],
  ['', 'Entrez 482913 pour vérifier votre compte.', false, '482913'],
  ['', 'Введите 482913, чтобы подтвердить вход.', false, '482913'],
  [
    'Amazon security',
    'Your one-time password is 482913. Amazon will never ask you to buy gift cards or share this code.',
    false,
    '482913',
  ],
  ['', 'Your Zoom verification code is 482913', false, '482913'],
];

const inflections: Case[] = [
  ['', '482913 doğrulama kodunuzdur.', false, '482913'],
  ['', 'Onay kodunuzu kimseyle paylaşmayın: 482913', false, '482913'],
  ['', 'Kodak Gold 4821 film', false, null],
  ['', 'Kodeks cywilny, art. 4821', false, null],
];

const linkWords: Case[] = [
  [
    'Your code',
    "<p>Your code: 482913</p><p><a href='https://x.example/help/2sv'>Learn more about 2-step verification</a></p>",
    true,
    '482913',
    null,
  ],
  [
    'Your code',
    "<p>Your code: 482913</p><p><a href='https://x.example/settings/security'>Manage verification settings</a></p>",
    true,
    '482913',
    null,
  ],
  [
    'Your code',
    "<p><a href='https://verify.example.com/'><img alt='Example'></a></p><p>Your code: 482913</p>",
    true,
    '482913',
    null,
  ],
  [
    'Potvrďte e-mail',
    "<p><a href='https://x.example/verify?token=Kq82Lm92Zx'>Potvrdiť adresu</a></p>",
    true,
    null,
    'https://x.example/verify?token=Kq82Lm92Zx',
  ],
  ['重置', '<a href="https://shili.cn/r/Kq82">重新设置密码</a>', true, null, 'https://shili.cn/r/Kq82'],
  ['재설정', '<a href="https://yesi.kr/r/Kq82">비밀번호 재설정</a>', true, null, 'https://yesi.kr/r/Kq82'],
  [
    '验证邮箱',
    '<p>请验证您的邮箱地址。</p><p><a href="https://shili.cn/e/Kq82">点击这里</a></p>',
    true,
    null,
    'https://shili.cn/e/Kq82',
  ],
  [
    '',
    '<p>메일 주소를 인증하려면 아래를 누르세요.</p><p><a href="https://yesi.kr/e/Kq82">여기를 클릭하세요</a></p>',
    true,
    null,
    'https://yesi.kr/e/Kq82',
  ],
  [
    '',
    '<p>メールアドレスを確認してください。</p><p><a href="https://rei.jp/e/Kq82">こちらをクリック</a></p>',
    true,
    null,
    'https://rei.jp/e/Kq82',
  ],
];

describe('findVerification rules', () => {
  describe('service formats and hard negatives', () => {
    it.each(serviceFormats)('%j · %j', (subject, content, isHtml, code, link) => {
      const found = findVerification(subject, content, isHtml);
      expect(found.code).toBe(code);
      if (link !== undefined) expect(found.link).toBe(link);
    });
  });
  describe('links, buttons and HTML layouts', () => {
    it.each(linksAndLayouts)('%j · %j', (subject, content, isHtml, code, link) => {
      const found = findVerification(subject, content, isHtml);
      expect(found.code).toBe(code);
      if (link !== undefined) expect(found.link).toBe(link);
    });
  });
  describe('numbers near code words that are not codes', () => {
    it.each(notCodes)('%j · %j', (subject, content, isHtml, code, link) => {
      const found = findVerification(subject, content, isHtml);
      expect(found.code).toBe(code);
      if (link !== undefined) expect(found.link).toBe(link);
    });
  });
  describe('fallbacks: code above its words, code only in the subject, sign-in links in code mails', () => {
    it.each(fallbacks)('%j · %j', (subject, content, isHtml, code, link) => {
      const found = findVerification(subject, content, isHtml);
      expect(found.code).toBe(code);
      if (link !== undefined) expect(found.link).toBe(link);
    });
  });
  describe('verification verbs: a code before the verb it serves; a verb alone reaches only its phrase', () => {
    it.each(verbs)('%j · %j', (subject, content, isHtml, code, link) => {
      const found = findVerification(subject, content, isHtml);
      expect(found.code).toBe(code);
      if (link !== undefined) expect(found.link).toBe(link);
    });
  });
  describe('inflections (kodunuzdur, kodunuzu) and words that only look like code nouns (Kodak, Kodeks)', () => {
    it.each(inflections)('%j · %j', (subject, content, isHtml, code, link) => {
      const found = findVerification(subject, content, isHtml);
      expect(found.code).toBe(code);
      if (link !== undefined) expect(found.link).toBe(link);
    });
  });
  describe('link words: learn-more and settings links, reset words, "click here" in CJK', () => {
    it.each(linkWords)('%j · %j', (subject, content, isHtml, code, link) => {
      const found = findVerification(subject, content, isHtml);
      expect(found.code).toBe(code);
      if (link !== undefined) expect(found.link).toBe(link);
    });
  });
});
