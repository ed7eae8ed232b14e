// @vitest-environment node
// @ts-check
/**
 * Contract tests of the API emulator against emulator/API.md, over real HTTP and SMTP.
 */
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator } from './server.js';
import { sendMail } from './send-mail.js';

const KEY_A = 'key-a-free-00000000000000000000000000000001';
const KEY_B = 'key-b-premium-0000000000000000000000000002';

const ISO_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/;
const RECEIVED_AT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
const MAILBOX_KEYS = ['created_at', 'domain', 'email', 'email_token', 'expire_at', 'expires_in_seconds', 'id'];
const MESSAGE_KEYS = ['attachments', 'content', 'from', 'from_email', 'html', 'id', 'is_seen', 'receivedAt', 'subject', 'to'];

/** A 1×1 red PNG, the inline image. */
const RED_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

/** @type {Awaited<ReturnType<typeof startEmulator>>} */
let emu;

/**
 * @typedef {object} ApiResult
 * @property {number} status
 * @property {Headers} headers
 * @property {any} body parsed JSON, or the text when not JSON
 * @property {string} text
 */

/**
 * Calls the emulator. `key: null` sends no Authorization header.
 * @param {string} path
 * @param {{ method?: string, key?: string | null, headers?: Record<string, string>, base?: string, signal?: AbortSignal }} [init]
 * @returns {Promise<ApiResult>}
 */
async function call(path, { method = 'GET', key = KEY_A, headers = {}, base, signal } = {}) {
  const res = await fetch(`${base ?? emu.url}${path}`, {
    method,
    headers: { Accept: 'application/json', ...(key ? { Authorization: `Bearer ${key}` } : {}), ...headers },
    signal,
  });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, body, text };
}

/**
 * Admin call with an optional JSON body.
 * @param {string} path
 * @param {string} [method]
 * @param {unknown} [json]
 * @param {string} [base]
 */
async function admin(path, method = 'GET', json, base) {
  const res = await fetch(`${base ?? emu.url}/__emulator/${path}`, {
    method,
    headers: json === undefined ? {} : { 'Content-Type': 'application/json' },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  return { status: res.status, body: await res.json() };
}

/** @param {string} [key] */
async function newMailbox(key = KEY_A) {
  const r = await call('/api/emails', { method: 'POST', key });
  expect(r.status).toBe(200);
  return /** @type {{ id: number, email: string, domain: string, expire_at: string, created_at: string, expires_in_seconds: number, email_token: string }} */ (
    r.body.data
  );
}

/** @param {string} email @param {string} [key] */
async function listMessages(email, key = KEY_A) {
  return call(`/api/messages?email=${encodeURIComponent(email)}`, { key });
}

/** @param {Buffer} bytes */
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  emu = await startEmulator({
    keys: [{ key: KEY_A }, { key: KEY_B, allowedTypes: ['free', 'premium'] }],
  });
});

afterAll(async () => {
  await emu?.close();
});

beforeEach(async () => {
  await fetch(`${emu.url}/__emulator/faults`, { method: 'DELETE' });
});

describe('startup', () => {
  it('exposes url, smtp and keys; health answers', async () => {
    expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emu.smtpHost).toBe('127.0.0.1');
    expect(emu.smtpPort).toBeGreaterThan(0);
    expect(emu.keys.map((k) => k.key)).toEqual([KEY_A, KEY_B]);
    expect(emu.keys[1]).toMatchObject({ limit: 50000, allowedTypes: ['free', 'premium'], apiEnabled: true });
    expect(await admin('health')).toEqual({ status: 200, body: { ok: true } });
  });

  it('generates a random 40-char key when none is given', async () => {
    const other = await startEmulator();
    try {
      expect(other.keys).toHaveLength(1);
      const key = /** @type {import('./store.js').KeyRecord} */ (other.keys[0]);
      expect(key).toEqual({
        key: expect.stringMatching(/^[A-Za-z0-9]{40}$/),
        limit: 50000,
        used: 0,
        allowedTypes: ['free'],
        apiEnabled: true,
      });
      const r = await call('/api/domains', { key: key.key, base: other.url });
      expect(r.status).toBe(200);
      expect(key.used).toBe(1); // the returned record is live
    } finally {
      await other.close();
    }
  });
});

describe('GET /api/domains', () => {
  it('lists the free domains in the exact shape', async () => {
    const r = await call('/api/domains?type=free');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      status: true,
      data: {
        requested_type: 'free',
        allowed_types: ['free'],
        domains: [
          { domain: 'mail.test', type: 'Free', custom: false },
          { domain: 'inbox.test', type: 'Free', custom: false },
        ],
      },
    });
  });

  it('defaults a missing type to free', async () => {
    const r = await call('/api/domains');
    expect(r.body.data.requested_type).toBe('free');
    expect(r.body.data.domains).toHaveLength(2);
  });

  it('rejects a type the key may not use', async () => {
    const r = await call('/api/domains?type=premium');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ status: false, message: 'Invalid domain type' });
  });

  it('serves premium domains to a premium key', async () => {
    const r = await call('/api/domains?type=premium', { key: KEY_B });
    expect(r.body).toEqual({
      status: true,
      data: {
        requested_type: 'premium',
        allowed_types: ['free', 'premium'],
        domains: [{ domain: 'vip.test', type: 'Premium', custom: false }],
      },
    });
  });
});

describe('POST /api/emails', () => {
  it('creates a random mailbox with the exact Mailbox shape', async () => {
    const before = Date.now();
    const r = await call('/api/emails', { method: 'POST' });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe(true);
    const box = r.body.data;
    expect(Object.keys(box).sort()).toEqual(MAILBOX_KEYS);
    expect(Number.isInteger(box.id)).toBe(true);
    expect(box.email).toMatch(/^[a-z0-9]{10}@(mail|inbox)\.test$/);
    expect(box.email.endsWith(`@${box.domain}`)).toBe(true);
    expect(box.created_at).toMatch(ISO_SECONDS);
    expect(box.expire_at).toMatch(ISO_SECONDS);
    expect(Date.parse(box.expire_at) - Date.parse(box.created_at)).toBe(600_000);
    expect(Math.abs(Date.parse(box.created_at) - before)).toBeLessThan(2000);
    expect(box.expires_in_seconds).toBe(600);
    expect(typeof box.email_token).toBe('string');
    expect(box.email_token.length).toBeGreaterThan(10);
  });

  it('gives every mailbox a new, incrementing id', async () => {
    const a = await newMailbox();
    const b = await newMailbox(KEY_B);
    expect(b.id).toBeGreaterThan(a.id);
    expect(b.email).not.toBe(a.email);
  });
});

describe('POST /api/emails/{current}/{username}/{domain}', () => {
  it('switches to a new address, ending the old mailbox at once', async () => {
    const old = await newMailbox();
    await sendMail({ smtpPort: emu.smtpPort, to: old.email, subject: 'before switch', text: 'x' });
    const name = `Sw.${Date.now().toString(36)}`;
    const r = await call(`/api/emails/${encodeURIComponent(old.email)}/${name}/inbox.test`, { method: 'POST' });
    expect(r.status).toBe(200);
    const box = r.body.data;
    expect(Object.keys(box).sort()).toEqual(MAILBOX_KEYS);
    expect(box.email).toBe(`${name.toLowerCase()}@inbox.test`);
    expect(box.domain).toBe('inbox.test');
    expect(box.id).toBeGreaterThan(old.id);
    expect(box.expires_in_seconds).toBe(600);
    expect((await listMessages(old.email)).body).toEqual({ status: false, message: 'Email not found.' });
    expect((await listMessages(box.email)).body).toEqual({ status: true, mailbox: box.email, messages: [] });
    const mailboxes = (await admin('mailboxes')).body.map((/** @type {{email: string}} */ m) => m.email);
    expect(mailboxes).toContain(box.email);
    expect(mailboxes).not.toContain(old.email);
  });

  it('accepts an unencoded @ in the path', async () => {
    const old = await newMailbox();
    const r = await call(`/api/emails/${old.email}/raw-at-${Date.now()}/mail.test`, { method: 'POST' });
    expect(r.status).toBe(200);
  });

  it.each([
    ['admin'],
    ['Administrator'],
    ['root'],
    ['postmaster'],
    ['no-reply'],
    ['info'],
    ['security'],
    ['ab'],
    ['a'.repeat(31)],
    ['.abc'],
    ['abc-'],
    ['a b c'],
    ['ab%c'],
    ['jöhn'],
    ['a+b'],
  ])('rejects the username %j', async (username) => {
    const current = await newMailbox();
    const r = await call(`/api/emails/${encodeURIComponent(current.email)}/${encodeURIComponent(username)}/mail.test`, {
      method: 'POST',
    });
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ status: false, message: 'This username is not allowed' });
  });

  it('accepts usernames at the edges of the rules', async () => {
    for (const username of ['abc', `a${'b'.repeat(28)}c`, `x.y_z-${Date.now()}`]) {
      const current = await newMailbox();
      const r = await call(`/api/emails/${encodeURIComponent(current.email)}/${username}/mail.test`, { method: 'POST' });
      expect(r.status, username).toBe(200);
      await call(`/api/emails/${encodeURIComponent(r.body.data.email)}`, { method: 'DELETE' });
    }
  });

  it('rejects domains outside the key’s allowed types', async () => {
    const current = await newMailbox();
    for (const domain of ['vip.test', 'example.com']) {
      const r = await call(`/api/emails/${encodeURIComponent(current.email)}/someone${Date.now()}/${domain}`, { method: 'POST' });
      expect(r.status).toBe(404);
      expect(r.body).toEqual({ status: false, message: 'This domain is not allowed' });
    }
    const premium = await newMailbox(KEY_B);
    const ok = await call(`/api/emails/${encodeURIComponent(premium.email)}/vip${Date.now()}/vip.test`, {
      method: 'POST',
      key: KEY_B,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.data.domain).toBe('vip.test');
  });

  it('answers 422 when the address is held by a live mailbox of any key', async () => {
    const mine = await newMailbox();
    const theirs = await newMailbox(KEY_B);
    const [user, domain] = theirs.email.split('@');
    const r = await call(`/api/emails/${encodeURIComponent(mine.email)}/${user}/${domain}`, { method: 'POST' });
    expect(r.status).toBe(422);
    expect(r.body).toEqual({ status: false, message: 'This email is already taken.' });
    expect((await listMessages(mine.email)).status).toBe(200); // the failed switch ended nothing
  });

  it('answers 404 for a current mailbox that is not owned or not live', async () => {
    const theirs = await newMailbox(KEY_B);
    const r = await call(`/api/emails/${encodeURIComponent(theirs.email)}/hijack${Date.now()}/mail.test`, { method: 'POST' });
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ status: false, message: 'Email not found.' });
    const gone = await call(`/api/emails/nobody%40mail.test/someone/mail.test`, { method: 'POST' });
    expect(gone.body).toEqual({ status: false, message: 'Email not found.' });
  });
});

describe('DELETE /api/emails/{email}', () => {
  it('deletes an owned mailbox, then it is gone', async () => {
    const box = await newMailbox();
    const r = await call(`/api/emails/${encodeURIComponent(box.email)}`, { method: 'DELETE' });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ status: true, message: 'Email has been successfully deleted.' });
    const again = await call(`/api/emails/${encodeURIComponent(box.email)}`, { method: 'DELETE' });
    expect(again.status).toBe(404);
    expect(again.body).toEqual({ status: false, message: 'Email not found.' });
  });
});

describe('auth and ownership', () => {
  it('answers 401 for a missing or unknown key', async () => {
    for (const key of [null, 'not-a-key']) {
      const r = await call('/api/domains', { key });
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ status: false, message: 'You are not authorized' });
    }
    const basic = await call('/api/domains', { key: null, headers: { Authorization: `Basic ${KEY_A}` } });
    expect(basic.status).toBe(401);
  });

  it('answers 403 when API access is disabled for the account', async () => {
    const created = await admin('keys', 'POST', { apiEnabled: false });
    expect(created.status).toBe(201);
    const r = await call('/api/emails', { method: 'POST', key: created.body.key });
    expect(r.status).toBe(403);
    expect(r.body).toEqual({ status: false, message: 'API access is disabled for this account.' });
    expect(r.headers.get('x-ratelimit-used')).toBe('0');
  });

  it('hides another key’s mailbox, messages and attachments behind 404', async () => {
    const box = await newMailbox(KEY_B);
    await sendMail({
      smtpPort: emu.smtpPort,
      to: box.email,
      subject: 'private',
      text: 'secret',
      attachments: [{ filename: 'secret.txt', content: 'top secret' }],
    });
    const own = await listMessages(box.email, KEY_B);
    const message = own.body.messages[0];
    const emailNotFound = { status: false, message: 'Email not found.' };
    const messageNotFound = { status: false, message: 'Message not found.' };
    expect((await listMessages(box.email, KEY_A)).body).toEqual(emailNotFound);
    expect((await call(`/api/emails/${encodeURIComponent(box.email)}`, { method: 'DELETE' })).body).toEqual(emailNotFound);
    expect((await call(`/api/messages/${message.id}`)).body).toEqual(messageNotFound);
    expect((await call(`/api/messages/${message.id}`, { method: 'DELETE' })).body).toEqual(messageNotFound);
    const download = await call(`/api/messages/${message.id}/attachments/secret.txt`);
    expect(download.status).toBe(404);
    expect(download.body).toEqual(messageNotFound);
    // …and all of it is still there for the owner.
    expect((await call(`/api/messages/${message.id}`, { key: KEY_B })).status).toBe(200);
  });
});

describe('quota', () => {
  it('sends the four headers on success and errors, counting only 2xx', async () => {
    const first = await call('/api/domains');
    const used = Number(first.headers.get('x-ratelimit-used'));
    expect(first.headers.get('x-ratelimit-limit')).toBe('50000');
    expect(Number(first.headers.get('x-ratelimit-remaining'))).toBe(50000 - used);
    const now = new Date();
    const reset = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 19) + '+00:00';
    expect(first.headers.get('x-ratelimit-reset')).toBe(reset);

    const failed = await call('/api/domains?type=premium');
    expect(failed.status).toBe(404);
    expect(failed.headers.get('x-ratelimit-used')).toBe(String(used));
    const unknownRoute = await call('/api/nope');
    expect(unknownRoute.headers.get('x-ratelimit-used')).toBe(String(used));

    const next = await call('/api/domains');
    expect(next.headers.get('x-ratelimit-used')).toBe(String(used + 1));
    expect(next.headers.get('x-ratelimit-remaining')).toBe(String(50000 - used - 1));
  });

  it('answers 429 once the monthly quota is used up', async () => {
    const { body: key } = await admin('keys', 'POST', { limit: 2 });
    expect((await call('/api/domains', { key: key.key })).status).toBe(200);
    expect((await call('/api/domains?type=bogus', { key: key.key })).status).toBe(404);
    const last = await call('/api/domains', { key: key.key });
    expect(last.headers.get('x-ratelimit-remaining')).toBe('0');
    const r = await call('/api/domains', { key: key.key });
    expect(r.status).toBe(429);
    expect(r.body).toEqual({ status: false, message: 'Monthly request quota exceeded.' });
    expect(r.headers.get('x-ratelimit-limit')).toBe('2');
    expect(r.headers.get('x-ratelimit-used')).toBe('2');
    expect(r.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(r.headers.get('x-ratelimit-reset')).toMatch(ISO_SECONDS);
    expect(r.headers.get('retry-after')).toBeNull();

    const patched = await admin(`keys/${key.key}`, 'PATCH', { used: 0, limit: 5 });
    expect(patched.body).toMatchObject({ used: 0, limit: 5 });
    expect((await call('/api/domains', { key: key.key })).status).toBe(200);
  });
});

describe('messages over SMTP', () => {
  it('delivers HTML+text with an inline image and attachments, byte-exact', async () => {
    const box = await newMailbox();
    const binary = randomBytes(200_000);
    const hostile = ['../../etc/passwd', 'invoice\u202Efdp.exe', 'CON.txt', `${'long-'.repeat(60)}name.txt`];
    await sendMail({
      smtpPort: emu.smtpPort,
      from: '"Alice Example" <alice@example.org>',
      to: box.email,
      subject: 'Rich mail',
      text: 'plain version',
      html: '<p>Hello <b>there</b></p><img src="cid:logo@test" alt="logo">',
      attachments: [
        { filename: 'logo.png', content: RED_PNG, cid: 'logo@test', contentType: 'image/png' },
        { filename: 'blob.bin', content: binary, contentType: 'application/octet-stream' },
        ...hostile.map((filename) => ({ filename, content: `content of ${filename}` })),
        { filename: 'dup.txt', content: 'one' },
        { filename: 'dup.txt', content: 'two' },
      ],
    });

    const list = await listMessages(box.email);
    expect(list.status).toBe(200);
    expect(Object.keys(list.body).sort()).toEqual(['mailbox', 'messages', 'status']);
    expect(list.body.mailbox).toBe(box.email);
    const [message] = list.body.messages;
    expect(Object.keys(message).sort()).toEqual(MESSAGE_KEYS);
    expect(message).toMatchObject({
      is_seen: false,
      subject: 'Rich mail',
      from: 'Alice Example',
      from_email: 'alice@example.org',
      to: box.email,
      html: true,
    });
    expect(message.id).toMatch(/^[A-Za-z0-9]{46}$/);
    expect(message.receivedAt).toMatch(RECEIVED_AT);
    expect(Math.abs(Date.parse(`${message.receivedAt.replace(' ', 'T')}Z`) - Date.now())).toBeLessThan(5000);
    expect(message.content).toContain('<p>Hello <b>there</b></p>');
    expect(message.content).toContain(`src="data:image/png;base64,${RED_PNG.toString('base64')}"`);
    expect(message.content).not.toContain('cid:');

    /** @type {{name: string, extension: string, size: number, url: string}[]} */
    const attachments = message.attachments;
    expect(attachments.map((a) => a.name)).toEqual(['blob.bin', ...hostile, 'dup.txt', 'dup (2).txt']);
    for (const a of attachments) {
      expect(Object.keys(a).sort()).toEqual(['extension', 'name', 'size', 'url']);
      expect(a.url).toBe(`${emu.url}/api/messages/${message.id}/attachments/${encodeURIComponent(a.name)}`);
    }
    expect(attachments[0]).toMatchObject({ extension: 'bin', size: binary.length });
    expect(attachments.find((a) => a.name === 'CON.txt')?.extension).toBe('txt');
    expect(attachments.find((a) => a.name === '../../etc/passwd')?.extension).toBe('');

    const res = await fetch(attachments[0]?.url ?? '', { headers: { Authorization: `Bearer ${KEY_A}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-length')).toBe(String(binary.length));
    expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(sha256(binary));

    for (const name of hostile) {
      const r = await call(`/api/messages/${message.id}/attachments/${encodeURIComponent(name)}`);
      expect(r.status, name).toBe(200);
      expect(r.text).toBe(`content of ${name}`);
      expect(r.headers.get('content-type')).toMatch(/^text\/plain|^application\/octet-stream/);
    }
    expect((await call(`/api/messages/${message.id}/attachments/${encodeURIComponent('dup (2).txt')}`)).text).toBe('two');
    const missing = await call(`/api/messages/${message.id}/attachments/logo.png`);
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ status: false, message: 'Attachment not found.' });
  });

  it('keeps text-only mail as text and uses the address when there is no display name', async () => {
    const box = await newMailbox();
    await sendMail({
      smtpPort: emu.smtpPort,
      from: 'bare@example.org',
      to: box.email,
      subject: 'Plain',
      text: 'Just <b>text</b>',
    });
    const [message] = (await listMessages(box.email)).body.messages;
    expect(message.content.trim()).toBe('Just <b>text</b>');
    expect(message).toMatchObject({ html: false, from: 'bare@example.org', from_email: 'bare@example.org', attachments: [] });
  });

  it('lists newest first, marks a read message seen, deletes a message', async () => {
    const box = await newMailbox();
    await sendMail({ smtpPort: emu.smtpPort, to: box.email, subject: 'first', text: '1' });
    await sendMail({ smtpPort: emu.smtpPort, to: box.email, subject: 'second', text: '2' });
    const list = (await listMessages(box.email)).body.messages;
    expect(list.map((/** @type {{subject: string}} */ m) => m.subject)).toEqual(['second', 'first']);

    const read = await call(`/api/messages/${list[1].id}`);
    expect(read.status).toBe(200);
    expect(Object.keys(read.body).sort()).toEqual(['data', 'status']);
    expect(read.body.status).toBe(true);
    expect(Object.keys(read.body.data).sort()).toEqual(MESSAGE_KEYS);
    expect(read.body.data).toMatchObject({ id: list[1].id, subject: 'first', is_seen: true });
    const after = (await listMessages(box.email)).body.messages;
    expect(after.map((/** @type {{is_seen: boolean}} */ m) => m.is_seen)).toEqual([false, true]);

    const del = await call(`/api/messages/${list[0].id}`, { method: 'DELETE' });
    expect(del.body).toEqual({ status: true, message: 'Message was deleted successfully.' });
    expect((await call(`/api/messages/${list[0].id}`)).body).toEqual({ status: false, message: 'Message not found.' });
    expect((await listMessages(box.email)).body.messages).toHaveLength(1);
  });

  it('sends a friendly verification mail by default', async () => {
    const box = await newMailbox();
    await sendMail({ smtpPort: emu.smtpPort, to: box.email });
    const [message] = (await listMessages(box.email)).body.messages;
    expect(message.html).toBe(true);
    expect(message.content).toMatch(/\b\d{6}\b/);
    expect(message.content).toContain('href="https://example.org/verify?code=');
  });

  it('rejects RCPT TO for addresses that are not live mailboxes', async () => {
    await expect(sendMail({ smtpPort: emu.smtpPort, to: 'nobody@mail.test', text: 'x' })).rejects.toMatchObject({
      responseCode: 550,
    });
    const box = await newMailbox();
    const info = await sendMail({ smtpPort: emu.smtpPort, to: [box.email, 'ghost@inbox.test'], subject: 'partial', text: 'x' });
    expect(info.accepted).toEqual([box.email]);
    expect(info.rejected).toEqual(['ghost@inbox.test']);
    expect((await listMessages(box.email)).body.messages).toHaveLength(1);
  });
});

describe('faults', () => {
  it('500 answers a JSON server error, once', async () => {
    await admin('faults', 'POST', { kind: '500' });
    const r = await call('/api/domains');
    expect(r.status).toBe(500);
    expect(r.body).toEqual({ status: false, message: 'Server error' });
    expect((await call('/api/domains')).status).toBe(200);
  });

  it('503-html answers an HTML page', async () => {
    await admin('faults', 'POST', { kind: '503-html' });
    const r = await call('/api/domains');
    expect(r.status).toBe(503);
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    expect(r.text).toContain('<html>');
  });

  it('malformed-json answers a truncated JSON body with 200', async () => {
    await admin('faults', 'POST', { kind: 'malformed-json' });
    const r = await call('/api/emails', { method: 'POST' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(() => JSON.parse(r.text)).toThrow();
  });

  it('wrong-shape and status-false answer 200 bodies that are not a success', async () => {
    await admin('faults', 'POST', { kind: 'wrong-shape' });
    await admin('faults', 'POST', { kind: 'status-false' });
    expect((await call('/api/domains')).body).toEqual({ status: true, data: 'nope' });
    expect((await call('/api/domains')).body).toEqual({ status: false, message: 'Something went wrong' });
  });

  it('429 sends Retry-After (given or 2)', async () => {
    await admin('faults', 'POST', { kind: '429', retryAfter: 7 });
    await admin('faults', 'POST', { kind: '429' });
    const first = await call('/api/domains');
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(first.body.status).toBe(false);
    expect((await call('/api/domains')).headers.get('retry-after')).toBe('2');
  });

  it('count and match pick which requests are hit; faults do not count in quota', async () => {
    const before = Number((await call('/api/domains')).headers.get('x-ratelimit-used'));
    await admin('faults', 'POST', { kind: '500', count: 2, match: '/api/messages' });
    expect((await call('/api/domains')).status).toBe(200);
    expect((await call('/api/messages?email=x%40mail.test')).status).toBe(500);
    expect((await call('/api/messages/abc')).status).toBe(500);
    const after = await call('/api/messages/abc');
    expect(after.status).toBe(404);
    expect(after.headers.get('x-ratelimit-used')).toBe(String(before + 1));
  });

  it('slow answers normally after delayMs', async () => {
    await admin('faults', 'POST', { kind: 'slow', delayMs: 300 });
    const started = Date.now();
    const r = await call('/api/domains');
    expect(r.status).toBe(200);
    expect(r.body.status).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
  });

  it('hang answers 504 after delayMs', async () => {
    await admin('faults', 'POST', { kind: 'hang', delayMs: 200 });
    const r = await call('/api/domains');
    expect(r.status).toBe(504);
  });

  it('hang without delayMs never answers; the client gives up', async () => {
    await fetch(`${emu.url}/__emulator/log`, { method: 'DELETE' });
    await admin('faults', 'POST', { kind: 'hang', match: '/api/domains?hang' });
    await expect(call('/api/domains?hang', { signal: AbortSignal.timeout(250) })).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const log = (await admin('log')).body;
    expect(log).toEqual([expect.objectContaining({ path: '/api/domains?hang', status: 0 })]);
  });

  it('faulted responses are logged with their status; bad fault input is a 400', async () => {
    await fetch(`${emu.url}/__emulator/log`, { method: 'DELETE' });
    await admin('faults', 'POST', { kind: '503-html' });
    await call('/api/domains');
    expect((await admin('log')).body).toEqual([expect.objectContaining({ path: '/api/domains', status: 503 })]);
    expect((await admin('faults', 'POST', { kind: 'explode' })).status).toBe(400);
    await admin('faults', 'POST', { kind: '500', count: 5 });
    expect((await admin('faults')).body).toHaveLength(1);
    await admin('faults', 'DELETE');
    expect((await call('/api/domains')).status).toBe(200);
  });
});

describe('CORS', () => {
  it('answers preflights from extension pages without counting or logging them', async () => {
    await fetch(`${emu.url}/__emulator/log`, { method: 'DELETE' });
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const res = await fetch(`${emu.url}/api/emails`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, DELETE, OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toBe('Authorization, Accept, Content-Type');
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(res.headers.get('vary')).toBe('Origin');
    expect((await admin('log')).body).toEqual([]);
  });

  it('echoes allowed origins and exposes the quota headers', async () => {
    for (const origin of ['moz-extension://1234-abcd', 'http://localhost:5173', 'http://127.0.0.1:8080']) {
      const r = await call('/api/domains', { headers: { Origin: origin } });
      expect(r.headers.get('access-control-allow-origin')).toBe(origin);
      expect(r.headers.get('vary')).toBe('Origin');
      const exposed = (r.headers.get('access-control-expose-headers') ?? '').split(/,\s*/);
      expect(exposed).toEqual(
        expect.arrayContaining([
          'X-RateLimit-Limit',
          'X-RateLimit-Used',
          'X-RateLimit-Remaining',
          'X-RateLimit-Reset',
          'Retry-After',
          'Content-Disposition',
        ]),
      );
    }
    const error = await call('/api/domains', { key: null, headers: { Origin: 'moz-extension://1234-abcd' } });
    expect(error.headers.get('access-control-allow-origin')).toBe('moz-extension://1234-abcd');
  });

  it('does not allow other origins', async () => {
    for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'null']) {
      const r = await call('/api/domains', { headers: { Origin: origin } });
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});

describe('request log and routing', () => {
  it('logs every /api request with the key’s last 4 chars only; admin calls are not logged', async () => {
    await fetch(`${emu.url}/__emulator/log`, { method: 'DELETE' });
    const started = Date.now();
    await call('/api/domains?type=free');
    await call('/api/emails', { method: 'POST', key: 'wrong-key-9999' });
    await call('/api/domains', { key: null });
    await admin('mailboxes');
    const log = (await admin('log')).body;
    expect(log).toEqual([
      { time: expect.any(Number), method: 'GET', path: '/api/domains?type=free', status: 200, key: KEY_A.slice(-4) },
      { time: expect.any(Number), method: 'POST', path: '/api/emails', status: 401, key: '9999' },
      { time: expect.any(Number), method: 'GET', path: '/api/domains', status: 401, key: null },
    ]);
    expect(log[0].time).toBeGreaterThanOrEqual(started);
    expect(JSON.stringify(log)).not.toContain(KEY_A);
    await fetch(`${emu.url}/__emulator/log`, { method: 'DELETE' });
    expect((await admin('log')).body).toEqual([]);
  });

  it('answers unknown routes with 404 JSON and wrong methods with 405 JSON', async () => {
    const unknown = await call('/api/unknown');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ status: false, message: 'Not found.' });
    expect((await call('/api/emails/')).status).toBe(404);
    const wrong = await call('/api/emails', { method: 'GET' });
    expect(wrong.status).toBe(405);
    expect(wrong.body.status).toBe(false);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect((await call('/api/messages/abc', { method: 'POST' })).headers.get('allow')).toBe('GET, DELETE');
  });
});

describe('admin surface', () => {
  it('creates and patches keys; lists live mailboxes', async () => {
    const created = await admin('keys', 'POST', { key: 'custom-key-1234', allowedTypes: ['free', 'premium'] });
    expect(created.body).toEqual({
      key: 'custom-key-1234',
      limit: 50000,
      used: 0,
      allowedTypes: ['free', 'premium'],
      apiEnabled: true,
    });
    expect((await admin('keys', 'POST', { key: 'custom-key-1234' })).status).toBe(400);
    const disabled = await admin('keys/custom-key-1234', 'PATCH', { apiEnabled: false });
    expect(disabled.body.apiEnabled).toBe(false);
    expect((await call('/api/domains', { key: 'custom-key-1234' })).status).toBe(403);
    expect((await admin('keys/nope', 'PATCH', { used: 1 })).status).toBe(404);

    const box = await newMailbox(KEY_B);
    const listed = (await admin('mailboxes')).body.find((/** @type {{email: string}} */ m) => m.email === box.email);
    expect(listed).toMatchObject({ ...box, expires_in_seconds: expect.any(Number), key: KEY_B.slice(-4), message_count: 0 });
  });

  it('serves beacons and logs them', async () => {
    await fetch(`${emu.url}/__emulator/beacons`, { method: 'DELETE' });
    const png = await fetch(`${emu.url}/__beacon/mail-1/pixel.png?u=1`);
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await png.arrayBuffer());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    const css = await fetch(`${emu.url}/__beacon/style.css`);
    expect(css.headers.get('content-type')).toBe('text/css');
    expect(await css.text()).toBe('');
    const font = await fetch(`${emu.url}/__beacon/font.woff2`);
    expect(font.headers.get('content-type')).toBe('font/woff2');
    const beacons = (await admin('beacons')).body;
    expect(beacons.map((/** @type {{path: string}} */ b) => b.path)).toEqual([
      '/__beacon/mail-1/pixel.png?u=1',
      '/__beacon/style.css',
      '/__beacon/font.woff2',
    ]);
    expect(beacons[0].time).toEqual(expect.any(Number));
    await fetch(`${emu.url}/__emulator/beacons`, { method: 'DELETE' });
    expect((await admin('beacons')).body).toEqual([]);
  });
});

describe('expiry', () => {
  /** @type {Awaited<ReturnType<typeof startEmulator>>} */
  let clocked;
  let skewMs = 0;
  const KEY = 'clock-key-0000';

  beforeAll(async () => {
    clocked = await startEmulator({
      keys: [{ key: KEY }],
      ttlSeconds: 60,
      publicUrl: 'https://emu.example/',
      now: () => Date.now() + skewMs,
    });
  });
  afterAll(async () => {
    await clocked?.close();
  });

  it('a mailbox past expire_at is gone, with its messages', async () => {
    const box = (await call('/api/emails', { method: 'POST', key: KEY, base: clocked.url })).body.data;
    expect(box.expires_in_seconds).toBe(60);
    expect(Date.parse(box.expire_at) - Date.parse(box.created_at)).toBe(60_000);
    await sendMail({
      smtpPort: clocked.smtpPort,
      to: box.email,
      text: 'x',
      attachments: [{ filename: 'a b.txt', content: 'a' }],
    });
    const list = await call(`/api/messages?email=${encodeURIComponent(box.email)}`, { key: KEY, base: clocked.url });
    const message = list.body.messages[0];
    expect(message.attachments[0].url).toBe(`https://emu.example/api/messages/${message.id}/attachments/a%20b.txt`);

    skewMs = 61_000;
    const gone = await call(`/api/messages?email=${encodeURIComponent(box.email)}`, { key: KEY, base: clocked.url });
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ status: false, message: 'Email not found.' });
    expect((await call(`/api/messages/${message.id}`, { key: KEY, base: clocked.url })).body).toEqual({
      status: false,
      message: 'Message not found.',
    });
    expect((await admin('mailboxes', 'GET', undefined, clocked.url)).body).toEqual([]);
    await expect(sendMail({ smtpPort: clocked.smtpPort, to: box.email, text: 'late' })).rejects.toMatchObject({
      responseCode: 550,
    });
  });

  it('POST /__emulator/expire ends a mailbox now', async () => {
    const box = (await call('/api/emails', { method: 'POST', key: KEY, base: clocked.url })).body.data;
    expect((await admin('expire', 'POST', { email: box.email }, clocked.url)).body).toEqual({ ok: true });
    expect((await call(`/api/messages?email=${encodeURIComponent(box.email)}`, { key: KEY, base: clocked.url })).status).toBe(
      404,
    );
    expect((await admin('expire', 'POST', { email: box.email }, clocked.url)).status).toBe(404);
  });
});
