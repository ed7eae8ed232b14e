// General rules found by a second independent tester's mails (never seen here): each block holds
// the tester's minimal input first, then the same shape in other languages.
import { findVerification } from '.';

/** [subject, content, isHtml, code, link (checked when given)] */
type Case = [string, string, boolean, string | null, (string | null)?];

function check([subject, content, isHtml, code, link]: Case): void {
  const found = findVerification(subject, content, isHtml);
  expect(found.code).toBe(code);
  if (link !== undefined) expect(found.link).toBe(link);
}

const accountGuard: Case[] = [
  ['', 'Use this code to verify your account: 482913', false, '482913'],
  ['', 'Usa questo codice per verificare il tuo account: 482913', false, '482913'],
  ['', 'Sử dụng mã này để xác minh tài khoản: 482913', false, '482913'],
  ['', 'ใช้รหัสนี้เพื่อยืนยันบัญชี: 482913', false, '482913'],
  ['', '请使用此验证码验证您的账号：482913', false, '482913'],
  ['', 'Gunakan kode ini untuk memverifikasi rekening: 482913', false, '482913'],
  // The number belongs to the noun that labels it.
  ['', 'Use this code with your account number: 48213921', false, null],
  ['', 'Enter the code below.\nAccount: 48213921', false, null],
  ['', 'Your code: 482913\nAccount number: 48213921', false, '482913'],
  ['', 'We sent a code to the phone number ending in 4821', false, null],
];

const oneTimePassword: Case[] = [
  ['', 'הסיסמה החד פעמית שלך: 938152', false, '938152'],
  ['', 'והסיסמה החד-פעמית: 938152', false, '938152'],
  ['', 'קוד לכניסה: 938152', false, '938152'],
  ['', 'استخدم هذا الرمز للتحقق: 938152', false, '938152'],
  ['', 'وكلمة المرور لمرة واحدة هي 938152', false, '938152'],
  ['', '일회용 비밀번호: 938152', false, '938152'],
  ['', '1회용 비밀번호: 938152', false, '938152'],
  ['', '일회용비밀번호는 938152입니다', false, '938152'],
  ['', 'OTP 번호: 938152', false, '938152'],
  ['', '使い捨てパスワード：938152', false, '938152'],
  ['', '一次性密碼為 938152', false, '938152'],
  ['', 'Mật khẩu một lần của bạn: 938152', false, '938152'],
  ['', 'एक बार इस्तेमाल होने वाला पासवर्ड: 938152', false, '938152'],
  ['', 'Your single-use password: 938152', false, '938152'],
  ['', 'Ο κωδικός μίας χρήσης: 938152', false, '938152'],
  // A password that is no one-time password stays no code.
  ['', '비밀번호: 48213921', false, null],
  ['Wi-Fi', 'Guest Wi-Fi password: 48213921', false, null],
];

describe('findVerification: second tester', () => {
  describe('"account" ending a sentence about the code is no account number; "account number: 1234" is', () => {
    it.each(accountGuard)('%j · %j', (...c) => check(c));
  });
  describe('one-time password with the article or a prefix (ה-, ال-) and Korean/Japanese/Chinese compounds', () => {
    it.each(oneTimePassword)('%j · %j', (...c) => check(c));
  });
});
