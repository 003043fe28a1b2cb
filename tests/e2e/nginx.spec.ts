/**
 * The app as a province serves it: the built dist/ behind nginx with the shipped configuration
 * (deploy/nginx/, started by deploy/nginx/run.sh on a port of its own per worker). Headers; install,
 * offline, every route; a new build published while a laptop is offline, accepted when it is back;
 * a new build the server cannot serve whole, never installed; a database a newer version opened.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test as base } from './fixtures';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const DIST = resolve(ROOT, process.env.E2E_DIST ?? 'dist');
const NGINX_BASE_PORT = Number(process.env.E2E_NGINX_PORT ?? Number(process.env.E2E_PORT ?? 4174) + 1);

interface Nginx {
  url: string;
  /** Makes nginx serve another build from the next request on, as copying a release would. */
  publish(dir: string): void;
}

interface Build {
  dir: string;
  id: string;
}

/** A temporary directory nginx's workers (an unprivileged user when the tests run as root) can read. */
function readableTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

/** The build id written into a build's sw.js (the name of its cache). */
function buildId(dir: string): string {
  return /const BUILD = '([0-9a-f]{16})'/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))![1]!;
}

async function waitForServer(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`deploy/nginx/run.sh exited (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nginx did not answer at ${url}:\n${log()}`);
}

const test = base.extend<object, { nginx: Nginx; nextBuild: Build }>({
  nginx: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
    async ({}, provide, workerInfo) => {
      const port = NGINX_BASE_PORT + workerInfo.parallelIndex;
      const served = readableTempDir('cam-ket-served-');
      const current = join(served, 'current');
      symlinkSync(DIST, current);
      let output = '';
      const child = spawn(join(ROOT, 'deploy/nginx/run.sh'), [String(port), current], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout!.on('data', (d) => (output += d));
      child.stderr!.on('data', (d) => (output += d));
      const url = `http://127.0.0.1:${port}`;
      try {
        await waitForServer(`${url}/index.html`, child, () => output);
        await provide({
          url,
          publish(dir) {
            // Atomically, as `ln -sfn` + `mv -T` on the server: no request sees half a release.
            const next = join(served, 'next');
            rmSync(next, { force: true });
            symlinkSync(dir, next);
            renameSync(next, current);
          },
        });
      } finally {
        if (child.exitCode === null) {
          const exited = new Promise((r) => child.once('exit', r));
          child.kill('SIGTERM');
          await exited;
        }
        rmSync(served, { recursive: true, force: true });
      }
    },
    { scope: 'worker' },
  ],
  // The next release: the same sources built again with another version number, so that every
  // chunk that shows the version gets a new hashed name — as a real release does.
  nextBuild: [
    // eslint-disable-next-line no-empty-pattern -- as above.
    async ({}, provide) => {
      const dir = readableTempDir('cam-ket-next-');
      const built = spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          "import { build } from 'vite'; await build({ logLevel: 'warn', build: { outDir: process.env.OUT_DIR, emptyOutDir: true }, define: { __APP_VERSION__: JSON.stringify('0.1.0-next') } });",
        ],
        { cwd: ROOT, env: { ...process.env, OUT_DIR: dir }, encoding: 'utf8' },
      );
      if (built.status !== 0) throw new Error(`The second build failed:\n${built.stdout}\n${built.stderr}`);
      await provide({ dir, id: buildId(dir) });
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseURL: async ({ nginx }, provide) => provide(nginx.url),
});

/** Every screen of the app, opened directly (a deep link), with its heading. */
const ROUTES = [
  ['/', 'Tổng quan'],
  ['/agreements', 'Thỏa thuận hợp tác'],
  ['/agreements/new', 'Thêm thỏa thuận hợp tác'],
  ['/agreements/agr-phu-tho-viettel-2025', /giai đoạn 2025-2030 giữa UBND tỉnh Phú Thọ/],
  ['/agreements/agr-phu-tho-viettel-2025/edit', 'Sửa thỏa thuận'],
  ['/agreements/agr-phu-tho-viettel-2025/renew', /giai đoạn 2025-2030 giữa UBND tỉnh Phú Thọ/],
  ['/agreements/agr-phu-tho-viettel-2025/commitments/new', 'Thêm nội dung cam kết'],
  ['/commitments', 'Nội dung cam kết'],
  ['/commitments/agr-phu-tho-viettel-2025-c07', /trạm phát sóng/],
  ['/commitments/agr-phu-tho-viettel-2025-c07/edit', 'Sửa nội dung cam kết'],
  ['/reports', 'Báo cáo định kỳ'],
  ['/spreadsheets', 'Bảng tính và lịch'],
  ['/trash', 'Thùng rác'],
  ['/snapshots', 'Sao lưu và trao đổi dữ liệu'],
  ['/settings', 'Cài đặt'],
] as const;

async function visitEveryRoute(page: Page) {
  for (const [url, heading] of ROUTES) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 }), url).toHaveText(heading);
  }
}

/**
 * What the service worker holds: the names of the app's caches, and for the one serving, whether
 * every file its index.html asks for is in that same cache.
 */
function cacheReport(page: Page) {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith('camket-'));
    const missing: string[] = [];
    for (const name of names) {
      const cache = await caches.open(name);
      const index = await cache.match('/index.html');
      if (!index) {
        missing.push(`${name}: /index.html`);
        continue;
      }
      const html = await index.text();
      for (const [, ref] of html.matchAll(/\s(?:src|href)="(\/[^"]+)"/g)) {
        if (!(await cache.match(ref!, { ignoreVary: true }))) missing.push(`${name}: ${ref}`);
      }
    }
    return { names, missing };
  });
}

async function installed(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect(page.getByText('Cam kết đã sẵn sàng dùng khi không có mạng.')).toBeVisible();
}

test('nginx sends the security headers, revalidates the shell, keeps hashed files a year, and falls back to the app', async ({ request }) => {
  const csp =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  const entry = /src="(\/assets\/index-[^"]+\.js)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))![1]!;
  const expected = [
    ['/', 200, 'text/html; charset=utf-8', 'no-cache'],
    ['/index.html', 200, 'text/html; charset=utf-8', 'no-cache'],
    ['/agreements/agr-phu-tho-viettel-2025', 200, 'text/html; charset=utf-8', 'no-cache'],
    ['/sw.js', 200, 'application/javascript; charset=utf-8', 'no-cache'],
    ['/manifest.webmanifest', 200, 'application/manifest+json; charset=utf-8', 'no-cache'],
    ['/icon-192.png', 200, 'image/png', 'no-cache'],
    [entry, 200, 'application/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/assets/index-nothere.js', 404, 'text/html; charset=utf-8', 'no-store'],
  ] as const;
  const indexBody = readFileSync(join(DIST, 'index.html'), 'utf8');
  for (const [url, status, type, cacheControl] of expected) {
    const response = await request.get(url, { headers: { 'Accept-Encoding': 'gzip' } });
    const headers = response.headers();
    expect([url, response.status(), headers['content-type'], headers['cache-control']]).toEqual([url, status, type, cacheControl]);
    expect([url, headers['content-security-policy']]).toEqual([url, csp]);
    expect([url, headers['x-content-type-options'], headers['referrer-policy'], headers['permissions-policy']]).toEqual([
      url,
      'nosniff',
      'no-referrer',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ]);
    // A deep link is the app itself.
    if (url.startsWith('/agreements/')) expect(await response.text()).toBe(indexBody);
  }
  // The meta policy in index.html is the header's, less what a meta tag cannot carry.
  expect(indexBody).toContain(`<meta http-equiv="Content-Security-Policy" content="${csp.replace("; frame-ancestors 'none'", '').replaceAll("'", '&#39;')}">`);
  // Text is compressed; a revalidation of an unchanged file is a 304 with no body.
  const js = await request.get(entry, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(js.headers()['content-encoding']).toBe('gzip');
  const etag = (await request.get('/index.html')).headers()['etag']!;
  const again = await request.get('/index.html', { headers: { 'If-None-Match': etag } });
  expect(again.status()).toBe(304);
});

test('installed from nginx, the app opens offline on every route, and Settings names the installed build', async ({ page, context }) => {
  // Fifteen screens, each a lazy chunk from the cache: on a busy 2-core machine this takes its time.
  test.setTimeout(180_000);
  await installed(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Chỉ số chính' })).toContainText('56');
  await visitEveryRoute(page);
  // (The Settings page, this section included, is checked with axe in offline.spec.ts.)
  await expect(page.getByRole('region', { name: 'Phiên bản' })).toContainText(`Cam kết 0.1.0, bản dựng ${buildId(DIST)}.`);
  expect(await cacheReport(page)).toEqual({ names: [`camket-${buildId(DIST)}`], missing: [] });
  await context.setOffline(false);
});

test('a build published while a laptop is offline arrives when it is back, once the user agrees, and nothing stored is lost', async ({ page, context, nginx, nextBuild }) => {
  test.setTimeout(180_000);
  const first = buildId(DIST);
  expect(nextBuild.id).not.toBe(first);
  try {
    await installed(page);
    // Something stored before the update: the user's name, and an edit of an agreement (with its history).
    await page.goto('/settings');
    await page.getByRole('textbox', { name: /Tên của bạn/ }).fill('Thư ký, trước khi cập nhật');
    await page.getByRole('button', { name: 'Lưu tên' }).click();
    await expect(page.getByText('Đã lưu tên.')).toBeVisible();
    await page.goto('/agreements/agr-hai-duong-viettel-2022/edit');
    await page.getByLabel('Nơi ký').fill('Hà Nội, trước khi cập nhật');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const edited = 'Nơi ký: Trụ sở Tập đoàn Viettel, TP Hà Nội → Hà Nội, trước khi cập nhật';
    await expect(page.getByRole('table', { name: 'Lịch sử thay đổi' })).toContainText(edited);

    // A second tab of the same version stays open throughout.
    const other = await context.newPage();
    await other.goto('/settings');
    await expect(other.getByRole('region', { name: 'Phiên bản' })).toContainText(`Cam kết 0.1.0, bản dựng ${first}.`);

    // The laptop goes offline; meanwhile the province publishes the next release.
    await context.setOffline(true);
    nginx.publish(nextBuild.dir);
    await page.goto('/settings');
    await expect(page.getByRole('region', { name: 'Phiên bản' })).toContainText(`Cam kết 0.1.0, bản dựng ${first}.`);

    // Back online: the browser checks for a new version (as it does on a navigation) and finds it.
    await context.setOffline(false);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const prompt = page.getByRole('status').filter({ hasText: 'Đã có phiên bản mới của Cam kết.' });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    // Until the user agrees, the running version stays, with its cache.
    expect((await cacheReport(page)).missing).toEqual([]);
    await expect(page.getByRole('region', { name: 'Phiên bản' })).toContainText(`Cam kết 0.1.0, bản dựng ${first}.`);
    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Tải lại và cập nhật' }).click();
    await reloaded;
    await expect(page.getByRole('region', { name: 'Phiên bản' })).toContainText(`Cam kết 0.1.0-next, bản dựng ${nextBuild.id}.`);
    // Only the new build's cache is left, and it is whole: its index.html asks only for files it holds.
    expect(await cacheReport(page)).toEqual({ names: [`camket-${nextBuild.id}`], missing: [] });
    // The other tab still runs the old code, whose cache is gone: it is asked to reload, and its button does.
    const otherPrompt = other.getByRole('status').filter({ hasText: 'Đã có phiên bản mới của Cam kết.' });
    const otherReloaded = other.waitForEvent('load');
    await otherPrompt.getByRole('button', { name: 'Tải lại và cập nhật' }).click();
    await otherReloaded;
    await expect(other.getByRole('region', { name: 'Phiên bản' })).toContainText(`Cam kết 0.1.0-next, bản dựng ${nextBuild.id}.`);
    await other.close();

    // Nothing stored was lost, and the new version works offline on every route.
    await context.setOffline(true);
    await expect(page.getByRole('textbox', { name: /Tên của bạn/ })).toHaveValue('Thư ký, trước khi cập nhật');
    await page.goto('/agreements/agr-hai-duong-viettel-2022');
    await expect(page.getByRole('table', { name: 'Lịch sử thay đổi' })).toContainText(edited);
    await visitEveryRoute(page);
    await context.setOffline(false);
  } finally {
    nginx.publish(DIST);
  }
});

test('a new build the server cannot serve whole or consistent is not installed, and the running version keeps working offline', async ({ page, context, nginx, nextBuild }) => {
  test.setTimeout(150_000);
  const missingChunk = readableTempDir('cam-ket-broken-');
  const staleIndex = readableTempDir('cam-ket-stale-');
  try {
    await installed(page);
    // The next release copied to the server with one of its chunks missing …
    cpSync(nextBuild.dir, missingChunk, { recursive: true });
    const chunk = readdirSync(join(missingChunk, 'assets')).find((f) => f.startsWith('SettingsPage-') && f.endsWith('.js'))!;
    rmSync(join(missingChunk, 'assets', chunk));
    // … and the next release whose index.html is still the old one (as a stale cache or proxy would serve it).
    cpSync(nextBuild.dir, staleIndex, { recursive: true });
    cpSync(join(DIST, 'index.html'), join(staleIndex, 'index.html'));
    expect(readFileSync(join(staleIndex, 'index.html'), 'utf8')).not.toBe(readFileSync(join(nextBuild.dir, 'index.html'), 'utf8'));

    for (const release of [missingChunk, staleIndex]) {
      nginx.publish(release);
      const state = await page.evaluate(async () => {
        const registration = (await navigator.serviceWorker.getRegistration())!;
        await registration.update();
        const worker = registration.installing ?? registration.waiting;
        if (!worker) return 'no new worker';
        if (worker.state === 'redundant' || worker.state === 'installed') return worker.state;
        return new Promise<string>((done) => worker.addEventListener('statechange', () => ['redundant', 'installed'].includes(worker.state) && done(worker.state)));
      });
      expect([release, state]).toEqual([release, 'redundant']);
    }
    await expect(page.getByText('Đã có phiên bản mới của Cam kết.')).toHaveCount(0);
    expect(await cacheReport(page)).toEqual({ names: [`camket-${buildId(DIST)}`], missing: [] });
    await context.setOffline(true);
    await page.goto('/settings');
    await expect(page.getByRole('region', { name: 'Phiên bản' })).toContainText(`Cam kết 0.1.0, bản dựng ${buildId(DIST)}.`);
    await context.setOffline(false);
  } finally {
    nginx.publish(DIST);
    rmSync(missingChunk, { recursive: true, force: true });
    rmSync(staleIndex, { recursive: true, force: true });
  }
});

test('a laptop whose database a newer version opened can download everything stored, and the database is left as it was', async ({ page }) => {
  await page.goto('/agreements');
  await expect(page.getByText('5 thỏa thuận', { exact: true })).toBeVisible();
  // A newer build opened the database (IndexedDB version 1000 = schema 100); then this build is served again.
  await page.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('cam-ket', 1000);
        open.onsuccess = () => {
          open.result.close();
          done();
        };
        open.onerror = () => fail(open.error);
      }),
  );
  await page.reload();
  const notice = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Dữ liệu trên máy này thuộc một phiên bản Cam kết mới hơn' }) });
  await expect(notice).toContainText('Cách xử lý: mở phiên bản mới nhất của Cam kết');
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Tải về bản sao dữ liệu trên máy này (.json)' }).click();
  const file = await download;
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  expect(file.suggestedFilename()).toBe(`cam-ket-du-lieu-may-nay-${today}.json`);
  const dump = JSON.parse(readFileSync((await file.path())!, 'utf8'));
  expect(dump).toMatchObject({ format: 'cam-ket-raw-dump', formatVersion: 1, database: { name: 'cam-ket', version: 1000 } });
  expect(dump.stores.agreements.records.map((a: { id: string }) => a.id).sort()).toEqual([
    'agr-hai-duong-fpt-2021',
    'agr-hai-duong-saigontel-ngs-2022',
    'agr-hai-duong-viettel-2022',
    'agr-phu-tho-viettel-2025',
    'agr-thanh-hoa-vnpt-2021',
  ]);
  expect(dump.stores.commitments.records).toHaveLength(56);
  await expect(notice.getByRole('status')).toHaveText(`Đã tải về cam-ket-du-lieu-may-nay-${today}.json. Hãy giữ tệp này cho đến khi mở được phiên bản mới.`);
  // Nothing was written: the database is still at the newer version.
  expect(await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'cam-ket')?.version)).toBe(1000);
});
