/**
 * Two laptops exchanging snapshot files through the UI (issue 13): two browser contexts, each with its
 * own IndexedDB and the demo data loaded on first run, each with its own user name. Files go both ways:
 * downloaded on one laptop, chosen in "Nhập bản sao" on the other.
 *
 * a. A deletion travels and never comes back.
 * b. A changes a commitment's title while B changes its target note: both survive, no conflict.
 * c. A edits a title three times, then B edits it once, later: B's edit wins on both laptops.
 *
 * Each scenario ends with both laptops holding identical data (see `comparable`).
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Each scenario sets up two laptops and makes four to six exchanges; on the shared 2-core box one
// export or import takes several seconds, so the default 120 s is not enough.
test.describe.configure({ mode: 'default' });
test.setTimeout(300_000);

const USER_A = 'Nguyễn Thị Lan (máy A)';
const USER_B = 'Trần Văn Minh (máy B)';

interface Laptop {
  page: Page;
  errors: string[];
}

/** Laptop B: a second profile, with the same console-error check the fixture gives laptop A. */
async function openSecondLaptop(browser: Browser, baseURL: string | undefined): Promise<{ context: BrowserContext; laptop: Laptop }> {
  const context = await browser.newContext({ baseURL, locale: 'vi-VN', viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, laptop: { page, errors } };
}

async function setUserName(page: Page, name: string) {
  await page.goto('/settings');
  // The demo data is loaded on first run: wait for it before anything else.
  await expect(page.getByText(/^5 thỏa thuận, \d+ nội dung cam kết/)).toBeVisible();
  await page.getByLabel('Tên của bạn (ghi vào lịch sử thay đổi)').fill(name);
  await page.getByRole('button', { name: 'Lưu tên' }).click();
  await expect(page.getByText('Đã lưu tên.')).toBeVisible();
}

interface SnapshotFile {
  name: string;
  text: string;
  json: { formatVersion: number; contents: string; data: { commitments: { id: string }[]; deletions: unknown[] } & Record<string, unknown[]> };
}

/**
 * Exports from "Xuất bản sao": the whole data set, either a full copy or (with `since`) only the
 * changes the named laptop has not seen yet.
 */
async function exportFile(page: Page, since?: string): Promise<SnapshotFile> {
  await page.goto('/snapshots');
  const section = page.getByRole('region', { name: 'Xuất bản sao' });
  await expect(section.getByRole('radio', { name: 'Toàn bộ dữ liệu' })).toBeChecked();
  if (since) await section.getByRole('radio', { name: new RegExp(`^Chỉ những thay đổi kể từ lần trao đổi với ${escape(since)}`) }).check();
  else {
    // The choice appears only once this laptop has imported a file from another one.
    const full = section.getByRole('radio', { name: 'Bản sao đầy đủ của phạm vi đã chọn' });
    if (await full.count()) await full.check();
  }
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Xuất tệp' }).click();
  const file = await download;
  await expect(section.getByRole('status')).toContainText(`Đã xuất ${file.suggestedFilename()}`);
  const text = readFileSync((await file.path())!, 'utf8');
  return { name: file.suggestedFilename(), text, json: JSON.parse(text) };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Chooses a file in "Nhập bản sao" and waits for its preview (merge mode, the default). */
async function chooseFile(page: Page, file: SnapshotFile, asName: string) {
  await page.goto('/snapshots');
  await page.getByLabel('Chọn tệp bản sao (.json)').setInputFiles({ name: asName, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  await expect(page.getByRole('radio', { name: 'Gộp vào dữ liệu hiện có (khuyến nghị)' })).toBeChecked();
  await expect(page.getByRole('table', { name: 'Số bản ghi theo loại' })).toBeVisible();
}

/** The preview's numbers for one kind of record, by column name. */
async function previewCounts(page: Page, entity: string) {
  const table = page.getByRole('table', { name: 'Số bản ghi theo loại' });
  const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
  const cells = await table.getByRole('row', { name: new RegExp(`^${entity}`) }).getByRole('cell').allInnerTexts();
  const counts: Record<string, number> = {};
  headers.slice(1).forEach((h, i) => (counts[h] = Number(cells[i])));
  return counts;
}

async function importChosen(page: Page, asName: string) {
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  const done = page.getByRole('status').filter({ hasText: `Đã nhập ${asName}` });
  await expect(done).toBeVisible();
  return done;
}

/**
 * A full export's data, as two laptops must agree on it. Ignored, and why:
 * - `rev`: each laptop's own edit counter of a record (A made three edits where B received one
 *   merged change), local bookkeeping that the merge does not reconcile by design;
 * - the order of `history` and `deletions` entries (sorted here by their ids): entries written on
 *   the same millisecond, or learnt in another order, may be listed differently; the entries
 *   themselves must be the same.
 * Everything else — every field, every field clock, every check-in, marker and history entry —
 * must be identical.
 */
function comparable(file: SnapshotFile) {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) if (k !== 'rev') out[k] = strip(v);
      return out;
    }
    return value;
  };
  const data = strip(file.json.data) as Record<string, Record<string, string>[]>;
  // By identity, not by serialised text: the two laptops may write an entry's keys in another order.
  const sortBy = (section: string, key: (x: Record<string, string>) => string) =>
    (data[section] = [...(data[section] ?? [])].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)));
  sortBy('history', (h) => h.id!);
  sortBy('deletions', (d) => `${d.entity}:${d.id}`);
  return data;
}

async function expectSameData(a: Page, b: Page) {
  const fromA = await exportFile(a);
  const fromB = await exportFile(b);
  expect(fromA.json.contents).toBe('full');
  expect(fromB.json.contents).toBe('full');
  expect(comparable(fromB)).toEqual(comparable(fromA));
  return { fromA, fromB };
}

const commitmentForm = (page: Page) => page.getByRole('form', { name: 'Sửa nội dung cam kết' });

async function editCommitment(page: Page, id: string, label: string, value: string) {
  await page.goto(`/commitments/${id}/edit`);
  const form = commitmentForm(page);
  await form.getByLabel(label, { exact: true }).fill(value);
  await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page).toHaveURL(new RegExp(`/commitments/${id}$`));
}

async function expectConflictLog(page: Page, empty: boolean) {
  await page.goto('/snapshots');
  const log = page.getByRole('region', { name: 'Nhật ký xung đột' });
  if (empty) await expect(log.getByText('Chưa có xung đột nào.')).toBeVisible();
  else await expect(log.getByText('Chưa có xung đột nào.')).toHaveCount(0);
  return log;
}

test('a deleted commitment does not come back, and the deletion reaches the other laptop\'s trash', async ({ page, browser, baseURL }) => {
  const a: Laptop = { page, errors: [] };
  const { context, laptop: b } = await openSecondLaptop(browser, baseURL);
  try {
    await setUserName(a.page, USER_A);
    await setUserName(b.page, USER_B);
    const title = 'Hỗ trợ, tham vấn xây dựng và triển khai cơ chế, chính sách, chương trình, kế hoạch về chuyển đổi số';

    // A deletes the commitment.
    await a.page.goto('/commitments/agr-hai-duong-fpt-2021-c01');
    await expect(a.page.getByRole('heading', { level: 1 })).toContainText(title);
    await a.page.getByRole('button', { name: 'Xóa nội dung cam kết' }).click();
    await a.page.getByRole('dialog', { name: 'Xóa nội dung cam kết này?' }).getByRole('button', { name: 'Chuyển vào thùng rác' }).click();
    await expect(a.page).toHaveURL(/\/agreements\/agr-hai-duong-fpt-2021$/);
    await expect(a.page.getByRole('link', { name: title })).toHaveCount(0);

    // B, which still has it, sends a full copy; A merges it: nothing comes back.
    const fromB = await exportFile(b.page);
    expect(fromB.json.data.commitments.some((c) => c.id === 'agr-hai-duong-fpt-2021-c01')).toBe(true);
    await chooseFile(a.page, fromB, 'tu-may-b.json');
    expect(await previewCounts(a.page, 'Nội dung cam kết')).toMatchObject({ Mới: 0, 'Cập nhật': 0, 'Xung đột': 0, 'Chuyển vào thùng rác': 0, 'Khôi phục': 0 });
    // B's file holds nothing A lacks (B made no change): nothing to write is the right answer.
    await a.page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await expect(a.page.getByRole('status').filter({ hasText: /^(Đã nhập|Không có gì thay đổi: dữ liệu trên máy đã chứa tất cả nội dung của) tu-may-b\.json/ })).toBeVisible();
    await a.page.goto('/agreements/agr-hai-duong-fpt-2021');
    await expect(a.page.getByRole('heading', { level: 2, name: /Nội dung cam kết/ })).toBeVisible();
    await expect(a.page.getByRole('link', { name: title })).toHaveCount(0);
    await a.page.goto('/trash');
    await expect(a.page.getByRole('row', { name: new RegExp(escape(title)) })).toBeVisible();

    // A sends its copy; B's preview says what will go to the trash, and B's merge puts it there.
    const fromA = await exportFile(a.page);
    await chooseFile(b.page, fromA, 'tu-may-a.json');
    await expect(b.page.getByText('1 nội dung cam kết đã bị xóa ở máy khác sẽ chuyển vào thùng rác.')).toBeVisible();
    expect(await previewCounts(b.page, 'Nội dung cam kết')).toMatchObject({ Mới: 0, 'Cập nhật': 0, 'Xung đột': 0, 'Chuyển vào thùng rác': 1, 'Khôi phục': 0 });
    const done = await importChosen(b.page, 'tu-may-a.json');
    await expect(done).toContainText('0 xung đột, 1 chuyển vào thùng rác hoặc xóa, 0 khôi phục');

    await b.page.goto('/trash');
    const trashed = b.page.getByRole('row', { name: new RegExp(escape(title)) });
    await expect(trashed).toBeVisible();
    await expect(trashed).toContainText(USER_A);
    await b.page.goto('/agreements/agr-hai-duong-fpt-2021');
    await expect(b.page.getByRole('heading', { level: 2, name: /Nội dung cam kết/ })).toBeVisible();
    await expect(b.page.getByRole('link', { name: title })).toHaveCount(0);
    await b.page.goto('/commitments?q=tham%20van%20xay%20dung');
    await expect(b.page.getByRole('table', { name: 'Nội dung cam kết' }).getByRole('link', { name: title })).toHaveCount(0);

    const { fromA: finalA } = await expectSameData(a.page, b.page);
    // The trash travels with its record (so that a restore elsewhere has the content), named by a marker.
    expect(finalA.json.data.deletions).toContainEqual(expect.objectContaining({ entity: 'commitments', id: 'agr-hai-duong-fpt-2021-c01', by: USER_A }));
    await expectConflictLog(a.page, true);
    await expectConflictLog(b.page, true);
    expect(b.errors, 'laptop B: console errors or CSP violations').toEqual([]);
  } finally {
    await context.close();
  }
});

test('a title changed on A and a target note changed on B both survive, with no conflict', async ({ page, browser, baseURL }) => {
  const a: Laptop = { page, errors: [] };
  const { context, laptop: b } = await openSecondLaptop(browser, baseURL);
  try {
    await setUserName(a.page, USER_A);
    await setUserName(b.page, USER_B);
    const id = 'agr-hai-duong-fpt-2021-c02';
    const newTitle = 'Cải thiện chỉ số PCI — tên sửa trên máy A';
    const newNote = 'Ghi chú sửa trên máy B: phấn đấu vào nhóm 20 tỉnh dẫn đầu.';

    await editCommitment(a.page, id, 'Tên nội dung cam kết', newTitle);
    await editCommitment(b.page, id, 'Căn cứ, ghi chú chỉ tiêu', newNote);

    // A → B, a full copy: the title is an update, not a conflict.
    const fromA = await exportFile(a.page);
    await chooseFile(b.page, fromA, 'tu-may-a.json');
    // Soft: a wrong count is reported, and the test goes on to check that both changes survive.
    expect.soft(await previewCounts(b.page, 'Nội dung cam kết')).toMatchObject({ Mới: 0, 'Cập nhật': 1, 'Xung đột': 0, 'Chuyển vào thùng rác': 0, 'Khôi phục': 0 });
    await expect.soft(b.page.getByText(/có trường được hai máy cùng sửa/)).toHaveCount(0);
    await expect.soft(await importChosen(b.page, 'tu-may-a.json')).toContainText('0 mới, 1 cập nhật, 0 xung đột');

    // B → A, only what A has not seen.
    const fromB = await exportFile(b.page, USER_A);
    expect(fromB.json.contents).toBe('changes');
    await chooseFile(a.page, fromB, 'tu-may-b.json');
    expect.soft(await previewCounts(a.page, 'Nội dung cam kết')).toMatchObject({ Mới: 0, 'Cập nhật': 1, 'Xung đột': 0, 'Chuyển vào thùng rác': 0, 'Khôi phục': 0 });
    await expect.soft(await importChosen(a.page, 'tu-may-b.json')).toContainText('0 mới, 1 cập nhật, 0 xung đột');

    for (const p of [a.page, b.page]) {
      await p.goto(`/commitments/${id}/edit`);
      await expect(commitmentForm(p).getByLabel('Tên nội dung cam kết', { exact: true })).toHaveValue(newTitle);
      await expect(commitmentForm(p).getByLabel('Căn cứ, ghi chú chỉ tiêu', { exact: true })).toHaveValue(newNote);
    }
    for (const p of [a.page, b.page]) {
      await p.goto('/snapshots');
      await expect.soft(p.getByRole('region', { name: 'Nhật ký xung đột' }).getByText('Chưa có xung đột nào.')).toBeVisible();
    }
    await expectSameData(a.page, b.page);
    expect(b.errors, 'laptop B: console errors or CSP violations').toEqual([]);
  } finally {
    await context.close();
  }
});

test('three morning edits on A lose to one later edit on B, on both laptops', async ({ page, browser, baseURL }) => {
  const a: Laptop = { page, errors: [] };
  const { context, laptop: b } = await openSecondLaptop(browser, baseURL);
  try {
    await setUserName(a.page, USER_A);
    await setUserName(b.page, USER_B);
    const id = 'agr-hai-duong-fpt-2021-c03';

    for (const n of [1, 2, 3]) await editCommitment(a.page, id, 'Tên nội dung cam kết', `Cải thiện DTI — sáng, lần ${n} trên máy A`);
    // B's single edit is made after A's three, in real time: its clock is later.
    const afternoon = 'Cải thiện DTI — chiều, sửa một lần trên máy B';
    await editCommitment(b.page, id, 'Tên nội dung cam kết', afternoon);

    // A → B: B keeps its later title; A's is the other value of a field both changed unaware of each other.
    const fromA = await exportFile(a.page);
    await chooseFile(b.page, fromA, 'sang-may-a.json');
    expect(await previewCounts(b.page, 'Nội dung cam kết')).toMatchObject({ Mới: 0, 'Cập nhật': 0, 'Xung đột': 1, 'Chuyển vào thùng rác': 0, 'Khôi phục': 0 });
    await importChosen(b.page, 'sang-may-a.json');

    // B → A: A takes B's later title.
    const fromB = await exportFile(b.page);
    await chooseFile(a.page, fromB, 'chieu-may-b.json');
    await importChosen(a.page, 'chieu-may-b.json');

    for (const p of [a.page, b.page]) {
      await p.goto(`/commitments/${id}`);
      await expect(p.getByRole('heading', { level: 1 })).toContainText(afternoon);
    }

    // B's conflict log names the field in words, both values and who changed each.
    const log = await expectConflictLog(b.page, false);
    const entry = log.getByRole('listitem').filter({ hasText: 'Cải thiện DTI — sáng, lần 3 trên máy A' });
    await expect(entry).toHaveCount(1);
    const row = entry.getByRole('row').filter({ hasText: afternoon });
    await expect(row).toContainText(`${USER_A} sửa lúc`);
    await expect(row).toContainText(`${USER_B} sửa lúc`);
    // Soft, so that the data comparison below still runs: the field is named in words, and the
    // record by the name it has now (B's title, the one in use).
    await expect.soft(row.getByRole('rowheader')).toHaveText('Tên');
    await expect.soft(entry.getByRole('button', { name: `Dùng giá trị còn lại của ${afternoon} (Tên)` })).toBeVisible();

    await expectSameData(a.page, b.page);
    expect(b.errors, 'laptop B: console errors or CSP violations').toEqual([]);
  } finally {
    await context.close();
  }
});
