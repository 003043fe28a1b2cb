import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.mjs';

// Overridable so that two people (or agents) can run end-to-end tests side by side on one machine,
// each against its own build: E2E_PORT=4281 E2E_DIST=/tmp/dist-a npx playwright test …
const PORT = Number(process.env.E2E_PORT ?? 4174);
const DIST = process.env.E2E_DIST ?? 'dist';
// tests/e2e/nginx.spec.ts serves DIST with nginx and the shipped configuration itself (deploy/nginx/run.sh),
// one server per worker on E2E_NGINX_PORT (default E2E_PORT + 1) plus the worker's index.

/**
 * End-to-end tests drive the system Chromium (no browser download is possible here) against the
 * built app served by `vite preview`: a real origin, a real IndexedDB, the real CSP.
 * `npm run test:e2e` builds first.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Sized for a slow day: 2 shared cores, a build and other suites running beside the browser.
  // A test that needs longer says so itself (test.setTimeout), with the reason.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'vi-VN',
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath: chromiumPath() ?? undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
