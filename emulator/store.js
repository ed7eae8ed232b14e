// @ts-check
/**
 * In-memory state of the emulated provider: API keys, mailboxes and their messages.
 * Everything is per-process and lost on close; that is what tests want.
 */
import { extensionOf, isoSeconds, randomString, randomUsername, sqlDateTime } from './util.js';

/**
 * @typedef {object} KeyRecord
 * @property {string} key
 * @property {number} limit monthly request quota
 * @property {number} used 2xx responses served this month
 * @property {string[]} allowedTypes lower-case domain types, e.g. ['free', 'premium']
 * @property {boolean} apiEnabled false → every request is 403
 */

/**
 * @typedef {object} KeyInput
 * @property {string} [key]
 * @property {number} [limit]
 * @property {number} [used]
 * @property {string[]} [allowedTypes]
 * @property {boolean} [apiEnabled]
 */

/**
 * @typedef {object} StoredAttachment
 * @property {string} name exactly as the sender gave it (may be hostile), unique within the message
 * @property {string} extension
 * @property {number} size bytes
 * @property {string} contentType
 * @property {Buffer} content
 */

/**
 * @typedef {object} StoredMessage
 * @property {string} id
 * @property {MailboxRecord} mailbox
 * @property {string} subject
 * @property {string} from display name, or the address when there is none
 * @property {string} fromEmail
 * @property {number} receivedAt epoch ms
 * @property {boolean} isSeen
 * @property {boolean} html
 * @property {string} content
 * @property {StoredAttachment[]} attachments
 */

/**
 * @typedef {object} MailboxRecord
 * @property {number} id
 * @property {string} email
 * @property {string} domain
 * @property {string} key owner
 * @property {number} createdAt epoch ms
 * @property {number} expireAt epoch ms
 * @property {string} emailToken
 * @property {StoredMessage[]} messages oldest first
 */

/**
 * @typedef {object} IncomingMessage what the SMTP side hands to {@link Store#deliver}
 * @property {string} subject
 * @property {string} from
 * @property {string} fromEmail
 * @property {boolean} html
 * @property {string} content
 * @property {{name: string, contentType: string, content: Buffer}[]} attachments
 */

/** The domains every emulator serves; `type` is lower-case here, capitalised in responses. */
export const DOMAINS = Object.freeze([
  { domain: 'mail.test', type: 'free' },
  { domain: 'inbox.test', type: 'free' },
  { domain: 'vip.test', type: 'premium' },
]);

/** Reserved local parts the provider refuses on switch. */
const BLOCKED_USERNAMES = new Set([
  'admin',
  'administrator',
  'root',
  'postmaster',
  'abuse',
  'support',
  'noreply',
  'no-reply',
  'webmaster',
  'hostmaster',
  'info',
  'security',
]);

/** 3–30 chars of [a-z0-9._-], first and last alphanumeric (checked after lower-casing). */
const USERNAME_RE = /^[a-z0-9][a-z0-9._-]{1,28}[a-z0-9]$/;

/**
 * Whether a (lower-cased) username may be chosen on switch.
 * @param {string} username
 */
export function isUsernameAllowed(username) {
  return USERNAME_RE.test(username) && !BLOCKED_USERNAMES.has(username);
}

/**
 * `name` made unique among `taken` by inserting ` (2)`, ` (3)`… before the extension, so two
 * attachments that share a name both stay downloadable.
 * @param {string} name
 * @param {Set<string>} taken
 */
function uniqueName(name, taken) {
  if (!taken.has(name)) return name;
  const dot = extensionOf(name) ? name.lastIndexOf('.') : name.length;
  const base = name.slice(0, dot);
  const dotExt = name.slice(dot);
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})${dotExt}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export class Store {
  /**
   * @param {{ ttlSeconds: number, now: () => number }} options
   */
  constructor({ ttlSeconds, now }) {
    this.ttlSeconds = ttlSeconds;
    this.now = now;
    /** @type {Map<string, KeyRecord>} */
    this.keys = new Map();
    /** @type {Map<string, MailboxRecord>} live mailboxes by lower-case address */
    this.mailboxes = new Map();
    /** @type {Map<string, StoredMessage>} */
    this.messages = new Map();
    this.nextMailboxId = 1001;
  }

  // ── keys ──────────────────────────────────────────────────────────────────

  /**
   * Registers a key; a missing `key` gets a random 40-char one.
   * @param {KeyInput | string} [input]
   * @returns {KeyRecord}
   */
  addKey(input = {}) {
    const spec = typeof input === 'string' ? { key: input } : input;
    const key = spec.key ?? randomString(40);
    if (typeof key !== 'string' || key.length === 0 || /\s/.test(key))
      throw new Error('key must be a non-empty string without spaces');
    if (this.keys.has(key)) throw new Error('key already exists');
    /** @type {KeyRecord} */
    const record = { key, limit: 50000, used: 0, allowedTypes: ['free'], apiEnabled: true };
    this.updateKey(record, spec);
    this.keys.set(key, record);
    return record;
  }

  /**
   * Applies the settable fields of `patch`, validating each so a bad admin call fails loudly.
   * @param {KeyRecord} record
   * @param {KeyInput} patch
   */
  updateKey(record, patch) {
    if (patch.limit !== undefined) record.limit = nonNegativeInt(patch.limit, 'limit');
    if (patch.used !== undefined) record.used = nonNegativeInt(patch.used, 'used');
    if (patch.apiEnabled !== undefined) record.apiEnabled = Boolean(patch.apiEnabled);
    if (patch.allowedTypes !== undefined) {
      const types = patch.allowedTypes;
      const known = new Set(DOMAINS.map((d) => d.type));
      if (!Array.isArray(types) || types.length === 0 || !types.every((t) => known.has(t))) {
        throw new Error(`allowedTypes must be a non-empty subset of ${[...known].join(', ')}`);
      }
      record.allowedTypes = [...new Set(types)];
    }
    return record;
  }

  // ── domains ───────────────────────────────────────────────────────────────

  /**
   * Domain names a key may switch to: every domain of its allowed types.
   * @param {KeyRecord} record
   */
  allowedDomains(record) {
    return new Set(DOMAINS.filter((d) => record.allowedTypes.includes(d.type)).map((d) => d.domain));
  }

  // ── mailboxes ─────────────────────────────────────────────────────────────

  /** Drops every mailbox past its `expire_at`, with its messages. Called before each lookup. */
  sweep() {
    const now = this.now();
    for (const mailbox of this.mailboxes.values()) if (mailbox.expireAt <= now) this.removeMailbox(mailbox);
  }

  /**
   * A live mailbox at `email`, whoever owns it.
   * @param {string} email
   */
  findLive(email) {
    this.sweep();
    return this.mailboxes.get(email.toLowerCase());
  }

  /**
   * A live mailbox at `email` owned by `record`; another key's mailbox is invisible.
   * @param {KeyRecord} record
   * @param {string} email
   */
  findOwned(record, email) {
    const mailbox = this.findLive(email);
    return mailbox && mailbox.key === record.key ? mailbox : undefined;
  }

  /** @returns {MailboxRecord[]} */
  liveMailboxes() {
    this.sweep();
    return [...this.mailboxes.values()];
  }

  /**
   * Creates a mailbox for `record`: a random username on a random free domain, fresh expiry.
   * @param {KeyRecord} record
   */
  createRandom(record) {
    this.sweep();
    const free = DOMAINS.filter((d) => d.type === 'free');
    for (;;) {
      const domain = /** @type {{domain: string}} */ (free[Math.floor(Math.random() * free.length)]).domain;
      const email = `${randomUsername()}@${domain}`;
      if (!this.mailboxes.has(email)) return this.open(record, email, domain);
    }
  }

  /**
   * Opens a new mailbox at a free address: a new id and a fresh expiry.
   * @param {KeyRecord} record
   * @param {string} email lower-case, not live
   * @param {string} domain
   */
  open(record, email, domain) {
    const createdAt = this.now();
    /** @type {MailboxRecord} */
    const mailbox = {
      id: this.nextMailboxId++,
      email,
      domain,
      key: record.key,
      createdAt,
      expireAt: createdAt + this.ttlSeconds * 1000,
      emailToken: randomString(64),
      messages: [],
    };
    this.mailboxes.set(email, mailbox);
    return mailbox;
  }

  /**
   * Ends a mailbox at once: it and its messages are gone.
   * @param {MailboxRecord} mailbox
   */
  removeMailbox(mailbox) {
    for (const message of mailbox.messages) this.messages.delete(message.id);
    mailbox.messages = [];
    if (this.mailboxes.get(mailbox.email) === mailbox) this.mailboxes.delete(mailbox.email);
  }

  /**
   * Makes a live mailbox expire now (admin surface). False when there is none.
   * @param {string} email
   */
  expireNow(email) {
    const mailbox = this.findLive(email);
    if (!mailbox) return false;
    mailbox.expireAt = this.now();
    this.sweep();
    return true;
  }

  // ── messages ──────────────────────────────────────────────────────────────

  /**
   * Stores a received mail into a live mailbox.
   * @param {MailboxRecord} mailbox
   * @param {IncomingMessage} incoming
   */
  deliver(mailbox, incoming) {
    /** @type {Set<string>} */
    const taken = new Set();
    const attachments = incoming.attachments.map((a) => {
      const name = uniqueName(a.name, taken);
      taken.add(name);
      return { name, extension: extensionOf(name), size: a.content.length, contentType: a.contentType, content: a.content };
    });
    /** @type {StoredMessage} */
    const message = {
      id: this.newMessageId(),
      mailbox,
      subject: incoming.subject,
      from: incoming.from,
      fromEmail: incoming.fromEmail,
      receivedAt: this.now(),
      isSeen: false,
      html: incoming.html,
      content: incoming.content,
      attachments,
    };
    mailbox.messages.push(message);
    this.messages.set(message.id, message);
    return message;
  }

  /** 46 random alphanumerics, like the provider's ids. */
  newMessageId() {
    for (;;) {
      const id = randomString(46);
      if (!this.messages.has(id)) return id;
    }
  }

  /**
   * A message in a live mailbox owned by `record`.
   * @param {KeyRecord} record
   * @param {string} id
   */
  findOwnedMessage(record, id) {
    this.sweep();
    const message = this.messages.get(id);
    return message && message.mailbox.key === record.key ? message : undefined;
  }

  /** @param {StoredMessage} message */
  removeMessage(message) {
    this.messages.delete(message.id);
    message.mailbox.messages = message.mailbox.messages.filter((m) => m !== message);
  }
}

/**
 * @param {unknown} value
 * @param {string} field
 */
function nonNegativeInt(value, field) {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new Error(`${field} must be a non-negative integer`);
  return value;
}

// ── wire shapes ─────────────────────────────────────────────────────────────

/**
 * The `Mailbox` object of SPEC.md.
 * @param {MailboxRecord} mailbox
 * @param {number} now epoch ms
 */
export function mailboxJson(mailbox, now) {
  return {
    id: mailbox.id,
    email: mailbox.email,
    domain: mailbox.domain,
    expire_at: isoSeconds(mailbox.expireAt),
    // Rounded up so a mailbox served right after creation reports the full TTL.
    expires_in_seconds: Math.max(0, Math.ceil((mailbox.expireAt - now) / 1000)),
    created_at: isoSeconds(mailbox.createdAt),
    email_token: mailbox.emailToken,
  };
}

/**
 * The `Message` object of SPEC.md. Attachment URLs are absolute on `baseUrl`.
 * @param {StoredMessage} message
 * @param {string} baseUrl
 */
export function messageJson(message, baseUrl) {
  return {
    is_seen: message.isSeen,
    subject: message.subject,
    from: message.from,
    from_email: message.fromEmail,
    to: message.mailbox.email,
    receivedAt: sqlDateTime(message.receivedAt),
    id: message.id,
    html: message.html,
    content: message.content,
    attachments: message.attachments.map((a) => ({
      name: a.name,
      extension: a.extension,
      size: a.size,
      url: `${baseUrl}/api/messages/${message.id}/attachments/${encodeURIComponent(a.name)}`,
    })),
  };
}
