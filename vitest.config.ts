import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// WxtVitest() does not load WXT modules' Vite plugins, so Svelte is added here.
export default defineConfig({
  plugins: [WxtVitest(), svelte(), svelteTesting()],
  test: {
    globals: true,
    // DOMPurify is unsafe under happy-dom: jsdom for everything that touches the DOM.
    environment: 'jsdom',
    include: [
      'utils/**/*.test.ts',
      'components/**/*.test.ts',
      'entrypoints/__tests__/**/*.test.ts',
      'emulator/**/*.test.js',
      'scripts/**/*.test.js',
    ],
    setupFiles: ['./vitest.setup.ts'],
  },
});
