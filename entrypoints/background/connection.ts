/** Saving, checking and removing the API key and base URL, and the welcome on install. */
import { browser } from '#imports';
import { apiKeyProblem, createInboxApi, normalizeBaseUrl } from '@/utils/inbox-api';
import { fail, fromApiError, type Outcome } from '@/utils/errors';
import type { ConnectionSummary, SaveConnectionRequest } from '@/utils/messaging';
import { connectionItem, currentMailboxItem, mailboxesItem, quotaItem } from '@/utils/storage';
import { keyVault, recordResult } from './api';

/** Checks the key against the host (GET domains) and saves both only when the host accepts it. */
export async function saveConnection(request: SaveConnectionRequest): Promise<Outcome<ConnectionSummary>> {
  if (typeof request?.baseUrl !== 'string' || (request.key !== null && typeof request.key !== 'string')) {
    return fail('invalid-input', { reason: 'malformed-request' });
  }
  const base = normalizeBaseUrl(request.baseUrl);
  if (!base.ok) return fail('invalid-input', { reason: `base-url-${base.problem}` });

  const vault = keyVault();
  const key = request.key === null ? await vault.get() : request.key.trim();
  if (!key) return fail('no-key', { reason: 'paste-key' });
  if (apiKeyProblem(key)) return fail('invalid-input', { reason: 'key-shape' });

  const host = new URL(base.baseUrl).host;
  const result = await createInboxApi({ baseUrl: base.baseUrl, key }).getDomains('free');
  if (!result.ok) {
    // Checking a new connection: a refused key or a host that is not the API says so about the host.
    // The domains endpoint has nothing to be "not found" (SPEC, "Error responses": its 404 is a
    // rejected type, read as invalid-input), so a 404 there is a web server that is not the API.
    const error = { ...fromApiError(result.error), host };
    if (error.kind === 'unauthorized') error.reason = 'key-check';
    if (error.kind === 'not-found') error.kind = 'bad-response';
    if (error.kind === 'bad-response') error.reason = 'not-temp-mail';
    return { ok: false, error };
  }

  const previous = await connectionItem.getValue();
  const previousKey = await vault.get();
  if (previous.baseUrl !== base.baseUrl || (previousKey !== null && previousKey !== key)) {
    // Another account or host: its mailboxes are not ours to poll. Fetched messages stay readable.
    await mailboxesItem.setValue([]);
    await currentMailboxItem.setValue(null);
    await quotaItem.setValue(null);
  }
  await vault.set(key);
  const summary: ConnectionSummary = { baseUrl: base.baseUrl, keyHint: key.slice(-4), plan: result.value };
  await connectionItem.setValue({ ...summary, state: 'ok' });
  await recordResult(result);
  return { ok: true, value: summary };
}

/** Forgets the key. Mailboxes and messages stay, so nothing fetched is lost. */
export async function removeKey(): Promise<Outcome<void>> {
  await keyVault().clear();
  const connection = await connectionItem.getValue();
  await connectionItem.setValue({ ...connection, keyHint: null, plan: null, state: 'none' });
  return { ok: true, value: undefined };
}

/**
 * On first install the options page opens as the welcome page (its key field focused): the key is
 * the one thing the extension needs before it can do anything. Updates and reloads open nothing.
 */
export async function welcomeOnInstall(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  if ((await connectionItem.getValue()).keyHint) return;
  await browser.runtime.openOptionsPage();
}
