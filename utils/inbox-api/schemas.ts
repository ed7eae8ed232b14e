/**
 * Response schemas: extra fields are accepted (and dropped); documented fields must have their type.
 */
import * as v from 'valibot';
import type { Attachment, DomainsInfo, Mailbox, Message, MessageList } from './types';

/** `true`/`false`, or PHP's `1`/`0` (also as strings). */
const flagSchema = v.union([
  v.boolean(),
  v.pipe(
    v.picklist([0, 1, '0', '1']),
    v.transform((value) => value === 1 || value === '1'),
  ),
]);

/** A finite number, or a numeric string. */
const numberLikeSchema = v.union([
  v.pipe(v.number(), v.finite()),
  v.pipe(v.string(), v.trim(), v.regex(/^-?\d+(\.\d+)?$/), v.transform(Number)),
]);

/** Free text a real mail may lack (no subject, no sender name): `null` reads as `''`. */
const textSchema = v.nullable(v.string(), '');

const nonEmptyStringSchema = v.pipe(v.string(), v.minLength(1));

const mailboxSchema: v.GenericSchema<unknown, Mailbox> = v.object({
  id: v.pipe(numberLikeSchema, v.integer()),
  email: nonEmptyStringSchema,
  domain: v.string(),
  expire_at: v.string(),
  expires_in_seconds: numberLikeSchema,
  created_at: v.string(),
  email_token: v.string(),
});

const attachmentSchema: v.GenericSchema<unknown, Attachment> = v.object({
  name: nonEmptyStringSchema,
  extension: textSchema,
  size: v.pipe(numberLikeSchema, v.minValue(0)),
  url: textSchema,
});

const messageSchema: v.GenericSchema<unknown, Message> = v.object({
  id: v.union([nonEmptyStringSchema, v.pipe(v.number(), v.integer(), v.transform(String))]),
  is_seen: flagSchema,
  subject: textSchema,
  from: textSchema,
  from_email: textSchema,
  to: textSchema,
  receivedAt: v.string(),
  html: flagSchema,
  content: textSchema,
  attachments: v.nullish(v.array(attachmentSchema), () => []),
});

export const domainsEnvelope: v.GenericSchema<unknown, DomainsInfo> = v.pipe(
  v.object({
    status: v.literal(true),
    data: v.object({
      requested_type: v.string(),
      allowed_types: v.array(v.string()),
      domains: v.array(v.object({ domain: nonEmptyStringSchema, type: v.string(), custom: flagSchema })),
    }),
  }),
  v.transform(({ data }) => ({
    requestedType: data.requested_type,
    allowedTypes: data.allowed_types,
    domains: data.domains,
  })),
);

export const mailboxEnvelope: v.GenericSchema<unknown, Mailbox> = v.pipe(
  v.object({ status: v.literal(true), data: mailboxSchema }),
  v.transform(({ data }) => data),
);

export const messageEnvelope: v.GenericSchema<unknown, Message> = v.pipe(
  v.object({ status: v.literal(true), data: messageSchema }),
  v.transform(({ data }) => data),
);

export const messageListEnvelope: v.GenericSchema<unknown, MessageList> = v.pipe(
  v.object({ status: v.literal(true), mailbox: v.string(), messages: v.array(messageSchema) }),
  v.transform(({ mailbox, messages }) => ({ mailbox, messages })),
);

export const doneEnvelope: v.GenericSchema<unknown, void> = v.pipe(
  v.object({ status: v.literal(true) }),
  v.transform((): void => undefined),
);
