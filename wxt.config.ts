import { defineConfig } from 'wxt';

/** The provider's public API host: the only origin declared up front. */
const DEFAULT_API_ORIGIN = 'https://v1.tempmailg.com';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill'],
  // Pass-through for what the emulator needs in development; loopback is asked for at runtime.
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'downloads', 'contextMenus'],
    host_permissions: [`${DEFAULT_API_ORIGIN}/*`],
    optional_host_permissions: ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'fill-temp-address': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandFill__',
      },
    },
    ...(browser === 'firefox'
      ? {
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
