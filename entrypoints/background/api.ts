/**
 * The background's door to the API: builds the client from the vault's key and the saved base URL,
 * records the quota of every answer and notices a rejected key. Nothing else creates a client.
 */
import { createInboxApi, type ApiResult, type InboxApi } from '@/utils/inbox-api';
import { createIndexedDbKeyVault, type KeyVault } from '@/utils/key-vault';
import { fail, fromApiError, type Outcome } from '@/utils/errors';
import { connectionItem, quotaItem } from '@/utils/storage';

const vault: KeyVault = createIndexedDbKeyVault();

export function keyVault(): KeyVault {
  return vault;
}

/** Turns an API result into an outcome, keeping the quota snapshot and the key's standing current. */
export async function recordResult<T>(result: ApiResult<T>): Promise<Outcome<T>> {
  if (result.quota) await quotaItem.setValue(result.quota);
  const connection = await connectionItem.getValue();
  if (!result.ok && result.error.kind === 'unauthorized' && connection.state !== 'rejected') {
    await connectionItem.setValue({ ...connection, state: 'rejected' });
  } else if (result.ok && connection.state === 'rejected') {
    await connectionItem.setValue({ ...connection, state: 'ok' });
  }
  return result.ok ? { ok: true, value: result.value } : { ok: false, error: fromApiError(result.error) };
}

/** Runs one API call with the saved key, or says that no key is saved. */
export async function withApi<T>(call: (api: InboxApi) => Promise<ApiResult<T>>): Promise<Outcome<T>> {
  const key = await vault.get();
  if (!key) return fail('no-key');
  const { baseUrl } = await connectionItem.getValue();
  return recordResult(await call(createInboxApi({ baseUrl, key })));
}
