/**
 * Offline use and durability, against the built app and its real service worker (vite preview).
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, expectAccessible, test } from './fixtures';

const DIST = process.env.E2E_DIST ? `${process.env.E2E_DIST.replace(/\/$/, '')}/` : new URL('../../dist/', import.meta.url).pathname;

function distFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? distFiles(path) : [`/${relative(DIST, path)}`];
  });
}

test('the build precaches index.html and every file the app needs', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const list = JSON.parse(/const PRECACHE = (\[.*?\]);/.exec(sw)![1]!) as string[];
  const expected = distFiles().filter((f) => f !== '/sw.js' && !f.endsWith('.map'));
  expect(list.sort()).toEqual(expected.sort());
  expect(list).toContain('/index.html');
  expect(list.filter((f) => f.startsWith('/assets/') && f.endsWith('.js')).length).toBeGreaterThan(10);
  expect(list).toEqual(expect.arrayContaining(['/manifest.webmanifest', '/icon-192.png', '/icon-512.png']));
});

test('after one visit, the app opens and works with no network at all', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Tổng quan' })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect(page.getByText('Cam kết đã sẵn sàng dùng khi không có mạng.')).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Chỉ số chính' })).toContainText('56');
  // Every route, opened directly.
  for (const [url, heading] of [
    ['/agreements', 'Thỏa thuận hợp tác'],
    ['/agreements/agr-phu-tho-viettel-2025', /giai đoạn 2025-2030/],
    ['/commitments/agr-phu-tho-viettel-2025-c07', /trạm phát sóng/],
    ['/snapshots', 'Sao lưu và trao đổi dữ liệu'],
    ['/settings', 'Cài đặt'],
  ] as const) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
  }
  // Entering data works offline: a setting, and an import (its worker comes from the cache).
  await page.getByRole('textbox', { name: /Tên của bạn/ }).fill('Thư ký, không có mạng');
  await page.getByRole('button', { name: 'Lưu tên' }).click();
  await expect(page.getByText('Đã lưu tên.')).toBeVisible();
  await page.goto('/snapshots');
  const file = JSON.parse(readFileSync(new URL('../fixtures/snapshots/v1-demo.json', import.meta.url), 'utf8'));
  Object.assign(file.data.agreements[0], { title: 'Sửa khi không có mạng', rev: 2 });
  await page.getByLabel('Chọn tệp bản sao (.json)').setInputFiles({ name: 'offline.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập offline.json' })).toBeVisible();
  await page.reload();
  await page.goto('/settings');
  await expect(page.getByRole('textbox', { name: /Tên của bạn/ })).toHaveValue('Thư ký, không có mạng');
  await context.setOffline(false);
});

test('a change in one tab appears in the other', async ({ context }) => {
  const one = await context.newPage();
  const two = await context.newPage();
  await one.goto('/settings');
  await expect(one.getByText('5 thỏa thuận, 56 nội dung cam kết')).toBeVisible();
  await two.goto('/settings');
  await expect(two.getByText('5 thỏa thuận, 56 nội dung cam kết')).toBeVisible();

  await one.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click();
  await one.getByRole('dialog').getByRole('button', { name: 'Xóa toàn bộ' }).click();
  await expect(two.getByText('0 thỏa thuận, 0 nội dung cam kết')).toBeVisible();

  await two.getByRole('textbox', { name: /Tên của bạn/ }).fill('Tab hai');
  await two.getByRole('button', { name: 'Lưu tên' }).click();
  await expect(one.getByRole('textbox', { name: /Tên của bạn/ })).toHaveValue('Tab hai');
});

test('a database upgrade in another tab asks this one to reload instead of failing', async ({ context }) => {
  const app = await context.newPage();
  await app.goto('/agreements');
  await expect(app.getByText('5 thỏa thuận', { exact: true })).toBeVisible();
  // Another tab opens the database at a newer version (as a newer app would).
  const other = await context.newPage();
  await other.goto('/khong-co-trang-nay');
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('cam-ket', 1000);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
  );
  await expect(app.getByRole('alert')).toContainText('Cam kết vừa được cập nhật ở một thẻ khác');
  await expect(app.getByRole('alert').getByRole('button', { name: 'Tải lại trang' })).toBeVisible();
});

/** Makes every IndexedDB write in this realm (page or worker) fail as a full disk does. */
function simulateFullDisk() {
  for (const method of ['put', 'add'] as const) {
    IDBObjectStore.prototype[method] = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    } as IDBObjectStore['put'];
  }
}

test('a full disk during an import leaves the database unchanged and says so', async ({ page }) => {
  await page.goto('/snapshots');
  await expect(page.getByText('Chưa có điểm khôi phục nào.')).toBeVisible();
  // The import is written by its worker: the disk fills up there.
  const worker = page.waitForEvent('worker');
  const file = JSON.parse(readFileSync(new URL('../fixtures/snapshots/v1-demo.json', import.meta.url), 'utf8'));
  Object.assign(file.data.agreements[0], { title: 'Không được ghi', rev: 2 });
  await page.getByLabel('Chọn tệp bản sao (.json)').setInputFiles({ name: 'day.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await (await worker).evaluate(simulateFullDisk);
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  await expect(page.getByRole('alert')).toContainText('Bộ nhớ của trình duyệt đã đầy nên không lưu được. Dữ liệu cũ vẫn an toàn.');
  await page.goto('/agreements/agr-hai-duong-fpt-2021');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('giữa tỉnh Hải Dương và Công ty Cổ phần FPT');
  await page.goto('/snapshots');
  await expect(page.getByText('Chưa có điểm khôi phục nào.')).toBeVisible();
});

test('a full disk during "start empty" leaves everything in place and says so', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.getByText('5 thỏa thuận, 56 nội dung cam kết')).toBeVisible();
  await page.evaluate(simulateFullDisk);
  await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xóa toàn bộ' }).click();
  await expect(page.getByRole('alert')).toContainText('Bộ nhớ của trình duyệt đã đầy');
  await page.reload();
  await expect(page.getByText('5 thỏa thuận, 56 nội dung cam kết')).toBeVisible();
});

test('settings tell how safe the data is, and the backup reminder comes and goes', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-01T09:00:00'));
  await page.goto('/settings');
  const storage = page.getByRole('region', { name: 'Độ an toàn của dữ liệu' });
  await expect(storage).toContainText(/lưu trữ bền vững/);
  await expect(storage).toContainText(/Đang dùng .* MB trên hạn mức .* MB\./);
  await expect(storage).toContainText('Chưa từng xuất bản sao toàn bộ.');
  await expect(page.getByText('Chưa từng xuất bản sao toàn bộ dữ liệu trên máy này.')).toHaveCount(0);
  await expectAccessible(page);

  // A bad number is explained next to the field.
  await storage.getByRole('textbox', { name: 'Nhắc xuất bản sao sau (ngày)' }).fill('0');
  await storage.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(storage.getByText('Số ngày phải là số nguyên từ 1 đến 365.')).toBeVisible();
  await storage.getByRole('textbox', { name: 'Nhắc xuất bản sao sau (ngày)' }).fill('3');
  await storage.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(storage.getByText('Đã lưu.')).toBeVisible();

  // Five days later, with no export: the reminder.
  await page.clock.setFixedTime(new Date('2026-11-06T09:00:00'));
  await page.goto('/');
  const reminder = page.getByRole('status').filter({ hasText: 'Chưa từng xuất bản sao toàn bộ dữ liệu trên máy này.' });
  await expect(reminder).toBeVisible();
  await reminder.getByRole('link', { name: 'Xuất bản sao ngay' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất tệp' }).click();
  await download;
  await expect(page.getByText('Chưa từng xuất bản sao toàn bộ dữ liệu trên máy này.')).toHaveCount(0);
});

test('a new version waits for the user, and updates when asked', async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const swPath = join(DIST, 'sw.js');
  const original = readFileSync(swPath, 'utf8');
  try {
    // A new build: the service worker script changes by a byte.
    writeFileSync(swPath, `${original}\n// next build\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const prompt = page.getByRole('status').filter({ hasText: 'Đã có phiên bản mới của Cam kết.' });
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    // Nothing reloads on its own: the user chooses when.
    await page.getByRole('link', { name: 'Thỏa thuận' }).first().click();
    await expect(prompt).toBeVisible();
    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Tải lại và cập nhật' }).click();
    await reloaded;
    await expect(page.getByRole('heading', { level: 1, name: 'Thỏa thuận hợp tác' })).toBeVisible();
    await expect(page.getByText('Đã có phiên bản mới của Cam kết.')).toHaveCount(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
  } finally {
    writeFileSync(swPath, original);
  }
});
