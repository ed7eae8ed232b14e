// @ts-check
/**
 * The inbound side: a plain SMTP server that accepts mail only for live mailboxes and stores
 * it in the shape the API serves (inline cid: images become data: URIs, like the provider does).
 */
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { extensionForType } from './util.js';

/** @typedef {import('./store.js').Store} Store */
/** @typedef {import('./store.js').IncomingMessage} IncomingMessage */

export const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

/** A content type we can safely echo in a response header. */
const SAFE_CONTENT_TYPE = /^[\w.+-]+\/[\w.+-]+$/;

/**
 * An SMTP error with its reply code.
 * @param {number} code
 * @param {string} message
 */
function smtpError(code, message) {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * Converts a parsed mail to what the store keeps. Images referenced by `cid:` in the HTML are
 * inlined as data: URIs and dropped from the attachment list; everything else stays an attachment.
 * @param {import('mailparser').ParsedMail} mail parsed with `keepCidLinks: true`
 * @param {string} envelopeFrom MAIL FROM, the fallback sender
 * @returns {IncomingMessage}
 */
export function toIncoming(mail, envelopeFrom) {
  const sender = mail.from?.value[0];
  const fromEmail = sender?.address || envelopeFrom || '';
  const hasHtml = typeof mail.html === 'string';

  /** @type {Set<import('mailparser').Attachment>} */
  const inlined = new Set();
  let content = mail.text ?? '';
  if (hasHtml) {
    content = /** @type {string} */ (mail.html).replace(/\bcid:([^'"\s)>]{1,256})/gi, (match, /** @type {string} */ cid) => {
      const image = findCidImage(mail.attachments, cid);
      if (!image) return match;
      inlined.add(image);
      return `data:${image.contentType};base64,${image.content.toString('base64')}`;
    });
  }

  const attachments = mail.attachments
    .filter((a) => !inlined.has(a))
    .map((a, i) => ({
      name: a.filename ?? `attachment-${i + 1}.${extensionForType(a.contentType)}`,
      contentType: SAFE_CONTENT_TYPE.test(a.contentType) ? a.contentType.toLowerCase() : 'application/octet-stream',
      content: a.content,
    }));

  return {
    subject: mail.subject ?? '',
    from: sender?.name || fromEmail,
    fromEmail,
    html: hasHtml,
    content,
    attachments,
  };
}

/**
 * The image attachment a `cid:` reference points at. cid URLs are percent-encoded Content-IDs
 * (RFC 2392) and senders are sloppy about case, so both are tolerated.
 * @param {import('mailparser').Attachment[]} attachments
 * @param {string} ref
 */
function findCidImage(attachments, ref) {
  let decoded = ref;
  try {
    decoded = decodeURIComponent(ref);
  } catch {
    // keep the raw reference
  }
  const wanted = decoded.toLowerCase();
  return attachments.find((a) => a.cid && a.cid.toLowerCase() === wanted && /^image\/[\w.+-]+$/i.test(a.contentType));
}

/**
 * Starts the SMTP server.
 * @param {{ store: Store, host: string, port: number }} options
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
export async function startSmtp({ store, host, port }) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    disableReverseLookup: true,
    banner: 'temp-mail emulator',
    closeTimeout: 500,

    onRcptTo(address, _session, callback) {
      if (store.findLive(address.address)) return callback();
      callback(smtpError(550, `5.1.1 <${address.address}>: mailbox unavailable`));
    },

    onData(stream, session, callback) {
      /** @type {Buffer[]} */
      const chunks = [];
      stream.on('data', (/** @type {Buffer} */ chunk) => chunks.push(chunk));
      stream.on('error', (err) => callback(err));
      stream.on('end', () => {
        if (stream.sizeExceeded) return callback(smtpError(552, '5.3.4 Message exceeds the 25 MB limit'));
        const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        simpleParser(Buffer.concat(chunks), { keepCidLinks: true })
          .then((mail) => {
            const incoming = toIncoming(mail, envelopeFrom);
            for (const rcpt of session.envelope.rcptTo) {
              // A mailbox may have expired or been switched away between RCPT and end of DATA.
              const mailbox = store.findLive(rcpt.address);
              if (mailbox) store.deliver(mailbox, incoming);
            }
            callback(null, 'Message stored');
          })
          .catch((err) => callback(smtpError(451, `4.3.0 Could not parse message: ${err.message}`)));
      });
    },
  });

  await new Promise((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, host, () => {
      server.server.off('error', reject);
      resolve(undefined);
    });
  });
  // Connection-level errors (a client resetting mid-session) must not crash the emulator.
  server.on('error', () => {});
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
