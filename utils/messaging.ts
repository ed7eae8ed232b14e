/**
 * The one messaging contract between the contexts.
 *
 * Every request a popup, options page or content script may make is listed in `ProtocolMap` with
 * what it gets back. Answers are `Outcome`s: errors travel as values the UI can show, never as
 * rejected promises. Only the requests in `CONTENT_SCRIPT_REQUESTS` are accepted from a content
 * script; the background answers those with the address and nothing else.
 */
import { browser, type Browser } from '#imports';
import { fail, type Outcome } from './errors';
import type { DomainsInfo } from './inbox-api/types';
import type { MailboxRecord, StoredMessage } from './storage';

export interface SaveConnectionRequest {
  /** A new key, or null to keep the saved one (changing only the base URL). */
  key: string | null;
  baseUrl: string;
}

export interface ConnectionSummary {
  baseUrl: string;
  keyHint: string;
  plan: DomainsInfo;
}

export interface DownloadRequest {
  messageId: string;
  name: string;
}

export interface ProtocolMap {
  // Extension pages (popup, options).
  saveConnection: (req: SaveConnectionRequest) => ConnectionSummary;
  removeKey: () => void;
  createMailbox: () => MailboxRecord;
  changeMailbox: (req: { username: string; domain: string }) => MailboxRecord;
  deleteMailbox: (req: { email: string }) => void;
  selectMailbox: (req: { email: string }) => void;
  readMessage: (req: { id: string }) => StoredMessage;
  deleteMessage: (req: { id: string }) => void;
  downloadAttachment: (req: DownloadRequest) => { downloadId: number; fileName: string };
  // Content scripts.
  fillAddress: (req: { mode: 'current' | 'new' }) => { email: string };
  blockSite: () => void;
}

export type RequestType = keyof ProtocolMap;
export type RequestData<K extends RequestType> = Parameters<ProtocolMap[K]>[0];
export type ResponseData<K extends RequestType> = ReturnType<ProtocolMap[K]>;

/** The only requests a content script may make. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set(['fillAddress', 'blockSite']);

interface Envelope {
  type: RequestType;
  data?: unknown;
}

/** Sends a request to the background and waits for its outcome. */
export async function sendRequest<K extends RequestType>(
  type: K,
  ...data: RequestData<K> extends undefined ? [] : [RequestData<K>]
): Promise<Outcome<ResponseData<K>>> {
  const envelope: Envelope = { type, data: data[0] };
  try {
    const answer = (await browser.runtime.sendMessage(envelope)) as Outcome<ResponseData<K>> | undefined;
    if (answer && typeof answer === 'object' && 'ok' in answer) return answer;
    return fail('internal', 'The extension did not answer. Try again.');
  } catch {
    return fail('internal', 'The extension did not answer. Try again.');
  }
}

export type Sender = Browser.runtime.MessageSender;

export type RequestHandlers = {
  [K in RequestType]: (data: RequestData<K>, sender: Sender) => Promise<Outcome<ResponseData<K>>>;
};

/** Where a message came from: one of our pages, our content script in a tab, or neither. */
export function classifySender(sender: Sender): 'extension-page' | 'content-script' | 'unknown' {
  if (sender.id !== browser.runtime.id) return 'unknown';
  const pagePrefix = browser.runtime.getURL('/');
  if (sender.url?.startsWith(pagePrefix) && !sender.tab?.url?.startsWith('http')) return 'extension-page';
  if (sender.tab && typeof sender.tab.id === 'number') return 'content-script';
  return 'unknown';
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && typeof (value as Envelope).type === 'string';
}

/**
 * Registers the background's single message listener. Unknown shapes, unknown types and requests a
 * sender is not allowed to make are answered with an error and never reach a handler.
 */
export function listenForRequests(handlers: RequestHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return undefined;
    const origin = classifySender(sender);
    if (origin === 'unknown' || (origin === 'content-script' && !CONTENT_SCRIPT_REQUESTS.has(message.type))) {
      return Promise.resolve(fail('forbidden-sender', 'Request refused.'));
    }
    const handler = handlers[message.type] as (data: unknown, sender: Sender) => Promise<Outcome<unknown>>;
    return handler(message.data, sender).catch((error: unknown) => {
      console.error(`Request ${message.type} failed`, error);
      return fail('internal', 'Something went wrong inside the extension. Try again.');
    });
  });
}
