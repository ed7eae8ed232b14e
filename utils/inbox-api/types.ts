/**
 * The shapes the Temp Mail user API answers with, once checked (see \`schemas.ts\`). Types only.
 */

/** A mailbox owned by the key's account (endpoints 2 and 3). */
export interface Mailbox {
  id: number;
  email: string;
  domain: string;
  expire_at: string;
  expires_in_seconds: number;
  created_at: string;
  email_token: string;
}

/** An attachment as listed on a message; download it with {@link InboxApi.downloadAttachment}. */
export interface Attachment {
  name: string;
  extension: string;
  size: number;
  url: string;
}

/** One message. `receivedAt` has no offset (read it as UTC); `html: false` means plain text. */
export interface Message {
  id: string;
  is_seen: boolean;
  subject: string;
  from: string;
  from_email: string;
  to: string;
  receivedAt: string;
  html: boolean;
  content: string;
  attachments: Attachment[];
}

/** A domain the account may use; `type` is capitalised (`"Free"`). */
export interface Domain {
  domain: string;
  type: string;
  custom: boolean;
}

/** Endpoint 1's answer; `allowedTypes` are lower-case (`"free"`). */
export interface DomainsInfo {
  requestedType: string;
  allowedTypes: string[];
  domains: Domain[];
}

/** Endpoint 5's answer. */
export interface MessageList {
  mailbox: string;
  messages: Message[];
}

/** The `X-RateLimit-*` headers of one response; each field is `null` when missing or malformed. */
export interface QuotaSnapshot {
  limit: number | null;
  used: number | null;
  remaining: number | null;
  /** ISO string, normalised via Date. */
  resetAt: string | null;
  /** ms epoch. */
  observedAt: number;
}
