/** Saving, checking and removing the API key and base URL. */
import { apiKeyProblem, createInboxApi, normalizeBaseUrl } from '@/utils/inbox-api';
import { fail, type Outcome } from '@/utils/errors';
import type { ConnectionSummary, SaveConnectionRequest } from '@/utils/messaging';
import { connectionItem, currentMailboxItem, mailboxesItem, quotaItem } from '@/utils/storage';
import { keyVault, recordResult } from './api';

/** Checks the key against the host (GET domains) and saves both only when the host accepts it. */
export async function saveConnection(request: SaveConnectionRequest): Promise<Outcome<ConnectionSummary>> {
  if (typeof request?.baseUrl !== 'string' || (request.key !== null && typeof request.key !== 'string')) {
    return fail('invalid-input', 'Fill in the API key and the API base URL.');
  }
  const base = normalizeBaseUrl(request.baseUrl);
  if (!base.ok) return fail('invalid-input', base.message);

  const vault = keyVault();
  const key = request.key === null ? await vault.get() : request.key.trim();
  if (!key) return fail('no-key', 'Paste your API key.');
  if (apiKeyProblem(key)) {
    return fail(
      'invalid-input',
      'That does not look like an API key: it should be one word of letters, digits and symbols, without spaces.',
    );
  }

  const host = new URL(base.baseUrl).host;
  const result = await createInboxApi({ baseUrl: base.baseUrl, key }).getDomains('free');
  if (!result.ok) {
    const { kind, message } = result.error;
    if (kind === 'unauthorized') return fail(kind, `${host} rejected this API key. Check that you copied all of it.`);
    if (kind === 'network') return fail(kind, `Could not reach ${host}. Check the address and your connection.`);
    if (kind === 'timeout') return fail(kind, `${host} did not answer within 30 seconds.`);
    if (kind === 'bad-response') return fail(kind, `${host} did not answer like a Temp Mail API. Check the API base URL.`);
    return fail(kind, message);
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
