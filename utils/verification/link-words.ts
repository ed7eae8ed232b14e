/**
 * The words of links and of the text around them, in the languages of `code-words.ts`: what makes a
 * link the mail's action (verify, confirm, activate, reset a password, sign in by magic link) and
 * what makes it anything else (unsubscribe, privacy, help, an order, "not you?").
 */

const alt = (words: string[]): string => words.join('|');
/** Word start for Latin and Cyrillic stems (other scripts match anywhere). */
const W = '(?<![\\p{L}\\p{N}])';

/** Verify, confirm, activate, complete the sign-up. */
export const VERIFY_LINK_WORDS = new RegExp(
  alt([
    'verif|v[ée]rifi|confirm|conferm|activat|activer|activar|ativar|ativ[ae] |attiva|aktivier|validat|valid(?:er|ez|ar|are|ieren)|convalid',
    'best[äa]tig|bestaetig|bevestig|activeer|magic[ _-]?link',
    `complete (?:your )?(?:registration|sign[ -]?up|account)|finish (?:signing up|registration|setting up)`,
    'подтверд|подтвержд|активир|верифиц|завершить регистрац|підтверд|активу|верифік',
    'potwierd|aktywuj|aktywac|weryfik|potvr[dz]|ověř|aktivov|aktivac|bekräfta|verifiera|aktivera',
    'doğrula|onayla|etkinleştir|aktifleştir',
    'تأكيد|أكّد|أكد|تفعيل|فعّل|تحقق',
    'לאשר|אשרו|אשר את|אישור|לאמת|אמת את|אימות|הפעל',
    'सत्यापित|सत्यापन|पुष्टि|सक्रिय|वेरिफाई',
    'xác nhận|xác minh|xác thực|kích hoạt|konfirmasi|verifikasi|aktifkan|aktivasi',
    'ยืนยัน|เปิดใช้งาน',
    'επιβεβαι|επιβεβαίω|επαλήθευ|επαληθευ|ενεργοποί|ενεργοποι',
    '确认|確認|验证|驗證|激活|啟用|启用|认证|認證|完成注册|完成註冊',
    '認証|有効化|本登録|登録を完了|アクティベート',
    '인증|확인|활성화|가입 ?완료',
  ]),
  'iu',
);

/** Reset or recover a password. */
export const RESET_LINK_WORDS = new RegExp(
  alt([
    `${W}reset|(?:set|create|choose|pick|enter)(?: up)? (?:a |your )?(?:new )?password|new password|recover (?:your )?(?:account|password)|forgot`,
    // "Set, create or choose a new password": the new password's words, in every inflection.
    'zurücksetzen|neues? (?:passwort|kennwort)|passwort (?:festlegen|erstellen|vergeben)|réinitialis|nouveau mot de passe',
    'restablec|nueva contraseña|recuperar|redefinir|nova senha|nova palavra-passe|reimposta|recupera|nuova password',
    'herstel|opnieuw instellen|nieuw wachtwoord|сброс|сбросить|восстанов|нов\\p{L}* парол|скинути|скидання|відновити',
    'zreset|resetuj|resetow|odzyskaj|now\\p{L}* hasł|obnov|resetovat|nov\\p{L}* hesl|återställ|nytt lösenord|nya lösenord',
    'sıfırla|yeni şifre|yeni parola|إعادة تعيين|استعادة|كلمة (?:ال)?(?:مرور|سر) (?:ال)?جديدة|איפוס|אפס|סיסמה חדשה|रीसेट',
    'पुनः सेट|नया पासवर्ड|đặt lại|khôi phục|mật khẩu mới|atur ulang|setel ulang|kata sandi baru|password baru',
    'รีเซ็ต|ตั้งรหัสผ่านใหม่|รหัสผ่านใหม่|επαναφορ|ν[έε]\\p{L}* κωδικ|重置|重设|重設|重新设置|重新設定|新密码|新密碼|设置密码|設定密碼',
    '找回|再設定|パスワードをリセット|新しいパスワード|パスワードを設定|재설정|새 ?비밀번호|새로운 비밀번호',
  ]),
  'iu',
);

/** Sign in / log in: an action link only when the mail is a magic sign-in link mail. */
export const SIGN_IN_LINK_WORDS = new RegExp(
  alt([
    'sign[ -]?in|log[ -]?in|log on|anmelden|einloggen|se connecter|connexion|iniciar sesi|entrar|acceder|accedi',
    'inloggen|войти|вход|увійти|вхід|zaloguj|přihlásit|logga in|giriş yap|oturum aç|تسجيل الدخول|התחבר|היכנס',
    'लॉग इन|साइन इन|đăng nhập|masuk|เข้าสู่ระบบ|σύνδεση|συνδεθείτε|登录|登入|ログイン|로그인',
  ]),
  'iu',
);

/** A token made of link words that carry no meaning of their own (CJK runs them together: 点击这里). */
export const GENERIC_LINK_WORDS = new RegExp(
  `^(?:${alt([
    'click|tap|press|here|this|the|link|button|below|continue|next|go|open|url|please|or|to',
    'klicken|sie|hier|weiter|diesen|cliquez|ici|ce|lien|continuer|haz|clic|aquí|aqui|enlace|continuar|clicca|qui|questo',
    'collegamento|continua|clique|neste|este|klik|deze|doorgaan|нажмите|здесь|сюда|по|ссылке|ссылку|продолжить|натисніть',
    'тут|посиланням|kliknij|tutaj|ten|dalej|klikněte|zde|pokračovat|klicka|här|fortsätt|buraya|tıklayın|devam|et',
    'اضغط|انقر|هنا|متابعة|לחץ|כאן|המשך|क्लिक|करें|यहाँ|यहां|जारी|रखें|nhấn|vào|đây|tại|tiếp|tục|di|sini|lanjutkan',
    'คลิก|ที่นี่|ดำเนินการต่อ|κάντε|κλικ|εδώ|συνέχεια|点击|點擊|请|請|这里|這裡|此处|此處|继续|繼續|こちら|ここ|を|クリック|続ける',
    '여기|를|클릭|하세요|계속',
  ])})+$`,
  'iu',
);

/** Links that are never the action: unsubscribe, privacy, terms, help, preferences, reports. */
export const OTHER_LINK_WORDS = new RegExp(
  alt([
    'unsubscri|opt[ _-]?out|abmelden|abbestellen|disiscri|cancella(?:re)? (?:l.)?iscrizione|d[ée]sinscri|d[ée]sabonn',
    'darse de baja|cancelar (?:la )?suscripci|descadastr|afmelden|uitschrijven|privacy|datenschutz|confidentialit',
    `privacidad|privacidade|${W}terms|termini|condizioni|${W}agb${W}|nutzungsbedingungen|conditions|t[ée]rminos|termos`,
    `voorwaarden|${W}help${W}|aiuto|hilfe|${W}aide${W}|ayuda|ajuda|support|${W}faq|impressum|legal|cookie|preferen`,
    `einstellungen|pr[ée]f[ée]rences|voorkeuren|browser|navigateur|navegador|${W}report|segnala|${W}melden|signaler`,
    `denunciar|${W}spam|phishing|отписат|отказаться от рассылки|конфиденциальн|помощь|поддержк|відписат|допомог`,
    'wypisz|rezygnacj|prywatnoś|pomoc|odhlásit|odhlášení|soukromí|nápověd|avregistrera|avsluta prenumeration',
    'integritet|hjälp|abonelik|gizlilik|yardım|destek|إلغاء الاشتراك|الخصوصية|مساعدة|الدعم|הסר|הסרה|פרטיות|עזרה|תמיכה',
    'सदस्यता|गोपनीयता|सहायता|hủy đăng ký|quyền riêng tư|trợ giúp|hỗ trợ|berhenti berlangganan|privasi|bantuan',
    'ยกเลิกการรับ|ความเป็นส่วนตัว|ช่วยเหลือ|διαγραφ|απόρρητο|βοήθεια|退订|退訂|取消订阅|隐私|隱私|帮助|幫助|客服',
    '配信停止|プライバシー|ヘルプ|수신 ?거부|개인정보|도움말|고객센터',
    // "Learn more" and settings links, whatever they are about ("Learn more about 2-step verification").
    `learn more|${W}settings|${W}manage|mehr erfahren|en savoir plus|más información|saiba mais|scopri di più|meer informatie`,
    'подробнее|dowiedz się|více informací|läs mer|daha fazla|اعرف المزيد|למידע נוסף|और जानें|tìm hiểu thêm|pelajari',
    'ดูเพิ่มเติม|μάθετε περισσότερα|了解更多|詳しく|자세히|paramètres|configuración|impostazioni|configurações|instellingen',
    'настройк|ustawienia|nastavení|inställningar|ayarlar|الإعدادات|הגדרות|सेटिंग|cài đặt|pengaturan|การตั้งค่า|ρυθμίσεις|(?<!重新)设置(?!新?密码)|(?<!再|パスワードを?)設定(?!新?密碼)|(?<!재|비밀번호 ?)설정',
  ]),
  'iu',
);

/** "Not you? / Didn't ask for this?": the link after these words undoes or secures, it is not the action. */
export const NOT_YOU_WORDS = new RegExp(
  alt([
    'not you|wasn.?t you|didn.?t (?:request|sign|ask|make)|did not (?:request|sign|ask|make)|non sei stat|nicht angefordert',
    "pas vous|pas à l'origine|no fuiste|no has solicitado|não foi você|niet aangevraagd|не вы|не запрашивали|не ви",
    'nie ty|nie prosiłeś|nebyli jste|nežádali|inte du|inte begärt|siz değilseniz|talep etmediyseniz|لم تطلب|لست أنت',
    'לא ביקשת|לא אתה|आपने नहीं|không phải bạn|không yêu cầu|bukan anda|tidak meminta|ไม่ได้ขอ|ไม่ใช่คุณ|δεν ζητήσατε',
    '不是您|非本人|本人ではない|心当たり|본인이 아닌|요청하지 않',
  ]),
  'iu',
);

/** A link about an order, a booking or a delivery: confirm words in it are not a verification. */
export const OBJECT_LINK_WORDS = new RegExp(
  alt([
    `${W}(?:order|booking|reservation|itinerary|trip|receipt|invoice|shipment|package|delivery|tracking|ticket)`,
    'bestellung|buchung|reservierung|commande|réservation|pedido|reserva|ordine|prenotazione|encomenda|bestelling|boeking',
    'заказ|бронир|замовлен|zamówien|rezerwac|objednáv|rezervac|beställning|bokning|sipariş|rezervasyon|حجز',
    'ऑर्डर|बुकिंग|đơn hàng|đặt chỗ|pesanan|pemesanan|คำสั่งซื้อ|การจอง|παραγγελ|κράτησ|订单|訂單|预订|預訂|注文|予約|주문|예약',
  ]),
  'iu',
);

/** The same actions as written in URLs (ASCII path and query words). */
export const VERIFY_URL_WORDS =
  /verif|confirm|conferm|activat|activ[ae]|ativa|attiva|aktiv|validat|valida|bestaetig|bestatig|bevestig|potvrd|overen|bekrafta|dogrula|onayla|xac-?nhan|xac-?minh|konfirmasi|verifikasi|aktivasi|magic/i;
export const RESET_URL_WORDS =
  /reset|recover|forgot|restablec|redefin|reimposta|zuruecksetz|reinitiali|herstel|wachtwoord|passwort|password|contrasen|senha|mot-?de-?passe/i;

/** The mail mentions a link (to sign in with, in a magic-link mail). */
export const LINK_MENTION = new RegExp(
  alt([
    `${W}link|${W}url${W}|lien|enlace|collegamento|länk|ссылк|посиланн|odkaz|odnośnik|bağlantı|رابط|קישור|लिंक`,
    'liên kết|tautan|ลิงก์|ลิงค์|σύνδεσμ|链接|連結|リンク|링크',
  ]),
  'iu',
);

/** …and says the link expires or works once. */
export const EXPIRY_WORDS = new RegExp(
  alt([
    'expire|valid|once|läuft|gültig|valable|caduca|válid|scade|valido|expira|verloopt|geldig|истека|действ',
    'дійсн|wygaśnie|ważny|vyprší|platn|upphör|giltig|geçerli|sona er|تنتهي|صالح|בתוקף|יפוג|समाप्त|मान्य',
    'hết hạn|hiệu lực|kedaluwarsa|berlaku|หมดอายุ|λήγει|ισχύει|有效|过期|過期|有効|期限|유효|만료',
  ]),
  'iu',
);

/** A sign-in subject that reports a sign-in rather than offers one (New sign-in from Chrome, ログイン通知). */
export const SIGN_IN_ALERT_WORDS = new RegExp(
  alt([
    `${W}(?:new|neue[rsn]?|nouvel\\p{L}*|nuev[oa]|nuov[oa]|nov[oaéýá]|nieuwe|нов\\p{L}*|now[eya]|nytt?|yeni|baru)(?![\\p{L}])`,
    'unusual|suspicious|attempt|detected|alert|notification|successful|failed|ungewöhnlich|verdächtig|erfolgreich|fehlgeschlagen',
    'inhabituel|suspect|réussi|échou|inusual|sospechos|exitos|fallid|insolit|sospett|riuscit|incomum|suspeit|sucesso|falhou',
    'ongebruikelijk|verdacht|geslaagd|mislukt|подозрит|необычн|успешн|неудачн|підозріл|успішн|podejrzan|udane|nieudan|podezřel',
    'úspěšn|misstänkt|ovanlig|lyckad|şüpheli|olağandışı|başarı|جديد|مشبوه|ناجح|חדש|חשוד|מוצלח|नया|नई|संदिग्ध|सफल|mới|bất thường',
    'thành công|mencurigakan|berhasil|ใหม่|ผิดปกติ|สำเร็จ|νέα|νέο|ύποπτ|επιτυχ|新|异常|異常|可疑|成功|通知|不審|새로운|새 |의심|비정상|알림|완료',
  ]),
  'iu',
);

/** Words that point at a link or button (click, tap, the button below, the URL): "Click the button to log in". */
export const CLICK_WORDS = new RegExp(
  alt([
    `click|tap|press|button|below|follow|klick|schaltfläche|cliqu|bouton|haz clic|pulsa|botón|clicca|pulsante|clique|botão`,
    `${W}klik|knop|нажм|кнопк|ниже|натисн|нижче|kliknij|przycisk|poniż|klikn|tlačítk|níže|klicka|knapp|nedan|tıkla|düğme|buton`,
    'aşağı|انقر|اضغط|الزر|أدناه|לחץ|לחצו|כפתור|למטה|क्लिक|बटन|नीचे|nhấn|bấm|nút|bên dưới|tombol|di bawah|คลิก|กด|ปุ่ม|ด้านล่าง',
    'κάντε κλικ|πατήστε|κουμπί|παρακάτω|点击|點擊|按钮|按鈕|下方|下面|クリック|タップ|ボタン|下記|以下|클릭|버튼|누르|아래',
  ]),
  'iu',
);

/** A button that says yes to what the mail asks ("Yes, I want the newsletter", "Ja, ich möchte…", "Subscribe me"). */
export const CONSENT_WORDS = new RegExp(
  `^\\W*(?:${alt([
    'yes|ja|oui|sí|sim|sì|tak|ano|да|так|evet|نعم|כן|हाँ|हां|có|ya|ใช่|ναι|是|はい|네|예',
    "i want|i'd like|i would like|subscribe me|sign me up|count me in|ich möchte|ich will|je veux|je souhaite|quiero|deseo",
    'voglio|desidero|quero|desejo|ik wil|хочу|chcę|chci|jag vill|istiyorum|أريد|אני רוצה|मैं चाहता|मैं चाहती|tôi muốn',
    'saya mau|saya ingin|ฉันต้องการ|θέλω|我要|我想|希望します|登録する|원합니다|받을게요',
    // Subscribe verbs: only a request to confirm above makes them the action.
    'subscribe|abonnieren|s.abonner|je m.abonne|suscribirme|suscribirse|iscriviti|iscrivermi|assinar|inscrever-me|abonneren',
    'подписаться|підписатися|subskrybuj|zapisz mnie|přihlásit k odběru|prenumerera|abone ol|اشترك|הירשמו|订阅|訂閱|購読する|구독',
  ])})(?![\\p{L}])`,
  'iu',
);

/** "…to learn about two-factor authentication", "for more information": a link to read, not the action. */
export const LEARN_WORDS = new RegExp(
  alt([
    'learn (?:about|more|how)|to learn|find out|read more|more information|more details|weitere informationen|erfahren sie',
    'mehr über|en savoir plus|pour savoir|para saber|más información|per saperne|maggiori informazioni|saiba mais|meer (?:informatie|weten)',
    'узнать|узнайте|подробн|дізнатися|дізнайтеся|dowiedz|więcej informacji|zjistit|více informací|läs mer|mer information',
    'daha fazla|bilgi için|لمعرفة|للمزيد|למידע|ללמוד|जानने|जानें|tìm hiểu|pelajari|informasi lebih|เรียนรู้|ข้อมูลเพิ่มเติม',
    'μάθετε|περισσότερες πληροφορίες|了解|詳しく|詳細|자세히|알아보',
  ]),
  'iu',
);

/**
 * URLs that are never the action, by their host or path words: help, docs and knowledge-base
 * pages, policies, preferences, unsubscribing (support.apple.com, docs.github.com/articles/…,
 * /hc/en-us/articles/…, /unsubscribe). ASCII words between URL separators.
 */
export const OTHER_URL_WORDS = new RegExp(
  `(?:^|[./_=-])(?:${alt([
    'unsubscribe\\w*|unsub|opt-?out|optout|abmelden|abbestellen|desinscri\\w*|desabonn\\w*|afmelden|uitschrijven|privacy|datenschutz',
    'privacidad|privacidade|confidentialite|terms|tos|legal|impressum|agb|cookies?|help|hilfe|aide|ayuda|ajuda|aiuto|support',
    'faq|docs?|documentation|articles?|kb|knowledge(?:base)?|hc|learn|guides?|blog|preferences?|prefs|settings|policy|policies',
    'report|spam|phishing|browser|webversion|view-?online|online-?version',
  ])})(?=$|[./_?#=&-])`,
  'i',
);

/** Query keys that name a token outright: any value counts (`?token=x`, `#access_token=…`). */
export const TOKEN_NAMES =
  /[?&#](?:token|login_token|access_token|auth_token|magic(?:_token|_link)?|otp|jwt|nonce|signature|sig|ticket)=[^&#]/i;
