/**
 * What the background's unit tests share: WXT's fake browser for storage, alarms, notifications
 * and tabs; the local API emulator answering over real HTTP; an in-memory key vault in place of
 * IndexedDB (which jsdom lacks); and the browser APIs the fake browser leaves out.
 *
 * Each test file mocks the vault with:
 *   vi.mock('@/utils/key-vault', async () => (await import('./background-fixture')).keyVaultModule());
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
// @ts-expect-error -- the emulator is plain JavaScript, typed by its own JSDoc outside this tsconfig.
import { startEmulator } from '../../emulator/server.js';
import type { KeyVault } from '@/utils/key-vault';
import { connectionItem, type MailboxRecord } from '@/utils/storage';

interface CountingVault extends KeyVault {
  key: string | null;
  reads: number;
}

/** The vault every background module gets, counting its reads. */
export const vault: CountingVault = {
  key: null as string | null,
  reads: 0,
  async get() {
    vault.reads += 1;
    return vault.key;
  },
  async set(key: string) {
    vault.key = key;
  },
  async clear() {
    vault.key = null;
  },
};

export function keyVaultModule() {
  return { createIndexedDbKeyVault: (): KeyVault => vault };
}

/** What the tests use of the emulator (`emulator/server.js`). */
export interface Emulator {
  url: string;
  close(): Promise<void>;
  state: {
    log: Array<{ method: string; path: string; status: number }>;
    faults: { add(fault: { kind: string; retryAfter?: number; match?: string; count?: number }): void; clear(): void };
    store: {
      findLive(email: string): unknown;
      expireNow(email: string): boolean;
      deliver(
        mailbox: unknown,
        mail: {
          subject: string;
          from: string;
          fromEmail: string;
          html: boolean;
          content: string;
          attachments: Array<{ name: string; contentType: string; content: Uint8Array }>;
        },
      ): { id: string };
    };
  };
}

/** The emulator on a free port, with one key. */
export async function emulator(): Promise<Emulator & { key: string }> {
  const key = 'test-key-0123456789abcdef';
  const emu = (await startEmulator({ keys: [key] })) as Emulator;
  return Object.assign(emu, { key });
}

/** A listener list with `trigger`, for the events the fake browser does not implement. */
export function fakeEvent<Args extends unknown[]>() {
  const listeners: Array<(...args: Args) => unknown> = [];
  return {
    addListener: (listener: (...args: Args) => unknown) => void listeners.push(listener),
    removeListener: (listener: (...args: Args) => unknown) => void listeners.splice(listeners.indexOf(listener), 1),
    hasListeners: () => listeners.length > 0,
    trigger: (...args: Args) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

/**
 * A clean browser before each test: storage, alarms and tabs reset, the vault empty, and the APIs
 * the fake browser lacks (ports, context menus, commands, downloads) as plain fakes.
 */
export function resetBrowser() {
  fakeBrowser.reset();
  vault.key = null;
  vault.reads = 0;
  const fakes = {
    onConnect: fakeEvent<[unknown]>(),
    onMenuClicked: fakeEvent<[{ menuItemId: string; frameId?: number }, { id?: number } | undefined]>(),
    onCommand: fakeEvent<[string]>(),
    download: vi.fn(async (_options: { url: string; filename: string; conflictAction?: string }) => 7),
    menus: [] as unknown[],
  };
  Object.assign(fakeBrowser.runtime, { onConnect: fakes.onConnect });
  Object.assign(fakeBrowser, {
    contextMenus: {
      removeAll: async () => void fakes.menus.splice(0),
      create: (item: unknown) => void fakes.menus.push(item),
      onClicked: fakes.onMenuClicked,
    },
    commands: { onCommand: fakes.onCommand },
    downloads: { download: fakes.download },
  });
  return fakes;
}

/** Saves `key` for `baseUrl` as a successful options-page save would. */
export async function connectTo(baseUrl: string, key: string): Promise<void> {
  vault.key = key;
  await connectionItem.setValue({ baseUrl, keyHint: key.slice(-4), plan: null, state: 'ok' });
}

/** A live mailbox record, as the registry holds it. */
export function liveRecord(email: string, expiresInMs = 600_000): MailboxRecord {
  const now = Date.now();
  return {
    id: 1,
    email,
    domain: email.split('@')[1] ?? '',
    expire_at: new Date(now + expiresInMs).toISOString(),
    expires_in_seconds: Math.round(expiresInMs / 1000),
    created_at: new Date(now).toISOString(),
    email_token: 'token',
    status: 'live',
    addedAt: now,
    sites: [],
  };
}
