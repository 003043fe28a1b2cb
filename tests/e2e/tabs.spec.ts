/**
 * Several tabs on one profile (one browser context, two pages, one IndexedDB) and interruptions:
 * a form never saves over a newer version, typed input survives the record being deleted in another
 * tab, and leaving the page while an import is being written asks first and is told about afterwards.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

// Two pages of the app at once, each re-reading after the other's writes, with reloads and axe: on
// a busy 2-core machine one of these takes up to twice as long as a one-page test.
test.describe.configure({ timeout: 240_000 });

const COMMITMENT = 'agr-hai-duong-fpt-2021-c01';
const AGREEMENT = 'agr-hai-duong-viettel-2022';

const commitmentForm = (page: Page) => page.getByRole('form', { name: 'Sửa nội dung cam kết' });

test('a stale commitment form is merged with the other tab\'s save: the new title stays, the typed clause is kept', async ({ page: one, context }) => {
  const two = await context.newPage();
  await one.goto(`/commitments/${COMMITMENT}/edit`);
  await two.goto(`/commitments/${COMMITMENT}/edit`);
  const oldTitle = await commitmentForm(one).getByLabel('Tên nội dung cam kết').inputValue();
  expect(oldTitle.length).toBeGreaterThan(10);
  await expect(commitmentForm(two).getByLabel('Tên nội dung cam kết')).toHaveValue(oldTitle);

  // Tab 2 starts typing before tab 1 saves.
  await commitmentForm(two).getByLabel('Điều, khoản').fill('Điều 3, khoản 2 (thẻ 2)');
  await commitmentForm(one).getByLabel('Tên nội dung cam kết').fill('Sản phẩm chuyển đổi số — tên sửa ở thẻ 1');
  await commitmentForm(one).getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(one.getByRole('heading', { level: 1 })).toContainText('Sản phẩm chuyển đổi số — tên sửa ở thẻ 1');

  // Tab 2 says so, names the record and the field, and shows the new title without losing the typed clause.
  const notice = two.getByRole('alert').filter({ hasText: 'đã được lưu ở nơi khác' });
  await expect(notice).toContainText(`Trong lúc bạn sửa, nội dung cam kết “Sản phẩm chuyển đổi số — tên sửa ở thẻ 1” đã được lưu ở nơi khác`);
  await expect(notice.getByRole('listitem')).toHaveText([
    `Tên nội dung cam kết: nơi khác đã đổi thành “Sản phẩm chuyển đổi số — tên sửa ở thẻ 1” (trước đó “${oldTitle}”); bạn chưa sửa trường này nên biểu mẫu đã lấy giá trị mới.`,
  ]);
  await expect(commitmentForm(two).getByLabel('Tên nội dung cam kết')).toHaveValue('Sản phẩm chuyển đổi số — tên sửa ở thẻ 1');
  await expect(commitmentForm(two).getByLabel('Điều, khoản')).toHaveValue('Điều 3, khoản 2 (thẻ 2)');
  await expectAccessible(two);

  await commitmentForm(two).getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(two.getByRole('heading', { level: 1 })).toContainText('Sản phẩm chuyển đổi số — tên sửa ở thẻ 1');
  const history = two.getByRole('table', { name: 'Lịch sử thay đổi' });
  await expect(history).toContainText('→ Điều 3, khoản 2 (thẻ 2)');
  // Tab 2's save did not put the old title back.
  await expect(history).not.toContainText(`Sản phẩm chuyển đổi số — tên sửa ở thẻ 1 → ${oldTitle}`);
  await one.reload();
  await expect(one.getByRole('heading', { level: 1 })).toContainText('Sản phẩm chuyển đổi số — tên sửa ở thẻ 1');
});

test('the same agreement field changed in two tabs: the second save waits for the user\'s choice', async ({ page: one, context }) => {
  const two = await context.newPage();
  await one.goto(`/agreements/${AGREEMENT}/edit`);
  await two.goto(`/agreements/${AGREEMENT}/edit`);
  await expect(two.getByLabel('Nơi ký')).toHaveValue('Trụ sở Tập đoàn Viettel, TP Hà Nội');

  await two.getByLabel('Nơi ký').fill('Hà Nội — thẻ 2');
  await one.getByLabel('Nơi ký').fill('Hà Nội — thẻ 1');
  await one.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(one.getByRole('heading', { level: 2, name: 'Căn cứ pháp lý' })).toBeVisible();

  const choice = two.getByRole('group', { name: 'Nơi ký: cả bạn và nơi khác đều đã sửa — chọn giá trị sẽ lưu' });
  await expect(choice).toBeVisible();
  await expect(two.getByLabel('Nơi ký', { exact: true })).toHaveValue('Hà Nội — thẻ 2');
  await two.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(two.getByRole('alert').filter({ hasText: 'Chưa lưu: cả bạn' })).toHaveText('Chưa lưu: cả bạn và nơi khác đều đã sửa “Nơi ký”; hãy chọn giá trị sẽ lưu trong thông báo phía trên.');
  // Nothing was written: still on the form.
  await expect(two.getByRole('heading', { level: 1 })).toHaveText('Sửa thỏa thuận');
  await expectAccessible(two);

  await choice.getByRole('radio', { name: 'Lấy bản đã lưu ở nơi khác: “Hà Nội — thẻ 1”' }).check();
  await expect(two.getByLabel('Nơi ký', { exact: true })).toHaveValue('Hà Nội — thẻ 1');
  await choice.getByRole('radio', { name: 'Giữ của tôi: “Hà Nội — thẻ 2”' }).check();
  await expect(two.getByLabel('Nơi ký', { exact: true })).toHaveValue('Hà Nội — thẻ 2');
  await two.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(two.getByRole('table', { name: 'Lịch sử thay đổi' })).toContainText('Nơi ký: Hà Nội — thẻ 1 → Hà Nội — thẻ 2');
});

/**
 * Writes a commitment straight into IndexedDB, as a tab whose announcement never arrived would: the
 * open form learns of it only when its save is refused.
 */
async function writeBehindTheFormsBack(page: Page, id: string, change: { title?: string }) {
  await page.evaluate(
    ({ id, change }) =>
      new Promise<void>((done, failed) => {
        const open = indexedDB.open('cam-ket');
        open.onerror = () => failed(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('commitments', 'readwrite');
          const store = tx.objectStore('commitments');
          const read = store.get(id);
          read.onsuccess = () => {
            const record = read.result as { rev: number; updatedAt: string };
            store.put({ ...record, ...change, rev: record.rev + 1, updatedAt: new Date().toISOString() });
          };
          tx.oncomplete = () => {
            db.close();
            done();
          };
          tx.onerror = () => failed(tx.error);
        };
      }),
    { id, change },
  );
}

test('a save that reaches the database after another write is refused, merged, and saved on the second click', async ({ page }) => {
  // Only the revision moved (as when a report is added): nothing in the form changed.
  await page.goto(`/commitments/${COMMITMENT}/edit`);
  const title = await commitmentForm(page).getByLabel('Tên nội dung cam kết').inputValue();
  await commitmentForm(page).getByLabel('Điều, khoản').fill('Điều 1 (lần 1)');
  await writeBehindTheFormsBack(page, COMMITMENT, {});
  await commitmentForm(page).getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'không ở trường nào' })).toHaveText(
    `Chưa lưu: nội dung cam kết “${title}” vừa được lưu ở nơi khác, nhưng không ở trường nào của biểu mẫu này (ví dụ một báo cáo tiến độ mới). Những gì bạn đã gõ vẫn còn nguyên; hãy bấm lưu lần nữa.`,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sửa nội dung cam kết');
  await expect(commitmentForm(page).getByLabel('Điều, khoản')).toHaveValue('Điều 1 (lần 1)');
  await commitmentForm(page).getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('table', { name: 'Lịch sử thay đổi' })).toContainText('→ Điều 1 (lần 1)');

  // The title changed behind the form's back: refused, then the form shows the new title beside the typed description.
  await page.goto(`/commitments/${COMMITMENT}/edit`);
  await commitmentForm(page).getByLabel('Mô tả').fill('Mô tả gõ trong lúc tên bị đổi');
  await writeBehindTheFormsBack(page, COMMITMENT, { title: 'Tên đổi thẳng trong cơ sở dữ liệu' });
  await commitmentForm(page).getByRole('button', { name: 'Lưu thay đổi' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'đã được lưu ở nơi khác' });
  await expect(notice.getByRole('listitem')).toHaveText([
    `Tên nội dung cam kết: nơi khác đã đổi thành “Tên đổi thẳng trong cơ sở dữ liệu” (trước đó “${title}”); bạn chưa sửa trường này nên biểu mẫu đã lấy giá trị mới.`,
  ]);
  await expect(commitmentForm(page).getByLabel('Tên nội dung cam kết')).toHaveValue('Tên đổi thẳng trong cơ sở dữ liệu');
  await expect(commitmentForm(page).getByLabel('Mô tả')).toHaveValue('Mô tả gõ trong lúc tên bị đổi');
  await commitmentForm(page).getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tên đổi thẳng trong cơ sở dữ liệu');
  await expect(page.getByText('Mô tả gõ trong lúc tên bị đổi', { exact: true })).toBeVisible();
});

test('a commitment deleted in another tab while its form is open: what was typed stays, is refused with a message, and comes back after a restore', async ({ page: one, context }) => {
  const two = await context.newPage();
  await one.goto(`/commitments/${COMMITMENT}/edit`);
  const title = await commitmentForm(one).getByLabel('Tên nội dung cam kết').inputValue();
  await commitmentForm(one).getByLabel('Mô tả').fill('Ghi chú đang gõ dở ở thẻ 1');

  await two.goto(`/commitments/${COMMITMENT}`);
  await two.getByRole('button', { name: 'Xóa nội dung cam kết' }).click();
  await two.getByRole('dialog', { name: 'Xóa nội dung cam kết này?' }).getByRole('button', { name: 'Chuyển vào thùng rác' }).click();
  await expect(two).toHaveURL(/\/agreements\/agr-hai-duong-fpt-2021$/);

  const deleted = one.getByRole('alert').filter({ hasText: 'vừa bị xóa ở nơi khác' });
  await expect(deleted).toContainText(`Nội dung cam kết “${title}” vừa bị xóa ở nơi khác`);
  await expect(commitmentForm(one).getByLabel('Mô tả')).toHaveValue('Ghi chú đang gõ dở ở thẻ 1');
  await commitmentForm(one).getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(deleted).toContainText(`Chưa lưu: nội dung cam kết “${title}” đang nằm trong Thùng rác.`);
  await expect(deleted.getByRole('link', { name: 'Thùng rác' })).toBeVisible();
  await expect(commitmentForm(one).getByLabel('Mô tả')).toHaveValue('Ghi chú đang gõ dở ở thẻ 1');
  await expectAccessible(one);

  // The draft is kept in the tab: gone from the screen after a reload, offered again once restored.
  await one.reload();
  await expect(one.getByRole('alert').filter({ hasText: 'Không tìm thấy nội dung cam kết này.' })).toBeVisible();
  await two.goto('/trash');
  await two.getByRole('row', { name: new RegExp(title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).getByRole('button', { name: /^Khôi phục/ }).click();
  await expect(two.getByText('Thùng rác trống.')).toBeVisible();
  await one.reload();
  const offer = one.getByRole('status').filter({ hasText: 'Có một bản nháp chưa lưu' });
  await expect(offer).toContainText(`Có một bản nháp chưa lưu của biểu mẫu sửa nội dung cam kết “${title}”`);
  await expect(commitmentForm(one).getByLabel('Mô tả')).not.toHaveValue('Ghi chú đang gõ dở ở thẻ 1');
  await offer.getByRole('button', { name: 'Dùng bản nháp' }).click();
  await expect(commitmentForm(one).getByLabel('Mô tả')).toHaveValue('Ghi chú đang gõ dở ở thẻ 1');
  await commitmentForm(one).getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(one.getByText('Ghi chú đang gõ dở ở thẻ 1', { exact: true })).toBeVisible();
  // Saved: the draft is not offered again.
  await one.goto(`/commitments/${COMMITMENT}/edit`);
  await expect(commitmentForm(one).getByLabel('Mô tả')).toHaveValue('Ghi chú đang gõ dở ở thẻ 1');
  await expect(one.getByRole('button', { name: 'Dùng bản nháp' })).toHaveCount(0);
});

/** The golden demo snapshot with the first agreement retitled, as from another laptop. */
function retitledSnapshot(title: string): string {
  const file = JSON.parse(readFileSync(new URL('../fixtures/snapshots/v1-demo.json', import.meta.url), 'utf8')) as {
    data: { agreements: { title: string; rev: number; updatedAt: string }[] };
  };
  Object.assign(file.data.agreements[0]!, { title, rev: 9, updatedAt: '2026-11-20T00:00:00.000Z' });
  return JSON.stringify(file);
}

declare global {
  interface Window {
    __releaseHold?: boolean;
  }
}

test('leaving the page while an import is being written asks first, and the next visit says it did not finish', async ({ page: one, context }) => {
  await one.goto('/snapshots');
  await one.getByLabel('Chọn tệp bản sao (.json)').setInputFiles({ name: 'camket-bi-ngat.json', mimeType: 'application/json', buffer: Buffer.from(retitledSnapshot('Tên từ tệp bị ngắt giữa chừng')) });
  await expect(one.getByRole('button', { name: 'Nhập dữ liệu' })).toBeVisible();

  // Another tab holds a write transaction over every store, so the import stays "being written"
  // for as long as the test needs (IndexedDB runs overlapping write transactions one after another).
  const two = await context.newPage();
  await two.goto('/settings');
  await expect(two.getByRole('heading', { level: 1 })).toBeVisible();
  await two.evaluate(
    () =>
      new Promise<void>((holding, failed) => {
        const open = indexedDB.open('cam-ket');
        open.onerror = () => failed(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...db.objectStoreNames], 'readwrite');
          const store = tx.objectStore(db.objectStoreNames[0]!);
          const spin = () => {
            if (window.__releaseHold) return;
            store.count().onsuccess = spin;
          };
          spin();
          tx.oncomplete = () => db.close();
          holding();
        };
      }),
  );

  await one.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  await expect(one.getByText('Đang ghi dữ liệu… Đừng đóng hoặc tải lại trang cho đến khi xong.')).toBeVisible();

  // Closing the tab asks first; "stay" keeps the import going.
  const asked: string[] = [];
  one.once('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await one.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toEqual(['beforeunload']);
  await expect(one.getByText('Đang ghi dữ liệu… Đừng đóng hoặc tải lại trang cho đến khi xong.')).toBeVisible();
  expect(one.isClosed()).toBe(false);

  // Reloading asks too; "leave" abandons the import.
  one.once('dialog', (dialog) => {
    asked.push(dialog.type());
    void dialog.accept();
  });
  await one.reload();
  expect(asked).toEqual(['beforeunload', 'beforeunload']);
  await two.evaluate(() => {
    window.__releaseHold = true;
  });

  const notice = one.getByRole('alert').filter({ hasText: 'đã không hoàn tất' });
  await expect(notice).toContainText('Lần nhập tệp “camket-bi-ngat.json” bắt đầu lúc');
  await expect(notice).toContainText('Không có phần nào của tệp được ghi');
  await expectAccessible(one);
  // And indeed nothing of the file was written.
  await one.goto('/agreements');
  await expect(one.getByRole('link', { name: /giữa tỉnh Hải Dương và Công ty Cổ phần FPT/ })).toBeVisible();
  await expect(one.getByRole('link', { name: 'Tên từ tệp bị ngắt giữa chừng' })).toHaveCount(0);

  // Said until hidden; hidden, it stays hidden.
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Ẩn' }).click();
  await expect(notice).toHaveCount(0);
  await one.reload();
  await expect(one.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(one.getByRole('alert').filter({ hasText: 'đã không hoàn tất' })).toHaveCount(0);
});

test('an import that finishes leaves no notice behind', async ({ page }) => {
  await page.goto('/snapshots');
  await page.getByLabel('Chọn tệp bản sao (.json)').setInputFiles({ name: 'camket-xong.json', mimeType: 'application/json', buffer: Buffer.from(retitledSnapshot('Tên từ tệp đã nhập xong')) });
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập camket-xong.json' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nhập lại tệp' })).toHaveCount(0);
});

test('a report deleted in another tab while its correction is open: the typed value stays and is not saved', async ({ page: one, context }) => {
  const two = await context.newPage();
  await one.goto('/commitments/agr-phu-tho-viettel-2025-c07');
  await one.getByRole('button', { name: 'Sửa báo cáo ngày 30/06/2026' }).click();
  const edit = one.getByRole('region', { name: 'Sửa báo cáo ngày 30/06/2026' });
  await edit.getByRole('textbox', { name: /^Giá trị/ }).fill('2.450');

  await two.goto('/commitments/agr-phu-tho-viettel-2025-c07');
  await two.getByRole('button', { name: 'Xóa báo cáo ngày 30/06/2026' }).click();
  await expect(two.getByRole('status').filter({ hasText: 'Đã xóa báo cáo ngày 30/06/2026.' })).toBeVisible();

  const deleted = edit.getByRole('alert').filter({ hasText: 'vừa bị xóa ở nơi khác' });
  await expect(deleted).toContainText('Báo cáo ngày 30/06/2026 vừa bị xóa ở nơi khác');
  await expect(edit.getByRole('textbox', { name: /^Giá trị/ })).toHaveValue('2.450');
  await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(deleted).toContainText('Chưa lưu. Hãy chép lại những gì cần giữ, hoặc ghi thành một báo cáo mới.');
  await expect(edit.getByRole('textbox', { name: /^Giá trị/ })).toHaveValue('2.450');
  await expectAccessible(one);
  await expect(one.getByRole('heading', { name: 'Báo cáo tiến độ (1)' })).toBeVisible();
});
