/**
 * The background's door to the API: builds the client from the vault's key and the saved base URL,
 * records the quota of every answer and notices a rejected key. Nothing else makes a client for
 * the saved key (`connection.ts` checks a candidate key before it is saved).
 */
import { fail, fromApiError, type Outcome } from '@/utils/errors';
import { createInboxApi, type ApiResult, type InboxApi } from '@/utils/inbox-api';
import { createIndexedDbKeyVault, type KeyVault } from '@/utils/key-vault';
import { connectionItem, quotaItem } from '@/utils/storage';

const vault: KeyVault = createIndexedDbKeyVault();

export function keyVault(): KeyVault {
  return vault;
}

/** A client for one task (a poll, a change of address): the key is read once for all its calls. */
export interface ApiSession {
  /** Runs one call; its quota and the key's standing are recorded, its error becomes a UI error. */
  call<T>(request: (api: InboxApi) => Promise<ApiResult<T>>): Promise<Outcome<T>>;
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

/** A session with the saved key and base URL, or `no-key` when no key is saved. */
export async function openApi(): Promise<Outcome<ApiSession>> {
  const key = await vault.get();
  if (!key) return fail('no-key');
  const { baseUrl } = await connectionItem.getValue();
  const client = createInboxApi({ baseUrl, key });
  return { ok: true, value: { call: async (request) => recordResult(await request(client)) } };
}

/** Runs one API call with the saved key, or says that no key is saved. */
export async function withApi<T>(request: (api: InboxApi) => Promise<ApiResult<T>>): Promise<Outcome<T>> {
  const session = await openApi();
  return session.ok ? session.value.call(request) : session;
}
