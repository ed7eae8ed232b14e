// Verification mails written by hand for `findVerification`, run by `utils/verification/corpus.test.ts`
// and measured by `bench/verification.js` (code and link precision/recall/F1, recall per language).
//
// `blindMails` were written before any rule of the finder was tuned, and are never tuned against:
// their figures are reported apart, as an honest check of how the rules generalise. `tuningMails`
// were written while the rules were built.

/** One mail and what the finder should return for it. */
export interface VerificationMail {
  /** `<lang>-<n>`, unique. */
  id: string;
  /** BCP 47 tag of the mail's language (`zh-Hans`, `zh-Hant` apart). */
  lang: string;
  subject: string;
  content: string;
  html: boolean;
  /** The code as an OTP field wants it (no spaces or hyphens), or null when the mail has none. */
  code: string | null;
  /** The mail's one action link (verify, confirm, activate, reset, magic sign-in), or null. */
  link: string | null;
  /** What the mail exercises. */
  note: string;
}

const cellStyle = 'style="width:40px;height:48px;font-size:28px;font-weight:700;text-align:center;border:1px solid #ccd"';

export const blindMails: VerificationMail[] = [
  {
    id: 'zh-Hans-b1',
    lang: 'zh-Hans',
    subject: '【示例云】验证码',
    content:
      '【示例云】您的验证码为 385921，请在5分钟内完成验证。为保障您的账户安全，请勿将验证码告知他人。\n\n示例云团队\n2026年3月14日',
    html: false,
    code: '385921',
    link: null,
    note: 'simplified Chinese plain, date with 年月日',
  },
  {
    id: 'zh-Hans-b2',
    lang: 'zh-Hans',
    subject: '注册验证',
    content:
      '<html><body style="font-family:Microsoft YaHei"><table width="600" align="center"><tr><td>' +
      '<p>尊敬的用户：</p><p>您正在注册示例账号，本次操作的验证码如下：</p>' +
      '<div style="font-size:28px;letter-spacing:8px;font-weight:bold;color:#1a73e8">604172</div>' +
      '<p>验证码30分钟内有效。如果这不是您本人的操作，请忽略此邮件。</p>' +
      '<p style="color:#999">© 2026 示例科技 版权所有</p></td></tr></table></body></html>',
    html: true,
    code: '604172',
    link: null,
    note: 'simplified Chinese HTML, code in a big styled block',
  },
  {
    id: 'zh-Hant-b3',
    lang: 'zh-Hant',
    subject: '帳戶安全驗證',
    content: '親愛的會員您好：\n\n您的驗證碼是：719034\n此驗證碼將於10分鐘後失效，請勿提供給任何人。\n\n客服專線：02-2345-6789',
    html: false,
    code: '719034',
    link: null,
    note: 'traditional Chinese plain, phone number in the footer',
  },
  {
    id: 'ja-b4',
    lang: 'ja',
    subject: '【サンプル】認証コードのお知らせ',
    content:
      '<p>サンプル をご利用いただきありがとうございます。</p><p>ご本人確認のため、以下の認証コードを入力してください。</p>' +
      '<p style="font-size:24px"><b>528 461</b></p><p>このコードの有効期限は30分です。</p>' +
      '<p>※本メールは送信専用です。</p>',
    html: true,
    code: '528461',
    link: null,
    note: 'Japanese HTML, grouped code',
  },
  {
    id: 'ja-b5',
    lang: 'ja',
    subject: '【サンプルストア】会員登録のご案内',
    content:
      'サンプルストアへの会員登録ありがとうございます。\n\n以下のURLをクリックして、メールアドレスの確認を完了してください。\nhttps://store.example.jp/register/complete?key=a8f3k2Lq9\n\n※このURLの有効期限は24時間です。\n\n〒150-0002 東京都渋谷区渋谷2-21-1',
    html: false,
    code: null,
    link: 'https://store.example.jp/register/complete?key=a8f3k2Lq9',
    note: 'Japanese plain, confirm URL announced on the line above, postal code',
  },
  {
    id: 'ko-b6',
    lang: 'ko',
    subject: '[예시] 인증번호 안내',
    content:
      '<div style="max-width:560px"><h2>이메일 인증</h2><p>안녕하세요. 요청하신 인증번호는 다음과 같습니다.</p>' +
      '<p style="font-size:26px;font-weight:bold;background:#f3f3f3;padding:12px">847203</p>' +
      '<p>인증번호는 3분 동안 유효합니다.</p><p>본 메일은 발신 전용입니다.</p></div>',
    html: true,
    code: '847203',
    link: null,
    note: 'Korean HTML, 인증번호',
  },
  {
    id: 'ko-b7',
    lang: 'ko',
    subject: '주문하신 상품이 발송되었습니다',
    content:
      '고객님, 주문하신 상품이 발송되었습니다.\n\n주문번호: 20261127-0012345\n운송장 번호: 612345678901\n결제 금액: 39,000원\n배송 예정일: 2026년 11월 29일\n\n고객센터 1588-1234',
    html: false,
    code: null,
    link: null,
    note: 'Korean negative: order, tracking, amount, date, phone',
  },
  {
    id: 'ru-b8',
    lang: 'ru',
    subject: 'Подтверждение регистрации',
    content:
      'Здравствуйте!\n\nКод подтверждения: 4827\nВведите его на сайте, чтобы завершить регистрацию. Код действует 15 минут.\n\nС уважением,\nкоманда Пример',
    html: false,
    code: '4827',
    link: null,
    note: 'Russian plain, 4-digit code',
  },
  {
    id: 'ru-b9',
    lang: 'ru',
    subject: 'Завершите регистрацию',
    content:
      '<p>Здравствуйте!</p><p>Чтобы завершить регистрацию, подтвердите адрес электронной почты.</p>' +
      '<p><a href="https://primer.ru/reg/done?t=Zx81kQ" style="background:#2a5bd7;color:#fff;padding:10px 20px">Подтвердить адрес</a></p>' +
      '<p>Если вы не регистрировались, просто проигнорируйте это письмо.</p>' +
      '<p><a href="https://primer.ru/help">Помощь</a></p>',
    html: true,
    code: null,
    link: 'https://primer.ru/reg/done?t=Zx81kQ',
    note: 'Russian confirm button, no English in the URL',
  },
  {
    id: 'uk-b10',
    lang: 'uk',
    subject: 'Код для входу в обліковий запис',
    content: 'Вітаємо!\n\nВаш код для входу: 930 517\n\nНікому не повідомляйте цей код.',
    html: false,
    code: '930517',
    link: null,
    note: 'Ukrainian plain, grouped code',
  },
  {
    id: 'pl-b11',
    lang: 'pl',
    subject: 'Kod weryfikacyjny',
    content:
      '<table width="100%"><tr><td><p>Cześć!</p><p>Twój kod weryfikacyjny to:</p></td></tr>' +
      '<tr><td><h2 style="letter-spacing:4px">662019</h2></td></tr>' +
      '<tr><td><p>Kod jest ważny przez 10 minut.</p></td></tr></table>',
    html: true,
    code: '662019',
    link: null,
    note: 'Polish HTML, code in its own row',
  },
  {
    id: 'pl-b12',
    lang: 'pl',
    subject: 'Potwierdzenie zamówienia nr 48213921',
    content:
      'Dziękujemy za zamówienie nr 48213921.\nKwota: 249,99 zł\nKod rabatowy na kolejne zakupy: WIOSNA15\nAdres dostawy: ul. Marszałkowska 10, 00-590 Warszawa',
    html: false,
    code: null,
    link: null,
    note: 'Polish negative: order number, amount, discount code, postal code',
  },
  {
    id: 'cs-b13',
    lang: 'cs',
    subject: 'Ověření e-mailu',
    content:
      '<p>Dobrý den,</p><p>Váš ověřovací kód je <b>T7K4QP</b>.</p>' +
      '<p>Nebo klikněte na tlačítko: <a href="https://priklad.cz/overeni?k=99xA2">Ověřit e-mail</a></p>' +
      '<p><a href="https://priklad.cz/odhlasit">Odhlásit odběr</a></p>',
    html: true,
    code: 'T7K4QP',
    link: 'https://priklad.cz/overeni?k=99xA2',
    note: 'Czech, alphanumeric code and a verify link',
  },
  {
    id: 'sv-b14',
    lang: 'sv',
    subject: 'Din inloggningskod',
    content: 'Hej!\n\nDin engångskod är 318842. Ange den i appen för att logga in.\n\nVänliga hälsningar\nExempel AB',
    html: false,
    code: '318842',
    link: null,
    note: 'Swedish plain, engångskod',
  },
  {
    id: 'sv-b15',
    lang: 'sv',
    subject: 'Bekräfta din e-postadress',
    content:
      '<p>Hej!</p><p>Tack för att du registrerade dig.</p>' +
      '<table><tr><td style="background:#0a7"><a href="https://exempel.se/konto/bekrafta/8d2kQ">Bekräfta din e-postadress</a></td></tr></table>' +
      '<p><a href="https://exempel.se/avregistrera">Avregistrera</a></p>',
    html: true,
    code: null,
    link: 'https://exempel.se/konto/bekrafta/8d2kQ',
    note: 'Swedish confirm button in a table cell',
  },
  {
    id: 'tr-b16',
    lang: 'tr',
    subject: 'Hesap doğrulama',
    content: 'Merhaba,\n\nDoğrulama kodunuz: 551902\nBu kodu kimseyle paylaşmayın.\n\nÖrnek Ekibi',
    html: false,
    code: '551902',
    link: null,
    note: 'Turkish plain, kodunuz',
  },
  {
    id: 'tr-b17',
    lang: 'tr',
    subject: 'Rezervasyonunuz onaylandı',
    content:
      '<p>Sayın yolcumuz,</p><p>Rezervasyon kodunuz: <b>K4TZ9Q</b></p><p>Uçuş: TK1234 İstanbul – Ankara, 14.12.2026 08:45</p>' +
      '<p>Toplam: 2.450,00 TL</p><p><a href="https://ornek.com.tr/rezervasyon/K4TZ9Q">Rezervasyonu görüntüle</a></p>',
    html: true,
    code: null,
    link: null,
    note: 'Turkish negative: booking code, flight number, date, price',
  },
  {
    id: 'ar-b18',
    lang: 'ar',
    subject: 'رمز التحقق',
    content: 'مرحباً،\n\nرمز التحقق الخاص بك هو: 274916\nلا تشارك هذا الرمز مع أي شخص.\n\nفريق مثال',
    html: false,
    code: '274916',
    link: null,
    note: 'Arabic plain',
  },
  {
    id: 'ar-b19',
    lang: 'ar',
    subject: 'تأكيد بريدك الإلكتروني',
    content:
      '<div dir="rtl"><p>مرحباً،</p><p>يرجى تأكيد بريدك الإلكتروني بالنقر على الزر أدناه.</p>' +
      '<p><a href="https://mithal.example/account/t/8KQZ2">تأكيد البريد الإلكتروني</a></p>' +
      '<p><a href="https://mithal.example/privacy">سياسة الخصوصية</a></p></div>',
    html: true,
    code: null,
    link: 'https://mithal.example/account/t/8KQZ2',
    note: 'Arabic confirm button',
  },
  {
    id: 'he-b20',
    lang: 'he',
    subject: 'קוד אימות',
    content: 'שלום,\n\nקוד האימות שלך הוא 690241. הקוד בתוקף ל-10 דקות.\n\nצוות דוגמה',
    html: false,
    code: '690241',
    link: null,
    note: 'Hebrew plain',
  },
  {
    id: 'hi-b21',
    lang: 'hi',
    subject: 'आपका सत्यापन कोड',
    content: 'नमस्ते,\n\nआपका OTP 735102 है। यह 10 मिनट के लिए मान्य है। इसे किसी के साथ साझा न करें।',
    html: false,
    code: '735102',
    link: null,
    note: 'Hindi plain, OTP',
  },
  {
    id: 'vi-b22',
    lang: 'vi',
    subject: 'Mã xác minh của bạn',
    content:
      '<p>Xin chào,</p><p>Mã xác minh của bạn là:</p><div style="font-size:30px;font-weight:bold">408 337</div>' +
      '<p>Mã có hiệu lực trong 5 phút.</p>',
    html: true,
    code: '408337',
    link: null,
    note: 'Vietnamese HTML, grouped code on its own line',
  },
  {
    id: 'vi-b23',
    lang: 'vi',
    subject: 'Đơn hàng của bạn đã được giao',
    content:
      'Đơn hàng #SG29481 đã được giao thành công.\nTổng tiền: 450.000₫\nMã giảm giá cho lần mua tiếp theo: GIAM50K\nHotline: 1900 1234',
    html: false,
    code: null,
    link: null,
    note: 'Vietnamese negative: order, amount, discount code, hotline',
  },
  {
    id: 'id-b24',
    lang: 'id',
    subject: 'Kode Verifikasi',
    content: 'Halo,\n\nKode verifikasi Anda adalah 182736. Jangan berikan kode ini kepada siapa pun.\n\nSalam,\nTim Contoh',
    html: false,
    code: '182736',
    link: null,
    note: 'Indonesian plain',
  },
  {
    id: 'id-b25',
    lang: 'id',
    subject: 'Selamat datang di Contoh',
    content:
      '<p>Halo,</p><p>Terima kasih telah mendaftar. Klik tombol di bawah ini untuk mengaktifkan akun Anda.</p>' +
      '<p><a href="https://contoh.co.id/aktivasi?token=mm2kP0">Konfirmasi alamat email</a></p>' +
      '<p><a href="https://contoh.co.id/bantuan">Bantuan</a></p>',
    html: true,
    code: null,
    link: 'https://contoh.co.id/aktivasi?token=mm2kP0',
    note: 'Indonesian confirm button',
  },
  {
    id: 'th-b26',
    lang: 'th',
    subject: 'รหัสยืนยันตัวตน',
    content: 'รหัส OTP ของคุณคือ 583920 (รหัสอ้างอิง: KDPW)\nรหัสจะหมดอายุใน 5 นาที กรุณาอย่าเปิดเผยรหัสนี้แก่ผู้อื่น',
    html: false,
    code: '583920',
    link: null,
    note: 'Thai plain, OTP with a reference code beside it',
  },
  {
    id: 'el-b27',
    lang: 'el',
    subject: 'Κωδικός επαλήθευσης',
    content: '<p>Γεια σας,</p><p>Ο κωδικός επαλήθευσης σας είναι:</p><p><strong>417 552</strong></p><p>Ισχύει για 10 λεπτά.</p>',
    html: true,
    code: '417552',
    link: null,
    note: 'Greek HTML',
  },
  {
    id: 'en-b28',
    lang: 'en',
    subject: 'Your Acme sign-in code',
    content:
      '<p>Enter this code to finish signing in:</p>\n<table role="presentation" cellspacing="6"><tr>\n' +
      `<td ${cellStyle}>7</td>\n<td ${cellStyle}>0</td>\n<td ${cellStyle}>3</td>\n` +
      `<td ${cellStyle}>9</td>\n<td ${cellStyle}>1</td>\n<td ${cellStyle}>5</td>\n` +
      '</tr></table>\n<p>This code expires in 10 minutes.</p>',
    html: true,
    code: '703915',
    link: null,
    note: 'one digit per cell, cells on separate source lines',
  },
  {
    id: 'en-b29',
    lang: 'en',
    subject: '529018 is your Acme verification code',
    content: '<p>Hi there,</p><p>Use the code in the subject line to finish signing in. It expires in 10 minutes.</p>',
    html: true,
    code: '529018',
    link: null,
    note: 'code only in the subject',
  },
  {
    id: 'en-b30',
    lang: 'en',
    subject: 'Reset your password',
    content:
      '<p>Hi,</p><p>We received a request to reset the password for your Acme account.</p>' +
      '<p><a href="https://acme.example/u/password-reset/7Hq2Lx">Reset password</a></p>' +
      "<p>If you didn't request a password reset, you can ignore this email.</p>" +
      '<p><a href="https://acme.example/login">Log in</a> · <a href="https://acme.example/help">Help</a></p>',
    html: true,
    code: null,
    link: 'https://acme.example/u/password-reset/7Hq2Lx',
    note: 'password reset link is the action link',
  },
  {
    id: 'en-b31',
    lang: 'en',
    subject: 'Welcome to Acme',
    content:
      '<h1>Welcome to Acme!</h1><p>Your account is ready. Start exploring today.</p>' +
      '<p><a href="https://acme.example/login">Log in to your account</a></p>' +
      '<p><a href="https://acme.example/unsubscribe">Unsubscribe</a></p>',
    html: true,
    code: null,
    link: null,
    note: 'negative: "Log in to your account" is not a verification link',
  },
  {
    id: 'en-b32',
    lang: 'en',
    subject: 'Invitation: Weekly sync @ Thu Nov 26, 2026 10am',
    content:
      'Jane Doe is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://us02web.zoom.us/j/81234567890?pwd=aBcD1234\n\nMeeting ID: 812 3456 7890\nPasscode: 482913\n\nOne tap mobile\n+16465588656,,81234567890#',
    html: false,
    code: null,
    link: null,
    note: 'negative: meeting passcode',
  },
  {
    id: 'en-b33',
    lang: 'en',
    subject: 'You received an Amazon.com Gift Card!',
    content:
      "<p>Hi, you've received a $50.00 gift card from Jane.</p><p>Claim code: <b>AQ7K-9HDPZ2-MN4X</b></p>" +
      '<p><a href="https://www.amazon.com/gc/redeem?claimCode=AQ7K9HDPZ2MN4X">Apply to your account</a></p>',
    html: true,
    code: null,
    link: null,
    note: 'negative: gift-card claim code',
  },
  {
    id: 'en-b34',
    lang: 'en',
    subject: 'Your reservation is confirmed',
    content:
      '<p>Pack your bags! Your stay at Seaside Loft is confirmed.</p><p>Confirmation code: <b>HMA4KX2Q</b></p>' +
      '<p>Check-in: Fri, Nov 27, 2026 3:00 PM</p><p><a href="https://stays.example/trips/HMA4KX2Q">View your reservation</a></p>',
    html: true,
    code: null,
    link: null,
    note: 'negative: booking confirmation code',
  },
  {
    id: 'en-b35',
    lang: 'en',
    subject: 'Give $10, get $10',
    content: 'Invite friends to Acme! Share your referral code JANE4821 and you both get $10 off your next ride.',
    html: false,
    code: null,
    link: null,
    note: 'negative: referral code',
  },
  {
    id: 'de-b36',
    lang: 'de',
    subject: 'Bitte bestätigen Sie Ihre Anmeldung',
    content:
      '<p>Guten Tag,</p><p>Ihr Sicherheitscode lautet <b>839 104</b>.</p>' +
      '<p>Alternativ können Sie Ihre Adresse direkt bestätigen:</p><p><a href="https://beispiel.de/k/78sdQ">E-Mail-Adresse bestätigen</a></p>',
    html: true,
    code: '839104',
    link: 'https://beispiel.de/k/78sdQ',
    note: 'German, code and link both',
  },
  {
    id: 'fr-b37',
    lang: 'fr',
    subject: "Votre code d'accès",
    content: "Bonjour,\n\nVotre code d'accès temporaire : KX4-92M\n\nCe code expire dans 15 minutes.",
    html: false,
    code: 'KX492M',
    link: null,
    note: "French, alphanumeric code with a hyphen, code d'accès",
  },
  {
    id: 'es-b38',
    lang: 'es',
    subject: 'Restablece tu contraseña',
    content:
      '<p>Hola,</p><p>Recibimos una solicitud para restablecer tu contraseña.</p>' +
      '<p><a href="https://ejemplo.es/cuenta/restablecer?t=91ksW">Restablecer contraseña</a></p>' +
      '<p>Si no la solicitaste, ignora este mensaje.</p>',
    html: true,
    code: null,
    link: 'https://ejemplo.es/cuenta/restablecer?t=91ksW',
    note: 'Spanish password reset link',
  },
  {
    id: 'it-b39',
    lang: 'it',
    subject: 'Il tuo ordine è stato spedito',
    content:
      'Il tuo ordine n. 40517732 è stato spedito.\nCodice di tracciamento: IT9938271\nConsegna prevista il 03/12/2026.\nServizio clienti: 02 1234 5678',
    html: false,
    code: null,
    link: null,
    note: 'Italian negative: order, tracking, date, phone',
  },
  {
    id: 'pt-b40',
    lang: 'pt',
    subject: 'Seu código de acesso',
    content: 'Olá,\n\nUse o código abaixo para entrar:\n\n6 0 1 9 2 7\n\nO código expira em 10 minutos.',
    html: false,
    code: '601927',
    link: null,
    note: 'Portuguese, spaced digits on their own line',
  },
  {
    id: 'nl-b41',
    lang: 'nl',
    subject: 'Activeer je account',
    content:
      '<p>Hoi,</p><p>Bedankt voor je registratie.</p><p><a href="https://voorbeeld.nl/activeren/xk2Pq">Account activeren</a></p>' +
      '<p>Voorbeeld B.V., Keizersgracht 1, 1012 AB Amsterdam</p>',
    html: true,
    code: null,
    link: 'https://voorbeeld.nl/activeren/xk2Pq',
    note: 'Dutch activate link',
  },
  {
    id: 'ja-b42',
    lang: 'ja',
    subject: 'ご注文ありがとうございます',
    content:
      'ご注文番号：1234-5678-90\nお届け先：〒150-0002 東京都渋谷区渋谷2-21-1\nお支払い金額：3,980円\nお届け予定日：2026年12月3日',
    html: false,
    code: null,
    link: null,
    note: 'Japanese negative: order number, postal code, amount, date',
  },
  {
    id: 'ru-b43',
    lang: 'ru',
    subject: 'Скидка 20% на первый заказ',
    content: 'Промокод SALE2025 даёт скидку 20% на первый заказ до 31.12.2026. Звоните: 8 800 555-35-35',
    html: false,
    code: null,
    link: null,
    note: 'Russian negative: promo code, date, phone',
  },
];

export const tuningMails: VerificationMail[] = [];

export const allMails: VerificationMail[] = [...blindMails, ...tuningMails];
