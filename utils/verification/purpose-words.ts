/**
 * How a mail asks its reader to use a code now, in the languages of `code-words.ts`: it says to
 * enter the code, warns never to share it, or says it expires within minutes or hours. Receipts,
 * tickets and lists of backup codes never word their codes so.
 */

const alt = (words: string[]): string => words.join('|');
/** Word start and end for Latin, Cyrillic, Greek, Arabic, Hebrew and Devanagari words. */
const W = '(?<![\\p{L}\\p{N}])';
const WE = '(?![\\p{L}\\p{N}])';

/** The code (a noun for it, OTP, PIN) or "it". */
const CODE = alt([
  // "Enter it", "Gib ihn ein", "Введите его" (not articles: "Digite o e-mail" asks for no code).
  `${W}(?:code|codes|codice|c[óo]digo|kod\\p{L}*|k[óo]d\\p{L}*|код\\p{L}*|kode|koodi\\p{L}*|mã|κωδικ\\p{L}*|otp|pin|passcode|it|ihn|его|його|go|ho|bunu|onu)${WE}`,
  'رمز|كود|קוד|कोड|ओटीपी|รหัส|码|碼|コード|番号|코드|번호',
]);

/** Enter, type, paste (imperative, infinitive) before the code. */
const ENTER_BEFORE = alt([
  `${W}(?:${alt([
    'enter|type|input|paste|key in|fill in|eingeben|einzugeben|gib|geben sie|saisi\\p{L}*|entre[zr]|tape[zr]|renseigne[zr]',
    'ingres[ae]\\p{L}*|introduc\\p{L}*|introduz\\p{L}*|escrib\\p{L}*|inserisc\\p{L}*|inserire|digit[ae]\\p{L}*|insira|inserir',
    'voer|vul|invoeren|введите|ввести|вкажіть|введіть|укажите|wpisz|wpisać|wprowadź|wprowadzić|podaj|zadejte|zadat|vložte',
    'ange|skriv in|fyll i|أدخل|ادخل|إدخال|הזן|הזינו|הקלד|הקלידו|להזין|nhập|masukkan|memasukkan|εισαγάγετε|εισάγετε|πληκτρολογήστε',
  ])})${WE}`,
  'กรอก|ป้อน|ใส่|输入|輸入|填写|填寫',
]);

/** "Use this code to…" in the languages that put the purpose after the code. */
const USE_BEFORE = `${W}(?:use|verwende\\p{L}*|utilise[zr]|usa|usar|utiliza\\p{L}*|gebruik|используйте|використайте|użyj|použijte|använd|χρησιμοποιήστε|gunakan|sử dụng)${WE}`;
const TO = `${W}(?:to|um|pour|per|para|om|чтобы|щоб|aby|för att|για να|untuk|để)${WE}`;

/** The code, then the verb, in verb-final languages: "kodu girin", "コードを入力", "코드를 입력", "कोड दर्ज करें". */
const CODE_THEN_ENTER = `(?:${W}kod\\p{L}*|कोड|ओटीपी|码|碼|コード|番号|코드|번호)[^.!?。！？\\n]{0,30}(?:${W}(?:gir\\p{L}*|yazın|yazınız)${WE}|दर्ज|डालें|入力|입력|输入|輸入)`;

/** The code must not be shared: "never share this code", "nicht weitergeben", "请勿泄露", "타인에게 알려주지 마세요". */
const DONT_SHARE = alt([
  `(?:do not|don.t|never|not to) (?:share|give|tell|disclose|forward|reveal|show)|${W}(?:weiter(?:geben|gegeben|zugeben)|niemandem|mit niemandem)`,
  'ne (?:le |la )?(?:partagez|communiquez|transmettez|divulguez)|no (?:lo |la )?(?:compartas|compartan|comparta|reveles|des)|nunca compartas',
  'non (?:condividere|comunicare|divulgare|condividerlo)|n[ãa]o (?:o |a )?(?:compartilhe|partilhe|divulgue|forneça)|deel (?:deze|de|je|uw) code niet|nooit delen',
  'не сообщайте|никому не|не передавайте|нікому не|не повідомляйте|nie udostępniaj|nikomu nie|nie podawaj|nesdílejte|nikomu nesdělujte|nikomu',
  'dela inte|dela aldrig|kimseyle paylaşma|paylaşmayın|لا تشارك|لا تعطي|אל תשתפו?|אין למסור|אל תמסרו?|साझा न करें|किसी के साथ साझा|(?:न|मत) दिखाएं',
  'không chia sẻ|không cung cấp|jangan (?:bagikan|berikan|memberikan)|อย่าแชร์|อย่าเปิดเผย|ห้ามเปิดเผย|ห้ามบอก|μην (?:το )?(?:μοιραστείτε|κοινοποιήσετε|δώσετε)',
  '请勿|切勿|請勿|不要(?:将|把)?.{0,8}(?:告诉|告知|泄露|分享|提供)|共有しないで|教えないで|他人に(?:教え|知らせ)|공유하지 마|알려주지 마|타인에게',
]);

const TIME = alt([
  `${W}(?:min|mins|minutes?|minuti|minuten|minutos|minut\\p{L}*|мин\\p{L}*|хвилин\\p{L}*|dakika|λεπτ\\p{L}*|phút|menit|hours?|stunden?|heures?|horas?|ore|uur|час\\p{L}*|годин\\p{L}*|godzin\\p{L}*|hodin\\p{L}*|timmar|saat|ώρ\\p{L}*|giờ|jam)${WE}`,
  'دقائق|دقيقة|ساعة|ساعات|דקות|דקה|שעות|שעה|मिनट|घंटे|นาที|ชั่วโมง|分钟|分鐘|分間?|時間|小时|小時|분|시간',
]);
const EXPIRES = alt([
  `${W}(?:expir\\p{L}*|valid|gültig|läuft|abläuft|valable|caduca|válid[oa]|scade|valido|valida|verloopt|geldig|действ\\p{L}*|истека\\p{L}*|дійсн\\p{L}*|ważn\\p{L}*|wygaś\\p{L}*|platn\\p{L}*|vyprš\\p{L}*|giltig|upphör|geçerli\\p{L}*|sona er\\p{L}*)`,
  'صالح|تنتهي|בתוקף|תקף|יפוג|मान्य|समाप्त|hiệu lực|hết hạn|berlaku|kedaluwarsa|หมดอายุ|ใช้ได้|ισχύ\\p{L}*|λήγει',
]);
const EXPIRES_AFTER = '有效|过期|過期|有効|失效|유효|만료|이내|以内|内に';

/** Each a sign that the mail asks to use a code now; any one is enough. */
export const ASKS_FOR_CODE: RegExp[] = [
  new RegExp(`(?:${ENTER_BEFORE})[^.!?。！？\\n]{0,40}(?:${CODE})`, 'iu'),
  new RegExp(CODE_THEN_ENTER, 'iu'),
  new RegExp(`(?:${USE_BEFORE})[^.!?\\n]{0,20}(?:${CODE})[^.!?\\n]{0,3}(?:${TO})`, 'iu'),
  new RegExp(DONT_SHARE, 'iu'),
  new RegExp(
    `(?:${EXPIRES})[^.!?。！？\\n]{0,40}?\\d+\\s?(?:${TIME})|\\d+\\s?(?:${TIME})[^.!?。！？\\n]{0,12}?(?:${EXPIRES_AFTER}|${EXPIRES})`,
    'iu',
  ),
];
