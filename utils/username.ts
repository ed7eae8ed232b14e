/**
 * The local check of a wished-for username, run before anything is sent. The server may still
 * refuse a name that passes (reserved words, names taken); that answer is shown as it comes.
 * The UI words each problem (`error-text.ts`, reason `username-<problem>`).
 */
export const USERNAME_MIN = 3;
export const USERNAME_MAX = 30;
const USERNAME_PATTERN = /^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/;

export type UsernameProblem = 'empty' | 'too-short' | 'too-long' | 'characters' | 'edges' | 'dots';

/** Lower-cases and trims; returns the name or the problem with it. */
export function checkUsername(input: string): { ok: true; username: string } | { ok: false; problem: UsernameProblem } {
  const username = input.trim().toLowerCase();
  if (!username) return { ok: false, problem: 'empty' };
  if (username.length < USERNAME_MIN) return { ok: false, problem: 'too-short' };
  if (username.length > USERNAME_MAX) return { ok: false, problem: 'too-long' };
  if (/[^a-z0-9._-]/.test(username)) return { ok: false, problem: 'characters' };
  if (username.includes('..')) return { ok: false, problem: 'dots' };
  if (!USERNAME_PATTERN.test(username)) return { ok: false, problem: 'edges' };
  return { ok: true, username };
}
