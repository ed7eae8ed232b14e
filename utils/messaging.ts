/**
 * The one messaging contract between the contexts: every message, named by its direction, and the
 * only functions that put one on the wire (the conventions test holds every other file to them).
 *
 * - page or content script → background: the requests of {@link RequestsToBackground}, each with what it
 *   gets back. Answers are `Outcome`s: errors travel as values, never as rejected promises. Only
 *   the requests {@link REQUEST_SENDERS} marks `content-script` are accepted from a content script;
 *   the background answers those with an address, or the code for the sender's own site, and
 *   nothing else.
 * - background → popup: {@link DownloadProgress} while an attachment downloads.
 * - background → content script: {@link FillFocusedCommand} (context menu, keyboard shortcut).
 * - background → offscreen document (Chrome): {@link CopyToClipboardCommand}.
 * - popup → background port: {@link POPUP_PORT_NAME}, open while the popup shows.
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

// ---------------------------------------------------------------------------------------------
// Page or content script → background: requests

export interface RequestsToBackground {
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
  /** Undo of blockSite: the sender tab's own site, never a name the page chose. */
  unblockSite: () => void;
  /** The verification code for the sender's own site (after the user's trusted click on a code field). */
  fillCode: () => { code: string };
  /** Open the verification link for the sender's own site in a new tab (the link never goes to the page). */
  openVerificationLink: () => void;
}

export type RequestType = keyof RequestsToBackground;
export type RequestData<K extends RequestType> = Parameters<RequestsToBackground[K]>[0];
export type ResponseData<K extends RequestType> = ReturnType<RequestsToBackground[K]>;

/**
 * Who may make each request: extension pages may make all, a content script only its own. Also the
 * runtime list of every request in the contract.
 */
export const REQUEST_SENDERS = {
  saveConnection: 'extension-page',
  removeKey: 'extension-page',
  createMailbox: 'extension-page',
  changeMailbox: 'extension-page',
  deleteMailbox: 'extension-page',
  selectMailbox: 'extension-page',
  readMessage: 'extension-page',
  deleteMessage: 'extension-page',
  downloadAttachment: 'extension-page',
  fillAddress: 'content-script',
  blockSite: 'content-script',
  unblockSite: 'content-script',
  fillCode: 'content-script',
  openVerificationLink: 'content-script',
} as const satisfies Record<RequestType, 'extension-page' | 'content-script'>;

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
    return fail('internal', { reason: 'no-answer' });
  } catch {
    return fail('internal', { reason: 'no-answer' });
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
    if (origin === 'unknown' || (origin === 'content-script' && REQUEST_SENDERS[message.type] !== 'content-script')) {
      return Promise.resolve(fail('forbidden-sender'));
    }
    const handler = handlers[message.type] as (data: unknown, sender: Sender) => Promise<Outcome<unknown>>;
    return handler(message.data, sender).catch((error: unknown) => {
      console.error(`Request ${message.type} failed`, error);
      return fail('internal');
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Background → popup

/** What the background sends the popup while it downloads an attachment. */
export interface DownloadProgress {
  type: 'downloadProgress';
  messageId: string;
  name: string;
  /** Bytes so far. */
  received: number;
  /** Bytes in all (Content-Length), `null` when unknown. */
  total: number | null;
}

/** Every message the background sends the popup. */
export type BackgroundToPopupMessage = DownloadProgress;

function isDownloadProgress(value: unknown): value is DownloadProgress {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<DownloadProgress>;
  return (
    candidate.type === 'downloadProgress' &&
    typeof candidate.messageId === 'string' &&
    typeof candidate.name === 'string' &&
    typeof candidate.received === 'number'
  );
}

/** Background: reports download progress to any open popup (none open is fine). */
export function sendDownloadProgress(progress: Omit<DownloadProgress, 'type'>): void {
  const message: BackgroundToPopupMessage = { type: 'downloadProgress', ...progress };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

/** Popup: calls `listener` with each progress report; returns the function that stops listening. */
export function listenForDownloadProgress(listener: (progress: DownloadProgress) => void): () => void {
  const onMessage = (message: unknown) => {
    if (isDownloadProgress(message)) listener(message);
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}

// ---------------------------------------------------------------------------------------------
// Background → content script

/** Fill the focused field with this address (the context-menu entry or the keyboard shortcut). */
export interface FillFocusedCommand {
  type: 'fillFocused';
  email: string;
}

/** Every message the background sends a content script. */
export type BackgroundToContentScriptMessage = FillFocusedCommand;

/** Background: sends the fill command to a tab (one frame of it when `frameId` is given). */
export async function sendFillFocused(tabId: number, email: string, frameId?: number): Promise<void> {
  const command: BackgroundToContentScriptMessage = { type: 'fillFocused', email };
  await browser.tabs.sendMessage(tabId, command, frameId === undefined ? undefined : { frameId }).catch(() => undefined);
}

// ---------------------------------------------------------------------------------------------
// Background → offscreen document (Chrome MV3: a service worker has no clipboard)

/** Put this text on the clipboard (a notification's "Copy code" button). */
export interface CopyToClipboardCommand {
  type: 'copyToClipboard';
  text: string;
}

/** Background: asks the offscreen document to copy `text`; true when it did. */
export async function sendCopyToClipboard(text: string): Promise<boolean> {
  const command: CopyToClipboardCommand = { type: 'copyToClipboard', text };
  return (await browser.runtime.sendMessage(command).catch(() => false)) === true;
}

/**
 * Offscreen document: answers the background's copy commands with `copy`'s result. Only our own
 * background counts (a content script's message has a tab).
 */
export function listenForCopyCommands(copy: (text: string) => boolean): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    const command = message as Partial<CopyToClipboardCommand> | null;
    if (sender.id !== browser.runtime.id || sender.tab || command?.type !== 'copyToClipboard') return undefined;
    return Promise.resolve(typeof command.text === 'string' && copy(command.text));
  });
}

// ---------------------------------------------------------------------------------------------
// Popup → background: a port, open while the popup shows (the background polls fast meanwhile)

export const POPUP_PORT_NAME = 'popup';

/** Popup: opens the port. */
export function connectPopupPort(): Browser.runtime.Port {
  return browser.runtime.connect({ name: POPUP_PORT_NAME });
}

/** Background: true for the popup's port from our own extension. */
export function isPopupPort(port: Browser.runtime.Port): boolean {
  return port.name === POPUP_PORT_NAME && port.sender?.id === browser.runtime.id;
}
