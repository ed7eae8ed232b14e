// Field situations for the e-mail field detector, shared by its unit tests (jsdom) and the
// real-browser test (e2e/detector.test.js), which runs them through Chromium's native queries.

// Each case: a small page and the ids of the inputs that should be offered a temp address.
// Fields are wrapped in a neutral form unless the case is about the form itself.
export const single: [string, string, string[]][] = [
  // --- positives: type and autocomplete
  ['type=email, no other signal', '<input type="email" id="a">', ['a']],
  [
    'type=email in sign-up form',
    '<form><h2>Create account</h2><input type="email" id="a" name="email"><input type="password" id="p" autocomplete="new-password"><button>Sign up</button></form>',
    ['a'],
  ],
  ['autocomplete=email text field', '<input type="text" id="a" autocomplete="email">', ['a']],
  ['autocomplete with section + email token', '<input id="a" autocomplete="section-billing billing email">', ['a']],
  ['unknown type attribute behaves as text', '<input type="e-mail" id="a" name="email">', ['a']],
  ['no type attribute, name=email', '<input id="a" name="email">', ['a']],
  ['placeholder that is an example address', '<input type="text" id="a" placeholder="name@example.com">', ['a']],
  [
    'type=email with name@example placeholder is not a "name" field',
    '<input type="email" id="a" placeholder="name@example.com">',
    ['a'],
  ],
  ['type=email named username', '<input type="email" id="a" name="username">', ['a']],
  // --- English
  ['en name', '<input type="text" id="a" name="user_email">', ['a']],
  ['en id camelCase', '<input type="text" id="emailAddress">', ['emailAddress']],
  ['en placeholder', '<input type="text" id="a" placeholder="Your e-mail">', ['a']],
  ['en aria-label', '<input type="text" id="a" aria-label="Email address">', ['a']],
  ['en aria-labelledby', '<span id="l">E-mail</span><input type="text" id="a" aria-labelledby="l">', ['a']],
  ['en label for', '<label for="a">Email address</label><input type="text" id="a" name="f3">', ['a']],
  ['en wrapping label', '<label>Your email <input type="text" id="a" name="f3"></label>', ['a']],
  ['en preceding text (weak)', '<div><span>Email</span><input type="text" id="a" name="field_7"></div>', ['a']],
  [
    'en preceding text of parent (weak)',
    '<div><div>E-mail address</div><div><input type="text" id="a" name="q7"></div></div>',
    ['a'],
  ],
  // --- Italian
  ['it label indirizzo email', '<label for="a">Indirizzo email</label><input type="text" id="a">', ['a']],
  ['it placeholder posta elettronica', '<input type="text" id="a" placeholder="Posta elettronica">', ['a']],
  ['it aria-label', '<input type="text" id="a" aria-label="Il tuo indirizzo e-mail">', ['a']],
  // --- German
  ['de label E-Mail-Adresse', '<label for="a">E-Mail-Adresse</label><input type="text" id="a">', ['a']],
  ['de name mail', '<input type="text" id="a" name="mail">', ['a']],
  ['de wrapping label', '<label>Ihre E-Mail <input id="a"></label>', ['a']],
  // --- French
  ['fr placeholder courriel', '<input type="text" id="a" placeholder="Courriel">', ['a']],
  ['fr label adresse e-mail', '<label for="a">Adresse e-mail</label><input type="text" id="a">', ['a']],
  ['fr aria-label adresse électronique', '<input type="text" id="a" aria-label="Adresse électronique">', ['a']],
  // --- Spanish
  ['es placeholder correo electrónico', '<input type="text" id="a" placeholder="Correo electrónico">', ['a']],
  ['es name correo', '<input type="text" id="a" name="correo">', ['a']],
  // --- Portuguese
  ['pt label endereço de e-mail', '<label for="a">Endereço de e-mail</label><input type="text" id="a">', ['a']],
  ['pt aria-label', '<input type="text" id="a" aria-label="Seu e-mail">', ['a']],
  // --- Dutch
  ['nl label e-mailadres', '<label for="a">E-mailadres</label><input type="text" id="a">', ['a']],
  ['nl placeholder', '<input type="text" id="a" placeholder="Je e-mailadres">', ['a']],
  // --- a few more languages
  ['sv label E-postadress', '<label for="a">E-postadress</label><input id="a">', ['a']],
  // A scan looks for words in other scripts only on pages whose text uses that script (see below).
  ['ja placeholder メールアドレス', '<h2>会員登録</h2><input id="a" placeholder="メールアドレス">', ['a']],
  ['zh label 邮箱', '<label for="a">邮箱</label><input id="a">', ['a']],
  ['ru aria-label Электронная почта', '<h2>Регистрация</h2><input id="a" aria-label="Электронная почта">', ['a']],
  ['hi placeholder ईमेल', '<h2>साइन अप करें</h2><input id="a" placeholder="ईमेल पता">', ['a']],
  // --- forms without a password field
  [
    'newsletter form',
    '<form class="newsletter"><h3>Subscribe to our newsletter</h3><input type="text" id="n" name="name" placeholder="Name"><input type="email" id="a" name="EMAIL"><button>Subscribe</button></form>',
    ['a'],
  ],
  [
    'checkout form',
    '<form action="/checkout"><input id="fn" name="firstName"><input id="ln" name="lastName"><input type="email" id="a" name="checkout[email]"><input type="tel" id="t" name="phone"><button>Continue to shipping</button></form>',
    ['a'],
  ],
  [
    'contact form',
    '<form id="contact"><input id="nm" name="your-name"><input type="email" id="a" name="your-email"><input id="s" name="your-subject"><textarea id="m" name="email-message"></textarea><button>Send</button></form>',
    ['a'],
  ],
  [
    'invite form',
    '<form><h2>Invite a teammate</h2><input type="email" id="a" placeholder="teammate@company.com"><button>Send invite</button></form>',
    ['a'],
  ],
  // Changed: a recovery form asks for an existing account's address, like a sign-in (the corpus
  // labels these fields as login identifiers: containerstore, studio.faphouse, tigerglobal).
  [
    'forgot password form (no password field)',
    '<form action="/password/reset"><h1>Forgot your password?</h1><input type="email" id="a" name="email"><button>Send reset link</button></form>',
    [],
  ],
  // --- sign-up forms with passwords
  [
    'sign-up: password + confirm password',
    '<form><input type="email" id="a" name="email"><input type="password" id="p1"><input type="password" id="p2" name="password_confirmation"><button>Continue</button></form>',
    ['a'],
  ],
  [
    'sign-up: one password with new-password autocomplete',
    '<form><input type="email" id="a" autocomplete="username"><input type="password" id="p" autocomplete="new-password"><button>Log in</button></form>',
    ['a'],
  ],
  [
    'sign-up: one password, button says register',
    '<form><input type="email" id="a"><input type="password" id="p"><button type="submit">Register</button></form>',
    ['a'],
  ],
  [
    'sign-up: it registrati',
    '<form><h2>Registrati</h2><input type="text" id="a" name="email"><input type="password" id="p"><button>Continua</button></form>',
    ['a'],
  ],
  [
    'sign-up: de registrieren',
    '<form><input type="email" id="a"><input type="password" id="p"><button>Registrieren</button></form>',
    ['a'],
  ],
  [
    'sign-up: fr inscription',
    '<form id="inscription"><input type="email" id="a"><input type="password" id="p"><button>Valider</button></form>',
    ['a'],
  ],
  [
    'sign-up: es crear cuenta',
    '<form><input type="email" id="a"><input type="password" id="p"><button>Crear cuenta</button></form>',
    ['a'],
  ],
  [
    'sign-up: pt cadastro',
    '<form action="/cadastro"><input type="email" id="a"><input type="password" id="p"><button>Enviar</button></form>',
    ['a'],
  ],
  [
    'sign-up: nl aanmelden',
    '<form><input type="email" id="a"><input type="password" id="p"><button>Aanmelden</button></form>',
    ['a'],
  ],
  [
    'sign-up: one password, more fields, neutral wording',
    '<form><input id="n" name="fullname"><input type="email" id="a"><input type="password" id="p"><button>Continue</button></form>',
    ['a'],
  ],
  [
    'sign-up: "Log in" link but create-account button',
    '<form><input type="email" id="a"><input type="password" id="p"><button>Create account</button><a href="/login">Log in</a></form>',
    ['a'],
  ],
  // --- plain login forms: no offer
  [
    'login en, email-typed field with autocomplete=username',
    '<form><h1>Sign in</h1><input type="email" id="a" autocomplete="username"><input type="password" id="p" autocomplete="current-password"><button>Sign in</button></form>',
    [],
  ],
  [
    'login en, email field autocomplete=email, form id',
    '<form id="loginForm"><input type="email" id="a" autocomplete="email"><input type="password" id="p"><button>Continue</button></form>',
    [],
  ],
  [
    'login en, action /session, no wording',
    '<form action="/session"><input type="text" id="a" name="login" placeholder="Email"><input type="password" id="p"><input type="submit" value="Go"></form>',
    [],
  ],
  [
    'login en, signup link inside does not matter',
    '<form><input type="email" id="a"><input type="password" id="p"><button>Log in</button><a href="/signup">Sign up</a></form>',
    [],
  ],
  [
    'login it accedi',
    '<form><input type="email" id="a" name="email"><input type="password" id="p"><button>Accedi</button></form>',
    [],
  ],
  [
    'login de anmelden',
    '<form><legend>Anmelden</legend><input type="text" id="a" name="E-Mail"><input type="password" id="p"><button>Weiter</button></form>',
    [],
  ],
  [
    'login fr connexion',
    '<form class="form-connexion"><input type="email" id="a"><input type="password" id="p"><button>Valider</button></form>',
    [],
  ],
  [
    'login es iniciar sesión',
    '<form><input type="email" id="a" placeholder="Correo electrónico"><input type="password" id="p"><button>Iniciar sesión</button></form>',
    [],
  ],
  ['login pt entrar', '<form><input type="email" id="a"><input type="password" id="p"><button>Entrar</button></form>', []],
  ['login nl inloggen', '<form><input type="email" id="a"><input type="password" id="p"><button>Inloggen</button></form>', []],
  [
    'login: email + password only, no wording',
    '<form><input type="email" id="a"><input type="password" id="p"><button>Continue</button></form>',
    [],
  ],
  [
    'login without <form>: container with one password',
    '<div class="login"><h2>Log in</h2><input type="email" id="a"><input type="password" id="p"><button>Log in</button></div>',
    [],
  ],
  [
    'identifier-first login (no password yet)',
    '<form action="/signin/identifier"><h1>Sign in</h1><input type="email" id="a" autocomplete="username"><button>Next</button></form>',
    [],
  ],
  [
    'login card heading above the form',
    '<div><h1>Welcome back – Log in</h1><form><input type="email" id="a"><input type="password" id="p"><button>Continue</button></form></div>',
    [],
  ],
  // --- real-world shaped forms
  [
    'WordPress comment form: email yes, website no',
    '<form id="commentform" action="/wp-comments-post.php"><p><label for="author">Name</label><input id="author" name="author" type="text"></p><p><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="text"></p><p><label for="url">Website</label><input id="url" name="url" type="text"></p><input type="submit" value="Post Comment"></form>',
    ['email'],
  ],
  [
    'Mailchimp embed with honeypot',
    '<form id="mc-embedded-subscribe-form" action="https://x.us1.list-manage.com/subscribe/post"><label for="mce-EMAIL">Email Address <span class="asterisk">*</span></label><input type="email" name="EMAIL" class="required email" id="mce-EMAIL"><div style="position: absolute; left: -5000px;" aria-hidden="true"><input type="text" id="hp" name="b_123_456" tabindex="-1" value=""></div><input type="submit" value="Subscribe"></form>',
    ['mce-EMAIL'],
  ],
  [
    'shop checkout contact step',
    '<form action="/checkouts/c/1"><h2>Contact</h2><input id="email" name="email" type="email" autocomplete="shipping email" placeholder="Email"><label><input type="checkbox" name="marketing"> Email me with news</label><input id="fn" autocomplete="shipping given-name" placeholder="First name"><button>Continue to shipping</button></form>',
    ['email'],
  ],
  [
    'marketplace sign-in (form name signIn)',
    '<form name="signIn" method="post"><label for="ap_email">Email or mobile phone number</label><input type="email" id="ap_email" name="email"><label for="ap_password">Password</label><input type="password" id="ap_password" name="password"><input type="submit" value="Continue"></form>',
    [],
  ],
  [
    'code-host sign-in (login_field, /session)',
    '<form action="/session" method="post"><label for="login_field">Username or email address</label><input type="text" name="login" id="login_field" autocomplete="username"><label for="password">Password</label><input type="password" name="password" id="password" autocomplete="current-password"><input type="submit" name="commit" value="Sign in"></form>',
    [],
  ],
  [
    'code-host sign-up (email, password, username)',
    '<form action="/signup"><label for="em">Enter your email</label><input type="email" id="em" name="user[email]" autocomplete="email"><label for="pw">Create a password</label><input type="password" id="pw" autocomplete="new-password"><label for="un">Enter a username</label><input id="un" name="user[login]" autocomplete="username"><button>Continue</button></form>',
    ['em'],
  ],
  [
    'login with remember-me and forgot link',
    '<form class="auth"><label for="u">E-mail</label><input id="u" name="user_email"><label for="p">Password</label><input type="password" id="p"><label><input type="checkbox"> Remember me</label><a href="/forgot">Forgot password?</a><button type="submit">Log in</button><a href="/register">Create an account</a></form>',
    [],
  ],
  [
    'it sign-up: nome, cognome, email, conferma email, password ×2',
    '<form><h1>Crea il tuo account</h1><input id="n" placeholder="Nome"><input id="c" placeholder="Cognome"><input id="e1" type="email" placeholder="Indirizzo email"><input id="e2" type="email" placeholder="Conferma indirizzo email"><input type="password" placeholder="Password"><input type="password" placeholder="Conferma password"><button>Registrati</button></form>',
    ['e1', 'e2'],
  ],
  [
    'nl sign-up registreren',
    '<form><label for="e">E-mailadres</label><input id="e" name="email"><input type="password"><button>Registreren</button></form>',
    ['e'],
  ],
  [
    'nl login inloggen (text field)',
    '<form><label for="e">E-mailadres</label><input id="e" name="email"><input type="password"><button>Inloggen</button></form>',
    [],
  ],
  [
    'pt login "Fazer login"',
    '<form><input id="e" type="email" placeholder="Seu e-mail"><input type="password" placeholder="Senha"><button>Fazer login</button></form>',
    [],
  ],
  [
    'pt sign-up "Criar conta"',
    '<form><input id="e" type="email" placeholder="Seu e-mail"><input type="password" placeholder="Senha"><button>Criar conta</button></form>',
    ['e'],
  ],
  [
    'es sign-up "Regístrate"',
    '<form><input id="e" name="correo"><input type="password"><button>Regístrate</button></form>',
    ['e'],
  ],
  [
    'login and register side by side',
    '<form id="login"><input type="email" id="l"><input type="password"><button>Sign in</button></form><form id="register"><input type="email" id="r"><input type="password"><input type="password"><button>Register</button></form>',
    ['r'],
  ],
  [
    'header search + footer newsletter',
    '<header><form role="search"><input type="text" id="s" name="q" placeholder="Search"></form></header><footer><form><input type="email" id="nl" aria-label="Email address"><button>Subscribe</button></form></footer>',
    ['nl'],
  ],
  ['inputmode=email with no other signal', '<input id="a" inputmode="email">', ['a']],
  [
    'label via aria-labelledby list',
    '<span id="l1">Work</span><span id="l2">e-mail</span><input id="a" aria-labelledby="l1 l2">',
    ['a'],
  ],
  [
    'checkout: password optional "create account"',
    '<form action="/checkout"><input id="fn" placeholder="First name"><input id="e" type="email" placeholder="Email"><input type="password" placeholder="Create a password (optional)"><button>Place order</button></form>',
    ['e'],
  ],
  // --- kinds of mistakes fixed on real-world forms (issue 10); each names its general rule
  // Filter and find boxes are search boxes.
  ['filter box: mails by sender', '<input type="text" id="a" placeholder="Filter mails by sender">', []],
  ['filter box: by email', '<input type="text" id="a" placeholder="Filter by email">', []],
  ['find box: mail from', '<input type="text" id="a" placeholder="Find mail from…">', []],
  ['filter box by its label', '<label for="a">Filter by e-mail address</label><input id="a">', []],
  [
    'a field in a search landmark',
    '<div role="search"><input type="email" id="a" aria-label="E-mail of the user"></div><input type="email" id="b">',
    ['b'],
  ],
  // An id that merely starts with "email", or a number asked for: not an address.
  [
    'id starting with email, labelled as a number',
    '<form><label for="emailReservationNumber">Reservation Number (If Applicable)</label><input id="emailReservationNumber" name="reservationnumber"><label for="e">Email address</label><input id="e" name="emailaddress"><button>Send</button></form>',
    ['e'],
  ],
  ['membership number or e-mail', '<input id="a" name="memberId" placeholder="Membership number / Email address">', []],
  // Text that mentions mail in a sentence or question does not name the field.
  [
    'label: a question mentioning mail far in',
    '<label for="a">Date the application was submitted or sent over mail</label><input id="a" name="case[xq]">',
    [],
  ],
  [
    'label: a yes/no question about e-mail updates',
    '<label for="a">Would you like to receive product updates and announcements via email? Type "y" or "n"</label><input id="a" name="opt_in">',
    [],
  ],
  // What a person reads before a field outranks a name or id nobody sees.
  [
    'captcha question before a field whose id says email',
    '<form><p>E-mail</p><input id="e" name="email"><p>Human?</p><input id="signup_email" name="f8a2c"></form>',
    ['e'],
  ],
  // E-mail or phone: an address field, unless it is a sign-in identifier.
  [
    'sign-up: "Mobile Number or Email"',
    '<form><h2>Sign up</h2><label>Mobile Number or Email <input type="text" id="a" name="emailOrPhone" autocomplete="tel"></label><input type="password" autocomplete="new-password"><button>Sign up</button></form>',
    ['a'],
  ],
  [
    'sign-up: unnamed field with "email or phone" beside it',
    '<div><div>email or phone</div><input type="text" id="a" placeholder="Enter email or phone number"></div><div><input type="password"></div><button>Sign up</button>',
    ['a'],
  ],
  [
    'sign-in: "Email or phone" identifier',
    '<form><label for="a">Email or phone</label><input type="email" id="a" name="identifier"><input type="password"><button>Sign in</button></form>',
    [],
  ],
  // Sign-in shapes the wording alone did not catch.
  [
    'identifier-first sign-in: a lone address with a bare "Continue"',
    '<form method="post"><label for="a">Email</label><input type="email" id="a" name="user[email]" placeholder="Email"><button type="submit">Continue</button></form>',
    [],
  ],
  [
    'sign-in with a forgot-password link outranks a new-password hint',
    '<form><label for="a">Email</label><input type="email" id="a" autocomplete="email"><input type="password" autocomplete="new-password"><a href="/password/reset/">Forgot your password?</a><button type="submit">Log in</button></form>',
    [],
  ],
  [
    'sign-in without a form: password shown next',
    '<div><div><span>Or better yet…</span><input type="email" id="a" placeholder="Email"></div><div style="display:none"><input type="password"></div></div>',
    [],
  ],
  [
    'change-password page: username for password managers, hidden from people',
    '<form><input type="email" id="a" name="username" autocomplete="username" aria-hidden="true" value="me@example.com"><input type="password" autocomplete="new-password"><input type="password" autocomplete="new-password"><button>Change password</button></form>',
    [],
  ],
  [
    'recovery form: "Password recovery" heading',
    '<form><h2>Password recovery</h2><input type="email" id="a" name="email" placeholder="E-mail"><button>Send</button></form>',
    [],
  ],
  [
    'newsletter form with a CSS "reset" class is no recovery form',
    '<form class="u-reset newsletter-form"><input type="email" id="a" placeholder="Your email"><button>Go</button></form>',
    ['a'],
  ],
  [
    'a form reset button ("Zurücksetzen") is no password recovery',
    '<form><input id="n" name="vorname" placeholder="Vorname"><input type="email" id="a" placeholder="E-Mail"><input type="password"><button type="reset">Zurücksetzen</button><button type="submit">Absenden</button></form>',
    ['a'],
  ],
  [
    'two sign-in tabs in one form: each identifier with its own password',
    '<form class="form-general"><div><input id="a" name="kfNumber" placeholder="Member ID / Email"><input type="password"><a href="#">Forgot your password?</a></div><div><input id="b" name="corporateId" placeholder="Email"><input type="password"></div><button>Log in</button></form>',
    [],
  ],
  // Misses: a section hides or shows what the form is.
  [
    'multi-step sign-up: e-mail and retype in a step not shown yet',
    '<form action="/register"><div><input id="u" name="username"><input type="password"><input type="password"></div><div style="display:none"><h3>Step 4: contact information</h3><label for="a">Email Address</label><input type="email" id="a" name="temail"><label for="b">Re-Type Email Address</label><input type="email" id="b" name="temailRetype"></div><button>Submit</button></form>',
    ['a', 'b'],
  ],
  [
    'payment form: session id in the action, a hidden password',
    '<form action="./NewCheckout.aspx?SessionId="><h3>Payment Details</h3><input id="n" name="txtCardHolder" placeholder="Card holder"><label for="txtEmail">E-mail *</label><input id="txtEmail" name="txtEmail"><input type="password" style="display:none"><input type="submit" value="Continue"></form>',
    ['txtEmail'],
  ],
  [
    'checkout: e-mail step of a "form-login" whose password and button show later',
    '<form class="form form-login"><label for="customer-email">Email Address</label><input type="email" id="customer-email" name="username"><span>You can create an account after checkout.</span><fieldset style="display:none"><input type="password" name="password"><button type="submit">Login</button><a href="/forgotpassword/">Forgot Your Password?</a></fieldset></form>',
    ['customer-email'],
  ],
  [
    'a field outside forms, near a page region with other forms and a formless password',
    '<div><div><span>Enter your email address:</span><input type="text" id="a"></div><form><input type="email" id="l"><input type="password"><button>Log in</button></form><div style="display:none"><input type="password"><a href="#">Password lost</a></div></div>',
    ['a'],
  ],
  // --- negatives
  ['search field (type=search)', '<input type="search" id="a" name="email">', []],
  ['search field (text, placeholder)', '<input type="text" id="a" name="q" placeholder="Search emails">', []],
  ['subject', '<input type="text" id="a" name="email_subject">', []],
  ['subject it oggetto', '<label for="a">Oggetto della mail</label><input id="a">', []],
  ['subject de betreff', '<input id="a" placeholder="Betreff Ihrer E-Mail">', []],
  ['first name', '<label for="a">First name</label><input id="a" name="firstName">', []],
  ['last name', '<input id="a" name="last_name" placeholder="Last name">', []],
  ['full name', '<input id="a" name="fullname" aria-label="Full name">', []],
  ['de vorname / nachname', '<input id="a" placeholder="Vorname"><input id="b" placeholder="Nachname">', []],
  ['it nome e cognome', '<input id="a" placeholder="Nome e cognome">', []],
  [
    'newsletter name',
    '<form class="newsletter"><label for="a">Newsletter name</label><input id="a"><input type="email" id="b"><button>Subscribe</button></form>',
    ['b'],
  ],
  ['name near an email label is still a name', '<label for="a">Name (as in your email)</label><input id="a" name="name">', []],
  ['phone (type=tel)', '<input type="tel" id="a" name="email_or_phone">', []],
  // Changed: a field that takes "e-mail or phone" takes an address (the corpus labels such sign-up
  // fields as e-mail: instagram, sleeper); on a sign-in form it is an identifier, see below.
  ['phone (text)', '<input id="a" placeholder="Email or phone number">', ['a']],
  ['OTP', '<input id="a" autocomplete="one-time-code" name="email_otp">', []],
  ['verification code', '<label for="a">Email verification code</label><input id="a">', []],
  ['PIN', '<input id="a" name="pin" aria-label="PIN sent by e-mail">', []],
  ['password', '<input type="password" id="a" name="email_password">', []],
  ['password-ish text field', '<input id="a" placeholder="E-Mail Passwort">', []],
  ['hidden type', '<input type="hidden" id="a" name="email">', []],
  ['hidden attribute', '<input type="email" id="a" hidden>', []],
  // Changed: a field in a part of the page not shown now (a later step, a closed dialog) is still an
  // e-mail field (the corpus labels them: usps step 4, boardgamearena panels); only a field hidden
  // by its own style or attributes is not.
  ['hidden ancestor', '<div hidden><input type="email" id="a"></div>', ['a']],
  ['display:none', '<input type="email" id="a" style="display:none">', []],
  ['visibility:hidden', '<input type="email" id="a" style="visibility:hidden">', []],
  ['disabled', '<input type="email" id="a" disabled>', []],
  ['disabled fieldset', '<fieldset disabled><input type="email" id="a"></fieldset>', []],
  ['readonly', '<input type="email" id="a" readonly>', []],
  ['tiny (inline width:1px)', '<input type="email" id="a" style="width:1px">', []],
  ['tiny (inline height:0)', '<input type="email" id="a" style="height:0">', []],
  ['honeypot: aria-hidden wrapper + tabindex=-1', '<div aria-hidden="true"><input type="email" id="a" tabindex="-1"></div>', []],
  ['url (type)', '<input type="url" id="a" name="email">', []],
  ['website text', '<input id="a" name="website" placeholder="https://">', []],
  ['captcha', '<label for="a">Type the characters (captcha) from the e-mail</label><input id="a">', []],
  ['number / date types never', '<input type="number" id="a" name="email"><input type="date" id="b" name="email">', []],
  ['textarea never', '<textarea id="a" name="email" placeholder="Email"></textarea>', []],
  ['plain text with no signal', '<input id="a" name="city" placeholder="City">', []],
  ['username text field alone is not e-mail', '<input id="a" name="username" autocomplete="username">', []],
  ['checkbox "email me"', '<label><input type="checkbox" id="a" name="email_opt_in"> Email me</label>', []],
  [
    'weak text belongs to another field',
    '<div><label>Email</label><input id="x" name="f1" type="email"></div><div><input id="a" name="f2"></div>',
    ['x'],
  ],
];

// Confirm-email pairs: each holds an address field `a` and its confirm twin `b`, for `pairPage`.
export const pairs: [string, string][] = [
  [
    'en confirm email label',
    '<label for="a">Email</label><input type="email" id="a"><label for="b">Confirm email</label><input type="email" id="b">',
  ],
  [
    'en repeat placeholder',
    '<input type="email" id="a" placeholder="E-mail"><input type="email" id="b" placeholder="Repeat e-mail">',
  ],
  ['name email_confirmation', '<input id="a" name="email"><input id="b" name="email_confirmation">'],
  ['name email2', '<input type="text" id="a" name="email1"><input type="text" id="b" name="email2">'],
  ['id confirmEmail', '<input type="email" id="a"><input type="email" id="b" name="confirmEmail">'],
  [
    'it conferma email',
    '<input type="email" id="a" placeholder="Email"><input type="email" id="b" placeholder="Conferma email">',
  ],
  ['de E-Mail wiederholen', '<label for="a">E-Mail</label><input id="a"><label for="b">E-Mail wiederholen</label><input id="b">'],
  [
    'fr confirmer l’adresse',
    '<input type="email" id="a" aria-label="Adresse e-mail"><input type="email" id="b" aria-label="Confirmer l\'adresse e-mail">',
  ],
  [
    'es confirmar correo',
    '<input id="a" placeholder="Correo electrónico"><input id="b" placeholder="Confirmar correo electrónico">',
  ],
  ['pt repita o e-mail', '<input id="a" placeholder="E-mail"><input id="b" placeholder="Repita o e-mail">'],
  ['nl herhaal e-mailadres', '<input id="a" placeholder="E-mailadres"><input id="b" placeholder="Herhaal e-mailadres">'],
  [
    'en re-type (temailRetype)',
    '<label for="a">* Email Address</label><input type="email" id="a" name="temail"><label for="b">* Re-Type Email Address</label><input type="email" id="b" name="temailRetype">',
  ],
];

/** A sign-up form around a pair. */
export const pairPage = (html: string) =>
  `<form><h2>Sign up</h2>${html}<input type="password" id="p" autocomplete="new-password"><button>Sign up</button></form>`;
