/**
 * Client for the Temp Mail user API: every endpoint, typed errors and the quota headers. Pure
 * module: no `browser.*`, no DOM, runs in a service worker.
 *
 * Every call resolves to an {@link ApiResult}; nothing here throws on a bad network or a bad answer.
 */
import { apiKeyProblem } from './api-key';
import { normalizeBaseUrl, resolveAttachmentUrl } from './base-url';
import { failure, type ApiError, type ApiResult } from './errors';
import { parseCount } from './quota';
import { doneEnvelope, domainsEnvelope, mailboxEnvelope, messageEnvelope, messageListEnvelope } from './schemas';
import { createTransport, DEFAULT_TIMEOUT_MS } from './transport';
import type { DomainsInfo, Mailbox, Message, MessageList } from './types';

export interface InboxApiOptions {
  /** The user's API host; normalised with {@link normalizeBaseUrl}. */
  baseUrl: string;
  key: string;
  fetch?: typeof fetch;
  /** Default 30000. For attachment downloads it is the longest wait between two chunks. */
  timeoutMs?: number;
  now?: () => number;
}

export interface InboxApi {
  /** `GET /api/domains?type=` (default `'free'`). */
  getDomains(type?: string): Promise<ApiResult<DomainsInfo>>;
  /** `POST /api/emails`: a new random mailbox. */
  createMailbox(): Promise<ApiResult<Mailbox>>;
  /** `POST /api/emails/{current}/{username}/{domain}`: ends `currentEmail`, answers the new mailbox. */
  switchMailbox(currentEmail: string, username: string, domain: string): Promise<ApiResult<Mailbox>>;
  /** `DELETE /api/emails/{email}`. */
  deleteMailbox(email: string): Promise<ApiResult<void>>;
  /** `GET /api/messages?email=`. */
  listMessages(email: string): Promise<ApiResult<MessageList>>;
  /** `GET /api/messages/{id}`; marks the message seen. */
  readMessage(id: string): Promise<ApiResult<Message>>;
  /** `DELETE /api/messages/{id}`. */
  deleteMessage(id: string): Promise<ApiResult<void>>;
  /**
   * `GET /api/messages/{id}/attachments/{name}`, streamed. `attachmentUrl` (from the message) is
   * used only when it is that very endpoint on the base URL's origin; see {@link resolveAttachmentUrl}.
   */
  downloadAttachment(
    messageId: string,
    name: string,
    attachmentUrl?: string,
    onProgress?: (received: number, total: number | null) => void,
  ): Promise<ApiResult<{ bytes: Uint8Array; contentType: string }>>;
}

/** Makes a client bound to one base URL and key. Never throws; a bad base URL or key shows up as an error result. */
export function createInboxApi(options: InboxApiOptions): InboxApi {
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = options.now ?? Date.now;
  const timeoutMs =
    typeof options.timeoutMs === 'number' && Number.isFinite(options.timeoutMs) && options.timeoutMs > 0
      ? options.timeoutMs
      : DEFAULT_TIMEOUT_MS;
  const key = options.key.trim();
  const normalized = normalizeBaseUrl(options.baseUrl);
  const baseUrl = normalized.ok ? normalized.baseUrl : '';

  /** An error found before any request is made, or `null` when requests may go out. */
  const keyProblem = apiKeyProblem(key);
  const setupError: ApiError | null = !normalized.ok
    ? { kind: 'invalid-input', status: null, reason: `base-url-${normalized.problem}` }
    : keyProblem === 'empty'
      ? { kind: 'unauthorized', status: null, reason: 'key-not-set' }
      : keyProblem === 'shape'
        ? { kind: 'unauthorized', status: null, reason: 'key-shape' }
        : null;

  const transport = createTransport({ baseUrl, key, fetch: fetchImpl, timeoutMs, now, setupError });
  const { send, sendJson, timeoutError } = transport;

  /** Checks path segments before they go into a URL: an empty or dot segment would reach another endpoint. */
  function checkSegments(values: string[]): ApiError | null {
    const bad = values.some((value) => value === '' || value === '.' || value === '..');
    return bad ? { kind: 'invalid-input', status: null, reason: 'missing-value' } : null;
  }

  const seg = encodeURIComponent;

  return {
    getDomains(type = 'free') {
      const requested = type.trim() || 'free';
      return sendJson('GET', `${baseUrl}/api/domains?type=${seg(requested)}`, domainsEnvelope);
    },

    createMailbox() {
      return sendJson('POST', `${baseUrl}/api/emails`, mailboxEnvelope);
    },

    switchMailbox(currentEmail, username, domain) {
      const bad = checkSegments([currentEmail, username, domain]);
      if (bad) return Promise.resolve(failure(bad));
      return sendJson('POST', `${baseUrl}/api/emails/${seg(currentEmail)}/${seg(username)}/${seg(domain)}`, mailboxEnvelope);
    },

    deleteMailbox(email) {
      const bad = checkSegments([email]);
      if (bad) return Promise.resolve(failure(bad));
      return sendJson('DELETE', `${baseUrl}/api/emails/${seg(email)}`, doneEnvelope, { value: undefined });
    },

    listMessages(email) {
      const bad = checkSegments([email]);
      if (bad) return Promise.resolve(failure(bad));
      return sendJson('GET', `${baseUrl}/api/messages?email=${seg(email)}`, messageListEnvelope);
    },

    readMessage(id) {
      const bad = checkSegments([id]);
      if (bad) return Promise.resolve(failure(bad));
      return sendJson('GET', `${baseUrl}/api/messages/${seg(id)}`, messageEnvelope);
    },

    deleteMessage(id) {
      const bad = checkSegments([id]);
      if (bad) return Promise.resolve(failure(bad));
      return sendJson('DELETE', `${baseUrl}/api/messages/${seg(id)}`, doneEnvelope, { value: undefined });
    },

    downloadAttachment(messageId, name, attachmentUrl, onProgress) {
      const bad = checkSegments([messageId, name]);
      if (bad) return Promise.resolve(failure(bad));
      const url = resolveAttachmentUrl(baseUrl, messageId, name, attachmentUrl);
      const report = (received: number, total: number | null): void => {
        try {
          onProgress?.(received, total);
        } catch {
          // A broken progress callback must not break the download.
        }
      };
      return send('GET', url, async (response, exchange) => {
        const total = parseCount(response.headers.get('content-length'));
        const contentType = response.headers.get('content-type')?.trim() || 'application/octet-stream';
        const chunks: Uint8Array[] = [];
        let received = 0;
        try {
          if (response.body) {
            const reader = response.body.getReader();
            for (;;) {
              const { done, value } = await reader.read();
              if (done) break;
              chunks.push(value);
              received += value.byteLength;
              exchange.touch();
              report(received, total);
            }
          } else {
            const whole = new Uint8Array(await response.arrayBuffer());
            chunks.push(whole);
            received = whole.byteLength;
            report(received, total);
          }
        } catch {
          if (exchange.signal.aborted) return failure(timeoutError(), exchange.quota);
          return failure(
            { kind: 'network', status: response.status, reason: 'interrupted', host: transport.host },
            exchange.quota,
          );
        }
        const bytes = new Uint8Array(received);
        let offset = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, offset);
          offset += chunk.byteLength;
        }
        return { ok: true, value: { bytes, contentType }, quota: exchange.quota };
      });
    },
  };
}
