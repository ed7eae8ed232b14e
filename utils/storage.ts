/**
 * Every storage item of the extension, in one place.
 *
 * The API key is NOT here: it lives in the key vault (`key-vault.ts`), out of reach of content
 * scripts. Everything below may be read by extension pages; only `autofillSettingsItem` and
 * `siteOffersItem` (which holds no code, link or address) are read by the content script.
 */
import { storage } from '#imports';
import { DEFAULT_BASE_URL } from './inbox-api/hosts';
import type { DomainsInfo, Mailbox, Message, QuotaSnapshot } from './inbox-api/types';
import type { UiError } from './errors';

/** `gone`: the server no longer has it; `replaced`: the user changed it for another (Change…). */
export type MailboxStatus = 'live' | 'expired' | 'gone' | 'replaced';

/**
 * A site an address was given to: the registrable domain (eTLD+1, private suffixes counted) of the
 * tab it was filled into, as the browser reported the tab's URL; an IP address or a host without
 * a registrable domain (`localhost`) stands as it is.
 */
export interface SiteUse {
  site: string;
  /** ms epoch of the latest fill on that site. */
  usedAt: number;
}

/** A mailbox the user created or switched to (the API has no list endpoint). */
export interface MailboxRecord extends Mailbox {
  status: MailboxStatus;
  /** ms epoch when this extension first saw it. */
  addedAt: number;
  /** The sites it was filled into, newest first, one entry per site (version 2 of the item). */
  sites: SiteUse[];
}

/** Live until its `expire_at`, even before the poller gets round to marking it expired. */
export function isLive(mailbox: Pick<MailboxRecord, 'status' | 'expire_at'>, now: number): boolean {
  return mailbox.status === 'live' && Date.parse(mailbox.expire_at) > now;
}

export interface ConnectionInfo {
  baseUrl: string;
  /** The last 4 characters of the key, for "••••abcd"; null when no key is saved. */
  keyHint: string | null;
  plan: DomainsInfo | null;
  /** 'rejected' once the API answered 401 to the saved key. */
  state: 'none' | 'ok' | 'rejected';
}

/** A fetched message kept locally so it stays readable after its mailbox is gone. */
export interface StoredMessage extends Message {
  mailbox: string;
  fetchedAt: number;
  /** Read in this extension (opening it also marks it seen on the server). */
  read: boolean;
  code: string | null;
  link: string | null;
}

export interface PollStatus {
  lastAttemptAt: number | null;
  lastSuccessAt: number | null;
  /** The last failure, cleared by the next success. */
  error: UiError | null;
  consecutiveFailures: number;
  /** No request before this instant (backoff, Retry-After). */
  notBefore: number | null;
  /** Poll about every 5 s until this instant (a new address, a fill, the popup open). */
  fastUntil: number | null;
}

export interface Settings {
  /** Calm polling interval in seconds (30 s – 15 min). */
  pollIntervalSec: number;
  notifications: boolean;
  retentionDays: number;
  maxMessages: number;
}

export interface AutofillSettings {
  enabled: boolean;
  /** Host names where the in-field button is not shown. */
  blockedSites: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  pollIntervalSec: 60,
  notifications: true,
  retentionDays: 7,
  maxMessages: 500,
};

export const connectionItem = storage.defineItem<ConnectionInfo>('local:connection', {
  fallback: { baseUrl: DEFAULT_BASE_URL, keyHint: null, plan: null, state: 'none' },
  version: 1,
});

export const mailboxesItem = storage.defineItem<MailboxRecord[]>('local:mailboxes', {
  fallback: [],
  version: 2,
  migrations: {
    // Version 2: each mailbox remembers the sites it was filled into.
    2: (records: Omit<MailboxRecord, 'sites'>[] | null) => (records ?? []).map((record) => ({ ...record, sites: [] })),
  },
});

/** The e-mail address of the current mailbox, or null. */
export const currentMailboxItem = storage.defineItem<string | null>('local:currentMailbox', {
  fallback: null,
  version: 1,
});

export const quotaItem = storage.defineItem<QuotaSnapshot | null>('local:quota', {
  fallback: null,
  version: 1,
});

export const messagesItem = storage.defineItem<StoredMessage[]>('local:messages', {
  fallback: [],
  version: 1,
});

export const pollStatusItem = storage.defineItem<PollStatus>('local:pollStatus', {
  fallback: {
    lastAttemptAt: null,
    lastSuccessAt: null,
    error: null,
    consecutiveFailures: 0,
    notBefore: null,
    fastUntil: null,
  },
  version: 1,
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export const autofillSettingsItem = storage.defineItem<AutofillSettings>('local:autofill', {
  fallback: { enabled: true, blockedSites: [] },
  version: 1,
});

/** Message ids already announced by a notification, so none is announced twice. */
export const seenMessageIdsItem = storage.defineItem<string[]>('local:seenMessageIds', {
  fallback: [],
  version: 1,
});

/**
 * What the content script may offer on a site (kept by the background from the mailboxes' sites
 * and the messages): a verification code or link is waiting for the latest address given to
 * `site`. It names neither the code, the link nor the address: the code reaches the content
 * script only in the background's answer to a trusted click.
 */
export interface SiteOffer {
  /** A registrable domain, an IP address or a host (see {@link SiteUse}). */
  site: string;
  kind: 'code' | 'link';
  /** ms epoch: offered until then (the use on the site plus 30 minutes). */
  until: number;
  /** ms epoch when the message was fetched: a newer offer on a page that filled an older code. */
  since: number;
}

/** Read by the content script as the raw `siteOffers` key of `storage.local`. */
export const siteOffersItem = storage.defineItem<SiteOffer[]>('local:siteOffers', {
  fallback: [],
  version: 1,
});
