/**
 * `npm run bench`: builds the app (the npm script does), serves it with `vite preview`, drives the
 * system Chromium, and prints one table for the three data-set sizes.
 *
 * Every figure comes from one run on this machine, so compare ratios within a run rather than
 * absolute times across runs (these machines are shared and noisy). Times are medians of
 * BENCH_REPEAT runs (default 3) where a measurement is repeated.
 *
 * Measured:
 * - import into an empty database and merge-import of the same file into the filled one, from
 *   choosing the file to committed data (User Timing marks in the app: parse + check in the worker,
 *   preview, write), beside the floor (JSON.parse + one IndexedDB record) and a peer
 *   (dexie-export-import importing the same data as a plain Dexie dump);
 * - export, from the click to the file handed to the browser;
 * - the overview's first render with all data (navigation to tiles and charts on screen), a filter
 *   change, and opening a commitment's chart from its agreement's table;
 * - JS heap after the overview renders (after a forced GC);
 * - gzipped JS before the first content (entry + modulepreloads) and everything the first screen loads.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../scripts/chromium-path.mjs';
import { SIZES, generateSnapshot } from './generate-dataset.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const BENCH_DIR = join(DIST, '__bench__');
// Not 4190: that port is on the Fetch standard's blocked list (browsers and Node refuse it).
const PORT = Number(process.env.BENCH_PORT ?? 4273);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const ONLY = process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(',') : Object.keys(SIZES);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x === null || x === undefined ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function prepareFiles() {
  mkdirSync(BENCH_DIR, { recursive: true });
  const files = {};
  for (const size of ONLY) {
    const path = join(BENCH_DIR, `${size}.json`);
    const snapshot = generateSnapshot(size);
    writeFileSync(path, JSON.stringify(snapshot));
    const data = snapshot.data;
    files[size] = {
      path,
      bytes: readFileSync(path).length,
      agreements: data.agreements.length,
      commitments: data.commitments.length,
      checkIns: data.commitments.reduce((n, c) => n + c.checkIns.length, 0),
    };
  }
  // A blank page on the same origin for the floor and the peer, and the peer's scripts.
  writeFileSync(join(BENCH_DIR, 'blank.html'), '<!doctype html><title>bench</title>');
  copyFileSync(join(ROOT, 'node_modules/dexie/dist/dexie.js'), join(BENCH_DIR, 'dexie.js'));
  copyFileSync(join(ROOT, 'node_modules/dexie-export-import/dist/dexie-export-import.js'), join(BENCH_DIR, 'dexie-export-import.js'));
  return files;
}

async function startServer() {
  // Its own process group, so that stopping it stops vite and not just npx.
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { cwd: ROOT, stdio: 'ignore', detached: true });
  server.stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(ORIGIN)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.stop();
  throw new Error('vite preview did not start');
}

/** The floor: JSON.parse of the file and one IndexedDB record holding all of it. */
async function measureFloor(context, size) {
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/__bench__/blank.html`);
  const time = await page.evaluate(async (url) => {
    const text = await (await fetch(url)).text();
    const t0 = performance.now();
    const parsed = JSON.parse(text);
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open(`floor-${Math.random()}`, 1);
      r.onupgradeneeded = () => r.result.createObjectStore('s');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('s', 'readwrite');
      tx.objectStore('s').put(parsed, 'snapshot');
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    const elapsed = performance.now() - t0;
    db.close();
    return elapsed;
  }, `/__bench__/${size}.json`);
  await page.close();
  return time;
}

/** The peer: dexie-export-import importing the same data, same tables and indexes, as a Dexie dump. */
async function measurePeer(context, size) {
  const page = await context.newPage();
  await page.goto(`${ORIGIN}/__bench__/blank.html`);
  await page.addScriptTag({ url: '/__bench__/dexie.js' });
  await page.addScriptTag({ url: '/__bench__/dexie-export-import.js' });
  const time = await page.evaluate(async (url) => {
    const snapshot = await (await fetch(url)).json();
    const schema = { units: 'id,successorId', parties: 'id,kind', agreements: 'id,signatoryUnitId,responsibleUnitId,kind,*partyIds', commitments: 'id,agreementId,pillar,kind' };
    const name = `peer-${Math.random()}`;
    const dump = {
      formatName: 'dexie',
      formatVersion: 1,
      data: {
        databaseName: name,
        databaseVersion: 1,
        tables: Object.keys(schema).map((t) => ({ name: t, schema: schema[t], rowCount: snapshot.data[t].length })),
        data: Object.keys(schema).map((t) => ({ tableName: t, inbound: true, rows: snapshot.data[t] })),
      },
    };
    const blob = new Blob([JSON.stringify(dump)]);
    const t0 = performance.now();
    const db = await window.Dexie.import(blob);
    const elapsed = performance.now() - t0;
    db.close();
    return elapsed;
  }, `/__bench__/${size}.json`);
  await page.close();
  return time;
}

const markTime = (page, from, to) =>
  page.evaluate(
    ([a, b]) => {
      const x = performance.getEntriesByName(`camket:${a}`).at(-1);
      const y = performance.getEntriesByName(`camket:${b}`).at(-1);
      return x && y ? y.startTime - x.startTime : null;
    },
    [from, to],
  );

/** Imports through the app's own page; returns file-chosen → preview + apply-click → committed. */
async function importThroughApp(page, file, expectNothing) {
  await page.evaluate(() => performance.clearMarks());
  await page.getByLabel('Chọn tệp bản sao (.json)').setInputFiles(file);
  const button = page.getByRole('button', { name: 'Nhập dữ liệu' });
  await button.waitFor({ state: 'visible', timeout: 120_000 });
  await page.waitForFunction(() => performance.getEntriesByName('camket:import:preview-ready').length > 0, null, { timeout: 120_000 });
  await button.click();
  const done = expectNothing ? 'Không có gì thay đổi' : 'Đã nhập';
  await page.getByRole('status').filter({ hasText: done }).waitFor({ timeout: 120_000 });
  const preview = await markTime(page, 'import:file-chosen', 'import:preview-ready');
  const apply = await markTime(page, 'import:apply-clicked', 'import:applied');
  return preview + (apply ?? 0);
}

/** First run loads the demo data: start empty, so an import goes into an empty database. */
async function startEmpty(page) {
  await page.goto(`${ORIGIN}/settings`);
  await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xóa toàn bộ' }).click();
  await page.getByText('0 thỏa thuận').waitFor();
}

async function heapUsed(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Time from navigation start until the overview's tiles and both first charts are on screen. */
async function dashboardFirstRender(page) {
  await page.goto(`${ORIGIN}/?asOf=2026-09-30`);
  await page.waitForFunction(() => document.querySelectorAll('.tile').length >= 6 && document.querySelectorAll('.recharts-surface').length >= 2, null, { timeout: 60_000 });
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
}

/** A filter change measured inside the page: from the change event until the tiles show it. */
async function filterChange(page, optionValue) {
  return page.evaluate(async (value) => {
    const select = [...document.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === value));
    const tiles = document.querySelector('.tiles');
    const before = tiles.textContent;
    const t0 = performance.now();
    const changed = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (tiles.isConnected && tiles.textContent !== before) {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now()));
        }
      });
      observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
    });
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return (await changed) - t0;
  }, optionValue);
}

/**
 * Opening a commitment's chart: on its agreement's page, once that page has settled (network idle,
 * as when a person reads the list before choosing), a click until the chart is drawn.
 */
async function openChart(page) {
  await page.goto(`${ORIGIN}/agreements/gen-hai-phong-1`);
  const link = page.getByRole('link', { name: /Tỷ lệ dân số được phủ sóng 5G/ });
  await link.waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  // Clicked and timed inside the page, so the tooling's own latency is not counted.
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const a = [...document.querySelectorAll('a')].find((x) => /Tỷ lệ dân số được phủ sóng 5G/.test(x.textContent ?? ''));
        const t0 = performance.now();
        const poll = () => {
          if (document.querySelectorAll('.recharts-line').length >= 2) requestAnimationFrame(() => resolve(performance.now() - t0));
          else requestAnimationFrame(poll);
        };
        a.click();
        poll();
      }),
  );
}

async function measureSize(browser, size, file) {
  const result = {};
  const floors = [];
  const peers = [];
  for (let i = 0; i < REPEAT; i++) {
    const context = await browser.newContext({ bypassCSP: true });
    floors.push(await measureFloor(context, size));
    peers.push(await measurePeer(context, size));
    await context.close();
  }
  result.floor = median(floors);
  result.peer = median(peers);

  const imports = [];
  const merges = [];
  const exports = [];
  const renders = [];
  const filters = [];
  const charts = [];
  const heaps = [];
  for (let i = 0; i < REPEAT; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', acceptDownloads: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    await startEmpty(page);
    await page.goto(`${ORIGIN}/snapshots`);
    imports.push(await importThroughApp(page, file.path, false));
    await page.goto(`${ORIGIN}/snapshots`);
    merges.push(await importThroughApp(page, file.path, true));

    await page.evaluate(() => performance.clearMarks());
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Xuất tệp' }).click();
    await download;
    await page.waitForFunction(() => performance.getEntriesByName('camket:export:downloaded').length > 0);
    exports.push(await markTime(page, 'export:clicked', 'export:downloaded'));

    renders.push(await dashboardFirstRender(page));
    heaps.push(await heapUsed(page));
    filters.push(await filterChange(page, 'digital-infrastructure'));
    charts.push(await openChart(page));
    await context.close();
  }
  Object.assign(result, {
    import: median(imports),
    merge: median(merges),
    export: median(exports),
    render: median(renders),
    filter: median(filters),
    chart: median(charts),
    heap: median(heaps),
  });
  return result;
}

/**
 * Restore points on the national set: after importing it, ten imports each changing 5 % of the
 * commitments (their titles, edited later than the set). Reports the bytes the ten kept restore
 * points hold (exact, compressed, from IndexedDB), the growth of the origin's storage estimate
 * over the ten imports (data changes included), and the share of each import's write that the
 * restore point took (reading the rows as they were, compressing, storing), measured in the worker.
 */
async function measureRestorePoints(browser, file) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', serviceWorkers: 'block' });
  const page = await context.newPage();
  await startEmpty(page);
  await page.goto(`${ORIGIN}/snapshots`);
  await importThroughApp(page, file.path, false);
  const usage = () => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const before = await usage();
  const original = JSON.parse(readFileSync(file.path, 'utf8'));
  const shares = [];
  for (let i = 0; i < 10; i++) {
    const changed = structuredClone(original);
    const n = changed.data.commitments.length;
    for (let k = i; k < n; k += 20) {
      const c = changed.data.commitments[k];
      Object.assign(c, { title: `${c.title} (sửa lần ${i + 1})`, updatedAt: `2026-11-${String(10 + i).padStart(2, '0')}T08:00:00.000Z` });
    }
    const path = join(BENCH_DIR, `national-5pc-${i}.json`);
    writeFileSync(path, JSON.stringify(changed));
    await page.goto(`${ORIGIN}/snapshots`);
    await importThroughApp(page, path, false);
    const t = await page.evaluate(() => performance.getEntriesByName('camket:import:applied').at(-1)?.detail ?? null);
    if (t) shares.push(t.restorePointMs / (t.applyMs - t.restorePointMs));
  }
  const after = await usage();
  const pointBytes = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('cam-ket');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('restorePointData').objectStore('restorePointData').getAll();
          all.onsuccess = () => resolve(all.result.reduce((n, r) => n + (r.patch?.byteLength ?? 0), 0));
          all.onerror = () => reject(all.error);
        };
      }),
  );
  await context.close();
  return { pointBytes, storageGrowth: after - before, share: median(shares), commitmentsChanged: Math.ceil(original.data.commitments.length / 20) };
}

/** Gzipped JS: what index.html loads before any content, and all the overview's first visit loads. */
async function measureBundle(browser) {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const gz = (url) => gzipSync(readFileSync(join(DIST, url))).length;
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const loaded = new Set();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.js') && path.startsWith('/assets/')) loaded.add(path);
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => document.querySelectorAll('.recharts-surface').length >= 2, null, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await context.close();
  return { beforeContent: initial.reduce((n, u) => n + gz(u), 0), firstScreen: [...loaded].reduce((n, u) => n + gz(u), 0) };
}

function verdict(value, limit) {
  return value === null ? '' : value <= limit ? ' ✓' : ' ✗';
}

async function main() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('Build first: npm run bench builds, then runs this script.');
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('No Chromium found (see scripts/ensure-chromium.mjs).');
  const files = prepareFiles();
  const server = await startServer();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const rows = [];
    for (const size of ONLY) {
      process.stderr.write(`measuring ${size}…\n`);
      rows.push({ size, file: files[size], ...(await measureSize(browser, size, files[size])) });
    }
    const bundle = await measureBundle(browser);
    const points = ONLY.includes('national') ? await measureRestorePoints(browser, files.national) : null;
    const version = await browser.version();

    const national = (size) => size === 'national';
    console.log(`\nCam kết benchmark — ${new Date().toISOString().slice(0, 10)}, Chromium ${version}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; medians of ${REPEAT}`);
    console.log('Targets (national set): import ≤ 3 s, ≤ 4× floor, faster than the peer; export ≤ 2 s; first render ≤ 1 s; filter ≤ 150 ms; chart ≤ 300 ms; heap ≤ 300 MB.\n');
    console.log('| size | data | import (empty DB) | × floor | × peer | merge-import | export | overview first render | filter change | open chart (settled page) | JS heap |');
    console.log('|---|---|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
      const n = national(r.size);
      const f = r.file;
      const check = (v, limit) => (n ? verdict(v, limit) : '');
      console.log(
        `| ${r.size} | ${f.agreements} agreements, ${f.commitments} commitments, ${f.checkIns} check-ins, ${(f.bytes / 2 ** 20).toFixed(1)} MB | ${ms(r.import)}${check(r.import, 3000)} | ${(r.import / r.floor).toFixed(1)}×${check(r.import / r.floor, 4)} (floor ${ms(r.floor)}) | ${(r.import / r.peer).toFixed(2)}×${check(r.import / r.peer, 1)} (peer ${ms(r.peer)}) | ${ms(r.merge)} | ${ms(r.export)}${check(r.export, 2000)} | ${ms(r.render)}${check(r.render, 1000)} | ${ms(r.filter)}${check(r.filter, 150)} | ${ms(r.chart)}${check(r.chart, 300)} | ${(r.heap / 2 ** 20).toFixed(0)} MB${check(r.heap / 2 ** 20, 300)} |`,
      );
    }
    if (points) {
      const mb = (b) => `${(b / 2 ** 20).toFixed(1)} MB`;
      console.log(
        `\nRestore points (national set, ten imports each changing ${points.commitmentsChanged} commitments, 5 %): the ten points hold ${mb(points.pointBytes)}${verdict(points.pointBytes / 2 ** 20, 15)} (target ≤ 15 MB); storage estimate grew ${mb(points.storageGrowth)} over the ten imports, data changes included; a point adds ${(points.share * 100).toFixed(0)} % to its import's write${verdict(points.share * 100, 20)} (target ≤ 20 %).`,
      );
    }
    console.log(`\nGzipped JS: before the first content ${kb(bundle.beforeContent)}${verdict(bundle.beforeContent / 1024, 160)} (target ≤ 160 KB); everything the first screen loads ${kb(bundle.firstScreen)}${verdict(bundle.firstScreen / 1024, 300)} (target ≤ 300 KB).`);
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
