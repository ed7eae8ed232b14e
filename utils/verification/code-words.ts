/**
 * The words around a verification code, in the 24 languages we read: en, it, de, fr, es, pt, nl,
 * zh-Hans, zh-Hant, ja, ko, ru, uk, pl, cs, sv, tr, ar, he, hi, vi, id, th, el.
 *
 * Words are stems matched from a word start (so `kod` also finds `kodu`, `kodunuz`), with their
 * inflections where a stem would over-reach. Scripts written without spaces (Chinese, Japanese,
 * Korean particles, Thai) have no word boundaries, so their words match anywhere.
 */

/**
 * A letter or digit of a script that separates words with spaces. Han, kana, Hangul and Thai are
 * left out: in those scripts a number or a word touches the words around it (`验证码123456`,
 * `인증번호는 123456입니다`).
 */
export const WORD_CHAR =
  '[\\p{N}_\\p{sc=Latin}\\p{sc=Cyrillic}\\p{sc=Greek}\\p{sc=Arabic}\\p{sc=Hebrew}\\p{sc=Devanagari}\\p{sc=Armenian}\\p{sc=Georgian}]';
/** Word start and word end for spaced scripts (always true next to CJK or Thai). */
export const B = `(?<!${WORD_CHAR})`;
export const E = `(?!${WORD_CHAR})`;

const alt = (words: string[]): string => words.join('|');

/**
 * Nouns for "code": a number next to one is a code unless the words around say which other kind
 * (promo, postal, order…). Weak on their own: mails about bookings, meetings and gift cards use them
 * for codes that are not verification codes.
 */
const CODE_NOUNS = [
  'clave' + E,
  'κωδικ\\p{L}*|κώδικ\\p{L}*',
  '[وبلفك]?(?:ال)?(?:رمز|كود)(?:ك|كم|ه|ها|ي|نا)?' + E,
  '[הבלמשו]{0,2}קוד(?:ים|י|ך|כם|ו)?' + E,
  'कोड|पासकोड',
  'mã' + E,
  'รหัส',
  // Chinese 码/碼 but not 密码 (password), 编码 (encoding), 号码 (number), 条码 (barcode).
  '(?<![密编編号號条條])(?:码|碼)',
  'コード|(?:認証|確認|暗証|承認)番号',
  '코드|(?:인증|확인|보안|승인) ?번호',
];

/** Words that name a verification code by themselves (verification, OTP, one-time…): strong anchors. */
const VERIFY_WORDS = [
  'verif\\p{L}*|v[ée]rif\\p{L}*|weryfik\\p{L}*|authent\\p{L}*|autentica\\p{L}*|autentifica\\p{L}*',
  'otp|totp|2fa|mfa|one[ -]time|einmal\\p{L}*|monouso|usage unique|un solo uso|uso [úu]nico|eenmalige?',
  'jednorazow\\p{L}*|jednoráz\\p{L}*|ověřov\\p{L}*|ověření|engångs\\p{L}*|doğrulama\\p{L}*|tek kullanımlık',
  'xác minh|xác thực|sekali pakai',
  'подтвер[жд]\\p{L}*|проверочн\\p{L}*|верификац\\p{L}*|одноразов\\p{L}*|підтвер[жд]\\p{L}*|перевірочн\\p{L}*|верифікац\\p{L}*',
  'επαλήθευσ\\p{L}*|επιβεβαίωσ\\p{L}*|μιας χρήσης|ταυτοποίησ\\p{L}*',
  '(?:ال)?تحقق|(?:ال)?تأكيد|(?:ال)?تفعيل|لمرة واحدة',
  '[לה]?אימות|חד[ -]פעמי\\p{L}*|הזדהות',
  'सत्यापन|ओटीपी|पुष्टिकरण|वन टाइम',
  'ยืนยัน|ใช้ครั้งเดียว',
  '验证|驗證|校验|校驗|认证|認證|动态密码|動態密碼|一次性',
  '認証|ワンタイム|本人確認',
  '인증|일회용|본인 ?확인',
];

/** Anchors: every code noun and verification word (compound nouns apart, below). */
export const ANCHOR = new RegExp(`${B}(?:${alt(CODE_NOUNS)}|${alt(VERIFY_WORDS)})`, 'giu');
/**
 * The Latin and Cyrillic nouns for "code", matched by their ending anywhere in a word: compounds
 * (Bestätigungscode, verificatiecode, inloggningskod, PIN-Code, промокод) are read back to the word
 * start by the caller, whose prefix then says which kind of code it is.
 */
export const COMPOUND_NOUN = new RegExp(
  `(?:codes?|codice|codici|c[óo]digos?|kode[nr]?|koder(?:na)?|koodi\\p{L}{0,4}|kod(?:y|em|zie|[óo]w|u\\p{L}{0,7}|a(?!k)\\p{L}{0,3}|lar\\p{L}{0,4})?|k[óo]d(?:u|em|y|ů|ot)?|код(?:а|у|ом|е|ы|ов|і|ів|ами)?)${E}`,
  'giu',
);
/** Upper-case only: `pin` and `tan` are also words. */
export const ANCHOR_CASED = new RegExp(`${B}(?:PIN|TAN|OTP)${E}`, 'gu');
/** The subset that is strong by itself. */
export const VERIFY_WORD = new RegExp(`${B}(?:${alt(VERIFY_WORDS)})`, 'iu');
/**
 * Verification words that are not a noun for the code (verify, подтвердить, 验证, 인증): alone, they
 * announce a code only close by ("Verify: 482913"), not across a paragraph ("Please verify your
 * email" above a footer's postcode).
 */
export const VERB_ONLY = new RegExp(
  `^(?:${alt([
    'verif\\p{L}*|v[ée]rif\\p{L}*|weryfik\\p{L}*|authent\\p{L}*|autentica\\p{L}*|autentifica\\p{L}*|ověř\\p{L}*|doğrulama\\p{L}*',
    'xác minh|xác thực|подтвер[жд]\\p{L}*|проверочн\\p{L}*|верификац\\p{L}*|підтвер[жд]\\p{L}*|перевірочн\\p{L}*|верифікац\\p{L}*',
    'επαλήθευσ\\p{L}*|επιβεβαίωσ\\p{L}*|ταυτοποίησ\\p{L}*|(?:ال)?تحقق|(?:ال)?تأكيد|(?:ال)?تفعيل|[לה]?אימות|הזדהות',
    'सत्यापन|पुष्टिकरण|ยืนยัน|验证|驗證|校验|校驗|认证|認證|認証|本人確認|인증|본인 ?확인',
  ])})$`,
  'iu',
);

/** Words that make a code noun next to them a verification code (login code, security code). */
export const STRENGTHENER = new RegExp(
  `${B}(?:${alt([
    alt(VERIFY_WORDS),
    'log[ -]?in|sign[ -]?in|security|temporary|sicherheit\\p{L}*|anmelde\\p{L}*|s[ée]curit[ée]|connexion|temporaire',
    'seguridad|temporal|sicurezza|temporane\\p{L}*|segurança|tempor[áa]ri\\p{L}*|beveiliging\\p{L}*|inlog\\p{L}*|tijdelijke',
    'вход\\p{L}*|безопасност\\p{L}*|входу|безпеки|logowani\\p{L}*|bezpieczeństw\\p{L}*|přihlaš\\p{L}*|bezpečnost\\p{L}*',
    'sikkerhe[dt]\\p{L}*|innlogging\\p{L}*|log(?:ind|inn)|engangs\\p{L}*|kirjautumis\\p{L}*|turva\\p{L}*|kertakäyttö\\p{L}*|vahvistus\\p{L}*',
    'inloggning\\p{L}*|säkerhet\\p{L}*|giriş|güvenlik|(?:ال)?دخول|(?:ال)?أمان|כניסה|אבטחה|लॉगिन|सुरक्षा',
    'đăng nhập|bảo mật|masuk|keamanan|เข้าสู่ระบบ|ความปลอดภัย|σύνδεσης|ασφαλείας',
    '登录|登入|安全|ログイン|セキュリティ|로그인|보안',
  ])})`,
  'iu',
);

/**
 * Words before a code noun that say it is another kind of code (promo code, 优惠码, Gutscheincode,
 * slevový kód, indirim kodu, प्रोमो कोड, 쿠폰 코드). Matched from a word start, compounds included.
 */
export const OTHER_KIND_BEFORE = new RegExp(
  `${B}(?:${alt([
    'promo\\p{L}*|discount|coupon|voucher|gift|claim|redeem\\p{L}*|redemption|referral|refer(?!\\p{L})|invit\\p{L}*',
    'booking|reservation|tracking|track(?!\\p{L})|postal|post(?!\\p{L})|zip|area|country|dial\\p{L}*|sort|tax|product|item|order',
    'meeting|webinar|bar|qr|source|error|status|reference|ref(?!\\p{L})|reward|loyalty|pick-?up|parcel|locker|door|gate|wi-?fi',
    'customer|client|member(?:ship)?|employee|staff|store|branch|müşteri|hata|ग्राहक|त्रुटि|错误|錯誤|产品|產品|客户|客戶|エラー|顧客|고객|오류',
    'rabatt\\p{L}*|gutschein\\p{L}*|aktions\\p{L}*|geschenk\\p{L}*|einladungs\\p{L}*|empfehlungs\\p{L}*|buchungs\\p{L}*',
    'reservierungs\\p{L}*|sendungs\\p{L}*|bestell\\p{L}*|produkt\\p{L}*|artikel\\p{L}*|steuer\\p{L}*|abhol\\p{L}*|tür\\p{L}*',
    'kortings\\p{L}*|actie\\p{L}*|cadeau\\p{L}*|kampanj\\p{L}*|present\\p{L}*|värv\\p{L}*|boknings\\p{L}*|spårnings\\p{L}*',
    'промо\\p{L}*|скидочн\\p{L}*|подарочн\\p{L}*|пригласительн\\p{L}*|реферальн\\p{L}*|почтов\\p{L}*|штрих\\p{L}*|бонусн\\p{L}*',
    'знижков\\p{L}*|подарунков\\p{L}*|поштов\\p{L}*|запрошувальн\\p{L}*|купон\\p{L}*',
    'slev\\p{L}*|dárkov\\p{L}*|poukaz\\p{L}*|akční|rezervační|sledovací|věrnost\\p{L}*|poštovní',
    'indirim|promosyon|kampanya|hediye|davet|referans|rezervasyon|sipariş|takip|kargo|posta|ürün|kupon|toplantı|ödül',
    'प्रोमो|कूपन|उपहार|गिफ्ट|रेफ़रल|रेफरल|आमंत्रण|बुकिंग|ऑर्डर|ट्रैकिंग|डाक|उत्पाद|मीटिंग|वाउचर|डिस्काउंट|छूट|पिन',
    '优惠|優惠|折扣|兑换|兌換|礼品|禮品|礼物|禮物|邀请|邀請|推荐|推薦|预订|預訂|预约|預約|订单|訂單|快递|快遞|物流',
    '运单|運單|邮编|郵遞|邮政|郵政|商品|券|会议|會議|取件|取货|取貨|提货|提貨|团购|團購|红包|紅包|积分|積分|充值',
    'クーポン|プロモーション|キャンペーン|割引|ギフト|招待|紹介|予約|注文|追跡|問い?合わ?せ|郵便|会議|ミーティング|特典|引換|配送|伝票',
    '쿠폰|할인|프로모션|이벤트|선물|기프트|추천|초대|예약|주문|운송장|송장|배송|우편|상품|회의|미팅|적립|멤버십',
    // Codes that open a locker or a door, or are shown at a counter (collection code, Einlasscode, portkod, 수령 코드).
    'collection|entry|entrance|admission|ticket\\p{L}*|boarding|parking|delivery|unlock\\p{L}*|einlass\\p{L}*|eintritt\\p{L}*',
    'paket\\p{L}*|schließfach\\p{L}*|zustell\\p{L}*|afhaal\\p{L}*|ophaal\\p{L}*|pakket\\p{L}*|kluis\\p{L}*|deur\\p{L}*|bezorg\\p{L}*',
    'uthämtning\\p{L}*|hämtnings\\p{L}*|port(?!\\p{L})|dörr\\p{L}*|afhentning\\p{L}*|hente(?!\\p{L})|dør\\p{L}*|pakke\\p{L}*|nouto\\p{L}*',
    'ovi(?!\\p{L})|teslim\\p{L}*|受取|受け取り|受付|수령|픽업|보관함|출입',
  ])})`,
  'iu',
);

/**
 * Words right after a code noun that say it is another kind of code (code de réduction, kod rabatowy,
 * код заказа, mã giảm giá, kode promo, รหัสส่วนลด, رمز الخصم, קוד הנחה, κωδικός έκπτωσης).
 */
export const OTHER_KIND_AFTER = new RegExp(
  `^[\\s:-]*${B}(?:(?:de|d'|du|del|di|da|do|della|dello|for|für|pour|para|per|voor|för|pro|для)\\s*)?(?:${alt([
    'retrait|recogida|retiro|ritiro|retirada|levantamento|coleta|entrega|consegna|odbi[oó]r\\p{L}*|получени\\p{L}*|выдач\\p{L}*',
    'отриманн\\p{L}*|видач\\p{L}*|vyzvednutí|výdej\\p{L}*|παραλαβ\\p{L}*|(?:ال)?استلام|איסוף|לאיסוף|nhận hàng|lấy hàng|pengambilan',
    'รับสินค้า|รับพัสดุ|teslim\\p{L}*|collection|pick-?up|entry|delivery|doors?|lockers?|tickets?',
    'r[ée]duction|promo\\p{L}*|cadeau|parrainage|invitation|r[ée]servation|suivi|postal\\p{L}*|commande|produit|remise|bon(?!\\p{L})',
    'descuento|regalo|referido|invitaci[óo]n|reserva|seguimiento|pedido|producto|cup[óo]n|canje',
    'sconto|invito|prenotazione|tracciamento|spedizione|avviamento|fiscale|articolo|prodotto|ordine|riunione|buono',
    'client[ea]?|error|erreur|errore|erro|khách hàng|nhân viên|lỗi|สมาชิก|ลูกค้า|ข้อผิดพลาด|pelanggan|kesalahan',
    'клиент\\p{L}*|ошибк\\p{L}*|помилк\\p{L}*|klient\\p{L}*|błęd\\p{L}*|zákazník\\p{L}*|chyb\\p{L}*|zboží|πελάτ\\p{L}*|σφάλματ\\p{L}*',
    '(?:ال)?(?:عميل|خطأ)' + E,
    '[הל]?(?:לקוח|שגיאה)' + E,
    'desconto|presente|indica[çc][ãa]o|convite|rastreio|rastreamento|produto|cupom|resgate|reuni[ãa]o',
    'korting|uitnodiging|boeking|reservering|bestelling|vergadering',
    'заказ\\p{L}*|брон\\p{L}*|скидк\\p{L}*|купон\\p{L}*|приглашени\\p{L}*|отслеживани\\p{L}*|товар\\p{L}*|подар\\p{L}*|сертификат\\p{L}*',
    'конференци\\p{L}*|встреч\\p{L}*|акци\\p{L}*|замовлен\\p{L}*|бронюван\\p{L}*|знижк\\p{L}*|запрошен\\p{L}*|відстежен\\p{L}*|зустріч\\p{L}*',
    'rabatow\\p{L}*|promocyjn\\p{L}*|pocztow\\p{L}*|polecaj\\p{L}*|poleceni\\p{L}*|zaproszeni\\p{L}*|rezerwacj\\p{L}*|zamówieni\\p{L}*',
    'przesyłk\\p{L}*|śledzeni\\p{L}*|kupon\\p{L}*|podarunkow\\p{L}*|prezentow\\p{L}*|spotkani\\p{L}*|zniżkow\\p{L}*',
    'objednávk\\p{L}*|rezervac\\p{L}*|zásilk\\p{L}*|slev\\p{L}*|kupón\\p{L}*|pozvánk\\p{L}*|schůzk\\p{L}*|sledování',
    '(?:ال)?(?:خصم|ترويجي|هدية|دعوة|إحالة|حجز|الطلب|تتبع|بريدي|منتج|قسيمة|كوبون|اجتماع|شحنة|استرداد|عرض)' + E,
    '[הל]?(?:הנחה|קופון|מתנה|הזמנה|הפניה|מעקב|מוצר|שובר|פגישה|משלוח|קידום)' + E,
    'giảm giá|khuyến m[ãạ]i|ưu đãi|quà|giới thiệu|mời|đặt (?:chỗ|phòng|vé|bàn)|đơn hàng|vận đơn|bưu|sản phẩm|phiếu|cuộc họp',
    'số thuế|giao dịch|tra cứu|promo|diskon|potongan|hadiah|referr?al|undangan|ajakan|booking|pemesanan|reservasi|pesanan|resi',
    'pelacakan|pos(?!\\p{L})|produk|kupon|voucher|rapat|transaksi|tiket',
    'ส่วนลด|โปรโมชั่?น|ของขวัญ|แนะนำ|เชิญ|การจอง|จอง|คำสั่งซื้อ|สั่งซื้อ|พัสดุ|ไปรษณีย์|สินค้า|คูปอง|บัตรกำนัล|อ้างอิง|ประชุม|ติดตาม|ผ่าน',
    'έκπτωσ\\p{L}*|προσφορ\\p{L}*|προώθησ\\p{L}*|δώρ\\p{L}*|παραπομπ\\p{L}*|πρόσκλησ\\p{L}*|κράτησ\\p{L}*|παραγγελ\\p{L}*',
    'αποστολ\\p{L}*|προϊόν\\p{L}*|κουπον\\p{L}*|σύσκεψ\\p{L}*|συνάντησ\\p{L}*|πρόσβασ\\p{L}*',
  ])})`,
  'iu',
);

/**
 * A code shown or scanned in person, not typed on a site: "Show this code at the door", "Zeigen Sie
 * den Code an der Kasse", "受付でこのコードをご提示ください". The verb is looked for in the code
 * noun's phrase before it (an imperative: "the code shown below" is a verification code's); where
 * the verb follows the noun (Japanese, Korean, Turkish, Hindi) and for the place, after it.
 */
export const IN_PERSON_BEFORE = new RegExp(
  `${B}(?:${alt([
    'show|present|scan|zeigen|vorzeigen|présente[rz]|montre[rz]|scanne[rz]|muestr[ae]|presente|escanea|mostra|mostri|mostre',
    'presenta|presenti|scansiona|apresente|toon|покажите|предъявите|покажіть|пред.явіть|pokaż|okaż|ukažte|předložte',
    'أظهر|اعرض|أبرز|הצג|הציגו|xuất trình|tunjukkan|δείξτε|επιδείξτε|出示',
  ])})${E}`,
  'iu',
);
export const IN_PERSON_AFTER = new RegExp(
  alt([
    `${B}(?:at|to) the (?:door|gate|entrance|counter|front desk|reception|kiosk|box office|cashier|locker|courier|driver)`,
    `${B}(?:an der (?:tür|kasse|pforte)|am (?:eingang|schalter)|à (?:la porte|l.entrée|la caisse|l.accueil)|au (?:guichet|livreur))`,
    `${B}(?:en la (?:puerta|entrada|caja)|al repartidor|all.ingresso|alla cassa|na (?:portaria|entrada)|bij de (?:deur|ingang|balie))`,
    `${B}(?:на входе|на кассе|курьеру|przy wejściu|kurierowi|gösterin\\p{L}*|göster(?!\\p{L})|दिखाएं|दिखाएँ|दिखाइए)`,
    '提示(?:ください|して|願)|見せて|보여 ?주(?:세요|십시오)',
  ]),
  'iu',
);

/** A negation before a show-verb: "Never show this code to anyone" is a verification code's warning. */
export const NEGATION = new RegExp(
  alt([
    `${B}(?:not|never|don.t|do not|nicht|nie|niemals|keinem|ne|pas|jamais|no|nunca|non|mai|não|niet|nooit|не|ні|nikdy|inte|aldrig)${E}`,
    `${B}(?:asla|لا|אל|मत|न|không|jangan|ห้าม|μην|δεν|anyone|niemand\\p{L}*|personne|nadie|nessuno|ninguém|никому|нікому|nikomu|ingen|kimseye)${E}`,
    '勿|不要|别|別|ないで|しないで|見せない|지 ?마',
  ]),
  'iu',
);

/** "Confirmation" before a code noun: a booking or order reference in a mail about an order. */
export const CONFIRMATION_WORD = new RegExp(
  `${B}(?:confirmation|best[äa]tigungs|conferma|confirmaci[óo]n|confirma[çc][ãa]o|bevestigings|確認|确认|확인)`,
  'iu',
);

/** A discount around a code: a promo code, not a verification code. */
export const PROMO_NEAR = new RegExp(
  alt([
    '\\d+ ?%|% off|\\boff\\b|discount|\\bsale\\b|free shipping|sconto|rabatt|r[ée]duction|remise|descuento|desconto|korting',
    'checkout|carrello|warenkorb|panier|carrito|saldi|soldes|rebajas|скидк|знижк|rabat|slev|indirim|خصم|הנחה|छूट',
    'giảm giá|diskon|ส่วนลด|έκπτωσ|优惠|折扣|割引|할인',
  ]),
  'iu',
);
