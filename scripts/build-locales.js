// Builds public/_locales/<lang>/messages.json from the string tables in locales/*.json and the
// feature folders' *strings.json ({ key: { en, it } }): one source, every language checked.
import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LANGUAGES = ['en', 'it'];
const SOURCES = [
  ...readdirSync(join(root, 'locales')).map((name) => join('locales', name)),
  'components/inbox-strings.json',
  'entrypoints/email-fill.content/strings.json',
].filter((path) => path.endsWith('.json'));

const table = {};
for (const source of SOURCES) {
  let entries;
  try {
    entries = JSON.parse(readFileSync(join(root, source), 'utf8'));
  } catch (error) {
    if (error.code === 'ENOENT') continue;
    throw error;
  }
  for (const [key, texts] of Object.entries(entries)) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`${source}: bad message name ${key}`);
    if (table[key]) throw new Error(`${source}: ${key} is defined twice`);
    for (const lang of LANGUAGES) if (!texts[lang]) throw new Error(`${source}: ${key} has no ${lang} text`);
    table[key] = texts;
  }
}

for (const lang of LANGUAGES) {
  const messages = {};
  for (const [key, texts] of Object.entries(table).sort(([a], [b]) => a.localeCompare(b))) {
    const message = texts[lang];
    const count = Math.max(0, ...[...message.matchAll(/\$(\d)/g)].map((m) => Number(m[1])));
    const placeholders = {};
    for (let i = 1; i <= count; i++) placeholders[`p${i}`] = { content: `$${i}` };
    const text = message.replace(/\$(\d)/g, (_, n) => `$p${n}$`);
    messages[key] = count ? { message: text, placeholders } : { message };
  }
  mkdirSync(join(root, 'public/_locales', lang), { recursive: true });
  writeFileSync(join(root, 'public/_locales', lang, 'messages.json'), `${JSON.stringify(messages, null, 2)}\n`);
}
console.log(`locales: ${Object.keys(table).length} strings in ${LANGUAGES.join(', ')}`);
