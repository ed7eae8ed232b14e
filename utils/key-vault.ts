/**
 * Where the API key is kept: the extension origin's IndexedDB.
 *
 * Not `storage.local`: content scripts may read that area in Chrome and Firefox, and a compromised
 * page renderer could ask for it. Content scripts use the page's IndexedDB, never ours, so only
 * extension contexts reach this one — and of those only the background opens it.
 */
const DB_NAME = 'key-vault';
const STORE = 'secrets';
const API_KEY = 'apiKey';

export interface KeyVault {
  get(): Promise<string | null>;
  set(key: string): Promise<void>;
  clear(): Promise<void>;
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = action(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result as T);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** The vault backed by IndexedDB (background only). */
export function createIndexedDbKeyVault(): KeyVault {
  return {
    async get() {
      const value = await run<unknown>('readonly', (store) => store.get(API_KEY));
      return typeof value === 'string' && value ? value : null;
    },
    async set(key) {
      await run('readwrite', (store) => store.put(key, API_KEY));
    },
    async clear() {
      await run('readwrite', (store) => store.delete(API_KEY));
    },
  };
}
