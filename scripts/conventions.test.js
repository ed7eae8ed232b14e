// @ts-check
/**
 * The project's own conventions, checked on the sources as they are (run by `npm test` with the
 * unit tests). Each rule says why it exists in ARCHITECTURE.md.
 *
 * - only the sanitizer imports DOMPurify;
 * - only the background (`entrypoints/background/`) imports the key vault and the API client;
 * - only the background imports the public-suffix list (`tldts`): none of it in the content script;
 * - no message is sent that the messaging contract (`utils/messaging.ts`) does not list;
 * - no source file is longer than 400 lines (tests and fixtures excepted).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MAX_LINES = 400;

/** Folders that hold no source of ours: dependencies, builds, generated files, the test suite. */
const SKIPPED_DIRS = new Set(['node_modules', '.output', '.wxt', '.git', '.test-results', '.demo-profile', 'public', 'e2e']);
const CODE = /\.(?:ts|js|mjs|svelte|css)$/;

/** Every source file (repo-relative, `/`-separated), tests and fixtures excepted. */
function sourceFiles(dir = ROOT) {
  /** @type {string[]} */
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!SKIPPED_DIRS.has(name) && !name.startsWith('.') && name !== '__tests__' && name !== '__fixtures__') {
        files.push(...sourceFiles(path));
      }
    } else if (CODE.test(name) && !/\.test\.[jt]s$/.test(name) && !name.endsWith('.d.ts')) {
      files.push(relative(ROOT, path).split('\\').join('/'));
    }
  }
  return files;
}

const FILES = sourceFiles();
const read = (/** @type {string} */ file) => readFileSync(join(ROOT, file), 'utf8');

/** The module specifiers a file imports: static imports and re-exports, side-effect and dynamic imports. */
function importsOf(/** @type {string} */ file) {
  const text = read(file);
  const specifiers = [];
  for (const match of text.matchAll(/\b(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g)) specifiers.push(match[1]);
  for (const match of text.matchAll(/\bimport\s*\(?\s*['"]([^'"]+)['"]/g)) specifiers.push(match[1]);
  return /** @type {string[]} */ (specifiers);
}

/** The repo file an import resolves to (`@/` is the root), or the bare package name. */
function resolveImport(/** @type {string} */ from, /** @type {string} */ specifier) {
  let base;
  if (specifier.startsWith('@/')) base = join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(ROOT, dirname(from), specifier);
  else return specifier;
  for (const candidate of [base, `${base}.ts`, `${base}.js`, `${base}.svelte`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate).split('\\').join('/');
  }
  return relative(ROOT, base).split('\\').join('/');
}

/** [file, imported] for every import of every source file. */
const IMPORTS = FILES.flatMap((file) => importsOf(file).map((specifier) => [file, resolveImport(file, specifier)]));

describe('conventions', () => {
  it('reads the sources it checks (a sanity check of the walk and the import reader)', () => {
    expect(FILES).toContain('utils/messaging.ts');
    expect(FILES).toContain('components/Popup.svelte');
    expect(IMPORTS).toContainEqual(['entrypoints/background/api.ts', 'utils/key-vault.ts']);
  });

  it('only the sanitizer imports DOMPurify', () => {
    const importers = IMPORTS.filter(([, target]) => target === 'dompurify' || target.startsWith('dompurify/'));
    expect([...new Set(importers.map(([file]) => file))]).toEqual(['utils/sanitize-html/index.ts']);
  });

  it('only the background imports the key vault and the API client', () => {
    /** The modules that hold the key or send requests; the client's other files make none. */
    const guarded = [
      'utils/key-vault.ts',
      'utils/inbox-api/index.ts',
      'utils/inbox-api/client.ts',
      'utils/inbox-api/transport.ts',
    ];
    const offenders = IMPORTS.filter(
      ([file, target]) =>
        guarded.includes(target) && !file.startsWith('entrypoints/background/') && !file.startsWith('utils/inbox-api/'),
    );
    expect(offenders).toEqual([]);
    // Inside the client, the modules that make no request never reach the ones that do.
    const inside = IMPORTS.filter(
      ([file, target]) => file.startsWith('utils/inbox-api/') && !guarded.includes(file) && guarded.includes(target),
    );
    expect(inside).toEqual([]);
  });

  it('only the background imports the public-suffix list', () => {
    const importers = IMPORTS.filter(([, target]) => target === 'tldts' || target.startsWith('tldts/'));
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter(([file]) => !file.startsWith('entrypoints/background/'))).toEqual([]);
  });

  it('sends no message the contract does not list', () => {
    const contract = read('utils/messaging.ts');
    // Raw sends and ports live in the contract module alone; everything else calls its functions.
    const raw = /\b(?:runtime\.sendMessage|tabs\.sendMessage|runtime\.connect|runtime\.connectNative)\s*\(/;
    expect(FILES.filter((file) => file !== 'utils/messaging.ts' && raw.test(read(file)))).toEqual([]);
    // Every request sent is one the contract lists.
    const listed = /export const REQUEST_SENDERS = \{([^}]*)\}/.exec(contract)?.[1] ?? '';
    const requests = new Set([...listed.matchAll(/^\s*(\w+):/gm)].map((match) => match[1]));
    expect(requests.size).toBeGreaterThan(5);
    const sent = FILES.flatMap((file) => [...read(file).matchAll(/\bsendRequest\(\s*['"](\w+)['"]/g)].map((m) => [file, m[1]]));
    expect(sent.length).toBeGreaterThan(5);
    expect(sent.filter(([, name]) => !requests.has(name))).toEqual([]);
    // The contract's own sends carry the types it declares, and the port its declared name.
    for (const type of ['downloadProgress', 'fillFocused', 'copyToClipboard'])
      expect(contract).toMatch(new RegExp(`type: '${type}'`));
    expect(contract).toMatch(/connect\(\{ name: POPUP_PORT_NAME \}\)/);
  });

  it(`keeps every source file to ${MAX_LINES} lines`, () => {
    const lines = (/** @type {string} */ file) => read(file).split('\n').length - (read(file).endsWith('\n') ? 1 : 0);
    const long = FILES.filter((file) => lines(file) > MAX_LINES).map((file) => `${file} (${lines(file)} lines)`);
    expect(long).toEqual([]);
  });
});
