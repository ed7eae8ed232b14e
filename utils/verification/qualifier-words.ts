/**
 * The words that may stand right next to a code noun without saying it is another kind of code, in
 * the languages of `code-words.ts`: articles, possessives, demonstratives, "new", "following",
 * "6-digit", copulas, "enter", and the qualifiers of a code one types to verify (confirmation,
 * activation, registration, access, reset, SMS, e-mail, PIN). Any other word there ("Approval
 * code", "Codice PNR", "Mã đặt xe", "κωδικός πληρωμής") names a code this finder does not know, so
 * only a mail that asks to use a code (`purpose-words.ts`) makes it a verification code.
 */

const alt = (words: string[]): string => words.join('|');

/** One whole token (lower-cased, punctuation trimmed) that qualifies nothing, or only as a verification code. */
export const PLAIN_QUALIFIER = new RegExp(
  `^(?:${alt([
    // English
    'your|the|this|that|these|a|an|my|our|its|new|following|below|above|same|unique|personal|secret|private|short|numeric|digits?',
    'one|single|another|next|latest|requested|enter|use|type|input|paste|copy|get|send|resend|receive|received|request|with|is|was',
    'of|for|to|and|or|here|here.s|below|valid|correct|confirmation|activation|registration|signup|sign-up|access|pass|reset',
    'password|e-?mail|sms|text|phone|mobile|app|device|pin|tan|otp|2fa|mfa|sso|id|pairing|account|magic|up|two-step|2-step',
    'two-factor|2-factor|multi-factor|on|identity|identification|validation|provisional|control',
    // Relative pronouns: the code that…, el código que…, il codice che…
    'which|que|qui|che|quale|котор\\p{L}*|któr\\p{L}*|kter\\p{L}*|som|ki|mà|yang|που|ש|الذي|जो',
    // German, Dutch, Swedish
    'ihr|ihre|ihren|ihrem|dein|deine|deinen|deinem|euer|unser|der|die|das|den|dem|des|ein|eine|einen|diesen|dieser|dieses|folgende[nr]?',
    'neue[nr]?|gültige[nr]?|persönliche[nr]?|einmalige[nr]?|\\p{L}*stellige[nr]?|bestätigungs|aktivierungs|registrierungs|zugangs|freischalt',
    'geräte|konto|für|von|lautet|ist|prüf|kontroll|vorläufige[nr]?|validierungs|controle|validatie|bekräftelse|bekreftelses?|bekræftelses?|validerings|je|jouw|uw|het|een|deze|nieuwe|volgende|onderstaande|dezelfde|unieke|persoonlijke|bevestigings',
    'activatie|registratie|toegangs|voor|din|ditt|dina|er|ert|det|denna|detta|följande|nya|ny|för|aktiverings|registrerings|åtkomst|ange|är',
    // French, Spanish, Italian, Portuguese
    'votre|vos|ton|ta|tes|le|la|les|l.|un|une|ce|cet|cette|nouveau|nouvel|suivant|même|personnel|à|de|du|d.|inscription|accès|est',
    'provisoire|contrôle|validación|validazione|validação|provisorio|provvisorio|provisório|controllo|ingreso',
    'tu|tus|su|sus|el|los|las|una|este|esta|ese|esa|nuevo|nueva|siguiente|mismo|único|secreto|del|confirmación|activación|registro|acceso|es',
    'il|lo|i|gli|uno|tuo|tua|suo|sua|vostro|vostra|questo|questa|nuovo|seguente|stesso|unico|personale|segreto|di|della|conferma',
    'attivazione|registrazione|accesso|è|o|a|os|as|um|uma|seu|teu|esse|novo|seguinte|único|pessoal|do|da|confirmação|ativação|activação',
    'registo|cadastro|acesso|é',
    // Russian, Ukrainian, Polish, Czech
    'ваш\\p{L}*|тво\\p{L}*|эт\\p{L}+|нов\\p{L}+|следующ\\p{L}*|указанн\\p{L}*|для|из|с|в|это|активаци\\p{L}*|регистраци\\p{L}*|доступа|смс',
    'введите|используйте|укажите|пин|цей|цю|новий|наступн\\p{L}*|з|активаці\\p{L}*|реєстраці\\p{L}*|доступу|введіть|використайте|це',
    'twój|twoj\\p{L}*|ten|tego|poniższ\\p{L}*|now\\p{L}*|następując\\p{L}*|do|ze|dla|aktywacyjn\\p{L}*|aktywacji|rejestracyjn\\p{L}*',
    'rejestracji|dostępu|wpisz|wprowadź|użyj|podaj|to|jest|váš|vaše|vašeho|tvůj|tento|tohoto|následující|nový|nového|pro',
    'aktivační|registrační|přístupov\\p{L}*|přístupu|zadejte|použijte|je|potwierdz\\p{L}*|potvrzovací|potvrzení|kontroln\\p{L}*',
    // Turkish, Arabic, Hebrew, Hindi
    'bu|şu|aşağıdaki|yeni|tek|onay|aktivasyon|kayıt|erişim|için|ile|هذا|هذه|الخاص|بك|لك|أدخل|استخدم|التسجيل|الوصول|هو',
    'את|שלך|שלכם|הזה|הזן|הזינו|השתמש|הרשמה|ההרשמה|גישה|הגישה|אישור|האישור|הפעלה|ההפעלה|הוא',
    'आपका|आपकी|आपके|यह|यहाँ|नीचे|दिया|गया|नया|निम्न|निम्नलिखित|पुष्टि|सक्रियण|एक्टिवेशन|पंजीकरण|एसएमएस|ओटीपी|है',
    // Vietnamese, Indonesian, Greek
    'của|bạn|quý|khách|này|là|dưới|đây|mới|sau|để|cho|nhập|sử|kích|đăng|truy|xác|anda|kamu|ini|itu|berikut|baru|adalah|untuk',
    'dari|masukkan|gunakan|aktivasi|registrasi|pendaftaran|akses|konfirmasi|σας|σου|ο|τον|του|το|αυτ\\p{L}*|νέο\\p{L}*|παρακάτω',
    'ακόλουθ\\p{L}*|για|από|είναι|ενεργοποίησης|εγγραφής|επιβεβαίωσης',
  ])})$`,
  'iu',
);

/** The end of a Chinese, Japanese or Korean phrase before a code noun that qualifies nothing (您的, 以下の, 아래, 이). */
export const CJK_PLAIN_END =
  /(?:的|代|用|の|は|を|が|이|가|는|을|를|의|本次|此|该|該|这个|這個|以下|下記|次|この|その|아래|다음|새|您|你|请|請|输入|輸入|入力|입력|激活|啟用|確認|确认|注册|註冊|登録|가입|확인|활성화|短信|動態|动态|暗証|이메일|문자)$/u;

/** Thai: what follows รหัส without qualifying it (ของคุณ "your", คือ "is", สำหรับ "for", นี้ "this"). */
export const THAI_PLAIN_START = /^(?:ของ|เข้าใช้|เปิดใช้งาน|คือ|สำหรับ|นี้|ด้านล่าง|ที่|จาก|ใน|เพื่อ|OTP|ยืนยัน|เข้าสู่ระบบ|$)/u;

/**
 * Words of card payments that also name verification codes elsewhere: authentication,
 * authorization, approval. In a mail about a payment they name the payment's code ("Approval code",
 * "Autenticação", "承認番号", "승인번호").
 */
export const CARD_AUTH = new RegExp(
  alt([
    'authent\\p{L}*|autentica\\p{L}*|autentifica\\p{L}*|authori[sz]\\p{L}*|autori[sz]\\p{L}*|approv\\p{L}*|aprova\\p{L}*|auth(?![\\p{L}])',
    'genehmigung\\p{L}*|autorisierung\\p{L}*|autoris\\p{L}*|авториз\\p{L}*|одобрен\\p{L}*|autoryzac\\p{L}*|autorizac\\p{L}*|schválen\\p{L}*',
    'godkänn\\p{L}*|yetkilendirme|موافقة|تفويض|प्राधिकरण|ủy quyền|phê duyệt|otorisasi|persetujuan|อนุมัติ|έγκρισ\\p{L}*|εξουσιοδότ\\p{L}*',
    '授权|授權|承認|승인',
  ]),
  'iu',
);
