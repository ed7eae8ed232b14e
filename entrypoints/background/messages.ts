/** Reading, deleting and downloading from messages, for the popup. */
import { browser } from '#imports';
import { fail, type Outcome } from '@/utils/errors';
import { sendDownloadProgress, type DownloadRequest } from '@/utils/messaging';
import { safeFileName } from '@/utils/safe-filename';
import type { StoredMessage } from '@/utils/storage';
import { withApi } from './api';
import { findMessage, markRead, removeMessage, storeReadMessage } from './message-store';

const PROGRESS_STEP_MS = 200;

/** Reads a message through the API (which marks it seen); offline, the local copy still opens. */
export async function readMessage(request: { id: string }): Promise<Outcome<StoredMessage>> {
  if (typeof request?.id !== 'string' || !request.id) return fail('invalid-input', { reason: 'malformed-request' });
  const known = await findMessage(request.id);
  const result = await withApi((api) => api.readMessage(request.id));
  if (result.ok) return { ok: true, value: await storeReadMessage(known?.mailbox ?? null, result.value) };
  const local = known ? await markRead(request.id) : null;
  return local ? { ok: true, value: local } : result;
}

export async function deleteMessage(request: { id: string }): Promise<Outcome<void>> {
  if (typeof request?.id !== 'string' || !request.id) return fail('invalid-input', { reason: 'malformed-request' });
  const result = await withApi((api) => api.deleteMessage(request.id));
  if (!result.ok && result.error.kind !== 'not-found') return result;
  await removeMessage(request.id);
  return { ok: true, value: undefined };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** A URL the downloads API can save: a blob URL where the context has one, else a data URL (MV3 worker). */
function downloadUrl(bytes: Uint8Array, contentType: string): { url: string; release: () => void } {
  const type = contentType || 'application/octet-stream';
  if (typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
    return { url, release: () => setTimeout(() => URL.revokeObjectURL(url), 60_000) };
  }
  return { url: `data:${type};base64,${toBase64(bytes)}`, release: () => undefined };
}

/** Fetches an attachment through the API (key to the API origin only) and saves it with a safe name. */
export async function downloadAttachment(request: DownloadRequest): Promise<Outcome<{ downloadId: number; fileName: string }>> {
  if (typeof request?.messageId !== 'string' || typeof request.name !== 'string') {
    return fail('invalid-input', { reason: 'malformed-request' });
  }
  const message = await findMessage(request.messageId);
  const attachment = message?.attachments.find((item) => item.name === request.name);
  if (!attachment) return fail('not-found', { reason: 'attachment-gone' });

  let lastReport = 0;
  const report = (received: number, total: number | null) => {
    const now = Date.now();
    if (now - lastReport < PROGRESS_STEP_MS && received !== total) return;
    lastReport = now;
    sendDownloadProgress({ messageId: request.messageId, name: request.name, received, total });
  };
  const result = await withApi((api) => api.downloadAttachment(request.messageId, request.name, attachment.url, report));
  if (!result.ok) return result;

  const fileName = safeFileName(attachment.name, attachment.extension);
  const { url, release } = downloadUrl(result.value.bytes, result.value.contentType);
  try {
    const downloadId = await browser.downloads.download({ url, filename: fileName, conflictAction: 'uniquify' });
    return { ok: true, value: { downloadId, fileName } };
  } catch (error) {
    // The browser's reason is in English: for the console, not for the user.
    console.error('downloads.download refused', error);
    return fail('internal', { reason: 'download-refused' });
  } finally {
    release();
  }
}
