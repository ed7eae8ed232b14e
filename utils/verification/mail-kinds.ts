/**
 * What a whole mail is about (an order, a booking, a meeting, a gift card, a parcel to collect),
 * judged once from its subject and the start of its text: in such mails a plain "code" is that
 * thing's code, not a verification code.
 *
 * Every word is matched whole (word start and word end in spaced scripts); stems say where they
 * inflect with `\p{L}*`. A bare stem over-reaches into everyday words of other languages:
 * Portuguese `voo` (flight) in Dutch "voor" (for), Spanish `reserva` in every footer's "Todos los
 * derechos reservados", Italian `volo` in French "volontiers", English "order" in "in order to".
 */
import { B, E } from './code-words';

const alt = (words: string[]): string => words.join('|');

/** Mail about an order or a purchase. */
const ORDER_WORDS = [
  '(?<!in )orders?|ordered|purchase[sd]?|bestellung\\p{L}*|commandes?|pedidos?|ordine|ordini|encomendas?|bestellingen|bestelling',
  'заказ\\p{L}*|замовлен\\p{L}*|zamówieni\\p{L}*|objednávk\\p{L}*|beställning\\p{L}*|sipariş\\p{L}*|(?:ال)?طلب(?:ك|كم|ية)?|הזמנה|הזמנתך',
  'ऑर्डर|đơn hàng|pesanan\\p{L}*|คำสั่งซื้อ|παραγγελ\\p{L}*|订单|訂單|注文|주문',
];

/** Mail about a booking or trip: its "confirmation code" or plain "code" is a booking reference. */
const BOOKING_WORDS = [
  'reservations?|booking(?!\\.com)s?|itinerar(?:y|ies)|check-in|boarding|flights?|hotel(?!s\\.com)|your stay|your trip|e-tickets?',
  'buchung\\p{L}*|reservierung\\p{L}*|flug|fluges|flüge|aufenthalt\\p{L}*|réservations?|séjours?|billet d.avion',
  'reservas?|reservaci[óo]n|vuelos?|estancia|prenotazion[ei]|vol[oi]|soggiorno|voos?|estadia|boekingen|boeking|reservering\\p{L}*',
  'vlucht\\p{L}*|verblijf|бронирован\\p{L}*|брон[ьи]|рейс\\p{L}*|отел\\p{L}*|гостиниц\\p{L}*|заселени\\p{L}*|бронюванн\\p{L}*',
  'готел\\p{L}*|rezerwacj\\p{L}*|pobyt\\p{L}*|zameldowani\\p{L}*|rezervac\\p{L}*|letenk\\p{L}*|bokning\\p{L}*|flyg|flyget|hotell\\p{L}*',
  'vistelse\\p{L}*|incheckning\\p{L}*|rezervasyon\\p{L}*|uçuş\\p{L}*|otel\\p{L}{0,5}|konaklama\\p{L}*',
  '(?:ال)?(?:حجز|رحلة|فندق|إقامة)\\p{L}{0,3}|טיסה|מלון|שהייה|צ.ק-אין|बुकिंग|आरक्षण|उड़ान|होटल|चेक-इन',
  'đặt phòng|đặt chỗ|đặt vé|chuyến bay|khách sạn|nhận phòng|pemesanan|reservasi|penerbangan|menginap',
  'การจอง|เที่ยวบิน|โรงแรม|ที่พัก|เช็คอิน|κράτησ\\p{L}*|πτήσ\\p{L}*|ξενοδοχεί\\p{L}*|διαμονή',
  '预订|預訂|预定|預定|航班|酒店|入住|行程|机票|機票|予約|フライト|ホテル|宿泊|航空券|チェックイン|搭乗|예약|항공편|호텔|숙박|항공권|체크인|탑승',
];

/** Mail about a meeting: its passcode or code is the meeting's. */
const MEETING_WORDS = [
  'meetings?|webinars?|zoom|conference call|dial-in|besprechung\\p{L}*|konferenz\\p{L}*|réunions?|reuni[óo]n|riunion[ei]|reuni[ãa]o',
  'vergadering\\p{L}*|встреч(?:а|и|у|е|ей|ам|ами|ах)?|конференц\\p{L}*|зустріч(?:і|ю|ей)?|spotkani\\p{L}*|schůzk\\p{L}*|möte|mötet|toplantı\\p{L}*',
  '(?:ال)?اجتماع\\p{L}{0,3}|פגישה|बैठक|मीटिंग|cuộc họp|rapat|การประชุม|σύσκεψ\\p{L}*|会议|會議|会議|ミーティング|회의|미팅',
];

/** Mail about a gift card: its code is the card's claim code. */
const GIFT_WORDS = [
  'gift ?cards?|claim code|e-gift|geschenkkarte\\p{L}*|gutschein\\p{L}*|cartes?[ -]cadeaux?|tarjeta regalo|carta regalo|buono regalo',
  'cart[ãa]o[ -]presente|cadeaukaart\\p{L}*|cadeaubon\\p{L}*|подарочн\\p{L}* (?:карт|сертификат)\\p{L}*|подарунков\\p{L}* карт\\p{L}*',
  'kart\\p{L}* podarunkow\\p{L}*|dárkov\\p{L}* kart\\p{L}*|presentkort\\p{L}*|hediye kart\\p{L}*|بطاقة (?:ال)?هدايا|بطاقة هدية|כרטיס מתנה',
  'गिफ्ट कार्ड|thẻ quà tặng|kartu hadiah|บัตรของขวัญ|δωροκάρτ\\p{L}*|礼品卡|禮品卡|ギフトカード|ギフト券|기프트 ?카드|상품권',
];

/**
 * Mail about a parcel to collect from a locker or a pickup point: its code opens the locker or is
 * shown at the counter. Only words for the locker or the point: "parcel", "kargo" or "包裹" alone
 * also sit in a shop's footer ("free shipping on every parcel").
 */
const PICKUP_WORDS = [
  'parcel lockers?|lockers?|pick-?up points?|collection points?|ready (?:for|to) (?:collection|pick-?up)|packstation|paketshop',
  'abholstation|point relais|casier|consigne automatique|punto de recogida|punto di ritiro|armadietto|pakketpunt|pakketautomaat',
  'afhaalpunt|paczkomat\\p{L}*|постамат\\p{L}*|пункт\\p{L}* выдачи|поштомат\\p{L}*|balíkovn\\p{L}*|výdejní míst\\p{L}*|paketskåp\\p{L}*',
  'utlämningsställe|paketbox|ตู้ล็อกเกอร์|快递柜|快遞櫃|取件|自提|宅配ボックス|보관함',
];

const KINDS = { order: ORDER_WORDS, booking: BOOKING_WORDS, meeting: MEETING_WORDS, gift: GIFT_WORDS, pickup: PICKUP_WORDS };
export type Kind = keyof typeof KINDS;

/** Every kind's words in one pattern (one scan of the text), each kind a named group. */
const KIND_WORDS = new RegExp(
  `${B}(?:${Object.entries(KINDS)
    .map(([kind, words]) => `(?<${kind}>${alt(words)})`)
    .join('|')})${E}`,
  'giu',
);

/**
 * What the whole mail is about: the subject and the start of the text, scanned once, and only
 * when first asked (most mails' code words are strong and never ask).
 */
export class MailKind {
  private found: Set<string> | null = null;

  constructor(private readonly text: string) {}

  is(kind: Kind): boolean {
    if (!this.found) {
      this.found = new Set();
      for (const match of this.text.matchAll(KIND_WORDS)) {
        for (const [name, value] of Object.entries(match.groups ?? {})) if (value !== undefined) this.found.add(name);
        if (this.found.size === Object.keys(KINDS).length) break;
      }
    }
    return this.found.has(kind);
  }
}
