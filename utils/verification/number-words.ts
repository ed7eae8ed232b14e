/**
 * The words that make a number something other than a code (an order or phone number, a price,
 * a duration, a year), in the languages of `code-words.ts`.
 */
import { B, E } from './code-words';

const alt = (words: string[]): string => words.join('|');

/** Words naming the number that follows (order 48213921, № 12345, 注文番号：1234, 주문번호 1234). */
const NUMBER_KINDS = alt([
  'order|invoice|ticket|booking|reservation|customer|account|member|membership|tracking|reference|ref|transaction',
  'case|shipment|parcel|package|item|sku|id|tel|phone|telephone|call|fax|mobile|cell|hotline|flight|room|seat|serial',
  'model|version|build|ending|ends in|zip|postcode|no[.:]|nr\\.?|n\\.|n°|nº|#|№|a/c|p\\.? ?o\\.? box|postfach|ص\\.ب|а/я',
  'ordine|fattura|prenotazione|cliente|spedizione|pacco|pratica|bestellung|bestellnummer|rechnung|rechnungsnummer',
  'kundennummer|kunden|buchung|sendung|sendungsnummer|auftrag|commande|facture|r[ée]servation|colis|dossier|pedido',
  'factura|reserva|env[ií]o|encomenda|fatura|bestelling|bestelnummer|factuur|boeking|klant|klantnummer|zending',
  'telefono|cellulare|chiama|telefon|handy|anrufen|t[ée]l[ée]phone|appelez|portable|tel[ée]fono|llame|m[óo]vil',
  'telefone|ligue|telefoon|bel|gọi|拨打|撥打|致电|致電|来电|來電|חייג\\p{L}*|התקשר\\p{L}*',
  'заказ\\p{L}*|номер\\p{L}*|сч[её]т\\p{L}*|телефон\\p{L}*|тел|трек\\p{L}*|брон\\p{L}*|индекс\\p{L}*|договор\\p{L}*',
  'клиент\\p{L}*|звоните|посылк\\p{L}*|отправлени\\p{L}*|замовлен\\p{L}*|рахун\\p{L}*|індекс\\p{L}*|посилк\\p{L}*|дзвоніть',
  'zamówieni\\p{L}*|numer\\p{L}*|faktur\\p{L}*|przesyłk\\p{L}*|rezerwacj\\p{L}*|zadzwoń|konta|rachunk\\p{L}*',
  'objednávk\\p{L}*|číslo|č\\.|zásilk\\p{L}*|rezervac\\p{L}*|psč|volejte|ordernummer|nummer|bokning\\p{L}*|postnummer',
  'sipariş\\p{L}*|numara\\p{L}*|fatura\\p{L}*|takip|rezervasyon\\p{L}*|kargo\\p{L}*|arayın|hesap',
  'رقم|(?:ال)?طلب|(?:ال)?هاتف|فاتورة|(?:ال)?حجز|تتبع|(?:ال)?شحنة|اتصل|מספר|הזמנה|טלפון|חשבונית|משלוח|טל',
  'ऑर्डर|नंबर|संख्या|फ़ोन|फोन|मोबाइल|बुकिंग|ट्रैकिंग|कॉल|đơn hàng|điện thoại|hotline|vận đơn|hóa đơn|tài khoản',
  'pesanan|nomor|telepon|telp|hp|invoice|resi|pemesanan|rekening|hubungi',
  'หมายเลข|เลขที่|คำสั่งซื้อ|โทร|พัสดุ|การจอง|บัญชี|αριθμ\\p{L}*|παραγγελ\\p{L}*|τηλ\\p{L}*|κράτησ\\p{L}*|τιμολόγι\\p{L}*',
  '订单|訂單|单号|單號|编号|編號|电话|電話|手机|手機|邮编|郵遞區號|快递|快遞|运单|運單|发票|發票|账号|帳號|会员|會員',
  '客服|热线|熱線|尾号|尾號|卡号|卡號|注文|番号|TEL|〒|郵便|予約|会員|お?問い?合わ?せ|口座|伝票|末尾',
  '주문|번호|전화|우편|예약|운송장|회원|고객센터|계좌|끝자리',
]);

/**
 * A number-kind word (whole: Dutch `bel` is not "below"), then at most two more words, right before
 * the number. The caller forgives it when a code word sits in between (`Order 123 verification
 * code: 482913`) or overlaps it (認証番号 contains 番号).
 */
export const NUMBER_KIND_BEFORE = new RegExp(
  `${B}(?:${NUMBER_KINDS})s?${E}(?:[^\\p{L}\\p{N}\\n]{0,6}\\p{L}+){0,2}[^\\p{L}\\p{N}\\n]{0,6}$`,
  'iu',
);

/** Units right after a number: durations, sizes, counts, calendar parts (10 minutes, 2026年, 3분). */
export const UNIT_AFTER = new RegExp(
  `^ ?(?:${alt([
    '(?:min(?:ute[ns]?|uti|utos|uten)?s?|h|hrs?|hours?|ore|stunden?|heures?|horas?|uur|days?|giorni|tage?n?|jours?|d[ií]as|dagen',
    's|secs?|seconds?|secondi|sekunden|secondes|segundos|seconden|gb|mb|kb|tb|km|kg|mm|cm|px|pt|x)(?![\\p{L}\\p{N}])',
    '(?:мин\\p{L}*|сек\\p{L}*|час\\p{L}*|дн\\p{L}*|дней|лет|год\\p{L}*|г\\.|шт|хв\\p{L}*|годин\\p{L}*|минут\\p{L}*)',
    '(?:minut\\p{L}*|godzin\\p{L}*|sekund\\p{L}*|dni|hodin\\p{L}*|dn[íů]|minuter|timmar|dagar|sekunder)(?![\\p{L}])',
    '(?:dakika|saniye|saat|gün)(?![\\p{L}])|(?:دقيقة|دقائق|ساعة|ساعات|ثانية|ثوان|يوم|أيام)|(?:דקות|דקה|שעות|שעה|ימים)',
    'मिनट|सेकंड|घंटे|दिन|(?:phút|giây|giờ|ngày|tháng|năm)(?![\\p{L}])|(?:menit|detik|jam|hari)(?![\\p{L}])',
    'นาที|วินาที|ชั่วโมง|วัน|(?:λεπτ\\p{L}*|δευτερόλεπτ\\p{L}*|ώρ\\p{L}*|ημέρ\\p{L}*)',
    '分钟|分鐘|分|秒|小时|小時|時間|时|時|日|天|年|月|个|個|名|人|件|回|号|號|분|초|시간|일|년|월|개|명|회|%',
  ])})`,
  'iu',
);

/** A currency sign or code just before the number. */
export const CURRENCY_BEFORE =
  /(?:[$€£¥₹₽₩₫₺₪฿₴]|(?<![\p{L}])(?:eur|usd|gbp|chf|jpy|cad|aud|brl|r\$|us\$|sek|nok|dkk|pln|czk|rs\.?|rp\.?|inr|vnd|thb|try|ils|sar|aed|krw|cny|rmb|uah|rub))\s?$/iu;
/** A currency sign or name just after the number. */
export const CURRENCY_AFTER = new RegExp(
  `^\\s?(?:[$€£¥₹₽₩₫₺₪฿₴]|円|元|원|,-|\\.-|(?:${alt([
    'eur|usd|gbp|chf|euros?|dollars?|dollari|sterlin[ge]|francs?|reais|kr|zł|kč|tl|lira|руб\\p{L}*|грн|вон',
    'vnd|đồng|đ|rp|rupiah|rs|rupees?|रुपये|रु|บาท|ریال|ريال|ر\\.س|د\\.إ|درهم|جنيه|ש["״]ח|שקל\\p{L}*|ευρώ|dhs?|sar|aed',
  ])})(?![\\p{L}]))`,
  'iu',
);

/** Words that make a 4-digit number right after them a year. */
export const YEAR_BEFORE =
  /(?:©|\(c\)|copyright|anno|year|jahr|ann[ée]e|a[ñn]o|jaar|since|dal|seit|depuis|desde|sinds|год|рок|rok|roku|år|yıl|năm|tahun|ปี|พ\.ศ\.|έτος)\s*$/iu;

/** A post-office box right before the number (`Box 7242`, `Postboks 123`, `Apartado 48`, `Τ.Θ. 1042`). */
export const PO_BOX_BEFORE =
  /(?<![\p{L}])(?:box|boks|postboks|postbus|postfach|apartado(?: postal)?|casilla|caixa postal|casella postale|skrytka pocztowa|p\.? ?k\.|posta kutusu|τ\.? ?θ\.|ταχ\. θυρίδα)\.? ?$/iu;
