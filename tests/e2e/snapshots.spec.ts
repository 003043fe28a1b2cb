import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function chooseFile(page: Page, name: string, content: string) {
  await page.getByLabel('Chọn tệp bản sao (.json)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

const preview = (page: Page) => page.getByRole('table', { name: 'Số bản ghi theo loại' });
const row = (page: Page, name: string) => preview(page).getByRole('row', { name: new RegExp(`^${name}`) });
// Merge columns: Mới, Cập nhật, Không đổi, Xung đột, Chuyển vào thùng rác, Khôi phục.
const mergeRow = (name: string, n: [number, number, number, number, number, number]) => new RegExp(`^${name}\\s*${n.join('\\s*')}$`);

const AGREEMENT = 'agr-hai-duong-fpt-2021';
const LOCAL_TITLE = 'Thỏa thuận FPT — tên sửa trên máy này';

/** Exports the whole data set from this laptop, as a parsed file. */
async function exportAll(page: Page): Promise<Json> {
  await page.goto('/snapshots');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất tệp' }).click();
  return JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
}

async function retitleHere(page: Page, title: string) {
  await page.goto(`/agreements/${AGREEMENT}/edit`);
  await page.getByLabel('Tên thỏa thuận').fill(title);
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
}

/**
 * The file "another laptop" sends after it received `base` (this laptop's export) and changed the
 * first agreement (Hải Dương – FPT) at `at` (by default just after this laptop's last change): the changed fields get that laptop's clock, and its
 * vector says it had seen everything in `base`.
 */
const OTHER_DEVICE = 'b0b0b0b0-b0b0-4b0b-8b0b-b0b0b0b0b0b0';
const OTHER_NODE = 'b0b0b0b0b0b04b0b';
function fromOtherLaptop(base: Json, fields: Record<string, unknown>, at = Date.now() + 5_000): string {
  const file = structuredClone(base);
  const clock = `${new Date(at).toISOString()}-0000-${OTHER_NODE}`;
  file.exportedAt = new Date(at + 1000).toISOString();
  file.exportedBy = { deviceId: OTHER_DEVICE, user: 'Máy khác' };
  file.vector = { ...file.vector, [OTHER_NODE]: clock };
  const agreement = file.data.agreements.find((a: Json) => a.id === AGREEMENT);
  for (const [field, value] of Object.entries(fields)) {
    agreement[field] = value;
    agreement.clock[field] = clock;
  }
  agreement.updatedAt = new Date(at).toISOString();
  agreement.rev += 1;
  return JSON.stringify(file);
}

/**
 * The usual case: this laptop renamed the agreement and sent its copy; the other laptop renamed it
 * again after receiving it. (Starting from this laptop's own change keeps the test about an update:
 * see the exchange tests for a change of a record nobody had edited since the demo data.)
 */
async function renamedElsewhere(page: Page, title: string) {
  await retitleHere(page, LOCAL_TITLE);
  return fromOtherLaptop(await exportAll(page), { title });
}

test.describe('export', () => {
  test('downloads the whole database as a snapshot file', async ({ page }) => {
    await page.goto('/snapshots');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất tệp' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^camket-toan-bo-\d{4}-\d{2}-\d{2}\.json$/);
    const snapshot = JSON.parse(readFileSync((await file.path())!, 'utf8'));
    expect(snapshot).toMatchObject({ format: 'cam-ket-snapshot', formatVersion: 2, scope: { kind: 'all' }, contents: 'full', base: null });
    expect(snapshot.data.agreements).toHaveLength(5);
    expect(snapshot.data.deletions).toEqual([]);
    // Every field travels with the time of its last change (demo data: before clocks, by no device).
    // Demo records were never edited here: their fields date from before clocks, which a file leaves implied.
    expect(snapshot.data.agreements[0].clock).toEqual({});
    await expect(page.getByRole('status').filter({ hasText: 'Đã xuất camket-toan-bo-' })).toContainText('5 thỏa thuận, 56 nội dung cam kết');
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
    const content = await renamedElsewhere(page, 'Thỏa thuận FPT — bản sửa trên máy khác');
    await page.goto('/snapshots');
    await chooseFile(page, 'camket-may-khac.json', content);

    await expect(page.getByText(/^Tệp camket-may-khac\.json: xuất lúc .* \(người xuất: Máy khác\), phạm vi: Toàn bộ dữ liệu, định dạng phiên bản 2\.$/)).toBeVisible();
    await expect(row(page, 'Thỏa thuận')).toHaveText(mergeRow('Thỏa thuận', [0, 1, 4, 0, 0, 0]));
    await expect(row(page, 'Nội dung cam kết')).toHaveText(mergeRow('Nội dung cam kết', [0, 0, 56, 0, 0, 0]));
    await page.locator('summary').filter({ hasText: 'Thỏa thuận FPT — bản sửa trên máy khác' }).click();
    const fields = page.getByRole('table', { name: 'Thỏa thuận FPT — bản sửa trên máy khác' });
    const title = fields.getByRole('row').filter({ hasText: LOCAL_TITLE });
    await expect(title).toContainText('Máy khác sửa lúc');
    await expect(title).toContainText('Trong tệp');
    await expect(title).not.toContainText('Xung đột');
    // The field is named in words (soft: the rest of the test still runs if not).
    await expect.soft(title.getByRole('rowheader')).toHaveText('Tên');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập camket-may-khac.json' })).toContainText(
      '0 mới, 1 cập nhật, 0 xung đột, 0 chuyển vào thùng rác hoặc xóa, 0 khôi phục',
    );
    await page.getByRole('navigation').getByRole('link', { name: 'Thỏa thuận' }).click();
    await expect(page.getByRole('link', { name: 'Thỏa thuận FPT — bản sửa trên máy khác' })).toBeVisible();

    await page.goBack();
    // The result (and its undo) is gone after leaving the page: undo through the restore point.
    await page.getByRole('button', { name: /^Khôi phục dữ liệu về lúc/ }).first().click();
    await page.getByRole('dialog', { name: 'Khôi phục dữ liệu?' }).getByRole('button', { name: 'Khôi phục' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã khôi phục dữ liệu về lúc' })).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Thỏa thuận' }).click();
    await expect(page.getByRole('link', { name: LOCAL_TITLE })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Thỏa thuận FPT — bản sửa trên máy khác' })).toHaveCount(0);
  });

  test('the undo button right after an import puts everything back, the conflict log too', async ({ page }) => {
    const content = await renamedElsewhere(page, 'Tên mới');
    await page.goto('/snapshots');
    await chooseFile(page, 'a.json', content);
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await page.getByRole('button', { name: 'Hoàn tác lần nhập này' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã hoàn tác' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Nhật ký xung đột' }).getByText('Chưa có xung đột nào.')).toBeVisible();
    await page.goto(`/agreements/${AGREEMENT}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LOCAL_TITLE);
  });

  test('by drag and drop', async ({ page }) => {
    const content = await renamedElsewhere(page, 'Kéo thả');
    await page.goto('/snapshots');
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'keo-tha.json', { type: 'application/json' }));
      return dt;
    }, content);
    await page.getByRole('region', { name: 'Vùng kéo thả tệp bản sao' }).dispatchEvent('drop', { dataTransfer });
    await expect(page.getByText(/Tệp keo-tha\.json: xuất lúc/)).toBeVisible();
    await expect(row(page, 'Thỏa thuận')).toHaveText(mergeRow('Thỏa thuận', [0, 1, 4, 0, 0, 0]));
  });

  test('a format-1 file still imports, said to be migrated', async ({ page }) => {
    await page.goto('/snapshots');
    const file = JSON.parse(fixture('snapshots/v1-demo.json'));
    await chooseFile(page, 'cu.json', JSON.stringify(file));
    await expect(page.getByText('Tệp ở định dạng cũ (phiên bản 1) đã được chuyển sang định dạng hiện tại.')).toBeVisible();
    await expect(page.getByText(/^Tệp cu\.json: xuất lúc .*định dạng phiên bản 2\.$/)).toBeVisible();
    await expect(row(page, 'Thỏa thuận')).toHaveText(/^Thỏa thuận\s*0\s*\d/);
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'cu.json' })).toBeVisible();
  });

  test('importing the same file twice changes nothing the second time', async ({ page }) => {
    const content = await renamedElsewhere(page, 'Hai lần');
    await page.goto('/snapshots');
    await chooseFile(page, 'hai-lan.json', content);
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập hai-lan.json' })).toBeVisible();
    await chooseFile(page, 'hai-lan.json', content);
    await expect(page.getByText('Tệp không có gì mới')).toBeVisible();
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Không có gì thay đổi' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Các điểm khôi phục, mới nhất trước' }).getByRole('row')).toHaveCount(2);
  });

  test('replacing with a one-province file replaces that province only, after a confirmation naming the deletions', async ({ page }) => {
    // This laptop's own Thanh Hóa file, less one commitment: replacing with it trashes that one.
    await page.goto('/snapshots');
    await page.getByRole('radio', { name: 'Một tỉnh, thành phố (kèm các tỉnh đã hợp nhất vào)' }).check();
    await page.getByRole('combobox', { name: 'Tỉnh, thành phố' }).selectOption({ label: 'Thanh Hóa' });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất tệp' }).click();
    const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
    expect(file.scope).toMatchObject({ kind: 'province', name: 'Thanh Hóa' });
    const dropped = file.data.commitments.find((c: Json) => c.id === 'agr-thanh-hoa-vnpt-2021-c05');
    expect(dropped.title).toBe('Truyền hình hội nghị: điểm cầu cấp xã');
    file.data.commitments = file.data.commitments.filter((c: Json) => c !== dropped);

    await page.reload();
    await chooseFile(page, 'thanh-hoa.json', JSON.stringify(file));
    await page.getByRole('radio', { name: 'Thay thế toàn bộ dữ liệu bằng tệp' }).check();
    await expect(page.getByText('Chỉ thay thế phần dữ liệu mà tệp bao gồm (Thanh Hóa)', { exact: false })).toBeVisible();
    await expect(preview(page).getByRole('columnheader', { name: 'Chuyển vào thùng rác' })).toBeVisible();
    await expect(preview(page).getByRole('columnheader', { name: 'Xung đột' })).toHaveCount(0);
    // Replace columns: Mới, Cập nhật, Không đổi, Chuyển vào thùng rác, Khôi phục.
    await expect(row(page, 'Nội dung cam kết')).toHaveText(/^Nội dung cam kết\s*0\s*0\s*\d+\s*1\s*0$/);
    await expect(row(page, 'Thỏa thuận')).toHaveText(/^Thỏa thuận\s*0\s*0\s*1\s*0\s*0$/);
    await expect(page.getByText('1 nội dung cam kết không có trong tệp sẽ chuyển vào thùng rác.')).toBeVisible();
    const replace = page.getByRole('button', { name: 'Thay thế toàn bộ dữ liệu' });
    await expect(replace).toBeDisabled();
    await page.getByRole('checkbox', { name: 'Tôi đồng ý chuyển 1 thỏa thuận, nội dung cam kết thuộc phạm vi “Thanh Hóa” vào thùng rác.' }).check();
    await replace.click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập thanh-hoa.json' })).toContainText('1 chuyển vào thùng rác hoặc xóa');

    // The other provinces are untouched; the dropped commitment is in the trash.
    await page.getByRole('navigation').getByRole('link', { name: 'Thỏa thuận' }).click();
    await expect(page.getByText('5 thỏa thuận', { exact: true })).toBeVisible();
    await page.goto('/trash');
    await expect(page.getByRole('row', { name: /Truyền hình hội nghị: điểm cầu cấp xã/ })).toBeVisible();
  });

  test('replacing everything with a file that holds one agreement needs a second confirmation', async ({ page }) => {
    const file = await exportAll(page);
    file.data.agreements = file.data.agreements.filter((a: Json) => a.id === 'agr-thanh-hoa-vnpt-2021');
    file.data.commitments = file.data.commitments.filter((c: Json) => c.agreementId === 'agr-thanh-hoa-vnpt-2021');
    await page.reload();
    await chooseFile(page, 'chi-thanh-hoa.json', JSON.stringify(file));
    await page.getByRole('radio', { name: 'Thay thế toàn bộ dữ liệu bằng tệp' }).check();
    await expect(row(page, 'Thỏa thuận')).toHaveText(/^Thỏa thuận\s*0\s*0\s*1\s*4\s*0$/);
    await expect(page.getByText('4 thỏa thuận không có trong tệp sẽ chuyển vào thùng rác (kèm các nội dung cam kết của chúng).')).toBeVisible();
    const replace = page.getByRole('button', { name: 'Thay thế toàn bộ dữ liệu' });
    await expect(replace).toBeDisabled();
    // Merging instead needs no confirmation, and deletes nothing (the file deletes nothing).
    await page.getByRole('radio', { name: 'Gộp vào dữ liệu hiện có (khuyến nghị)' }).check();
    await expect(row(page, 'Thỏa thuận')).toHaveText(mergeRow('Thỏa thuận', [0, 0, 1, 0, 0, 0]));
    await page.getByRole('radio', { name: 'Thay thế toàn bộ dữ liệu bằng tệp' }).check();
    await page.getByRole('checkbox', { name: /^Tôi đồng ý chuyển \d+ thỏa thuận, nội dung cam kết thuộc phạm vi “Toàn bộ dữ liệu” vào thùng rác\.$/ }).check();
    await replace.click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập chi-thanh-hoa.json' })).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Thỏa thuận' }).click();
    await expect(page.getByText('1 thỏa thuận', { exact: true })).toBeVisible();
    await page.goto('/trash');
    await expect(page.getByRole('row', { name: /giữa tỉnh Hải Dương và Công ty Cổ phần FPT/ })).toBeVisible();
  });

  test('a conflict is per field: the other field merges, the same field goes to the log, and the other value can be used', async ({ page }) => {
    // Both laptops start from this laptop's copy; then this laptop retitles the agreement again,
    // while the other one (later) retitles it too and changes where it was signed.
    await retitleHere(page, LOCAL_TITLE);
    const base = await exportAll(page);
    await retitleHere(page, 'Tên của máy này');
    const content = fromOtherLaptop(base, { title: 'Tên của máy khác', signedPlace: 'Hà Nội (máy khác)' }, Date.now() + 60_000);

    await page.goto('/snapshots');
    await chooseFile(page, 'may-khac.json', content);
    await expect(row(page, 'Thỏa thuận')).toHaveText(mergeRow('Thỏa thuận', [0, 0, 4, 1, 0, 0]));
    await expect(page.getByText('1 bản ghi có trường được hai máy cùng sửa: giữ giá trị sửa sau cùng, giá trị còn lại ghi vào nhật ký xung đột.')).toBeVisible();
    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập may-khac.json' })).toContainText('0 mới, 0 cập nhật, 1 xung đột');

    const log = page.getByRole('region', { name: 'Nhật ký xung đột' });
    const entry = log.getByRole('listitem');
    await expect(entry).toHaveCount(1);
    const titleRow = entry.getByRole('row').filter({ hasText: 'Tên của máy khác' });
    await expect(titleRow).toContainText('Tên của máy này');
    await expect(titleRow).toContainText('Máy khác sửa lúc');
    await expect(titleRow).toContainText('Xung đột: hai máy cùng sửa');
    // Only the field both changed is in the log.
    await expect.soft(entry.getByRole('row').filter({ hasText: 'Hà Nội (máy khác)' })).toHaveCount(0);
    await expect.soft(entry).toContainText('Trường: Tên.');
    await expect.soft(log.getByRole('button', { name: 'Dùng giá trị còn lại của Tên của máy khác (Tên)' })).toBeVisible();
    await log.getByRole('button', { name: /^Dùng giá trị còn lại của Tên của máy khác \(/ }).click();
    await expect(log.getByRole('status')).toContainText('Đã dùng giá trị còn lại của Tên của máy khác');

    await page.goto(`/agreements/${AGREEMENT}/edit`);
    await expect(page.getByLabel('Tên thỏa thuận')).toHaveValue('Tên của máy này');
    await expect(page.getByLabel('Nơi ký')).toHaveValue('Hà Nội (máy khác)');
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

  test('a format-2 file with a change dated more than a day ahead is refused, saying why', async ({ page }) => {
    await page.goto('/snapshots');
    await chooseFile(page, 'dong-ho-sai.json', fixture('bad-snapshots/v2-clock-ahead.json'));
    await expect(page.getByRole('alert')).toContainText('Không nhập được tệp dong-ho-sai.json. Dữ liệu trên máy không thay đổi.');
    await expect(page.getByRole('alert')).toContainText('muộn hơn giờ của máy này quá 24 giờ. Đồng hồ của máy xuất tệp có thể bị sai');
  });

  test('a changes-only file whose base this laptop lacks is refused in plain words', async ({ page }) => {
    await page.goto('/snapshots');
    await chooseFile(page, 'thay-doi.json', fixture('bad-snapshots/v2-base-missing.json'));
    await expect(page.getByRole('alert')).toContainText('Tệp này chỉ gồm các thay đổi, dựa trên những thay đổi mà máy này chưa có (từ máy 111111).');
    await expect(page.getByRole('button', { name: 'Nhập dữ liệu' })).toBeDisabled();
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
    await expect(page).toHaveTitle('Thỏa thuận — Cam kết');
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
  await expect(points.getByRole('row').nth(1)).toContainText('5 thỏa thuận, 56 nội dung, 4 báo cáo');
  await points.getByRole('button', { name: /^Khôi phục dữ liệu về lúc/ }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Khôi phục' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã khôi phục' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Thỏa thuận' }).click();
  await expect(page.getByText('5 thỏa thuận', { exact: true })).toBeVisible();
});
