/**
 * `findVerification`: the verification code and the action link of a mail, in 24 languages. Pure
 * and fast (the background runs it on every new mail; no DOM needed): the mail is laid out as text
 * (`text.ts`), its code found next to code words (`codes.ts`), its link judged by its words
 * (`links.ts`).
 */
import { findCode } from './codes';
import { findLink } from './links';
import { MailKind } from './mail-kinds';
import { normalizeChars, readHtmlMail, readPlainMail } from './text';

export interface VerificationInfo {
  /** The code as an OTP field wants it (`482913`, `A7K9Q2`: no spaces or hyphens), or null. */
  code: string | null;
  /** The http(s) URL of the verify/confirm/activate, password-reset or magic sign-in link, or null. */
  link: string | null;
}

/** Mail bodies beyond this are cut before any regex runs (keeps every pass linear enough). */
const MAX_INPUT = 400_000;
const MAX_SUBJECT = 2000;

/**
 * Finds the verification code (4–8 digits, or 4–12 letters and digits mixed, grouped, spaced or one
 * per table cell) next to code words like code, OTP, Bestätigungscode, код подтверждения, 验证码,
 * 認証コード, 인증번호, رمز التحقق… and the mail's action link (verify, confirm a subscription, reset a
 * password, a magic sign-in link carrying a token). Never a year, a price, a phone number, a
 * postcode, a date, a time, an order number, or a promo, booking, meeting, referral, gift-card,
 * parcel-pickup or door code. `content` is HTML when `isHtml`, else plain text.
 */
export function findVerification(subject: string, content: string, isHtml: boolean): VerificationInfo {
  const source = content.length > MAX_INPUT ? content.slice(0, MAX_INPUT) : content;
  const mail = isHtml ? readHtmlMail(source) : readPlainMail(source);
  const title = normalizeChars(subject.slice(0, MAX_SUBJECT)).replace(/\s+/g, ' ').trim();
  // What the mail is about shows early: its first 20,000 characters tell.
  const kind = new MailKind(`${title}\n${mail.text.slice(0, 20_000)}`);
  const code = findCode(title, mail.text, kind, mail.links);
  return { code, link: findLink(mail.links, mail.text, title, code !== null) };
}
