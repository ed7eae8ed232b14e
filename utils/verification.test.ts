import { findVerification, type VerificationInfo } from './verification';

interface Mail {
  name: string;
  subject: string;
  content: string;
  html: boolean;
  expected: VerificationInfo;
}

const footerEn = '\n\n© 2026 Acme Inc. · 1 Market Street, San Francisco, CA 94105';

const mails: Mail[] = [
  // ---------------------------------------------------------------- English
  {
    name: 'en plain: code in a sentence, year and address in the footer',
    subject: 'Your Acme verification code',
    content: `Hi,\n\nYour verification code is 482913.\n\nIt expires in 10 minutes.${footerEn}`,
    html: false,
    expected: { code: '482913', link: null },
  },
  {
    name: 'en: the subject carries the code',
    subject: '739201 is your Instagram code',
    content:
      'Hi jdoe,\n\nSomeone tried to log in to your account. If this was you, enter the code in the app.\n\nThanks,\nThe team',
    html: false,
    expected: { code: '739201', link: null },
  },
  {
    name: 'en: Google style G- prefix in the subject',
    subject: 'G-123456 is your Google verification code',
    content: 'Your Google verification code is 123456',
    html: false,
    expected: { code: '123456', link: null },
  },
  {
    name: 'en html: one table cell per digit',
    subject: 'Confirm your email',
    content:
      '<html><head><style>td{font-size:32px}</style></head><body><h1>Confirm your email</h1><p>Enter this code in the app:</p>' +
      '<table><tr><td>5</td><td>8</td><td>2</td><td>1</td><td>9</td><td>0</td></tr></table>' +
      '<p>Questions? Reply to this email.</p><p>&copy; 2026 Acme</p></body></html>',
    html: true,
    expected: { code: '582190', link: null },
  },
  {
    name: 'en html: grouped code and a verify-device link',
    subject: '[GitHub] Please verify your device',
    content:
      '<p>Hey octocat!</p><p>A sign in attempt requires further verification.</p>' +
      '<p>Verification code: <strong>104 882</strong></p>' +
      '<p><a href="https://github.com/sessions/verified-device?token=abc&amp;return_to=%2F">Verify device</a></p>' +
      '<p><a href="https://github.com/settings/notifications">Notification preferences</a> · <a href="https://docs.github.com/privacy">Privacy</a></p>',
    html: true,
    expected: { code: '104882', link: 'https://github.com/sessions/verified-device?token=abc&return_to=%2F' },
  },
  {
    name: 'en html: confirm button only, unsubscribe and social links ignored',
    subject: 'Welcome! Please confirm your email address',
    content:
      '<div style="display:none">Just one more step</div><h2>Almost there</h2>' +
      '<p>Tap the button below to finish creating your account.</p>' +
      '<a href="https://app.example.com/emails/confirm?t=XyZ123" style="background:#06c;color:#fff">Confirm email address</a>' +
      '<p><a href="https://twitter.com/example">Twitter</a> <a href="https://www.facebook.com/example">Facebook</a></p>' +
      '<p><a href="https://app.example.com/unsubscribe?u=9">Unsubscribe</a> · <a href="https://example.com/terms">Terms</a></p>',
    html: true,
    expected: { code: null, link: 'https://app.example.com/emails/confirm?t=XyZ123' },
  },
  {
    name: 'en html: magic sign-in link',
    subject: 'Sign in to Example',
    content:
      '<p>Click the link below to sign in. This link expires in 15 minutes.</p>' +
      '<p><a href="https://example.com/auth/magic?token=eyJhbGciOi">Sign in to Example</a></p>' +
      '<p><a href="https://example.com/help">Help center</a></p>',
    html: true,
    expected: { code: null, link: 'https://example.com/auth/magic?token=eyJhbGciOi' },
  },
  {
    name: 'en plain: alphanumeric one-time code with a hyphen',
    subject: 'Your sign-in code',
    content: 'Use this one-time code to continue: A7K-9Q2\n\nIf you did not request it, ignore this message.',
    html: false,
    expected: { code: 'A7K9Q2', link: null },
  },
  {
    name: 'en plain: Steam-style letters and digits on their own line',
    subject: 'Your Steam account: Access from new device',
    content: "Dear user,\n\nLogin Code\nF4K2T\n\nIf this wasn't you, change your password.",
    html: false,
    expected: { code: 'F4K2T', link: null },
  },
  {
    name: 'en plain: code before the code word',
    subject: 'Acme',
    content: "482913 is your Acme login code. Don't share it with anyone.",
    html: false,
    expected: { code: '482913', link: null },
  },
  {
    name: 'en plain: PIN',
    subject: 'Card activation',
    content: 'Your PIN is 4821. Keep it safe.',
    html: false,
    expected: { code: '4821', link: null },
  },
  {
    name: 'en plain: a year-looking code right after the code word',
    subject: 'Your code',
    content: 'Your code: 2048',
    html: false,
    expected: { code: '2048', link: null },
  },
  {
    name: 'en plain: code word only in the subject, code alone on a line',
    subject: 'Your sign-in code',
    content: 'Hi,\n\n731906\n\nThanks,\nAcme',
    html: false,
    expected: { code: '731906', link: null },
  },
  {
    name: 'en plain: verify link with trailing period and an unsubscribe link',
    subject: 'Verify your email',
    content: 'Click to verify your email:\nhttps://example.com/verify?token=abc123.\n\nUnsubscribe: https://example.com/u/1',
    html: false,
    expected: { code: null, link: 'https://example.com/verify?token=abc123' },
  },
  {
    name: 'en html: entities and zero-width characters inside the code',
    subject: 'Security alert',
    content: '<p>Your security code: <b>48&zwnj;29&#8203;1&#51;</b></p>',
    html: true,
    expected: { code: '482913', link: null },
  },
  {
    name: 'en html: both code and activate link, tracking pixel ignored',
    subject: 'Activate your account',
    content:
      '<p>Your activation code is <span style="font-size:24px">QX7P4M</span>.</p>' +
      '<p>Or <a href="https://click.mailer.example.net/ls/click?upn=Zm9v">activate your account</a> directly.</p>' +
      '<a href="https://mailer.example.net/confirm/open.gif?u=1"><img src="https://mailer.example.net/p.gif" width="1" height="1" alt=""></a>',
    html: true,
    expected: { code: 'QX7P4M', link: 'https://click.mailer.example.net/ls/click?upn=Zm9v' },
  },
  {
    name: 'en html: "click here" link read with the words before it',
    subject: 'Verify your email',
    content:
      '<p>To confirm your email, <a href="https://acme.example/c/abc">click here</a>.</p>' +
      '<p><a href="https://acme.example/blog">Click here</a> to read our blog.</p>',
    html: true,
    expected: { code: null, link: 'https://acme.example/c/abc' },
  },
  // ---------------------------------------------------------------- Italian
  {
    name: 'it plain: codice di verifica with a space group',
    subject: 'Codice di verifica',
    content: 'Ciao,\n\nil tuo codice di verifica è 305 118.\nScade tra 10 minuti.\n\nIl team',
    html: false,
    expected: { code: '305118', link: null },
  },
  {
    name: 'it html: conferma link, Rome address and disiscriviti in the footer',
    subject: 'Conferma il tuo indirizzo email',
    content:
      '<p>Grazie per esserti registrato!</p><p><a href="https://esempio.it/account/conferma?id=9f2">Conferma email</a></p>' +
      '<p>Esempio S.r.l., Via del Corso 12, 00184 Roma · P.IVA 01234567890</p>' +
      '<p><a href="https://esempio.it/disiscriviti?u=1">Disiscriviti</a></p>',
    html: true,
    expected: { code: null, link: 'https://esempio.it/account/conferma?id=9f2' },
  },
  {
    name: 'it plain: OTP with a validity in minutes',
    subject: 'Accesso a Banca Esempio',
    content: 'OTP: 77120934 (valido 5 minuti). Non comunicarlo a nessuno.',
    html: false,
    expected: { code: '77120934', link: null },
  },
  {
    name: 'it html: codice next to an amount and a phone number',
    subject: 'Il tuo acquisto',
    content:
      '<p>Totale: € 1299,00</p><p>Per completare il pagamento inserisci il codice <b>640213</b>.</p>' +
      '<p>Assistenza: +39 06 1234 5678</p>',
    html: true,
    expected: { code: '640213', link: null },
  },
  // ---------------------------------------------------------------- German
  {
    name: 'de plain: Bestätigungscode lautet',
    subject: 'Ihr Bestätigungscode',
    content: 'Hallo,\n\nIhr Bestätigungscode lautet: 620 415\n\nViele Grüße\nIhr Team',
    html: false,
    expected: { code: '620415', link: null },
  },
  {
    name: 'de html: bestätigen button, Berlin address, Abmelden',
    subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
    content:
      '<p>Hallo,</p><p>bitte bestätigen Sie Ihre E-Mail-Adresse:</p>' +
      '<p><a href="https://beispiel.de/registrierung/bestaetigen/8c1f">E-Mail-Adresse bestätigen</a></p>' +
      '<p>Beispiel GmbH, Friedrichstraße 10, 10115 Berlin</p><p><a href="https://beispiel.de/abmelden">Abmelden</a> | <a href="https://beispiel.de/datenschutz">Datenschutz</a></p>',
    html: true,
    expected: { code: null, link: 'https://beispiel.de/registrierung/bestaetigen/8c1f' },
  },
  {
    name: 'de plain: Verifizierungscode beside an order number',
    subject: 'Sicherheitsprüfung',
    content: 'Ihr Verifizierungscode: 839201. Ihre Bestellnummer 44718203 bleibt unverändert.',
    html: false,
    expected: { code: '839201', link: null },
  },
  {
    name: 'de html: Anmeldecode and verifizieren link',
    subject: 'Anmeldung',
    content:
      '<p>Ihr Anmeldecode: <b>5519</b></p><p><a href="https://beispiel.de/konto/verifizieren?c=1">Konto verifizieren</a></p>',
    html: true,
    expected: { code: '5519', link: 'https://beispiel.de/konto/verifizieren?c=1' },
  },
  // ---------------------------------------------------------------- French
  {
    name: 'fr plain: code de vérification with a French colon',
    subject: 'Votre code',
    content: 'Bonjour,\n\nVotre code de vérification est : 552 908\n\nCordialement',
    html: false,
    expected: { code: '552908', link: null },
  },
  {
    name: 'fr html: vérifier link, Paris address, se désinscrire',
    subject: 'Vérifiez votre adresse e-mail',
    content:
      '<p>Merci de votre inscription.</p><p><a href="https://exemple.fr/verifier?jeton=77">Vérifier mon adresse e-mail</a></p>' +
      '<p>Exemple SAS, 8 rue de la Paix, 75008 Paris</p><p><a href="https://exemple.fr/desinscription">Se désinscrire</a></p>',
    html: true,
    expected: { code: null, link: 'https://exemple.fr/verifier?jeton=77' },
  },
  {
    name: 'fr plain: code de connexion in the subject',
    subject: 'Code de connexion : 4471',
    content: 'Utilisez ce code pour vous connecter. Il expire dans 5 minutes.',
    html: false,
    expected: { code: '4471', link: null },
  },
  // ---------------------------------------------------------------- Spanish
  {
    name: 'es plain: código de verificación',
    subject: 'Verifica tu cuenta',
    content: 'Hola,\n\nTu código de verificación es 918273.\n\nGracias',
    html: false,
    expected: { code: '918273', link: null },
  },
  {
    name: 'es html: entity-encoded words, alphanumeric code and confirmar link',
    subject: 'Confirma tu cuenta',
    content:
      '<p>C&oacute;digo de verificaci&oacute;n: <b>XK92LP</b></p>' +
      '<p><a href="https://ejemplo.es/cuenta/confirmar?k=5">Confirmar mi cuenta</a></p>' +
      '<p><a href="https://ejemplo.es/baja">Darse de baja</a> · <a href="https://ejemplo.es/privacidad">Privacidad</a></p>',
    html: true,
    expected: { code: 'XK92LP', link: 'https://ejemplo.es/cuenta/confirmar?k=5' },
  },
  {
    name: 'es plain: tracking code, price and date are not verification codes',
    subject: 'Tu pedido está en camino',
    content: 'Tu pedido 4471920 por 49,99 € llegará el 27/11/2026. Código de seguimiento: ES8821940.',
    html: false,
    expected: { code: null, link: null },
  },
  // ---------------------------------------------------------------- Portuguese
  {
    name: 'pt plain: código de verificação',
    subject: 'Código de verificação',
    content: 'Olá,\n\nSeu código de verificação é 667 123.\n\nEquipe Exemplo',
    html: false,
    expected: { code: '667123', link: null },
  },
  {
    name: 'pt html: ativar conta link',
    subject: 'Ative sua conta',
    content:
      '<p>Falta pouco!</p><p><a href="https://exemplo.com.br/ativar?token=q1w2">Ativar conta</a></p>' +
      '<p><a href="https://exemplo.com.br/ajuda">Ajuda</a> · <a href="https://instagram.com/exemplo">Instagram</a></p>',
    html: true,
    expected: { code: null, link: 'https://exemplo.com.br/ativar?token=q1w2' },
  },
  // ---------------------------------------------------------------- Dutch
  {
    name: 'nl plain: verificatiecode with letters and digits',
    subject: 'Je verificatiecode',
    content: 'Hoi,\n\nJe verificatiecode is 2C9F7A.\n\nGroet,\nHet team',
    html: false,
    expected: { code: '2C9F7A', link: null },
  },
  {
    name: 'nl html: bevestig link and Amsterdam postcode',
    subject: 'Bevestig je e-mailadres',
    content:
      '<p><a href="https://voorbeeld.nl/bevestigen?id=3">Bevestig je e-mailadres</a></p>' +
      '<p>Voorbeeld B.V., Keizersgracht 1, 1012 AB Amsterdam</p><p><a href="https://voorbeeld.nl/afmelden">Afmelden</a></p>',
    html: true,
    expected: { code: null, link: 'https://voorbeeld.nl/bevestigen?id=3' },
  },
  // ---------------------------------------------------------------- Negatives
  {
    name: 'shipping mail: order number, tracking number, price, date, time',
    subject: 'Your order 12345678 has shipped',
    content:
      'Good news! Your order 12345678 has shipped.\nTracking number: 1Z999AA10123456784\nTotal: $49.99\nEstimated delivery: 27/11/2026 at 10:45.',
    html: false,
    expected: { code: null, link: null },
  },
  {
    name: 'promo mail: discount code and a price',
    subject: 'Offerta speciale',
    content: 'MacBook a € 1299! Usa il codice sconto SAVE20 al checkout. Use code SAVE20 for 20% off.',
    html: false,
    expected: { code: null, link: null },
  },
  {
    name: 'phone numbers near a code word',
    subject: 'Problems with your code?',
    content: 'If your code does not work, call +39 06 1234 5678 or (555) 123-4567.',
    html: false,
    expected: { code: null, link: null },
  },
  {
    name: 'verification link mail with a footer year',
    subject: 'Verify your email',
    content:
      '<p>We sent you this verification link.</p><p><a href="https://acme.example/verify/xyz">Verify email</a></p><p>© 2026 Acme. All rights reserved.</p>',
    html: true,
    expected: { code: null, link: 'https://acme.example/verify/xyz' },
  },
  {
    name: 'postcodes near code words',
    subject: 'Your code',
    content:
      'Enter the code we texted you.\nAcme GmbH, Friedrichstraße 10, 10115 Berlin\nAcme Ltd, 10 Downing Street, London SW1A 1AA',
    html: false,
    expected: { code: null, link: null },
  },
  {
    name: 'date and time next to the code word',
    subject: 'Verification',
    content: 'Your previous verification code expired on 27/11/2026 at 10:45.',
    html: false,
    expected: { code: null, link: null },
  },
  {
    name: 'order confirmation number',
    subject: 'Order confirmation #48213921',
    content: 'Thank you for your order #48213921! Booking reference 55120934, check-in 14:00.',
    html: false,
    expected: { code: null, link: null },
  },
  {
    name: 'tracking pixel and unsubscribe are never the link',
    subject: 'Newsletter',
    content:
      '<p>Our monthly news.</p><a href="https://news.example.com/confirm/open.gif?id=5"><img src="https://news.example.com/o.gif" width="1" height="1"></a>' +
      '<a href="https://news.example.com/confirm-unsubscribe?id=5">Unsubscribe</a>',
    html: true,
    expected: { code: null, link: null },
  },
  {
    name: 'only non-http links',
    subject: 'Confirm',
    content:
      '<a href="javascript:alert(1)">Confirm</a> <a href="mailto:help@example.com">Verify by mail</a> <a href="ftp://example.com/verify">Verify</a>',
    html: true,
    expected: { code: null, link: null },
  },
  {
    name: 'a number inside the verify URL is not a code',
    subject: 'Verify',
    content: 'Verify: https://x.example/v/123456',
    html: false,
    expected: { code: null, link: 'https://x.example/v/123456' },
  },
  {
    name: 'nine digits are not a code',
    subject: 'Your code',
    content: 'Your code is 123456789.',
    html: false,
    expected: { code: null, link: null },
  },
  {
    name: 'duration and amounts in an OTP mail without a code',
    subject: 'OTP',
    content: 'Your OTP will arrive within 1440 minutes. Fee: 2500 EUR.',
    html: false,
    expected: { code: null, link: null },
  },
];

describe('findVerification', () => {
  it('covers at least 40 mails', () => {
    expect(mails.length).toBeGreaterThanOrEqual(40);
  });

  it.each(mails)('$name', ({ subject, content, html, expected }) => {
    expect(findVerification(subject, content, html)).toEqual(expected);
  });

  it('does not need DOMParser (runs in a service worker)', () => {
    const original = globalThis.DOMParser;
    // @ts-expect-error simulate a worker global without DOMParser
    delete globalThis.DOMParser;
    try {
      expect(findVerification('Code', '<p>Your code is <b>118822</b></p>', true)).toEqual({ code: '118822', link: null });
    } finally {
      globalThis.DOMParser = original;
    }
  });

  it('ignores style, script and head content', () => {
    const html =
      '<html><head><title>Code 111111</title><style>.c{width:123456px}</style></head><body><script>var code=222222</script>' +
      '<!-- code 333333 --><p>Your code: 444444</p></body></html>';
    expect(findVerification('', html, true)).toEqual({ code: '444444', link: null });
  });
});
