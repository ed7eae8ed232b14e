/**
 * What the popup and options page show, read straight from storage and kept current by watching
 * it: opening the popup never waits on the network to show what is already known.
 * The key is not in storage, so it never comes here.
 */
import {
  connectionItem,
  currentMailboxItem,
  mailboxesItem,
  messagesItem,
  pollStatusItem,
  quotaItem,
  type ConnectionInfo,
  type MailboxRecord,
  type PollStatus,
  type StoredMessage,
} from '@/utils/storage';
import type { QuotaSnapshot } from '@/utils/inbox-api/types';

export class ExtensionState {
  loaded = $state(false);
  connection = $state<ConnectionInfo | null>(null);
  mailboxes = $state<MailboxRecord[]>([]);
  currentEmail = $state<string | null>(null);
  quota = $state<QuotaSnapshot | null>(null);
  messages = $state<StoredMessage[]>([]);
  poll = $state<PollStatus | null>(null);
  /** Ticks every second for countdowns and relative times. */
  now = $state(Date.now());

  current = $derived(this.mailboxes.find((box) => box.email === this.currentEmail) ?? null);
  currentMessages = $derived(this.messages.filter((message) => message.mailbox === this.currentEmail));
  hasKey = $derived(Boolean(this.connection?.keyHint));

  #stops: (() => void)[] = [];

  async start(): Promise<void> {
    await this.refresh();
    this.loaded = true;
    this.#stops.push(
      connectionItem.watch((value) => (this.connection = value)),
      mailboxesItem.watch((value) => (this.mailboxes = value)),
      currentMailboxItem.watch((value) => (this.currentEmail = value)),
      quotaItem.watch((value) => (this.quota = value)),
      messagesItem.watch((value) => (this.messages = value)),
      pollStatusItem.watch((value) => (this.poll = value)),
    );
    const tick = setInterval(() => (this.now = Date.now()), 1000);
    this.#stops.push(() => clearInterval(tick));
  }

  /**
   * Reads everything again now, without waiting for the watchers: after an action, focus moves to
   * what it produced, which must be on screen first.
   */
  async refresh(): Promise<void> {
    const [connection, mailboxes, current, quota, messages, poll] = await Promise.all([
      connectionItem.getValue(),
      mailboxesItem.getValue(),
      currentMailboxItem.getValue(),
      quotaItem.getValue(),
      messagesItem.getValue(),
      pollStatusItem.getValue(),
    ]);
    this.connection = connection;
    this.mailboxes = mailboxes;
    this.currentEmail = current;
    this.quota = quota;
    this.messages = messages;
    this.poll = poll;
  }

  stop(): void {
    for (const stop of this.#stops.splice(0)) stop();
  }
}
