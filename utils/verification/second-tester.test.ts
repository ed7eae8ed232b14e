// General rules found by a second independent tester's mails (never seen here): each block holds
// the tester's minimal input first, then the same shape in other languages.
import { findVerification } from '.';

/** [subject, content, isHtml, code, link (checked when given)] */
type Case = [string, string, boolean, string | null, (string | null)?];

function check([subject, content, isHtml, code, link]: Case): void {
  const found = findVerification(subject, content, isHtml);
  expect(found.code).toBe(code);
  if (link !== undefined) expect(found.link).toBe(link);
}

const accountGuard: Case[] = [
  ['', 'Use this code to verify your account: 482913', false, '482913'],
  ['', 'Usa questo codice per verificare il tuo account: 482913', false, '482913'],
  ['', 'Sử dụng mã này để xác minh tài khoản: 482913', false, '482913'],
  ['', 'ใช้รหัสนี้เพื่อยืนยันบัญชี: 482913', false, '482913'],
  ['', '请使用此验证码验证您的账号：482913', false, '482913'],
  ['', 'Gunakan kode ini untuk memverifikasi rekening: 482913', false, '482913'],
  // The number belongs to the noun that labels it.
  ['', 'Use this code with your account number: 48213921', false, null],
  ['', 'Enter the code below.\nAccount: 48213921', false, null],
  ['', 'Your code: 482913\nAccount number: 48213921', false, '482913'],
  ['', 'We sent a code to the phone number ending in 4821', false, null],
  ['', 'Your verification code for order: 48213921', false, null],
  // A code word's number: OTP number, 인증 번호.
  ['', 'Your OTP number: 938152', false, '938152'],
];

const oneTimePassword: Case[] = [
  ['', 'הסיסמה החד פעמית שלך: 938152', false, '938152'],
  ['', 'והסיסמה החד-פעמית: 938152', false, '938152'],
  ['', 'קוד לכניסה: 938152', false, '938152'],
  ['', 'استخدم هذا الرمز للتحقق: 938152', false, '938152'],
  ['', 'وكلمة المرور لمرة واحدة هي 938152', false, '938152'],
  ['', '일회용 비밀번호: 938152', false, '938152'],
  ['', '1회용 비밀번호: 938152', false, '938152'],
  ['', '일회용비밀번호는 938152입니다', false, '938152'],
  ['', 'OTP 번호: 938152', false, '938152'],
  ['', '使い捨てパスワード：938152', false, '938152'],
  ['', '一次性密碼為 938152', false, '938152'],
  ['', 'Mật khẩu một lần của bạn: 938152', false, '938152'],
  ['', 'एक बार इस्तेमाल होने वाला पासवर्ड: 938152', false, '938152'],
  ['', 'Your single-use password: 938152', false, '938152'],
  ['', 'Ο κωδικός μίας χρήσης: 938152', false, '938152'],
  // A password that is no one-time password stays no code.
  ['', '비밀번호: 48213921', false, null],
  ['Wi-Fi', 'Guest Wi-Fi password: 48213921', false, null],
];

const TOKEN_URL = 'https://x.example/a/?h=c81f9a2b';
/** A sentence, then the bare URL on its own line, as plain-text mails put it. */
const above = (sentence: string): Case => ['', `${sentence}\n\n${TOKEN_URL}`, false, null, TOKEN_URL];
/** A sentence, then a button with the given words. */
const button = (sentence: string, words: string): Case => [
  '',
  `<p>${sentence}</p><a href="${TOKEN_URL}">${words}</a>`,
  true,
  null,
  TOKEN_URL,
];

const linkVerbs: Case[] = [
  [
    '',
    'Aby aktywować konto, kliknij w poniższy link:\n\nhttps://www.otodom.pl/konto/aktywacja/?h=c81f9a2b',
    false,
    null,
    'https://www.otodom.pl/konto/aktywacja/?h=c81f9a2b',
  ],
  above('Aby aktywować konto, kliknij w poniższy link:'),
  above('Um dein Konto freizuschalten, klicke auf den folgenden Link:'),
  above('Activez votre compte en cliquant sur le lien ci-dessous :'),
  above('Activa tu cuenta haciendo clic en el enlace:'),
  above('Hesabınızı aktive etmek için bağlantıya tıklayın:'),
  above('Klikněte na odkaz a potvrďte svůj e-mail:'),
  above('Aktivujte svůj účet kliknutím na odkaz:'),
  above('Confirma tu cuenta activando el enlace:'),
  above('אמתו את כתובת הדוא"ל שלכם:'),
  // Complete the sign-up.
  above('Um deine Registrierung abzuschließen, klicke hier:'),
  above('Pour finaliser votre inscription, cliquez ici :'),
  above('Para completar tu registro, haz clic aquí:'),
  above('Per completare la registrazione, clicca qui:'),
  above('Para concluir o cadastro, clique aqui:'),
  above('Klik hier om je registratie te voltooien:'),
  above('כדי להפעיל את החשבון, לחצו על הקישור:'),
  // Sign in: zu-infinitives, imperatives.
  above('Um dich anzumelden, klicke auf den folgenden Link:'),
  button('Cliquez ci-dessous pour vous connecter.', 'Connectez-vous'),
  button('Klikněte na tlačítko a přihlaste se.', 'Přihlaste se'),
  button('Нажмите кнопку, чтобы войти.', 'Войдите'),
  button('Clique no botão para entrar.', 'Iniciar sessão'),
  button('Haz clic en el botón para iniciar sesión.', 'Inicia sesión'),
  button('Klik op de knop om je aan te melden.', 'Aanmelden'),
  button('下のボタンをクリックしてサインインしてください。', 'サインイン'),
  // Reset and change the password.
  above('Um Ihr Passwort zurückzusetzen, klicken Sie auf den folgenden Link:'),
  above('Um Ihr Passwort zu ändern, klicken Sie auf den folgenden Link:'),
  above('Para alterar a palavra-passe, clique no link:'),
  above('Para alterar sua senha, clique no link abaixo:'),
  above('Para repor a sua palavra-passe, clique na ligação:'),
  above('To change your password, click the link below:'),
  above('Pour changer votre mot de passe, cliquez sur le lien ci-dessous :'),
  above('Para cambiar tu contraseña, haz clic en el enlace:'),
  above('Per modificare la password, clicca sul link:'),
  above('Klik op de onderstaande link om je wachtwoord te wijzigen:'),
  above('Чтобы изменить пароль, перейдите по ссылке:'),
  above('Щоб змінити пароль, перейдіть за посиланням:'),
  above('Aby zmienić hasło, kliknij w poniższy link:'),
  above('Chcete-li změnit heslo, klikněte na odkaz:'),
  above('Klicka på länken nedan för att ändra ditt lösenord:'),
  above('Şifrenizi değiştirmek için aşağıdaki bağlantıya tıklayın:'),
  above('لتغيير كلمة المرور، انقر على الرابط:'),
  above('כדי לשנות את הסיסמה, לחצו על הקישור:'),
  above('पासवर्ड बदलने के लिए नीचे दिए गए लिंक पर क्लिक करें:'),
  above('Để đổi mật khẩu, nhấp vào liên kết bên dưới:'),
  above('Untuk mengubah kata sandi, klik tautan berikut:'),
  above('หากต้องการเปลี่ยนรหัสผ่าน คลิกลิงก์ด้านล่าง:'),
  above('Για να αλλάξετε τον κωδικό σας, κάντε κλικ στον σύνδεσμο:'),
  above('请点击以下链接修改密码：'),
  above('以下のリンクからパスワードを変更してください。'),
  above('아래 링크를 클릭하여 비밀번호를 변경하세요.'),
  // A link to a page without a token is still no action.
  ['', 'To change your password, go to https://x.example/settings/password', false, null, null],
];

const OKTA_URL = 'https://acme.okta.com/email/verify/00ub0oNGTSWTBKOLGLNR?token=ftr2eAiz4Rk3Xy';
const MAGIC_URL = 'https://acme.example/s/?t=Kq82Lm92Zx';

const linkBesideCode: Case[] = [
  [
    'Sign in to Acme',
    `<p>To sign in, click the button below or enter the provided code.</p><a href="${OKTA_URL}">Sign In</a><p>Enter a code instead: <b>723401</b></p>`,
    true,
    '723401',
    OKTA_URL,
  ],
  // Its URL alone says it verifies, or its sentence alone offers it instead of the code.
  [
    'Sign in to Acme',
    `<p>A request was made to sign in to Acme.</p><a href="${OKTA_URL}">Sign In</a><p>Your code: <b>723401</b></p>`,
    true,
    '723401',
    OKTA_URL,
  ],
  [
    'Sign in to Acme',
    `<p>Click the button below or enter the provided code.</p><a href="${MAGIC_URL}">Sign In</a><p>Enter a code instead: <b>723401</b></p>`,
    true,
    '723401',
    MAGIC_URL,
  ],
  [
    'Anmeldung bei Acme',
    `<p>Klicke auf die Schaltfläche oder gib den Code ein.</p><a href="${MAGIC_URL}">Anmelden</a><p>Code: <b>723401</b></p>`,
    true,
    '723401',
    MAGIC_URL,
  ],
  [
    'Connexion à Acme',
    `<p>Cliquez sur le bouton ou saisissez le code ci-dessous.</p><a href="${MAGIC_URL}">Se connecter</a><p>Code : <b>723401</b></p>`,
    true,
    '723401',
    MAGIC_URL,
  ],
  [
    '登录 Acme',
    `<p>点击下方按钮登录，或输入验证码。</p><a href="${MAGIC_URL}">登录</a><p>验证码：<b>723401</b></p>`,
    true,
    '723401',
    MAGIC_URL,
  ],
  // A way back to the site in a code mail is still no action.
  [
    'Your sign-in code',
    '<p>Your sign-in code is <b>723401</b>.</p><p>Click below to sign in.</p><a href="https://click.example.com/ls/click?upn=Zm9vYmFyYmF6cXV4MTIzNDU2">Sign in</a>',
    true,
    '723401',
    null,
  ],
];

const hyphenatedCodes: Case[] = [
  ['', 'temporary login code:\n\n4kQm-Zp2x-8RvT', false, '4kQmZp2x8RvT'],
  ['Your sign-in code', '<p>Your verification code:</p><p style="font-size:24px">7hXq-29Lm</p>', true, '7hXq29Lm'],
  ['', 'Ihr Sicherheitscode: K3J9-X2LQ-8ZP4', false, 'K3J9X2LQ8ZP4'],
  ['', 'Votre code de vérification : a1b2c-3d4e5', false, 'a1b2c3d4e5'],
  ['', 'Код подтверждения: 4kQm-Zp2x-8RvT', false, '4kQmZp2x8RvT'],
  ['', '验证码：4kQm-Zp2x-8RvT', false, '4kQmZp2x8RvT'],
  // Only a verification word makes a long token a code; words, ids and gift codes stay none.
  ['', 'Your code: 4kQm-Zp2x-8RvT', false, null],
  ['Notion', '<p>Or, copy and paste this temporary login code:</p><p>purple-sky-4821</p>', true, null],
  ['Gift for you', 'Redeem your gift code 7KQ2-M9XP-4LZ8 at example.com/redeem', false, null],
  ['', 'Verification ID: 3f2a9c1e-4b7d-4e2a-9c1e-3f2a9c1e4b7d', false, null],
  ['', 'Your verification code: 482913. Order ORD-2026-4821', false, '482913'],
];

const RESET_URL = 'https://x.example/reset?token=Kq82Lm92Zx';
/** A notice: its words, then a remedy button. */
const notice = (subject: string, words: string, button: string): Case => [
  subject,
  `<p>${words}</p><a href="${RESET_URL}">${button}</a>`,
  true,
  null,
  null,
];

const changeNotices: Case[] = [
  notice(
    'Your password was changed',
    'Your password was changed. If you did not do this, reset your password:',
    'Reset password',
  ),
  notice(
    'Security alert',
    'The password for your Example account has been changed. If this was not you, reset it now.',
    'Reset password',
  ),
  notice('Your email address was updated', 'The email address of your account was updated. Not you?', 'Recover your account'),
  notice('Two-factor authentication disabled', 'Two-factor authentication has been turned off.', 'Sign in to turn it back on'),
  notice(
    'New sign-in to your account',
    'We noticed a new sign-in from Chrome. If this was not you, reset your password.',
    'Reset password',
  ),
  notice('Passwort geändert', 'Dein Passwort wurde geändert. Warst du das nicht? Setze es zurück:', 'Passwort zurücksetzen'),
  notice('Mot de passe modifié', 'Votre mot de passe a été modifié. Si ce n’est pas vous, réinitialisez-le :', 'Réinitialiser'),
  notice('Contraseña cambiada', 'Tu contraseña ha sido cambiada. Si no fuiste tú, restablécela:', 'Restablecer contraseña'),
  notice('Password modificata', 'La tua password è stata modificata. Se non sei stato tu, reimpostala:', 'Reimposta password'),
  notice('Senha alterada', 'A sua senha foi alterada. Se não foi você, redefina-a:', 'Redefinir senha'),
  notice('Wachtwoord gewijzigd', 'Je wachtwoord is gewijzigd. Was jij dit niet? Herstel het:', 'Wachtwoord herstellen'),
  notice('Пароль изменён', 'Ваш пароль был изменён. Если это были не вы, сбросьте его:', 'Сбросить пароль'),
  notice('Hasło zmienione', 'Twoje hasło zostało zmienione. Jeśli to nie Ty, zresetuj je:', 'Zresetuj hasło'),
  notice('Şifreniz değiştirildi', 'Hesabınızın şifresi değiştirildi. Siz değilseniz sıfırlayın:', 'Şifreyi sıfırla'),
  notice('密码已修改', '您的账户密码已修改。如非本人操作，请重置密码：', '重置密码'),
  notice(
    'パスワード変更のお知らせ',
    'パスワードが変更されました。お心当たりのない場合は再設定してください。',
    'パスワードを再設定',
  ),
  notice('비밀번호 변경 안내', '비밀번호가 변경되었습니다. 본인이 아닌 경우 재설정하세요.', '비밀번호 재설정'),
  notice('Mật khẩu đã được thay đổi', 'Mật khẩu của bạn đã được thay đổi. Nếu không phải bạn, hãy đặt lại:', 'Đặt lại mật khẩu'),
  // Requests, and a request to confirm a new address, still carry their action.
  [
    'Reset your password',
    `<p>We received a request to reset your password.</p><a href="${RESET_URL}">Reset password</a>`,
    true,
    null,
    RESET_URL,
  ],
  [
    'Password change request',
    `<p>Someone asked to change your password. If you have changed your mind, ignore this.</p><a href="${RESET_URL}">Change password</a>`,
    true,
    null,
    RESET_URL,
  ],
  [
    'Your password has expired',
    `<p>Your password has expired. Please choose a new one.</p><a href="${RESET_URL}">Choose a new password</a>`,
    true,
    null,
    RESET_URL,
  ],
  [
    'Запрос на изменение пароля',
    `<p>Чтобы изменить пароль, нажмите кнопку.</p><a href="${RESET_URL}">Изменить пароль</a>`,
    true,
    null,
    RESET_URL,
  ],
  [
    'Confirm your new email',
    '<p>Your email address was changed to new@example.com. Please confirm it.</p><a href="https://x.example/confirm?token=Kq82Lm92Zx">Confirm email</a>',
    true,
    null,
    'https://x.example/confirm?token=Kq82Lm92Zx',
  ],
];

const otherKindsOfCode: Case[] = [
  ['Biglietto', 'Codice PNR: XJ4K2M', false, null],
  ['Payment receipt', 'Approval code: 048291', false, null],
  // A qualifier the finder does not know, in every language: a code of another kind.
  ['Il tuo viaggio', 'Codice PNR: XJ4K2M', false, null],
  ['Chuyến đi của bạn', 'Mã đặt xe: 482913\nTài xế: Nguyễn Văn A', false, null],
  ['Απόδειξη', 'Ποσό: 49,99 €\nΚωδικός πληρωμής: 482913', false, null],
  ['Your payment', 'Amount: $49.99\nPayment code: 482913', false, null],
  ['Pix recebido', 'Você recebeu um Pix de R$ 120,00.\nAutenticação: 4829 1302 5820', false, null],
  ['Comprovante de transferência', 'Valor: R$ 120,00\nCódigo de autenticação: 48291302', false, null],
  ['Your receipt from Blue Bottle', 'Total $12.50\nVisa •••• 4242\nAuth code: 048291', false, null],
  ['Receipt', 'Total $12.50\nAuthorization code: 048291\nTransaction code: 77881', false, null],
  ['Recibo de compra', 'Total: 25,00 €\nCódigo de autorización: 048291\nCódigo de transacción: 9920', false, null],
  ['Comprovante de compra', 'Valor: R$ 25,00\nCódigo de autorização: 048291', false, null],
  ['Ricevuta di pagamento', 'Importo: 25,00 €\nCodice autorizzazione: 048291\nCodice transazione: 77881', false, null],
  ['Zahlungsbeleg', 'Betrag: 25,00 €\nGenehmigungscode: 048291', false, null],
  ['Reçu de paiement', 'Montant : 25,00 €\nCode d’autorisation : 048291', false, null],
  ['Квитанция об оплате', 'Сумма: 2500 ₽\nКод авторизации: 048291', false, null],
  ['Potwierdzenie płatności', 'Kwota: 25,00 zł\nKod autoryzacji: 048291', false, null],
  ['카드 결제 안내', '결제금액: 25,000원\n승인번호: 04829113', false, null],
  ['ご利用明細', 'ご利用金額：2,500円\n承認番号：048291', false, null],
  ['支付成功', '支付金额：¥25.00\n交易码：048291', false, null],
  ['Bukti pembayaran', 'Total: Rp 25.000\nKode pembayaran: 88081234', false, null],
  ['ใบเสร็จรับเงิน', 'ยอดชำระ 250 บาท\nรหัสอนุมัติ: 048291', false, null],
  ['Ödeme dekontu', 'Tutar: 250,00 TL\nOnay kodu: 048291', false, null],
  ['إيصال الدفع', 'المبلغ: 25.00 ر.س\nرمز الموافقة: 048291', false, null],
  ['भुगतान रसीद', 'राशि: ₹250\nअनुमोदन कोड: 048291', false, null],
  // An order (its subject says) with its amount is a receipt; a shop's footer makes none.
  ['Order confirmation #1234', 'Thanks for your order!\nTotal: €49.99\nCode: 482913\nWe will ship soon.', false, null],
  [
    'Welcome to Shop',
    'Hi Jane,\n\nYour code: 482913\n\nThanks for choosing Shop, the home of great deals for the whole family.\n\nTrack your orders any time. Gift wrapping from €2.',
    false,
    '482913',
  ],
  // Codes to join a class or claim a prize.
  ['Join my class', 'Enter the class code: 482913', false, null],
  ['You won!', 'Enter your prize code at example.com: 482913', false, null],
  ['Your Epic Games security code', 'Your Epic Games security code: 482913', false, '482913'],
  // Backup and recovery codes: kept, not typed now; a list of codes alike is no one-time code.
  ['2FA enabled', 'Recovery code: 482913', false, null],
  ['2FA enabled', 'Your backup code: 48291302', false, null],
  ['Your recovery codes', 'Here are your backup codes:\n4829-1302\n5820-1934\n1029-3847', false, null],
  [
    'Recovery codes',
    'Use these codes to sign in if you lose your phone. Enter one when asked:\n4829-1302\n5820-1934\n1029-3847',
    false,
    null,
  ],
  [
    'Two-factor authentication enabled',
    '<p>Two-factor authentication recovery codes. Enter one of them to sign in:</p><ul><li>a1b2c-3d4e5</li><li>f6g7h-8i9j0</li><li>k1l2m-3n4o5</li></ul>',
    true,
    null,
  ],
  ['Backup', 'Your verification codes:\n1. 48291302\n2. 58201934\n3. 10293847', false, null],
  // Payment, transaction and backup codes stay other kinds even where the mail says to enter them.
  ['', 'Kode pembayaran: 88081234. Masukkan kode pembayaran di ATM.', false, null],
  ['', 'Enter the payment code at the kiosk: 482913', false, null],
  ['', 'Codice transazione: 482913. Inseriscilo nel modulo di reclamo.', false, null],
  ['', 'Geben Sie Ihren Zahlungscode ein: 482913', false, null],
  ['', 'Введите код оплаты: 482913', false, null],
  ['', 'Enter one of your backup codes: 48291302', false, null],
  // …while a one-time password for a transaction is one.
  ['', 'OTP for transaction of INR 5,000.00 is 739104. Do not share it.', false, '739104'],
  // A mail that asks to use the code makes an unknown qualifier a verification code's.
  ['Recover your account', 'Enter this account recovery code: 482913', false, '482913'],
  ['Your Apple ID', 'Your authorization code: 482913. Enter it on your device.', false, '482913'],
  ['TV sign in', 'Your pairing code is 482913. It expires in 15 minutes.', false, '482913'],
  ['', 'Codice di sblocco: 482913. Non condividere questo codice con nessuno.', false, '482913'],
  // Payment mails that ask for a code: one-time passcodes for a purchase.
  ['Your one-time passcode', 'Your one-time passcode for the purchase of EUR 49.99 at Example Shop is 482913.', false, '482913'],
  ['Confirm your payment', 'Use this code to confirm your payment of €49.99: 482913', false, '482913'],
  ['Payment verification', 'Your code: 482913\nAmount: $49.99\nThis code expires in 5 minutes.', false, '482913'],
  ['Payment authentication', 'Enter this authentication code to approve the payment of €49.99: 482913', false, '482913'],
  ['OTP', 'OTP for your transaction of INR 1,000.00 at Amazon is 482913. Do not share this OTP with anyone.', false, '482913'],
  // Plain and brand qualifiers stay codes without any ask.
  ['Your Lyft code', 'Your Lyft code is 482913', false, '482913'],
  ['', 'Seu código do iFood: 482913', false, '482913'],
  ['', 'Dein Lieferando-Code: 482913', false, '482913'],
  ['', 'Your Apple ID code is: 482913', false, '482913'],
  ['', 'Votre code d’accès : 482913', false, '482913'],
  ['', 'Mã kích hoạt: 482913', false, '482913'],
  ['', 'El código que necesitas: 482913', false, '482913'],
  ['', '確認用コード：482913', false, '482913'],
  ['', 'Onay kodunuz: 482913', false, '482913'],
  ['', 'קוד אישור: 482913', false, '482913'],
  ['', 'รหัสของคุณคือ 482913', false, '482913'],
  ['', 'Your OLX code: 482913', false, '482913'],
  ['', 'Your two-step code: 482913', false, '482913'],
  ['', 'Your sign up code: 482913', false, '482913'],
  ['', 'Mã xác nhận: 482913', false, '482913'],
  ['', 'Kode konfirmasi: 482913', false, '482913'],
  ['', 'Hesap onay kodunuz: 482913', false, '482913'],
  ['', 'Код из письма: 482913', false, '482913'],
  ['', '动态码：482913', false, '482913'],
  // Qualifiers of a code one types to verify, in every language: validation, check, confirmation, sign-in.
  ['', 'Your validation code: 482913', false, '482913'],
  ['', 'Ihr Prüfcode: 482913', false, '482913'],
  ['', 'Votre code provisoire : 482913', false, '482913'],
  ['', 'Tu código de inicio de sesión: 482913', false, '482913'],
  ['', 'Seu código de validação: 482913', false, '482913'],
  ['', 'Codice di controllo: 482913', false, '482913'],
  ['', 'Kod potwierdzający: 482913', false, '482913'],
  ['', 'Potvrzovací kód: 482913', false, '482913'],
  ['', 'Din bekräftelsekod: 482913', false, '482913'],
  ['', 'Код авторизации: 482913', false, '482913'],
  ['', 'קוד הפעלה: 482913', false, '482913'],
  ['', 'एक्टिवेशन कोड: 482913', false, '482913'],
  ['', 'รหัสเปิดใช้งาน: 482913', false, '482913'],
  // An acronym opening a label names a kind of code.
  ['', 'PNR code: X7YQ2B', false, null],
  ['', 'Your EPP code: 482913', false, null],
];

describe('findVerification: second tester', () => {
  describe('a code noun with a qualifier the finder does not know, or in a receipt, counts only in a mail that asks to use a code', () => {
    it.each(otherKindsOfCode)('%j · %j', (...c) => check(c));
  });
  describe('"account" ending a sentence about the code is no account number; "account number: 1234" is', () => {
    it.each(accountGuard)('%j · %j', (...c) => check(c));
  });
  describe('one-time password with the article or a prefix (ה-, ال-) and Korean/Japanese/Chinese compounds', () => {
    it.each(oneTimePassword)('%j · %j', (...c) => check(c));
  });
  describe('link verbs in every inflection: zu-infinitives, perfective and imperfective, imperatives; change the password', () => {
    it.each(linkVerbs)('%j · %j', (...c) => check(c));
  });
  describe('a magic link offered beside the code ("click the button or enter the code"), or verifying by its URL, is the action too', () => {
    it.each(linkBesideCode)('%j · %j', (...c) => check(c));
  });
  describe('long hyphenated codes in mixed case (4kQm-Zp2x-8RvT) next to a verification word', () => {
    it.each(hyphenatedCodes)('%j · %j', (...c) => check(c));
  });
  describe('a notice of a change already made has no action link: its reset and sign-in links are remedies', () => {
    it.each(changeNotices)('%j · %j', (...c) => check(c));
  });
});
