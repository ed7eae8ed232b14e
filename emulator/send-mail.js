#!/usr/bin/env node
// @ts-check
/**
 * Sends a test mail to the emulator's SMTP port — as a module for tests, or as a CLI:
 *   node emulator/send-mail.js --port 2525 --to abc@mail.test [--subject S] [--html FILE | --text T] [--attach FILE]...
 */
import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
// @ts-ignore -- nodemailer ships no type declarations and @types/nodemailer is not installed
import nodemailer from 'nodemailer';

/**
 * @typedef {object} MailAttachment a nodemailer attachment (the usual fields)
 * @property {string} [filename]
 * @property {string | Buffer} [content]
 * @property {string} [path]
 * @property {string} [contentType]
 * @property {string} [cid] referenced from the HTML as `cid:<value>`
 * @property {string} [encoding]
 */

/**
 * @typedef {object} SendMailOptions
 * @property {number} smtpPort
 * @property {string} [smtpHost] default 127.0.0.1
 * @property {string} [from] default `Example Sender <hello@example.org>`
 * @property {string | string[]} to
 * @property {string} [subject]
 * @property {string} [text]
 * @property {string} [html]
 * @property {MailAttachment[]} [attachments]
 */

/** A friendly verification mail: what most tests and demos want to see arrive. */
function defaultBody() {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const link = `https://example.org/verify?code=${code}`;
  return {
    code,
    text: `Hi!\n\nYour verification code is ${code}.\n\nOr confirm your address here: ${link}\n\nThanks,\nThe Example team\n`,
    html:
      `<p>Hi!</p><p>Your verification code is <strong>${code}</strong>.</p>` +
      `<p><a href="${link}">Confirm your address</a></p><p>Thanks,<br>The Example team</p>`,
  };
}

/**
 * Sends one mail over plain SMTP (no TLS) and resolves with nodemailer's info
 * (`accepted`, `rejected`, `messageId`…). Rejects when the server refuses every recipient.
 * @param {SendMailOptions} options
 */
export async function sendMail({
  smtpPort,
  smtpHost = '127.0.0.1',
  from = 'Example Sender <hello@example.org>',
  to,
  subject,
  text,
  html,
  attachments = [],
}) {
  const transport = nodemailer.createTransport({ host: smtpHost, port: smtpPort, secure: false, ignoreTLS: true });
  try {
    const body = text === undefined && html === undefined ? defaultBody() : { text, html };
    return await transport.sendMail({
      from,
      to,
      subject: subject ?? 'Your verification code',
      text: body.text,
      html: body.html,
      attachments,
    });
  } finally {
    transport.close();
  }
}

/** CLI entry: parses flags, sends, prints the outcome. */
async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '2525' },
      host: { type: 'string', default: '127.0.0.1' },
      from: { type: 'string' },
      to: { type: 'string' },
      subject: { type: 'string' },
      html: { type: 'string' },
      text: { type: 'string' },
      attach: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.to) {
    console.log(
      'usage: node emulator/send-mail.js --port N --to ADDRESS [--from F] [--subject S] [--html FILE | --text T] [--attach FILE]...',
    );
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const html = values.html === undefined ? undefined : await readFile(values.html, 'utf8');
  const attachments = await Promise.all(
    (values.attach ?? []).map(async (file) => ({ filename: basename(file), content: await readFile(file) })),
  );
  const info = await sendMail({
    smtpPort: Number(values.port),
    smtpHost: values.host,
    from: values.from,
    to: values.to,
    subject: values.subject,
    text: values.text,
    html,
    attachments,
  });
  console.log(`sent to ${info.accepted.join(', ')} (${info.response})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(`send-mail: ${err.message}`);
    process.exitCode = 1;
  });
}
