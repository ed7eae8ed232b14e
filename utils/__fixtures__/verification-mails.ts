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

/** A transactional HTML layout as senders build it: hidden preheader, logo, content cell, footer. */
function layout(body: string, footer = '© 2026 Example Inc. · 500 Terry Francine St, San Francisco, CA 94158'): string {
  return (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Example</title>' +
    '<style>@media (max-width:600px){.inner{width:100%!important}} td{font-family:Arial,sans-serif}</style></head>' +
    '<body style="margin:0;background:#f4f4f4"><div style="display:none;max-height:0;overflow:hidden">&nbsp;&zwnj;&nbsp;&zwnj;</div>\n' +
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n' +
    '  <table class="inner" width="600" cellpadding="0" cellspacing="0" style="background:#fff">\n' +
    '    <tr><td style="padding:24px"><img src="https://cdn.example.net/logo.png" alt="Example" width="120"></td></tr>\n' +
    `    <tr><td style="padding:0 24px 24px;font-size:15px;line-height:22px">\n      ${body}\n    </td></tr>\n` +
    `    <tr><td style="padding:24px;font-size:12px;color:#888">${footer}</td></tr>\n` +
    '  </table>\n</td></tr></table></body></html>'
  );
}

/** A big, letter-spaced code block, as most senders style the code. */
const bigCode = (code: string): string =>
  `<table role="presentation" align="center"><tr><td style="font-size:32px;font-weight:700;letter-spacing:6px;padding:16px 24px;background:#f0f3f7;border-radius:6px">${code}</td></tr></table>`;

/** A button: a link inside a styled table cell. */
const button = (href: string, words: string): string =>
  `<table role="presentation"><tr><td style="border-radius:4px;background:#1a73e8"><a href="${href}" target="_blank" style="display:inline-block;padding:12px 28px;color:#fff;text-decoration:none;font-weight:bold">${words}</a></td></tr></table>`;

export const tuningMails: VerificationMail[] = [
  // ------------------------------------------------------------------ English: services as they write
  {
    id: 'en-1',
    lang: 'en',
    subject: 'Your Google verification code',
    content: layout(
      '<p style="font-size:20px">Verify it’s you</p><p>Google received a request to use <b>jane.doe@example.com</b> as a recovery email for Google Account <b>jdoe@gmail.com</b>.</p>' +
        '<p>Use this code to finish setting up this recovery email:</p>' +
        bigCode('482913') +
        '<p>This code will expire in 24 hours.</p><p>If you don’t recognize <b>jdoe@gmail.com</b>, you can safely ignore this email.</p>',
      'You received this email to let you know about important changes to your Google Account and services.<br>© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA',
    ),
    html: true,
    code: '482913',
    link: null,
    note: 'Google style: the code in a big cell below its sentence, addresses and ZIP in the footer',
  },
  {
    id: 'en-2',
    lang: 'en',
    subject: 'Microsoft account security code',
    content:
      'Microsoft account\n\nSecurity code\n\nPlease use the following security code for the Microsoft account ja***@example.com.\n\nSecurity code: 4821\n\n' +
      "If you don't recognize the Microsoft account ja***@example.com, you can click https://account.live.com/dp?ft=Ab12Cd34Ef56Gh78 to remove your email address from that account.\n\nThanks,\nThe Microsoft account team",
    html: false,
    code: '4821',
    link: null,
    note: 'Microsoft style: 4-digit security code, a "remove your address" link that is not the action',
  },
  {
    id: 'en-3',
    lang: 'en',
    subject: 'Verify your Apple ID email address',
    content: layout(
      '<p>Dear Jane Doe,</p><p>You have selected this email address as your new Apple ID. To verify this email address belongs to you, enter the code below on the email verification page:</p>' +
        '<p style="font-size:24px"><b>739104</b></p>' +
        '<p>This code will expire three hours after this email was sent.</p>' +
        '<p><b>Why you received this email.</b><br>Apple requires verification whenever an email address is selected as an Apple ID.</p>' +
        '<p>If you did not make this request, you can ignore this email. No Apple ID will be created without verification.</p>',
      '<a href="https://appleid.apple.com/">Apple ID</a> | <a href="https://support.apple.com/">Support</a> | <a href="https://www.apple.com/privacy/">Privacy Policy</a><br>Copyright © 2026 Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States.',
    ),
    html: true,
    code: '739104',
    link: null,
    note: 'Apple style, footer links, year and ZIP',
  },
  {
    id: 'en-4',
    lang: 'en',
    subject: 'amazon.com: Sign-in attempt',
    content:
      "Amazon\n\nSomeone who knew your password is attempting to sign-in to your account.\n\nIf this was you, your verification code is:\n\n615 208\n\nDon't share it with others.\n\nIf you did not recognize this sign-in attempt, reset your password here: https://www.amazon.com/ap/forgotpassword\n\nAmazon will never email you and ask you to disclose or verify your Amazon password, credit card, or banking account number.",
    html: false,
    code: '615208',
    link: null,
    note: 'Amazon style: grouped code; the reset link is the "not you" remedy, not the action',
  },
  {
    id: 'en-5',
    lang: 'en',
    subject: 'Slack confirmation code: Q7X-4KP',
    content: layout(
      '<h1>Confirm your email address</h1><p>Your confirmation code is below — enter it in your open browser window and we’ll help you get signed in.</p>' +
        bigCode('Q7X-4KP') +
        '<p>If you didn’t request this email, there’s nothing to worry about — you can safely ignore it.</p>',
      'Made by Slack Technologies, LLC · 500 Howard Street · San Francisco, CA 94105',
    ),
    html: true,
    code: 'Q7X4KP',
    link: null,
    note: 'Slack style: letters-and-digits code with a hyphen, in the subject and the body',
  },
  {
    id: 'en-6',
    lang: 'en',
    subject: 'Verify your email address',
    content: layout(
      '<h2>Thanks for signing up!</h2><p>Before we get started, we need to confirm it’s you. Click below to verify your email address:</p>' +
        button('https://click.discord.com/ls/click?upn=u001.Tq8Zk3Lm-2BxY7vRw0pQ4s', 'Verify Email') +
        '<p>Need help? <a href="https://support.discord.com/">Contact our support team</a></p>',
      'Sent by Discord • <a href="https://discord.com/privacy">check our blog</a> • <a href="https://twitter.com/discord">@discord</a><br>444 De Haro Street, Suite 200, San Francisco, CA 94107',
    ),
    html: true,
    code: null,
    link: 'https://click.discord.com/ls/click?upn=u001.Tq8Zk3Lm-2BxY7vRw0pQ4s',
    note: 'Discord style: verify button behind a click-tracking URL',
  },
  {
    id: 'en-7',
    lang: 'en',
    subject: 'Sign in to Medium',
    content: layout(
      '<p>Click the link below to sign in to your Medium account.</p>' +
        button('https://medium.com/m/callback/email?token=8f2c9a71b04e5d36&operation=login&state=medium', 'Sign in to Medium') +
        '<p>This link will expire in 15 minutes and can only be used once.</p>' +
        '<p>If you don’t want to sign in, just ignore this email.</p>',
    ),
    html: true,
    code: null,
    link: 'https://medium.com/m/callback/email?token=8f2c9a71b04e5d36&operation=login&state=medium',
    note: 'magic sign-in link with a token, expiring',
  },
  {
    id: 'en-8',
    lang: 'en',
    subject: 'Reset your password',
    content:
      'Hi Jane,\n\nSomeone requested a password reset for your account. Click the link below to choose a new password:\n\nhttps://app.example.io/u/r/9Kq2Lm8Xz4Wv\n\nThis link expires in 1 hour. If you did not ask for this, ignore this email.',
    html: false,
    code: null,
    link: 'https://app.example.io/u/r/9Kq2Lm8Xz4Wv',
    note: 'plain-text reset link announced on the line above, no keyword in the URL',
  },
  {
    id: 'en-9',
    lang: 'en',
    subject: 'Your one-time passcode',
    content:
      'Dear Customer,\n\nOTP for transaction of INR 5,000.00 at AMAZON PAY on your Example Bank card ending 4821 is 739104. Valid for 10 mins.\nDo not share this OTP with anyone for security reasons.\n\nExample Bank Customer Care: 1800 202 6161',
    html: false,
    code: '739104',
    link: null,
    note: 'bank OTP: amount, masked card "ending 4821", toll-free number',
  },
  {
    id: 'en-10',
    lang: 'en',
    subject: 'Steam Guard: access from a new device',
    content:
      'Dear jdoe,\n\nHere is the Steam Guard code you need to login to account jdoe:\n\nF4K2T\n\nThis email was generated because of a login attempt from a web or mobile device located at Berlin, DE.\n\nThe Steam Team',
    html: false,
    code: 'F4K2T',
    link: null,
    note: 'Steam style: 5 letters and digits alone on a line',
  },
  {
    id: 'en-11',
    lang: 'en',
    subject: 'Your Uber account verification code',
    content: '<p>Your Uber code: <strong>4821</strong>. Never share this code. Reply STOP ASAP to 89203 to unsubscribe.</p>',
    html: true,
    code: '4821',
    link: null,
    note: 'Uber style: 4 digits, a short number after',
  },
  {
    id: 'en-12',
    lang: 'en',
    subject: '[GitHub] Please verify your device',
    content:
      'Hey jdoe!\n\nA sign in attempt requires further verification because we did not recognize your device. To complete the sign in, enter the verification code on the unrecognized device.\n\nDevice: Chrome on Windows\nVerification code: 48291375\n\nIf you did not attempt to sign in to your account, your password may be compromised. Visit https://github.com/settings/security to create a new, strong password for your GitHub account.',
    html: false,
    code: '48291375',
    link: null,
    note: 'GitHub style: 8 digits; the security settings link is not the action',
  },
  {
    id: 'en-13',
    lang: 'en',
    subject: 'Your code',
    content: layout(
      '<p>Here is your login code:</p><table role="presentation"><tr>' +
        ['3', '9', '1', '7', '2', '0']
          .map(
            (d) =>
              `<td style="padding:4px"><table><tr><td style="font-size:30px;border:1px solid #ddd;padding:8px">${d}</td></tr></table></td>`,
          )
          .join('\n') +
        '</tr></table><p>It expires in 10 minutes.</p>',
    ),
    html: true,
    code: '391720',
    link: null,
    note: 'one digit per nested table, each inside a cell of one row',
  },
  {
    id: 'en-14',
    lang: 'en',
    subject: 'Confirm your sign-up',
    content:
      '<p>Your confirmation code:</p><div>' +
      ['5', '0', '8', '3', '6', '2']
        .map((d) => `<div style="display:inline-block;width:36px;font-size:28px">${d}</div>`)
        .join('\n') +
      '</div>',
    html: true,
    code: '508362',
    link: null,
    note: 'one digit per inline-block div, on separate source lines',
  },
  {
    id: 'en-15',
    lang: 'en',
    subject: 'Complete your registration',
    content:
      '<p>Your verification code is <span style="font-size:26px"><span>2</span><span>7</span><span>4</span><span>9</span><span>1</span><span>6</span></span></p>' +
      '<p>Or simply <a href="https://accounts.example.com/signup/confirm?c=2749Kq16&u=88">confirm your email address</a>.</p>',
    html: true,
    code: '274916',
    link: 'https://accounts.example.com/signup/confirm?c=2749Kq16&u=88',
    note: 'digits in inline spans; both a code and a link',
  },
  {
    id: 'en-16',
    lang: 'en',
    subject: 'Your Twitch verification code is 883512',
    content: layout('<p>Hi jdoe,</p><p>Please enter the code above in the Twitch app to verify your email.</p>'),
    html: true,
    code: '883512',
    link: null,
    note: 'code only in the subject, "the code above" in the body',
  },
  {
    id: 'en-17',
    lang: 'en',
    subject: 'Your Acme order #112-4829130-7738201 has shipped',
    content: layout(
      '<h2>Your package is on its way</h2><p>Order #112-4829130-7738201</p><p>Tracking number: 9400 1000 0000 0000 0000 00</p>' +
        '<p>Arriving Tuesday, December 1, 2026</p><p>Order total: $1,249.00</p>' +
        button('https://acme.example/orders/112-4829130-7738201', 'Track package'),
    ),
    html: true,
    code: null,
    link: null,
    note: 'negative: shipping mail with order and tracking numbers, date, total',
  },
  {
    id: 'en-18',
    lang: 'en',
    subject: 'New sign-in to your account',
    content: layout(
      '<p>We noticed a new sign-in to your Example account on a Windows device.</p><p>Tuesday, Nov 24, 2026 10:45 AM (GMT)<br>Berlin, Germany<br>IP 203.0.113.42</p>' +
        '<p>If this was you, you don’t need to do anything. If not, we’ll help you secure your account.</p>' +
        button('https://myaccount.example.com/notifications/alert?rfn=31&ri=7Kq2', 'Check activity'),
    ),
    html: true,
    code: null,
    link: null,
    note: 'negative: security alert, no code, "check activity" is not an action link',
  },
  {
    id: 'en-19',
    lang: 'en',
    subject: 'Get 15% off your first order',
    content: layout(
      '<h1>Welcome to the club!</h1><p>Use code <b>WELCOME15</b> at checkout for 15% off your first order.</p>' +
        button('https://shop.example/collections/new?utm_source=email', 'Shop now') +
        '<p><a href="https://shop.example/account/login">Log in to your account</a></p>',
    ),
    html: true,
    code: null,
    link: null,
    note: 'negative: promo code and a log-in link',
  },
  {
    id: 'en-20',
    lang: 'en',
    subject: 'Invitation: Design review',
    content:
      'Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting: https://teams.microsoft.com/l/meetup-join/19%3ameeting_Zk3\nMeeting ID: 312 845 901 277\nPasscode: Xy7Bq2\n\nDial in by phone\n+1 323-555-0142,,481273915# United States, Los Angeles\nPhone conference ID: 481 273 915#',
    html: false,
    code: null,
    link: null,
    note: 'negative: Teams meeting ID, passcode and phone conference ID',
  },
  {
    id: 'en-21',
    lang: 'en',
    subject: 'Your receipt from Example Music',
    content:
      'Receipt #1923-4821\nDate: 03/12/2026\nExample Music Individual (Monthly) $10.99\nBilled to: Visa •••• 4821\nIf you have questions, call 1-800-555-0199.\nExample Inc., 1 Main St, Springfield, IL 62701',
    html: false,
    code: null,
    link: null,
    note: 'negative: receipt number, date, masked card, phone, ZIP',
  },
  {
    id: 'en-22',
    lang: 'en',
    subject: 'Your verification code',
    content: layout(
      '<h1 style="font-size:22px">Verify your email</h1><p>Thanks for creating an account with Example. We just need to make sure this email address belongs to you. ' +
        'Please copy the code below and paste it into the sign-up window you have open. Do not share this code with anyone; our staff will never ask for it.</p>' +
        '<p>&nbsp;</p>' +
        bigCode('90 31 46') +
        '<p>Valid for 30 minutes.</p>',
    ),
    html: true,
    code: '903146',
    link: null,
    note: 'code far below its code words, in pairs',
  },
  {
    id: 'en-23',
    lang: 'en',
    subject: 'Welcome to Example!',
    content: layout(
      '<p>Your email has been verified. You can now use all features of Example.</p>' +
        button('https://app.example.com/login', 'Log in') +
        '<p>Questions? Reply to this email or visit our <a href="https://example.com/help">help center</a>.</p>',
    ),
    html: true,
    code: null,
    link: null,
    note: 'negative: "verified" already, the log-in button is no action',
  },
  {
    id: 'en-24',
    lang: 'en',
    subject: 'Please confirm your subscription',
    content:
      'Hello,\n\nPlease confirm that you want to receive our newsletter by clicking the link below:\n\nhttps://news.example.org/subscribe/confirm?id=3f9a1c&list=42\n\nIf you received this email by mistake, simply delete it.\n\nTo unsubscribe at any time: https://news.example.org/unsubscribe?id=3f9a1c',
    html: false,
    code: null,
    link: 'https://news.example.org/subscribe/confirm?id=3f9a1c&list=42',
    note: 'double opt-in confirm link, unsubscribe link after it',
  },
  {
    id: 'en-25',
    lang: 'en',
    subject: "You've been invited to join Acme on Example",
    content: layout(
      '<p>Jane Doe has invited you to join the <b>Acme</b> workspace. Use invite code <b>ACME-7421</b> or the button below.</p>' +
        button('https://example.com/invite/accept?i=Zk92Lq', 'Join Acme'),
    ),
    html: true,
    code: null,
    link: null,
    note: 'negative: workspace invite code and a join button',
  },
  // ------------------------------------------------------------------ The seven European languages
  {
    id: 'it-1',
    lang: 'it',
    subject: 'Il tuo codice OTP',
    content:
      'Gentile cliente,\n\nil tuo codice OTP è 482913. Non comunicarlo a nessuno, nemmeno agli operatori della banca.\n\nBanca Esempio S.p.A. - Via Roma 1, 20121 Milano',
    html: false,
    code: '482913',
    link: null,
    note: 'Italian bank OTP, Milan postcode',
  },
  {
    id: 'it-2',
    lang: 'it',
    subject: 'Reimposta la tua password',
    content: layout(
      '<p>Ciao Marco,</p><p>abbiamo ricevuto una richiesta di reimpostazione della password del tuo account.</p>' +
        button('https://esempio.it/account/r/Lq82Kx0', 'Reimposta password') +
        '<p>Se non hai richiesto tu la modifica, ignora questa email.</p>',
      'Esempio S.r.l. · P.IVA 01234567890 · <a href="https://esempio.it/privacy">Privacy</a>',
    ),
    html: true,
    code: null,
    link: 'https://esempio.it/account/r/Lq82Kx0',
    note: 'Italian reset button',
  },
  {
    id: 'it-3',
    lang: 'it',
    subject: 'Solo per te: 10% di sconto',
    content: 'Usa il codice sconto BENVENUTO10 entro il 31/12/2026. Spedizione gratuita sopra i 49 €.',
    html: false,
    code: null,
    link: null,
    note: 'Italian negative: discount code, date, price',
  },
  {
    id: 'de-1',
    lang: 'de',
    subject: 'Ihr Einmalpasswort',
    content:
      'Guten Tag,\n\nIhr Einmalpasswort lautet: 482913\nEs ist 5 Minuten gültig.\n\nMit freundlichen Grüßen\nIhre Beispiel Bank AG, Postfach 10 01 01, 60001 Frankfurt am Main',
    html: false,
    code: '482913',
    link: null,
    note: 'German one-time password, PO box and postcode',
  },
  {
    id: 'de-2',
    lang: 'de',
    subject: 'Passwort zurücksetzen',
    content: layout(
      '<p>Hallo,</p><p>Sie haben angefordert, Ihr Passwort zurückzusetzen. Klicken Sie auf den folgenden Button:</p>' +
        button('https://beispiel.de/konto/pw/5Hq8Zr2', 'Neues Passwort festlegen') +
        '<p>Der Link ist 24 Stunden gültig.</p>',
      'Beispiel GmbH · Friedrichstraße 10 · 10115 Berlin · <a href="https://beispiel.de/impressum">Impressum</a>',
    ),
    html: true,
    code: null,
    link: 'https://beispiel.de/konto/pw/5Hq8Zr2',
    note: 'German reset button: "Neues Passwort festlegen"',
  },
  {
    id: 'de-3',
    lang: 'de',
    subject: 'Ihre Sendung ist unterwegs',
    content:
      'Ihre Sendung 00340434161094015902 wird heute zugestellt.\nSendungsnummer: JJD000390007804521\nGutscheincode für Ihre nächste Bestellung: FRUEHLING20',
    html: false,
    code: null,
    link: null,
    note: 'German negative: parcel numbers and a voucher code',
  },
  {
    id: 'fr-1',
    lang: 'fr',
    subject: 'Votre code de sécurité',
    content: layout(
      '<p>Bonjour,</p><p>Voici votre code de sécurité pour finaliser votre connexion :</p>' +
        bigCode('482 913') +
        '<p>Il est valable 10 minutes.</p>',
      'Exemple SAS · 8 rue de la Paix, 75002 Paris · <a href="https://exemple.fr/desinscription">Se désinscrire</a>',
    ),
    html: true,
    code: '482913',
    link: null,
    note: 'French security code in a big cell',
  },
  {
    id: 'fr-2',
    lang: 'fr',
    subject: 'Confirmez votre adresse e-mail',
    content: layout(
      '<p>Bienvenue !</p><p>Pour activer votre compte, cliquez sur le bouton ci-dessous.</p>' +
        button('https://exemple.fr/c/Zk82Lm', 'Confirmer mon adresse'),
    ),
    html: true,
    code: null,
    link: 'https://exemple.fr/c/Zk82Lm',
    note: 'French confirm button',
  },
  {
    id: 'fr-3',
    lang: 'fr',
    subject: 'Les soldes commencent !',
    content: "Profitez de -30 % avec le code promo : ETE30. Livraison offerte dès 60 €. Offre valable jusqu'au 15/07/2026.",
    html: false,
    code: null,
    link: null,
    note: 'French negative: code promo',
  },
  {
    id: 'es-1',
    lang: 'es',
    subject: 'Tu código de inicio de sesión',
    content:
      'Hola,\n\nTu código es 4821. Introdúcelo en la aplicación para iniciar sesión.\n\nSi no has sido tú, ignora este mensaje.',
    html: false,
    code: '4821',
    link: null,
    note: 'Spanish 4-digit code',
  },
  {
    id: 'es-2',
    lang: 'es',
    subject: 'Confirma tu correo electrónico',
    content: layout('<p>¡Hola!</p><p>Solo falta un paso.</p>' + button('https://ejemplo.com/r/Bq81Xk', 'Confirmar correo')),
    html: true,
    code: null,
    link: 'https://ejemplo.com/r/Bq81Xk',
    note: 'Spanish confirm button',
  },
  {
    id: 'es-3',
    lang: 'es',
    subject: 'Tu reserva está confirmada',
    content: layout(
      '<p>¡Gracias por tu reserva!</p><p>Código de confirmación: <b>XK4T9Q</b></p><p>Entrada: 12/12/2026 · Salida: 15/12/2026</p><p>Hotel Ejemplo, Calle Mayor 1, 28013 Madrid</p>' +
        button('https://hotel.ejemplo.es/reservas/XK4T9Q', 'Ver mi reserva'),
    ),
    html: true,
    code: null,
    link: null,
    note: 'Spanish negative: booking confirmation code',
  },
  {
    id: 'pt-1',
    lang: 'pt',
    subject: 'Seu código de verificação',
    content: layout('<p>Olá,</p><p>Seu código de verificação é:</p>' + bigCode('482913') + '<p>Ele expira em 15 minutos.</p>'),
    html: true,
    code: '482913',
    link: null,
    note: 'Portuguese code in a big cell',
  },
  {
    id: 'pt-2',
    lang: 'pt',
    subject: 'Redefinição de senha',
    content:
      'Olá,\n\nPara redefinir sua senha, acesse o link abaixo:\nhttps://exemplo.com.br/s/Tq82Lm9\n\nO link expira em 2 horas.',
    html: false,
    code: null,
    link: 'https://exemplo.com.br/s/Tq82Lm9',
    note: 'Portuguese reset link on its own line',
  },
  {
    id: 'pt-3',
    lang: 'pt',
    subject: 'Seu pedido foi enviado',
    content: 'Pedido nº 48213921 enviado. Código de rastreio: BR123456789BR. Valor: R$ 249,90. CEP 01310-100.',
    html: false,
    code: null,
    link: null,
    note: 'Portuguese negative: order, tracking code, price, CEP',
  },
  {
    id: 'nl-1',
    lang: 'nl',
    subject: 'Je eenmalige code',
    content:
      'Hoi,\n\nJe eenmalige code is 482913. Deze code is 10 minuten geldig.\n\nVoorbeeld B.V., Damrak 1, 1012 LG Amsterdam',
    html: false,
    code: '482913',
    link: null,
    note: 'Dutch one-time code, postcode with letters',
  },
  {
    id: 'nl-2',
    lang: 'nl',
    subject: 'Wachtwoord opnieuw instellen',
    content: layout(
      '<p>Hallo,</p><p>Klik op de knop om een nieuw wachtwoord in te stellen.</p>' +
        button('https://voorbeeld.nl/w/8Kq2', 'Wachtwoord opnieuw instellen'),
    ),
    html: true,
    code: null,
    link: 'https://voorbeeld.nl/w/8Kq2',
    note: 'Dutch reset button',
  },
  // ------------------------------------------------------------------ Chinese
  {
    id: 'zh-Hans-1',
    lang: 'zh-Hans',
    subject: '【支付宝】登录验证',
    content: '【示例支付】验证码 482913，用于登录，5分钟内有效。验证码提供给他人可能导致账号被盗，请勿泄露，谨防被骗。',
    html: false,
    code: '482913',
    link: null,
    note: 'simplified Chinese, code right after 验证码 and before a full-width comma',
  },
  {
    id: 'zh-Hans-2',
    lang: 'zh-Hans',
    subject: '邮箱验证',
    content: layout(
      '<p>您好：</p><p>感谢您注册示例网。请点击以下链接完成邮箱验证：</p><p><a href="https://shili.cn/a/Xk92Lm">https://shili.cn/a/Xk92Lm</a></p><p>如果链接无法点击，请复制到浏览器地址栏打开。</p>',
      '示例网络科技有限公司 版权所有 © 2026 | 客服电话：400-123-4567',
    ),
    html: true,
    code: null,
    link: 'https://shili.cn/a/Xk92Lm',
    note: 'simplified Chinese: the URL as its own link, the words above say verify',
  },
  {
    id: 'zh-Hans-3',
    lang: 'zh-Hans',
    subject: '您的包裹已到达',
    content: '您的订单 202611270001 已到达驿站，取件码：8-2-4813，请凭取件码领取。快递单号：SF1234567890。客服电话：95338',
    html: false,
    code: null,
    link: null,
    note: 'Chinese negative: parcel pickup code, order and tracking numbers',
  },
  {
    id: 'zh-Hans-4',
    lang: 'zh-Hans',
    subject: '双十一狂欢',
    content: '使用优惠码 SAVE50 立减50元！活动时间：2026年11月11日。',
    html: false,
    code: null,
    link: null,
    note: 'Chinese negative: promo code, date',
  },
  {
    id: 'zh-Hans-5',
    lang: 'zh-Hans',
    subject: '身份验证',
    content: layout(
      '<p>您的验证码：</p>\n<table><tr>\n<td style="font-size:28px">8</td>\n<td style="font-size:28px">3</td>\n<td style="font-size:28px">0</td>\n<td style="font-size:28px">5</td>\n<td style="font-size:28px">9</td>\n<td style="font-size:28px">1</td>\n</tr></table>',
    ),
    html: true,
    code: '830591',
    link: null,
    note: 'Chinese: one digit per cell on separate lines',
  },
  {
    id: 'zh-Hant-1',
    lang: 'zh-Hant',
    subject: '請驗證您的電子郵件地址',
    content: layout(
      '<p>您好，</p><p>請點擊下方按鈕驗證您的電子郵件地址。</p>' +
        button('https://shili.tw/e/9fK2', '驗證電子郵件') +
        '<p>此連結將於24小時後失效。</p>',
    ),
    html: true,
    code: null,
    link: 'https://shili.tw/e/9fK2',
    note: 'traditional Chinese verify button',
  },
  {
    id: 'zh-Hant-2',
    lang: 'zh-Hant',
    subject: 'LINE 驗證碼',
    content: '您的LINE驗證碼為：4821\n請勿將驗證碼告訴他人。',
    html: false,
    code: '4821',
    link: null,
    note: 'traditional Chinese 4-digit code',
  },
  {
    id: 'zh-Hant-3',
    lang: 'zh-Hant',
    subject: '重設密碼',
    content:
      '您好，\n\n我們收到了重設密碼的請求。請點擊以下連結重設您的密碼：\nhttps://shili.tw/pw/Lm82Kq。\n\n如非本人操作，請忽略此郵件。',
    html: false,
    code: null,
    link: 'https://shili.tw/pw/Lm82Kq',
    note: 'traditional Chinese reset URL followed by a full-width full stop',
  },
  // ------------------------------------------------------------------ Japanese
  {
    id: 'ja-1',
    lang: 'ja',
    subject: 'ワンタイムパスワードのお知らせ',
    content: 'ワンタイムパスワード：４８２９１３\nこのワンタイムパスワードの有効期限は10分です。\n\nお問い合わせ：0120-123-456',
    html: false,
    code: '482913',
    link: null,
    note: 'Japanese one-time password in full-width digits',
  },
  {
    id: 'ja-2',
    lang: 'ja',
    subject: '【サンプル】確認コード',
    content: layout(
      '<p>サンプルをご利用いただきありがとうございます。</p><p>確認コードは次のとおりです。</p>' +
        bigCode('7391') +
        '<p>心当たりがない場合は、このメールを破棄してください。</p>',
    ),
    html: true,
    code: '7391',
    link: null,
    note: 'Japanese 確認コード, 4 digits in a big cell',
  },
  {
    id: 'ja-3',
    lang: 'ja',
    subject: 'パスワード再設定のご案内',
    content: layout(
      '<p>パスワード再設定のリクエストを受け付けました。</p>' +
        button('https://rei.example.jp/pw/r?k=ab12Cd', 'パスワードを再設定する') +
        '<p>このリンクの有効期限は1時間です。</p>',
    ),
    html: true,
    code: null,
    link: 'https://rei.example.jp/pw/r?k=ab12Cd',
    note: 'Japanese reset button',
  },
  {
    id: 'ja-4',
    lang: 'ja',
    subject: 'ご予約確認',
    content: 'ご予約ありがとうございます。\n予約番号：AB12CD\nチェックイン：2026年12月3日 15:00\n料金：12,800円',
    html: false,
    code: null,
    link: null,
    note: 'Japanese negative: booking number, date, price',
  },
  {
    id: 'ja-5',
    lang: 'ja',
    subject: '【サンプル】認証番号は 739201 です',
    content: 'ログインするには、上記の認証番号を入力してください。',
    html: false,
    code: '739201',
    link: null,
    note: 'Japanese code only in the subject, 認証番号',
  },
  // ------------------------------------------------------------------ Korean
  {
    id: 'ko-1',
    lang: 'ko',
    subject: '[예시] 인증번호',
    content: '[예시] 인증번호 [482913]를 입력해주세요. 타인에게 절대 알려주지 마세요.',
    html: false,
    code: '482913',
    link: null,
    note: 'Korean code in brackets with a particle',
  },
  {
    id: 'ko-2',
    lang: 'ko',
    subject: '이메일 주소를 인증해 주세요',
    content: layout(
      '<p>안녕하세요.</p><p>아래 버튼을 눌러 이메일 주소 인증을 완료해 주세요.</p>' +
        button('https://yesi.kr/m/v?t=Ab9X2k', '이메일 인증하기'),
    ),
    html: true,
    code: null,
    link: 'https://yesi.kr/m/v?t=Ab9X2k',
    note: 'Korean verify button',
  },
  {
    id: 'ko-3',
    lang: 'ko',
    subject: '신규 회원 쿠폰',
    content: '가입을 환영합니다! 쿠폰 코드: WELCOME10 (10% 할인)\n유효기간: 2026년 12월 31일까지',
    html: false,
    code: null,
    link: null,
    note: 'Korean negative: coupon code',
  },
  {
    id: 'ko-4',
    lang: 'ko',
    subject: '로그인 인증 코드',
    content: '로그인 인증 코드는 K7M2QX 입니다. 10분 후 만료됩니다.',
    html: false,
    code: 'K7M2QX',
    link: null,
    note: 'Korean alphanumeric code',
  },
  // ------------------------------------------------------------------ Russian, Ukrainian
  {
    id: 'ru-1',
    lang: 'ru',
    subject: 'Код подтверждения',
    content: layout(
      '<p>Здравствуйте!</p><p>Ваш код подтверждения:</p>' + bigCode('482913') + '<p>Никому не сообщайте этот код.</p>',
      '© 2026 ООО «Пример», 125009, Москва, ул. Тверская, д. 7',
    ),
    html: true,
    code: '482913',
    link: null,
    note: 'Russian code in a big cell; 6-digit postcode in the footer',
  },
  {
    id: 'ru-2',
    lang: 'ru',
    subject: 'Вход в аккаунт',
    content: 'Введите код 4821 на сайте, чтобы войти в аккаунт. Код действителен 10 минут.',
    html: false,
    code: '4821',
    link: null,
    note: 'Russian "код" inflected, before the number',
  },
  {
    id: 'ru-3',
    lang: 'ru',
    subject: 'Восстановление пароля',
    content:
      'Здравствуйте!\n\nДля сброса пароля перейдите по ссылке:\nhttps://primer.ru/r/AbC123xyz\n\nСсылка действительна 1 час.',
    html: false,
    code: null,
    link: 'https://primer.ru/r/AbC123xyz',
    note: 'Russian reset link announced above',
  },
  {
    id: 'ru-4',
    lang: 'ru',
    subject: 'Заказ оформлен',
    content:
      'Заказ № 4821391 оформлен.\nСумма: 2 490 ₽\nТрек-номер: RA123456789RU\nКод бронирования: XK4T9Q\nТелефон: +7 (495) 123-45-67',
    html: false,
    code: null,
    link: null,
    note: 'Russian negative: order, amount, tracking, booking code, phone',
  },
  {
    id: 'ru-5',
    lang: 'ru',
    subject: 'Госуслуги',
    content: 'Код подтверждения 5193. Никому не сообщайте код, даже сотрудникам портала.',
    html: false,
    code: '5193',
    link: null,
    note: 'Russian short SMS-like text',
  },
  {
    id: 'uk-1',
    lang: 'uk',
    subject: 'Одноразовий пароль',
    content: 'Ваш одноразовий пароль: 482913\nНе повідомляйте його нікому.',
    html: false,
    code: '482913',
    link: null,
    note: 'Ukrainian one-time password',
  },
  {
    id: 'uk-2',
    lang: 'uk',
    subject: 'Підтвердіть адресу електронної пошти',
    content: layout(
      '<p>Вітаємо!</p><p>Будь ласка, підтвердіть свою адресу.</p>' + button('https://pryklad.ua/p/8Kq2Lm', 'Підтвердити'),
    ),
    html: true,
    code: null,
    link: 'https://pryklad.ua/p/8Kq2Lm',
    note: 'Ukrainian confirm button',
  },
  {
    id: 'uk-3',
    lang: 'uk',
    subject: 'Знижка 20%',
    content: 'Промокод SPRING20 на знижку 20% діє до 31.05.2026. Номер замовлення: 48213921.',
    html: false,
    code: null,
    link: null,
    note: 'Ukrainian negative: promo code, order number',
  },
  {
    id: 'uk-4',
    lang: 'uk',
    subject: 'Вхід до застосунку',
    content: 'Код для входу: 7391 — введіть його в застосунку. Якщо це були не ви, змініть пароль.',
    html: false,
    code: '7391',
    link: null,
    note: 'Ukrainian 4-digit login code',
  },
  // ------------------------------------------------------------------ Polish, Czech, Swedish
  {
    id: 'pl-1',
    lang: 'pl',
    subject: 'Twój kod jednorazowy',
    content: 'Twój kod jednorazowy: 4821-9130\nNie udostępniaj go nikomu.',
    html: false,
    code: '48219130',
    link: null,
    note: 'Polish 4-4 grouped code',
  },
  {
    id: 'pl-2',
    lang: 'pl',
    subject: 'Aktywuj konto',
    content: layout('<p>Cześć!</p><p>Dziękujemy za rejestrację.</p>' + button('https://przyklad.pl/a/Zk28Qp', 'Aktywuj konto')),
    html: true,
    code: null,
    link: 'https://przyklad.pl/a/Zk28Qp',
    note: 'Polish activate button',
  },
  {
    id: 'pl-3',
    lang: 'pl',
    subject: 'Resetowanie hasła',
    content: 'Aby zresetować hasło, kliknij w link: https://przyklad.pl/h/9Lq2 (link ważny 1 godzinę).',
    html: false,
    code: null,
    link: 'https://przyklad.pl/h/9Lq2',
    note: 'Polish reset URL in a sentence, before a parenthesis',
  },
  {
    id: 'pl-4',
    lang: 'pl',
    subject: 'Przyjęliśmy Twoje zamówienie',
    content: 'Numer zamówienia: 48213921\nKod pocztowy: 00-950\nKod rabatowy na kolejne zakupy: LATO2026 (-15%)',
    html: false,
    code: null,
    link: null,
    note: 'Polish negative: postal and discount codes',
  },
  {
    id: 'cs-1',
    lang: 'cs',
    subject: 'Ověřovací kód',
    content: 'Dobrý den,\n\nváš ověřovací kód je 482913.\nKód je platný 10 minut.',
    html: false,
    code: '482913',
    link: null,
    note: 'Czech code',
  },
  {
    id: 'cs-2',
    lang: 'cs',
    subject: 'Potvrďte svou e-mailovou adresu',
    content: layout('<p>Dobrý den,</p>' + button('https://priklad.cz/p/Lk29', 'Potvrdit e-mail')),
    html: true,
    code: null,
    link: 'https://priklad.cz/p/Lk29',
    note: 'Czech confirm button',
  },
  {
    id: 'cs-3',
    lang: 'cs',
    subject: 'Jarní výprodej',
    content: 'Slevový kód JARO2026 platí do 31. 5. 2026. Číslo objednávky: 48213921.',
    html: false,
    code: null,
    link: null,
    note: 'Czech negative: discount code',
  },
  {
    id: 'sv-1',
    lang: 'sv',
    subject: 'Din verifieringskod',
    content: 'Hej!\n\nDin verifieringskod är 482913. Koden är giltig i 10 minuter.',
    html: false,
    code: '482913',
    link: null,
    note: 'Swedish compound code word',
  },
  {
    id: 'sv-2',
    lang: 'sv',
    subject: 'Återställ ditt lösenord',
    content: layout(
      '<p>Hej!</p>' +
        button('https://exempel.se/l/Rk82', 'Återställ lösenord') +
        '<p>Om du inte begärt detta kan du ignorera mejlet.</p>',
    ),
    html: true,
    code: null,
    link: 'https://exempel.se/l/Rk82',
    note: 'Swedish reset button',
  },
  {
    id: 'sv-3',
    lang: 'sv',
    subject: 'Sommarrea',
    content: 'Rabattkod: SOMMAR20 ger 20 % rabatt. Ordernummer 48213921. Kundtjänst: 08-123 456 78.',
    html: false,
    code: null,
    link: null,
    note: 'Swedish negative: discount code, order number, phone',
  },
  // ------------------------------------------------------------------ Turkish, Arabic, Hebrew
  {
    id: 'tr-1',
    lang: 'tr',
    subject: 'Giriş kodunuz',
    content: 'Merhaba,\n\nGiriş kodunuz: 482913\nTek kullanımlık şifreniz 3 dakika geçerlidir.',
    html: false,
    code: '482913',
    link: null,
    note: 'Turkish login code',
  },
  {
    id: 'tr-2',
    lang: 'tr',
    subject: 'E-posta adresinizi doğrulayın',
    content: layout('<p>Merhaba,</p>' + button('https://ornek.com.tr/d/8Kq2', 'Hesabımı Doğrula')),
    html: true,
    code: null,
    link: 'https://ornek.com.tr/d/8Kq2',
    note: 'Turkish verify button',
  },
  {
    id: 'tr-3',
    lang: 'tr',
    subject: 'Siparişiniz alındı',
    content: 'Sipariş numaranız: 48213921\nİndirim kodu: YAZ2026\nToplam: 1.249,90 TL',
    html: false,
    code: null,
    link: null,
    note: 'Turkish negative: order number, discount code, price',
  },
  {
    id: 'tr-4',
    lang: 'tr',
    subject: 'Tek kullanımlık şifre',
    content: "Tek kullanımlık şifreniz 739104'tür. Bu şifreyi kimseyle paylaşmayın.",
    html: false,
    code: '739104',
    link: null,
    note: 'Turkish suffix glued with an apostrophe',
  },
  {
    id: 'ar-1',
    lang: 'ar',
    subject: 'رمز التحقق',
    content: layout(
      '<div dir="rtl"><p>مرحباً،</p><p>رمز التحقق الخاص بك:</p>' + bigCode('٤٨٢٩١٣') + '<p>صالح لمدة 10 دقائق.</p></div>',
    ),
    html: true,
    code: '482913',
    link: null,
    note: 'Arabic code in Arabic-Indic digits',
  },
  {
    id: 'ar-2',
    lang: 'ar',
    subject: 'تسجيل الدخول',
    content: 'استخدم الرمز 4821 لتسجيل الدخول إلى حسابك. لا تشارك هذا الرمز مع أحد.',
    html: false,
    code: '4821',
    link: null,
    note: 'Arabic "the code" before the number',
  },
  {
    id: 'ar-3',
    lang: 'ar',
    subject: 'إعادة تعيين كلمة المرور',
    content: layout(
      '<div dir="rtl"><p>تلقينا طلباً لإعادة تعيين كلمة المرور.</p>' +
        button('https://mithal.example/p/Zq82', 'إعادة تعيين كلمة المرور') +
        '</div>',
    ),
    html: true,
    code: null,
    link: 'https://mithal.example/p/Zq82',
    note: 'Arabic reset button',
  },
  {
    id: 'ar-4',
    lang: 'ar',
    subject: 'تم استلام طلبك',
    content: 'رقم الطلب: 48213921\nالمبلغ: 250 ر.س\nكود الخصم: SALE20',
    html: false,
    code: null,
    link: null,
    note: 'Arabic negative: order number, amount, discount code',
  },
  {
    id: 'he-1',
    lang: 'he',
    subject: 'קוד האימות שלך',
    content: layout('<div dir="rtl"><p>שלום,</p><p>קוד האימות שלך:</p>' + bigCode('482913') + '</div>'),
    html: true,
    code: '482913',
    link: null,
    note: 'Hebrew code in a big cell',
  },
  {
    id: 'he-2',
    lang: 'he',
    subject: 'אימות כתובת האימייל',
    content: layout('<div dir="rtl"><p>שלום,</p>' + button('https://dugma.co.il/v/8Kq2', 'אימות כתובת האימייל') + '</div>'),
    html: true,
    code: null,
    link: 'https://dugma.co.il/v/8Kq2',
    note: 'Hebrew verify button',
  },
  {
    id: 'he-3',
    lang: 'he',
    subject: 'ההזמנה שלך התקבלה',
    content: 'מספר הזמנה 48213921\nקוד קופון: SALE20 להנחה של 20%',
    html: false,
    code: null,
    link: null,
    note: 'Hebrew negative: order number and coupon code',
  },
  // ------------------------------------------------------------------ Hindi, Vietnamese, Indonesian, Thai, Greek
  {
    id: 'hi-1',
    lang: 'hi',
    subject: 'सत्यापन कोड',
    content: 'आपका सत्यापन कोड 482913 है। यह कोड 10 मिनट के लिए मान्य है।',
    html: false,
    code: '482913',
    link: null,
    note: 'Hindi verification code',
  },
  {
    id: 'hi-2',
    lang: 'hi',
    subject: 'अपना ईमेल सत्यापित करें',
    content: layout('<p>नमस्ते,</p>' + button('https://udaharan.in/v/Kq82', 'ईमेल सत्यापित करें')),
    html: true,
    code: null,
    link: 'https://udaharan.in/v/Kq82',
    note: 'Hindi verify button',
  },
  {
    id: 'hi-3',
    lang: 'hi',
    subject: 'आपका ऑर्डर',
    content: 'आपका ऑर्डर 48213921 भेज दिया गया है। डिलीवरी पता: नई दिल्ली, पिन कोड 110001। प्रोमो कोड SAVE20 से 20% छूट पाएं।',
    html: false,
    code: null,
    link: null,
    note: 'Hindi negative: order, PIN code (postal), promo code',
  },
  {
    id: 'vi-1',
    lang: 'vi',
    subject: 'Mã OTP',
    content: 'Mã OTP của bạn là 482913. Mã có hiệu lực trong 5 phút. Không chia sẻ mã này với bất kỳ ai.',
    html: false,
    code: '482913',
    link: null,
    note: 'Vietnamese OTP',
  },
  {
    id: 'vi-2',
    lang: 'vi',
    subject: 'Xác nhận email của bạn',
    content: layout('<p>Xin chào,</p>' + button('https://vidu.vn/x/8Kq2', 'Xác nhận email')),
    html: true,
    code: null,
    link: 'https://vidu.vn/x/8Kq2',
    note: 'Vietnamese confirm button',
  },
  {
    id: 'vi-3',
    lang: 'vi',
    subject: 'Đơn hàng đã xác nhận',
    content: 'Mã đơn hàng: 48213921\nMã giảm giá: GIAM20\nĐịa chỉ: 12 Lê Lợi, Quận 1, TP.HCM',
    html: false,
    code: null,
    link: null,
    note: 'Vietnamese negative: order code and discount code',
  },
  {
    id: 'id-1',
    lang: 'id',
    subject: 'Kode OTP',
    content: 'Kode OTP Anda: 482913. Jangan bagikan kode ini kepada siapa pun, termasuk pihak kami.',
    html: false,
    code: '482913',
    link: null,
    note: 'Indonesian OTP',
  },
  {
    id: 'id-2',
    lang: 'id',
    subject: 'Atur ulang kata sandi',
    content: layout('<p>Halo,</p>' + button('https://contoh.co.id/k/8Kq2', 'Atur ulang kata sandi')),
    html: true,
    code: null,
    link: 'https://contoh.co.id/k/8Kq2',
    note: 'Indonesian reset button',
  },
  {
    id: 'id-3',
    lang: 'id',
    subject: 'Pesanan Anda',
    content: 'Nomor pesanan 48213921. Kode promo HEMAT20 untuk diskon 20%. Kode booking: XK4T9Q',
    html: false,
    code: null,
    link: null,
    note: 'Indonesian negative: order number, promo and booking codes',
  },
  {
    id: 'th-1',
    lang: 'th',
    subject: 'รหัสยืนยัน',
    content: 'รหัสยืนยันของคุณคือ 482913 กรุณาใช้ภายใน 5 นาที',
    html: false,
    code: '482913',
    link: null,
    note: 'Thai verification code',
  },
  {
    id: 'th-2',
    lang: 'th',
    subject: 'ยืนยันอีเมลของคุณ',
    content: layout('<p>สวัสดี</p>' + button('https://tuayang.co.th/y/8Kq2', 'ยืนยันอีเมล')),
    html: true,
    code: null,
    link: 'https://tuayang.co.th/y/8Kq2',
    note: 'Thai confirm button',
  },
  {
    id: 'th-3',
    lang: 'th',
    subject: 'คำสั่งซื้อของคุณ',
    content: 'หมายเลขคำสั่งซื้อ 48213921\nรหัสส่วนลด SALE20 ใช้ได้ถึง 31/12/2026',
    html: false,
    code: null,
    link: null,
    note: 'Thai negative: order number, discount code',
  },
  {
    id: 'th-4',
    lang: 'th',
    subject: 'รหัส OTP',
    content: 'รหัส OTP: ๔๘๒๙๑๓ (Ref: QW7P) หมดอายุใน 5 นาที',
    html: false,
    code: '482913',
    link: null,
    note: 'Thai digits, a reference code beside the OTP',
  },
  {
    id: 'el-1',
    lang: 'el',
    subject: 'Ο κωδικός σας',
    content: 'Ο κωδικός σας είναι 482913. Ισχύει για 10 λεπτά.',
    html: false,
    code: '482913',
    link: null,
    note: 'Greek plain "your code"',
  },
  {
    id: 'el-2',
    lang: 'el',
    subject: 'Επιβεβαίωση email',
    content: layout('<p>Γεια σας,</p>' + button('https://paradeigma.gr/e/8Kq2', 'Επιβεβαίωση email')),
    html: true,
    code: null,
    link: 'https://paradeigma.gr/e/8Kq2',
    note: 'Greek confirm button',
  },
  {
    id: 'el-3',
    lang: 'el',
    subject: 'Η κράτησή σας',
    content: 'Κωδικός κράτησης: XK4T9Q\nΚωδικός έκπτωσης SALE20 για την επόμενη κράτηση.\nΤηλ.: 210 123 4567',
    html: false,
    code: null,
    link: null,
    note: 'Greek negative: booking and discount codes',
  },
  // ------------------------------------------------------------------ Native footers: numbers that are never the code
  {
    id: 'zh-Hans-6',
    lang: 'zh-Hans',
    subject: '请验证您的邮箱',
    content: layout(
      '<p>您好，</p><p>请点击下方按钮验证您的邮箱地址，以完成注册。</p>' +
        button('https://passport.shili.cn/email/act?ticket=Zk82Lm0Q', '立即验证') +
        '<p>如果按钮无法点击，请复制以下链接到浏览器打开：<br>https://passport.shili.cn/email/act?ticket=Zk82Lm0Q</p>',
      '示例科技有限公司 · 客服热线：400-820-8820（工作日 9:00-18:00）<br>地址：北京市海淀区中关村大街1号 邮编：100080<br>京ICP备12345678号-1',
    ),
    html: true,
    code: null,
    link: 'https://passport.shili.cn/email/act?ticket=Zk82Lm0Q',
    note: 'Chinese verify button; hotline, postcode and ICP licence number in the footer',
  },
  {
    id: 'ja-6',
    lang: 'ja',
    subject: '【サンプル】メールアドレス確認のお願い',
    content: layout(
      '<p>サンプル会員登録をお申し込みいただきありがとうございます。</p><p>下記のボタンをクリックして、メールアドレスの確認を完了してください。</p>' +
        button('https://member.sample.co.jp/verify/mail?token=8f2Kq9Lm', 'メールアドレスを確認する') +
        '<p>※このメールにお心当たりのない場合は、破棄してください。</p>',
      '株式会社サンプル　〒107-0062 東京都港区南青山1-2-3<br>お問い合わせ：0120-123-456（受付時間 10:00～18:00）',
    ),
    html: true,
    code: null,
    link: 'https://member.sample.co.jp/verify/mail?token=8f2Kq9Lm',
    note: 'Japanese verify button; postcode, free dial and hours in the footer',
  },
  {
    id: 'ko-5',
    lang: 'ko',
    subject: '[예시쇼핑] 이메일 인증번호 안내',
    content: layout(
      '<p>안녕하세요, 예시쇼핑입니다.</p><p>회원가입을 위한 이메일 인증번호를 안내해 드립니다.</p>' +
        bigCode('592817') +
        '<p>인증번호는 발송 후 10분간 유효합니다.</p>',
      '(주)예시쇼핑 | 대표이사 홍길동 | 사업자등록번호 123-45-67890 | 통신판매업신고 2026-서울강남-01234<br>서울특별시 강남구 테헤란로 123 | 고객센터 1588-1234',
    ),
    html: true,
    code: '592817',
    link: null,
    note: 'Korean code; business registration, licence and phone numbers in the footer',
  },
  {
    id: 'ru-6',
    lang: 'ru',
    subject: 'Подтвердите адрес электронной почты',
    content: layout(
      '<p>Здравствуйте!</p><p>Вы указали этот адрес при регистрации. Чтобы подтвердить его, нажмите на кнопку:</p>' +
        button('https://id.primer.ru/confirm-email?key=Zx81kQ93', 'Подтвердить почту') +
        '<p>Если вы не регистрировались, просто проигнорируйте письмо.</p>',
      'ООО «Пример» · ИНН 7701234567 · 125009, Москва, ул. Тверская, д. 7 · +7 (495) 123-45-67',
    ),
    html: true,
    code: null,
    link: 'https://id.primer.ru/confirm-email?key=Zx81kQ93',
    note: 'Russian confirm button; tax number, postcode and phone in the footer',
  },
  {
    id: 'ar-5',
    lang: 'ar',
    subject: 'رمز التحقق لتسجيل الدخول',
    content: layout(
      '<div dir="rtl"><p>مرحباً أحمد،</p><p>استخدم رمز التحقق التالي لتسجيل الدخول إلى حسابك:</p>' +
        bigCode('736021') +
        '<p>تنتهي صلاحية الرمز خلال 10 دقائق.</p></div>',
      'شركة مثال · ص.ب 12345 الرياض 11564 · هاتف: 920012345',
    ),
    html: true,
    code: '736021',
    link: null,
    note: 'Arabic code; PO box, postcode and phone in the footer',
  },
  {
    id: 'tr-5',
    lang: 'tr',
    subject: 'Giriş doğrulama kodu',
    content: layout(
      '<p>Merhaba,</p><p>Hesabınıza giriş yapmak için doğrulama kodunuz:</p>' +
        bigCode('604 218') +
        '<p>Kod 3 dakika geçerlidir.</p>',
      'Örnek A.Ş. · Mersis No: 0123456789012345 · Büyükdere Cad. No: 123, 34394 Şişli/İstanbul · 0850 123 45 67',
    ),
    html: true,
    code: '604218',
    link: null,
    note: 'Turkish grouped code; registry number, postcode and phone in the footer',
  },
  {
    id: 'vi-4',
    lang: 'vi',
    subject: 'Kích hoạt tài khoản của bạn',
    content: layout(
      '<p>Xin chào,</p><p>Cảm ơn bạn đã đăng ký. Vui lòng nhấn vào nút bên dưới để kích hoạt tài khoản.</p>' +
        button('https://vidu.vn/tai-khoan/kich-hoat?ma=Kq82Lm9', 'Kích hoạt tài khoản'),
      'Công ty TNHH Ví Dụ · MST: 0312345678 · 12 Lê Lợi, Quận 1, TP. Hồ Chí Minh · Hotline: 1900 1234',
    ),
    html: true,
    code: null,
    link: 'https://vidu.vn/tai-khoan/kich-hoat?ma=Kq82Lm9',
    note: 'Vietnamese activate button; tax number and hotline in the footer',
  },
  {
    id: 'th-5',
    lang: 'th',
    subject: 'รหัส OTP สำหรับเข้าสู่ระบบ',
    content: layout(
      '<p>เรียนคุณลูกค้า</p><p>รหัส OTP สำหรับเข้าสู่ระบบของคุณคือ</p>' + bigCode('381902') + '<p>รหัสอ้างอิง: XKDP · รหัสมีอายุ 5 นาที</p>',
      'บริษัท ตัวอย่าง จำกัด (มหาชน) 123 ถนนสีลม แขวงสุริยวงศ์ เขตบางรัก กรุงเทพฯ 10500 · โทร 02-123-4567',
    ),
    html: true,
    code: '381902',
    link: null,
    note: 'Thai OTP with a reference code; postcode and phone in the footer',
  },
  {
    id: 'pl-5',
    lang: 'pl',
    subject: 'Kod logowania',
    content: layout(
      '<p>Dzień dobry,</p><p>Twój kod do logowania:</p>' + bigCode('482193') + '<p>Kod jest ważny przez 5 minut.</p>',
      'Przykład Sp. z o.o., ul. Marszałkowska 10, 00-590 Warszawa, NIP 525-123-45-67, KRS 0000123456',
    ),
    html: true,
    code: '482193',
    link: null,
    note: 'Polish login code; postcode, tax and court numbers in the footer',
  },
  {
    id: 'el-4',
    lang: 'el',
    subject: 'Επαναφορά κωδικού πρόσβασης',
    content: layout(
      '<p>Γεια σας,</p><p>Λάβαμε αίτημα επαναφοράς του κωδικού πρόσβασής σας.</p>' +
        button('https://paradeigma.gr/account/reset/Kq82Lm9', 'Επαναφορά κωδικού'),
      'Παράδειγμα Α.Ε. · Λεωφ. Κηφισίας 100, 115 26 Αθήνα · ΑΦΜ 099999999 · Τηλ. 210 123 4567',
    ),
    html: true,
    code: null,
    link: 'https://paradeigma.gr/account/reset/Kq82Lm9',
    note: 'Greek reset button; the mail speaks of the password ("κωδικός πρόσβασης"), which has no code',
  },
  // ------------------------------------------------------------------ General rules: shapes an independent tester found
  {
    id: 'nl-g1',
    lang: 'nl',
    subject: 'Je inlogcode voor Picnic',
    content: layout(
      '<p>Hoi Sanne,</p><p>Je hebt een inlogcode aangevraagd voor de Picnic app.</p><p>Je inlogcode is:</p>' +
        bigCode('391204') +
        '<p>Deze code is 15 minuten geldig. Voor vragen kun je ons altijd een bericht sturen in de app.</p>',
      'Picnic B.V. · Schepenbergweg 1, 1105 AT Amsterdam · KvK 12345678',
    ),
    html: true,
    code: '391204',
    link: null,
    note: 'Dutch "code voor <brand>": the everyday word "voor" is no Portuguese "voo" (flight)',
  },
  {
    id: 'es-g1',
    lang: 'es',
    subject: 'Tu código de acceso para Glovo',
    content:
      'Hola Lucía:\n\nTu código de acceso es 482913.\nIntrodúcelo en la app para continuar. Caduca en 10 minutos.\n\n' +
      'Si no has sido tú, ignora este mensaje.\n\n© 2026 Glovoapp23 S.L. Todos los derechos reservados.\nCalle Llull 108, 08005 Barcelona',
    html: false,
    code: '482913',
    link: null,
    note: 'Spanish plain code; the footer\'s "derechos reservados" says nothing of a booking',
  },
  {
    id: 'pt-g1',
    lang: 'pt',
    subject: 'Seu código para o iFood',
    content: layout(
      '<p>Olá, Pedro!</p><p>Use o código abaixo para entrar na sua conta:</p>' +
        bigCode('604817') +
        '<p>O código vale por 15 minutos. Não compartilhe com ninguém.</p>',
      '© 2026 iFood.com Agência de Restaurantes Online S.A. Todos os direitos reservados. · Osasco - SP, CEP 06020-194',
    ),
    html: true,
    code: '604817',
    link: null,
    note: 'Portuguese "código para": the footer\'s "direitos reservados" is no booking',
  },
  {
    id: 'sv-g1',
    lang: 'sv',
    subject: 'Din verifieringskod',
    content: layout(
      '<p>Hej!</p><p>Din verifieringskod är:</p><p style="font-size:28px;font-weight:bold">503917</p>' +
        '<p>Koden är giltig i 10 minuter. Dela den inte med någon.</p>',
      'Tradera AB, Box 7242, 103 89 Stockholm. Org.nr 556585-1234',
    ),
    html: true,
    code: '503917',
    link: null,
    note: 'Swedish compound "verifieringskod" names the code in the next block; the footer\'s "Box 7242" is a P.O. box',
  },
  {
    id: 'de-g1',
    lang: 'de',
    subject: 'Ihr Bestätigungscode',
    content: layout(
      '<p>Guten Tag,</p><p>bitte geben Sie den folgenden Bestätigungscode ein:</p>' +
        bigCode('275184') +
        '<p>Der Code ist 10 Minuten gültig. Bei Fragen erreichen Sie uns werktags von 8 bis 18 Uhr.</p>',
      'Beispiel GmbH · Postfach 7242 · 10115 Berlin · Amtsgericht Charlottenburg HRB 123456',
    ),
    html: true,
    code: '275184',
    link: null,
    note: 'German compound code noun, the code a block below, a Postfach and a register number in the footer',
  },
  {
    id: 'en-g1',
    lang: 'en',
    subject: 'Your parcel is ready for collection',
    content: layout(
      '<p>Hi Sam,</p><p>Good news: your parcel is ready for collection at the locker <b>Tesco Extra Kensington</b>.</p>' +
        '<p>Collection code:</p>' +
        bigCode('482913') +
        '<p>Your parcel will wait for 3 days. Tracking number: JD014600003828462913</p>',
      'Example Parcels Ltd · PO Box 4821 · London W8 5SA',
    ),
    html: true,
    code: null,
    link: null,
    note: 'Parcel locker collection code in a big cell: a code to open a locker, not a verification code',
  },
  {
    id: 'pl-g1',
    lang: 'pl',
    subject: 'Twoja paczka czeka w Paczkomacie',
    content:
      'Cześć!\n\nTwoja paczka czeka na Ciebie w Paczkomacie WAW01M, ul. Marszałkowska 1, Warszawa.\n\n' +
      'Kod odbioru: 482913\nNumer telefonu: 600 123 456\n\nPaczka będzie czekać 48 godzin.',
    html: false,
    code: null,
    link: null,
    note: 'Polish parcel-locker pickup code (Kod odbioru)',
  },
  {
    id: 'fr-g1',
    lang: 'fr',
    subject: 'Votre colis est disponible en Point Relais',
    content: layout(
      '<p>Bonjour,</p><p>Votre colis est disponible dans votre Point Relais jusqu’au 27/11/2026.</p>' +
        '<p>Code de retrait : <b>482913</b></p><p>Présentez une pièce d’identité et ce code au commerçant.</p>',
      'Exemple Relais SAS · 59150 Wattrelos',
    ),
    html: true,
    code: null,
    link: null,
    note: 'French pickup-point code (code de retrait)',
  },
  {
    id: 'en-g2',
    lang: 'en',
    subject: 'Your tickets for Friday',
    content: layout(
      '<p>Hi Sam, you’re all set for Friday.</p><p>Show this code at the door:</p>' +
        '<p style="font-size:28px;font-weight:bold">TM-9K2Q</p><p>Doors open at 19:00. Row F, seats 12–13.</p>',
    ),
    html: true,
    code: null,
    link: null,
    note: 'A code shown at the door, not typed anywhere',
  },
  {
    id: 'pt-g2',
    lang: 'pt',
    subject: 'Código de segurança',
    content: layout(
      '<p>Olá,</p><p>Use o código de segurança abaixo para confirmar o seu acesso:</p>' +
        '<table role="presentation" cellspacing="6"><tr>\n' +
        ['4', '8', '2', '-', '9', '1', '3'].map((d) => `<td ${cellStyle}>${d}</td>`).join('\n') +
        '\n</tr></table><p>O código expira em 10 minutos.</p>',
      'Exemplo Serviços Digitais Lda. · Av. da Liberdade 110, 1269-046 Lisboa · NIF 509 123 456',
    ),
    html: true,
    code: '482913',
    link: null,
    note: 'One digit per cell with a hyphen cell in the middle',
  },
  {
    id: 'en-g3',
    lang: 'en',
    subject: 'Your verification code',
    content:
      'Hello,\n\nYour verification code is:\n\nA7K9Q2B4X\n\nIt expires in 15 minutes. Your account ID: 4821-9301.\n\nExample Support',
    html: false,
    code: 'A7K9Q2B4X',
    link: null,
    note: 'A nine-character generated code on its own line',
  },
  {
    id: 'en-g4',
    lang: 'en',
    subject: 'Sign in to Acme',
    content: layout(
      '<p>Hi there,</p><p>Click the button below to log in to Acme.</p>' +
        button('https://app.acme.example/login?token=abc123', 'Log in') +
        '<p>If you didn’t ask for this, you can ignore this email.</p>',
    ),
    html: true,
    code: null,
    link: 'https://app.acme.example/login?token=abc123',
    note: 'Magic sign-in link: a token and a sign-in subject, no word of expiry or magic',
  },
  {
    id: 'ja-g1',
    lang: 'ja',
    subject: '【サンプル】ログイン用URLのお知らせ',
    content:
      'サンプルをご利用いただきありがとうございます。\n\n下記のURLをクリックしてログインしてください。\n' +
      'https://sample.example.jp/auth/email_login?token=x7Kq2\n\n※本メールは送信専用です。',
    html: false,
    code: null,
    link: 'https://sample.example.jp/auth/email_login?token=x7Kq2',
    note: 'Japanese magic link: ログイン and クリック lead to a bare URL with a token',
  },
  {
    id: 'uk-g1',
    lang: 'uk',
    subject: 'Вхід до облікового запису',
    content: layout(
      '<p>Вітаємо!</p><p>Натисніть кнопку нижче, щоб увійти до облікового запису.</p>' +
        button('https://pryklad.ua/auth/email?token=Kq82Lm92', 'Увійти'),
      'ТОВ «Приклад» · вул. Хрещатик 1, Київ, 01001',
    ),
    html: true,
    code: null,
    link: 'https://pryklad.ua/auth/email?token=Kq82Lm92',
    note: 'Ukrainian magic link (увійти), no expiry words',
  },
  {
    id: 'en-g5',
    lang: 'en',
    subject: 'Example Weekly: Please Confirm Subscription',
    content: layout(
      '<h2>Please Confirm Subscription</h2>' +
        button(
          'https://example.us21.list-manage.com/subscribe/confirm?u=4f2d8a&id=9b1c7e&e=3a',
          'Yes, subscribe me to this list.',
        ) +
        '<p>If you received this email by mistake, simply delete it. You won’t be subscribed if you don’t click the confirmation link above.</p>' +
        '<p>For questions about this list, please contact: <a href="mailto:news@example.com">news@example.com</a></p>',
    ),
    html: true,
    code: null,
    link: 'https://example.us21.list-manage.com/subscribe/confirm?u=4f2d8a&id=9b1c7e&e=3a',
    note: 'Mailchimp double opt-in: list-manage host (its "manage" is no settings link), a "Yes" button',
  },
  {
    id: 'de-g2',
    lang: 'de',
    subject: 'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
    content: layout(
      '<p>Hallo,</p><p>bitte bestätigen Sie, dass Sie unseren Newsletter erhalten möchten.</p>' +
        button('https://r.sendibt3.com/mk/cl/f/sh/1t6Af4XyZ', 'Ja, ich möchte den Newsletter erhalten') +
        '<p>Wenn Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail einfach.</p>',
      'Beispiel GmbH · Musterstraße 1 · 10115 Berlin',
    ),
    html: true,
    code: null,
    link: 'https://r.sendibt3.com/mk/cl/f/sh/1t6Af4XyZ',
    note: 'Brevo-style double opt-in: a "Ja, ich möchte…" button on an opaque tracking URL',
  },
  {
    id: 'en-g6',
    lang: 'en',
    subject: '[GitHub] Please verify your device',
    content:
      'Hey jdoe!\n\nA sign in attempt requires further verification because we did not recognize your device. To complete the sign in, enter the verification code on the unrecognized device.\n\n' +
      'Device: Chrome on Windows\nVerification code: 804215\n\n' +
      'If you did not attempt to sign in to your account, your password may be compromised. Visit https://github.com/settings/security to create a new, strong password for your GitHub account.\n\n' +
      "If you'd like to automatically verify devices in the future, consider enabling two-factor authentication on your account. Visit https://docs.github.com/articles/configuring-two-factor-authentication to learn about two-factor authentication.\n\n" +
      'Thanks,\nThe GitHub Team',
    html: false,
    code: '804215',
    link: null,
    note: 'GitHub device code; a settings link and a docs link ("to learn about") are never the action',
  },
  {
    id: 'el-g1',
    lang: 'el',
    subject: 'Επαναφορά κωδικού πρόσβασης',
    content: layout(
      '<p>Γεια σας,</p><p>Για να ορίσετε νέο κωδικό πρόσβασης, πατήστε το παρακάτω κουμπί.</p>' +
        button('https://www.paradeigma.gr/account/np?vid=9a2c', 'Ορισμός νέου κωδικού'),
      'Παράδειγμα Α.Ε. · Λεωφ. Κηφισίας 100, 115 26 Αθήνα',
    ),
    html: true,
    code: null,
    link: 'https://www.paradeigma.gr/account/np?vid=9a2c',
    note: 'Greek "set a new password" button (genitive νέου κωδικού)',
  },
  {
    id: 'en-g7',
    lang: 'en',
    subject: 'Your activation code is on its way',
    content:
      'Dear applicant,\n\nYour activation code has been sent by post. It usually arrives within 5 working days.\n' +
      'Once it arrives, activate your account at https://example.gov/activate\n\nExample Agency, PO Box 4821, Canberra ACT 2601',
    html: false,
    code: null,
    link: null,
    note: 'An activation page without a token is where to go, not the action link; the code comes by post',
  },
  {
    id: 'en-g8',
    lang: 'en',
    subject: "What's new at Example this May",
    content: layout(
      '<h2>New features are here!</h2><p>Dark mode, faster search and a new mobile app.</p>' +
        button('https://click.example.com/ls/click?upn=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5', 'Log in to your account') +
        '<p><a href="https://click.example.com/ls/click?upn=dW5zdWJzY3JpYmUxMjM0NTY3">Unsubscribe</a></p>',
    ),
    html: true,
    code: null,
    link: null,
    note: 'Newsletter "Log in to your account" button on a tracked (token-looking) URL: navigation, not a magic link',
  },
];

export const allMails: VerificationMail[] = [...blindMails, ...tuningMails];
