/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META, SECURITY_HEADERS } from './deploy/security-headers.mjs';
import { serviceWorker } from './scripts/vite-service-worker.ts';

/**
 * The Content-Security-Policy: the app loads nothing from anywhere but its own origin, runs no
 * inline script, and talks to no server. Its one home is deploy/security-headers.mjs, which the
 * nginx configuration (deploy/nginx/cam-ket.conf) must match — a unit test checks. Added to the built
 * index.html only, because Vite's dev server injects inline scripts for hot reload. `vite preview`
 * also sends it as a header, with frame-ancestors (which a meta tag cannot carry).
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'cam-ket-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head-prepend' },
    ],
  };
}

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), serviceWorker()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  preview: {
    headers: { ...SECURITY_HEADERS },
  },
  test: {
    // Data tests need structuredClone and fake-indexeddb: Node, not jsdom (architecture.md).
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    // 2 shared cores: a property test or a national-size generator can take several seconds on a
    // busy day. Timings are the benchmark's business, never a unit test's.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
