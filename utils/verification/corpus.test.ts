import { allMails, blindMails } from '@/utils/__fixtures__/verification-mails';
import { findVerification } from '.';

/** The 24 languages the finder reads (`code-words.ts`). */
const LANGUAGES = 'en it de fr es pt nl zh-Hans zh-Hant ja ko ru uk pl cs sv tr ar he hi vi id th el'.split(' ');

describe('verification corpus', () => {
  it('holds at least 100 mails, 40 of them blind, in every language, with unique ids', () => {
    expect(allMails.length).toBeGreaterThanOrEqual(100);
    expect(blindMails.length).toBeGreaterThanOrEqual(40);
    expect(new Set(allMails.map((mail) => mail.lang))).toEqual(new Set(LANGUAGES));
    expect(new Set(allMails.map((mail) => mail.id)).size).toBe(allMails.length);
  });

  it('has codes, links and mails with neither in most languages', () => {
    for (const lang of LANGUAGES) {
      const mails = allMails.filter((mail) => mail.lang === lang);
      expect(
        mails.some((mail) => mail.code),
        `${lang} has a code`,
      ).toBe(true);
      expect(
        mails.some((mail) => mail.link),
        `${lang} has a link`,
      ).toBe(true);
    }
    expect(allMails.filter((mail) => !mail.code && !mail.link).length).toBeGreaterThanOrEqual(30);
  });

  it.each(allMails)('$id: $note', ({ subject, content, html, code, link }) => {
    expect(findVerification(subject, content, html)).toEqual({ code, link });
  });
});
