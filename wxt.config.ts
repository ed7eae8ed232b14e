import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { declaredHostPatterns } from './utils/inbox-api/hosts';

/**
 * The content script's parts, built apart and imported by it on first need
 * (`entrypoints/email-fill.content/parts.ts`): the verification-code part and the note after
 * "Don't show on this site".
 */
const CONTENT_PARTS = ['code-fields', 'hidden-notice', 'fill-command'];

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill'],
  hooks: {
    /**
     * The content script runs on every page and must stay under 12 KB gzip. It uses only
     * promise-based APIs that Chrome's MV3 `chrome` and Firefox's `browser` both have, so its build
     * takes the plain namespace (`lite-browser.ts`) instead of the polyfill (about 3 KB gzip) that
     * every other context gets, and a lighter context object (`lite-context.ts`) instead of WXT's.
     * What only some pages need is in its parts, built the same way.
     */
    'vite:build:extendConfig': (entrypoints, config) => {
      // A part is imported by the content script, so it is built as an ES module whose default
      // export is what its main returns (WXT builds unlisted scripts as IIFEs).
      const part = entrypoints.length === 1 && CONTENT_PARTS.includes(entrypoints[0]!.name);
      if (part && config.build?.lib) config.build.lib.formats = ['es'];
      if (!part && !entrypoints.every((entry) => entry.type === 'content-script')) return;
      const swaps = [
        {
          find: /^wxt\/browser$/,
          replacement: fileURLToPath(new URL('./entrypoints/email-fill.content/lite-browser.ts', import.meta.url)),
        },
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./entrypoints/email-fill.content/lite-context.ts', import.meta.url)),
        },
      ];
      const existing = config.resolve?.alias;
      const list = Array.isArray(existing)
        ? existing
        : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [...swaps, ...list.filter((item) => item.find !== 'wxt/browser')] };
      // Its strings come from the locale files (a synchronous read on first use), but for the few
      // marked `atFirstSight`, which the button shows the moment it appears: those ride along.
      const stringsFromLocales = {
        name: 'content-strings-at-first-sight',
        enforce: 'pre' as const,
        transform(code: string, id: string) {
          if (!id.endsWith('/email-fill.content/strings.json')) return;
          const table = JSON.parse(code) as Record<string, { atFirstSight?: boolean }>;
          return JSON.stringify(Object.fromEntries(Object.entries(table).filter(([, entry]) => entry.atFirstSight)));
        },
      };
      // WXT's entries log a start-up crash with its logger, which prints nothing in a production
      // build: its call (and the logger, with it) is left out; the error is still thrown.
      const quietEntry = {
        name: 'content-entry-without-logger',
        transform(code: string, id: string) {
          if (id.includes('content-script-isolated-world-entrypoint')) return code.replace(/\blogger\.error\([^;]*\);/, '');
          if (id.includes('unlisted-script-entrypoint')) return code.replace(/\blogger\.error\([^;]*\);/g, '');
        },
      };
      // The minifier writes those escapes in upper case (\u30E1); in lower case, like the rest of the
      // code, they compress better (about 60 B). Same length: the source map stays right.
      const lowerCaseEscapes = {
        name: 'content-lower-case-escapes',
        generateBundle(_: unknown, bundle: Record<string, { type: string; code?: string }>) {
          for (const chunk of Object.values(bundle))
            if (chunk.type === 'chunk' && chunk.code)
              chunk.code = chunk.code.replace(
                /(?<!\\)((?:\\\\)*)\\u([0-9A-F]{4})/g,
                (_m, slashes: string, hex: string) => `${slashes}\\u${hex.toLowerCase()}`,
              );
        },
      };
      config.plugins = [
        ...(config.plugins ?? []),
        stringsFromLocales,
        lowerCaseEscapes,
        ...(config.mode === 'production' ? [quietEntry] : []),
      ];
      // The detectors' words in other scripts written as \u escapes: the same regular expressions,
      // and about 130 B less gzip than their UTF-8 bytes (the escapes share their \u and hex digits).
      for (const options of [config.build?.rolldownOptions, config.build?.rollupOptions]) {
        const output = options?.output;
        if (output && !Array.isArray(output)) output.minify = { compress: true, mangle: true, codegen: { asciiOnly: true } };
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // clipboardWrite: a notification's "Copy code" copies without a user gesture in the page that
    // copies (Chrome's offscreen document, Firefox's event page); offscreen: Chrome MV3 only.
    permissions: [
      'storage',
      'alarms',
      'notifications',
      'downloads',
      'contextMenus',
      'clipboardWrite',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // The default host and loopback, as the client accepts them; any other https host is asked for
    // at runtime when the user saves it (utils/inbox-api/hosts.ts).
    host_permissions: declaredHostPatterns(),
    optional_host_permissions: ['https://*/*'],
    action: { default_title: '__MSG_extName__' },
    // The content script imports its code part from here (entrypoints/email-fill.content/code-part.ts).
    // Chrome lets a content script load only web-accessible files; with a dynamic URL (a new one
    // each session) a page cannot probe for the file to learn the extension is installed.
    ...(browser === 'firefox'
      ? {}
      : {
          web_accessible_resources: [
            { resources: CONTENT_PARTS.map((name) => `${name}.js`), matches: ['<all_urls>'], use_dynamic_url: true },
          ],
        }),
    commands: {
      'fill-temp-address': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandFill__',
      },
    },
    ...(browser === 'firefox'
      ? {
          // MV2 has no optional_host_permissions: the same origins go in optional_permissions.
          optional_permissions: ['https://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'inbox@tempmail-extension.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
