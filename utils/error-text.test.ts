import { STRINGS, useLocale } from './__fixtures__/locale';
import { errorText, KIND_TEXT, REASON_TEXT } from './error-text';
import type { UiError } from './errors';
import { tPlural } from './i18n';

describe('errorText: every error in the user language', () => {
  it('has an English and an Italian string for every kind and every reason, with only the shared facts', () => {
    for (const key of [...Object.values(KIND_TEXT), ...Object.values(REASON_TEXT)]) {
      expect(STRINGS[key]?.en, key).toBeTruthy();
      expect(STRINGS[key]?.it, key).toBeTruthy();
      for (const language of ['en', 'it']) {
        for (const [placeholder] of STRINGS[key]![language]!.matchAll(/\$\d/g)) expect(['$1', '$2', '$3']).toContain(placeholder);
      }
    }
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
    expect(tPlural('badgeUnread', 1, '1')).toBe('1 non letto');
    expect(tPlural('badgeUnread', 2, '2')).toBe('2 non letti');
    expect(tPlural('notificationMany', 3, '3')).toBe('3 nuovi messaggi');
    useLocale('en');
    expect(tPlural('badgeUnread', 1, '1')).toBe('1 unread');
    expect(tPlural('seconds', 1, '1')).toBe('1 second');
    expect(tPlural('seconds', 30, '30')).toBe('30 seconds');
  });
});
