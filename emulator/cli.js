#!/usr/bin/env node
// @ts-check
/**
 * `npm run emulator`: runs the API emulator and its SMTP inbox in the foreground until Ctrl-C.
 *   node emulator/cli.js [--port 3025] [--smtp-port 2525] [--ttl 600] [--key KEY] [--types free,premium] [--host 127.0.0.1]
 */
import { parseArgs } from 'node:util';
import { startEmulator } from './server.js';

/** Stable so a developer can paste it into the extension once and keep it. */
const DEMO_KEY = 'demo-key-0123456789abcdef0123456789abcdef';

/**
 * @param {string | undefined} value
 * @param {string} flag
 */
function intFlag(value, flag) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} must be a non-negative integer, got ${value}`);
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '3025' },
      'smtp-port': { type: 'string', default: '2525' },
      ttl: { type: 'string', default: '600' },
      key: { type: 'string', default: DEMO_KEY },
      host: { type: 'string', default: '127.0.0.1' },
      types: { type: 'string', default: 'free' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'usage: node emulator/cli.js [--port 3025] [--smtp-port 2525] [--ttl 600] [--key KEY] [--types free,premium] [--host 127.0.0.1]',
    );
    return;
  }

  const emulator = await startEmulator({
    port: intFlag(values.port, '--port'),
    smtpPort: intFlag(values['smtp-port'], '--smtp-port'),
    ttlSeconds: intFlag(values.ttl, '--ttl') || 600,
    host: values.host,
    keys: [
      {
        key: values.key,
        allowedTypes: String(values.types)
          .split(',')
          .map((t) => t.trim().toLowerCase()),
      },
    ],
  });

  console.log(`Temp Mail API emulator
  API base URL : ${emulator.url}
  SMTP         : ${emulator.smtpHost}:${emulator.smtpPort}
  API key      : ${emulator.keys[0]?.key}
  Admin        : ${emulator.url}/__emulator/health  (log, faults, keys, mailboxes, expire, beacons)

Create a mailbox, then send it a test mail:
  curl -s -X POST -H 'Authorization: Bearer ${emulator.keys[0]?.key}' ${emulator.url}/api/emails
  node emulator/send-mail.js --port ${emulator.smtpPort} --to <address from above>

Ctrl-C to stop.`);

  let stopping = false;
  const stop = (/** @type {string} */ signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: shutting down…`);
    emulator.close().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err) => {
  console.error(`emulator: ${err.message}`);
  process.exit(1);
});
