import { STRINGS, useLocale } from './__fixtures__/locale';
import { errorKey, errorText } from './error-text';
import type { ErrorKind, ErrorReason, UiError } from './errors';
import { tPlural } from './i18n';

// Every kind and every reason, checked complete by the compiler (`satisfies`).
const KINDS = {
  unauthorized: 0,
  forbidden: 0,
  'not-found': 0,
  'invalid-input': 0,
  'rate-limited': 0,
  server: 0,
  network: 0,
  timeout: 0,
  'bad-response': 0,
  'no-key': 0,
  'no-mailbox': 0,
  'invalid-username': 0,
  permission: 0,
  'forbidden-sender': 0,
  internal: 0,
} satisfies Record<ErrorKind, 0>;
const REASONS = {
  redirect: 0,
  'not-api': 0,
  refused: 0,
  'broke-off': 0,
  interrupted: 0,
  'key-not-set': 0,
  'key-shape': 0,
  'base-url-empty': 0,
  'base-url-invalid': 0,
  'base-url-not-https': 0,
  'base-url-has-path-or-query': 0,
  'missing-value': 0,
  'key-check': 0,
  'not-temp-mail': 0,
  'paste-key': 0,
  'malformed-request': 0,
  'domain-not-allowed': 0,
  'no-site': 0,
  'attachment-gone': 0,
  'username-empty': 0,
  'username-too-short': 0,
  'username-too-long': 0,
  'username-characters': 0,
  'username-edges': 0,
  'username-dots': 0,
  'no-answer': 0,
  'download-refused': 0,
} satisfies Record<ErrorReason, 0>;

describe('errorText: every error in the user language', () => {
  it('has an English and an Italian string for every kind and every reason, with only the shared facts', () => {
    const names = [...Object.keys(KINDS), ...Object.keys(REASONS)] as Array<ErrorKind | ErrorReason>;
    const keys = names.map(errorKey);
    expect(new Set(keys).size).toBe(names.length);
    for (const key of keys) {
      expect(STRINGS[key]?.en, key).toBeTruthy();
      expect(STRINGS[key]?.it, key).toBeTruthy();
      for (const language of ['en', 'it']) {
        for (const [placeholder] of STRINGS[key]![language]!.matchAll(/\$\d/g)) expect(['$1', '$2', '$3']).toContain(placeholder);
      }
    }
    // And no error string is left without a kind or reason to word.
    const unused = Object.keys(STRINGS).filter((key) => key.startsWith('err') && !keys.includes(key));
    expect(unused).toEqual(['errServerSaid', 'errTheApiHost']);
  });

  it('words the four errors a user meets most in Italian, facts in place', () => {
    useLocale('it');
    const cases: Array<[UiError, string]> = [
      [
        { kind: 'unauthorized', reason: 'key-check', host: '127.0.0.1:3025', status: 401 },
        '127.0.0.1:3025 ha rifiutato questa chiave API. Controlla di averla copiata per intero.',
      ],
      [{ kind: 'network', host: '127.0.0.1:9' }, "Impossibile raggiungere 127.0.0.1:9. Controlla l'indirizzo e la connessione."],
      [
        { kind: 'rate-limited', status: 429, retryAfterMs: 8000 },
        "Troppe richieste, oppure la quota dell'API è esaurita. Riprova più tardi.",
      ],
      [{ kind: 'server', status: 500 }, 'Il server ha avuto un problema (HTTP 500). Riprova più tardi.'],
      [
        { kind: 'timeout', host: 'v1.tempmailg.com', timeoutMs: 30_000 },
        'v1.tempmailg.com non ha risposto entro 30 secondi. Riprova più tardi.',
      ],
    ];
    for (const [error, text] of cases) expect(errorText(error, 'it')).toBe(text);
  });

  it("keeps the server's own message apart and untranslated", () => {
    useLocale('it');
    expect(errorText({ kind: 'rate-limited', status: 429, serverMessage: 'Too Many Attempts.' }, 'it')).toBe(
      "Troppe richieste, oppure la quota dell'API è esaurita. Riprova più tardi. Il server ha risposto: «Too Many Attempts.»",
    );
    useLocale('en');
    expect(errorText({ kind: 'invalid-input', status: 404, serverMessage: 'This username is not allowed' }, 'en')).toBe(
      'The server rejected the request as invalid. The server said: “This username is not allowed”',
    );
  });

  it('prefers the reason to the kind, and names the host generically when it is unknown', () => {
    useLocale('en');
    expect(errorText({ kind: 'bad-response', reason: 'not-temp-mail', host: 'api.example.com' }, 'en')).toBe(
      'api.example.com did not answer like a Temp Mail API. Check the API base URL.',
    );
    expect(errorText({ kind: 'network' }, 'en')).toBe('Could not reach the API host. Check the address and your connection.');
    expect(errorText({ kind: 'invalid-username', reason: 'username-dots' }, 'en')).toBe(
      'A username cannot contain two dots in a row.',
    );
  });
});

describe('tPlural: counts with their plural forms', () => {
  it('says "1 non letto" and "2 non letti", "1 unread" and "2 unread"', () => {
    useLocale('it');
    expect(tPlural('badgeUnread', 1, '1')).toBe('1 non letto, tutti gli indirizzi');
    expect(tPlural('badgeUnread', 2, '2')).toBe('2 non letti, tutti gli indirizzi');
    expect(tPlural('notificationMany', 3, '3')).toBe('3 nuovi messaggi');
    useLocale('en');
    expect(tPlural('badgeUnread', 1, '1')).toBe('1 unread, all addresses');
    expect(tPlural('seconds', 1, '1')).toBe('1 second');
    expect(tPlural('seconds', 30, '30')).toBe('30 seconds');
  });
});
