import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const golden = () => JSON.parse(fixture('snapshots/v1-demo.json')) as {
  data: { agreements: { id: string; title: string; rev: number; updatedAt: string }[] };
};

/** The golden demo snapshot with the first agreement (Hải Dương – FPT) retitled on "another laptop". */
function retitled(title: string, rev: number, updatedAt: string): string {
  const file = golden();
  Object.assign(file.data.agreements[0]!, { title, rev, updatedAt });
  return JSON.stringify(file);
}

async function chooseFile(page: Page, name: string, content: string) {
  await page.getByLabel('Chọn tệp bản sao (.json)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

const preview = (page: Page) => page.getByRole('table', { name: 'Số bản ghi theo loại' });
const row = (page: Page, name: string) => preview(page).getByRole('row', { name: new RegExp(`^${name}`) });

test.describe('export', () => {
  test('downloads the whole database as a snapshot file', async ({ page }) => {
    await page.goto('/snapshots');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất tệp' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^camket-toan-bo-\d{4}-\d{2}-\d{2}\.json$/);
    const snapshot = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(snapshot).toMatchObject({ format: 'cam-ket-snapshot', formatVersion: 1, scope: { kind: 'all' } });
    expect(snapshot.data.agreements).toHaveLength(5);
    await expect(page.getByRole('status').filter({ hasText: 'Đã xuất camket-toan-bo-' })).toContainText('5 thỏa thuận, 53 nội dung cam kết');
    await expectAccessible(page);
  });

  test('downloads one province with its former provinces', async ({ page }) => {
    await page.goto('/snapshots');
    await page.getByRole('radio', { name: 'Một tỉnh, thành phố (kèm các tỉnh đã hợp nhất vào)' }).check();
    await page.getByRole('combobox', { name: 'Tỉnh, thành phố' }).selectOption({ label: 'Hải Phòng' });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất tệp' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^camket-hai-phong-\d{4}-\d{2}-\d{2}\.json$/);
    const snapshot = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(snapshot.data.agreements.map((a: { signatoryUnitId: string }) => a.signatoryUnitId)).toEqual(['hai-duong', 'hai-duong', 'hai-duong']);
  });
});

test.describe('import', () => {
  test('through the file chooser: preview, import, and undo', async ({ page }) => {
    await page.goto('/snapshots');
    await chooseFile(page, 'camket-may-khac.json', retitled('Thỏa thuận FPT — bản sửa trên máy khác', 2, '2026-11-20T00:00:00.000Z'));

    await expect(row(page, 'Thỏa thuận')).toHaveText(/Thỏa thuận\s*0\s*1\s*4\s*0/);
    await expect(row(page, 'Nội dung cam kết')).toHaveText(/Nội dung cam kết\s*0\s*0\s*53\s*0/);
    await page.locator('summary').filter({ hasText: 'Thỏa thuận FPT — bản sửa trên máy khác' }).click();
    await expect(page.getByRole('table', { name: 'Thỏa thuận FPT — bản sửa trên máy khác' })).toContainText('Thỏa thuận hợp tác về chuyển đổi số giai đoạn 2021-2025 giữa tỉnh Hải Dương');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập camket-may-khac.json' })).toContainText('0 mới, 1 cập nhật, 0 xung đột');
    await page.getByRole('navigation').getByRole('link', { name: 'Thỏa thuận' }).click();
    await expect(page.getByRole('link', { name: 'Thỏa thuận FPT — bản sửa trên máy khác' })).toBeVisible();

    await page.goBack();
    // The result (and its undo) is gone after leaving the page: undo through the restore point.
    await page.getByRole('button', { name: /^Khôi phục dữ liệu về lúc/ }).first().click();
    await page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' }).getByRole('button', { name: 'Khôi phục' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã khôi phục dữ liệu về lúc' })).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Thỏa thuận' }).click();
    await expect(page.getByRole('link', { name: /giữa tỉnh Hải Dương và Công ty Cổ phần FPT/ })).toBeVisible();
  });

  test('the undo button right after an import puts everything back', async ({ page }) => {
    await page.goto('/snapshots');
    await chooseFile(page, 'a.json', retitled('Tên mới', 5, '2026-11-20T00:00:00.000Z'));
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await page.getByRole('button', { name: 'Hoàn tác lần nhập này' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã hoàn tác' })).toBeVisible();
    await page.goto('/agreements/agr-hai-duong-fpt-2021');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('giữa tỉnh Hải Dương và Công ty Cổ phần FPT');
  });

  test('by drag and drop', async ({ page }) => {
    await page.goto('/snapshots');
    const content = retitled('Kéo thả', 3, '2026-11-20T00:00:00.000Z');
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'keo-tha.json', { type: 'application/json' }));
      return dt;
    }, content);
    await page.getByRole('region', { name: 'Vùng kéo thả tệp bản sao' }).dispatchEvent('drop', { dataTransfer });
    await expect(page.getByText(/Tệp keo-tha\.json: xuất lúc/)).toBeVisible();
    await expect(row(page, 'Thỏa thuận')).toHaveText(/Thỏa thuận\s*0\s*1\s*4\s*0/);
  });

  test('importing the same file twice changes nothing the second time', async ({ page }) => {
    await page.goto('/snapshots');
    const content = retitled('Hai lần', 2, '2026-11-20T00:00:00.000Z');
    await chooseFile(page, 'hai-lan.json', content);
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập hai-lan.json' })).toBeVisible();
    await chooseFile(page, 'hai-lan.json', content);
    await expect(page.getByText('Tệp không có gì mới')).toBeVisible();
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Không có gì thay đổi' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Các điểm khôi phục, mới nhất trước' }).getByRole('row')).toHaveCount(2);
  });

  test('replace mode shows what will be removed, and leaves exactly the file', async ({ page }) => {
    await page.goto('/snapshots');
    const file = golden();
    file.data.agreements = file.data.agreements.filter((a) => a.id === 'agr-thanh-hoa-vnpt-2021');
    const full = JSON.parse(fixture('snapshots/v1-demo.json'));
    full.data.agreements = file.data.agreements;
    full.data.commitments = full.data.commitments.filter((c: { agreementId: string }) => c.agreementId === 'agr-thanh-hoa-vnpt-2021');
    await chooseFile(page, 'chi-thanh-hoa.json', JSON.stringify(full));
    await page.getByRole('radio', { name: 'Thay thế toàn bộ dữ liệu bằng tệp' }).check();
    await expect(preview(page).getByRole('columnheader', { name: 'Bị xóa' })).toBeVisible();
    await expect(row(page, 'Thỏa thuận')).toHaveText(/Thỏa thuận\s*0\s*0\s*1\s*4/);
    await page.getByRole('button', { name: 'Thay thế toàn bộ dữ liệu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập chi-thanh-hoa.json' })).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Thỏa thuận' }).click();
    await expect(page.getByText('1 thỏa thuận', { exact: true })).toBeVisible();
  });

  test('a conflict is kept in the log, and the other version can be used', async ({ page }) => {
    await page.goto('/snapshots');
    await chooseFile(page, 'may-a.json', retitled('Tên của máy A', 2, '2026-11-20T01:00:00.000Z'));
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập may-a.json' })).toBeVisible();
    await chooseFile(page, 'may-b.json', retitled('Tên của máy B', 2, '2026-11-20T02:00:00.000Z'));
    await expect(row(page, 'Thỏa thuận')).toHaveText(/Thỏa thuận\s*0\s*0\s*4\s*1/);
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập may-b.json' })).toContainText('1 xung đột');

    const log = page.getByRole('region', { name: 'Nhật ký xung đột' });
    await expect(log).toContainText('Tên của máy B');
    await expect(log).toContainText('Đang dùng: bản trong tệp');
    await log.getByRole('button', { name: 'Dùng phiên bản còn lại của Tên của máy B' }).click();
    await expect(log.getByRole('status')).toContainText('Đã dùng phiên bản còn lại');
    await page.goto('/agreements/agr-hai-duong-fpt-2021');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tên của máy A');
  });
});

test.describe('bad files', () => {
  test('a damaged file is refused with a clear message and nothing changes', async ({ page }) => {
    await page.goto('/snapshots');
    await chooseFile(page, 'hong.json', fixture('bad-snapshots/truncated.json'));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Không nhập được tệp hong.json. Dữ liệu trên máy không thay đổi.');
    await expect(alert).toContainText('Tệp không phải JSON hợp lệ');
    await expect(page.getByRole('button', { name: 'Nhập dữ liệu' })).toHaveCount(0);
    await expectAccessible(page);
  });

  test('a wrong field is named with its record', async ({ page }) => {
    await page.goto('/snapshots');
    await chooseFile(page, 'ngay-sai.json', fixture('bad-snapshots/impossible-date.json'));
    await expect(page.getByRole('alert')).toContainText('trường “checkIns.0.asOf”: ngày không tồn tại');
    await expect(page.getByRole('alert')).toContainText('mã “agr-phu-tho-viettel-2025-c04”');
  });

  test('a file from a newer version of the app is refused', async ({ page }) => {
    await page.goto('/snapshots');
    await chooseFile(page, 'moi-hon.json', fixture('bad-snapshots/newer-version.json'));
    await expect(page.getByRole('alert')).toContainText('phiên bản Cam kết mới hơn');
  });

  test('a 200 MB file is refused unread', async ({ page }) => {
    await page.goto('/snapshots');
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(200 * 1024 * 1024)], 'qua-lon.json', { type: 'application/json' }));
      return dt;
    });
    await page.getByRole('region', { name: 'Vùng kéo thả tệp bản sao' }).dispatchEvent('drop', { dataTransfer });
    await expect(page.getByRole('alert')).toContainText('Tệp quá lớn (200 MB); giới hạn là 100 MB.');
  });

  test('markup inside a text field is shown as text, never run', async ({ page }) => {
    page.on('dialog', (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
    await page.goto('/snapshots');
    await chooseFile(page, 'markup.json', fixture('snapshots/markup-in-text.json'));
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập markup.json' })).toBeVisible();
    await page.goto('/agreements/agr-hai-duong-fpt-2021');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('<img src=x onerror="document.title=\'pwned\'"><script>alert(1)</script> Thỏa thuận thử');
    await expect(page.locator('main img')).toHaveCount(0);
    await expect(page).toHaveTitle('Cam kết');
  });
});

test('"start empty" can be undone from the restore points', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xóa toàn bộ' }).click();
  await expect(page.getByText('0 thỏa thuận, 0 nội dung cam kết')).toBeVisible();
  // Settings lead to the restore points.
  await page.getByRole('link', { name: /^Điểm khôi phục, hoàn tác lần nhập và nhật ký xung đột/ }).click();
  const points = page.getByRole('table', { name: 'Các điểm khôi phục, mới nhất trước' });
  await expect(points.getByRole('row').nth(1)).toContainText('xóa toàn bộ dữ liệu');
  await expect(points.getByRole('row').nth(1)).toContainText('5 thỏa thuận, 53 nội dung, 4 báo cáo');
  await points.getByRole('button', { name: /^Khôi phục dữ liệu về lúc/ }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã khôi phục' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Thỏa thuận' }).click();
  await expect(page.getByText('5 thỏa thuận', { exact: true })).toBeVisible();
});
