/** Reports and spreadsheet exchange: the printed report, CSV/XLSX out and back in, the calendar. */
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import readXlsx from 'read-excel-file/node';
import writeXlsx from 'write-excel-file/node';
import { expect, expectAccessible, test } from './fixtures';

async function downloaded(page: Page, button: string): Promise<{ download: Download; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = join(tmpdir(), `camket-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { download, path };
}

/** The PDF's page count: Chromium writes one "/Type /Page" dictionary per page. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test('the quarterly report of a province, as printed to an A4 PDF', async ({ page }) => {
  await page.goto('/reports?scope=province:hai-phong&asOf=2026-09-30&period=quarter');
  const report = page.getByRole('article', { name: 'Bản báo cáo' });
  await expect(report).toContainText('BÁO CÁO TÌNH HÌNH THỰC HIỆN CÁC THỎA THUẬN HỢP TÁC VỀ CHUYỂN ĐỔI SỐ');
  await expect(report).toContainText('Tỉnh, thành phố Hải Phòng — Quý III/2026');
  await expect(report).toContainText('Số liệu tính đến ngày 30/09/2026');
  // The three agreements Hải Dương signed, now under Hải Phòng, each with its status table.
  await expect(report.getByRole('heading', { level: 4 })).toHaveCount(3);
  await expect(report.getByRole('heading', { level: 4 }).first()).toContainText('Hải Dương');
  await expect(report.getByRole('heading', { name: 'II. TỒN TẠI, HẠN CHẾ' })).toBeVisible();
  // Section II by the rule table: FPT's "product in 2021" is overdue (the article states the deadline); the other
  // commitments of the two 2021/2022-2025 agreements had no deadline of their own and no report: said once per
  // agreement (Viettel 9, FPT 5). The MOU has no period, so nothing of it is overdue or ended.
  const shortcomings = report.getByRole('list').filter({ hasText: 'Có sản phẩm chuyển đổi số' });
  await expect(shortcomings.getByRole('listitem')).toHaveCount(3);
  await expect(shortcomings.getByRole('listitem').nth(0)).toContainText('Thời hạn 31/12/2021 nêu trong văn bản đã qua mà chưa có báo cáo hoàn thành.');
  const ended = (partner: string) => shortcomings.getByRole('listitem').filter({ hasText: partner }).filter({ hasText: 'giai đoạn kết thúc' });
  await expect(ended('Tập đoàn Viettel')).toContainText('giai đoạn kết thúc ngày 31/12/2025 (văn bản không nêu thời hạn riêng) mà 9 nội dung chưa có báo cáo hoàn thành:');
  await expect(ended('Công ty Cổ phần FPT')).toContainText('giai đoạn kết thúc ngày 31/12/2025 (văn bản không nêu thời hạn riêng) mà 5 nội dung chưa có báo cáo hoàn thành:');
  await expect(report.getByRole('heading', { name: 'III. NHIỆM VỤ THỜI GIAN TỚI' })).toBeVisible();
  await page.getByLabel('Nội dung kiến nghị, đề xuất (được in vào báo cáo)').fill('Đề nghị Viettel đẩy nhanh phủ sóng 5G.');
  await page.getByLabel('Kỳ báo cáo').selectOption({ label: '6 tháng' });
  await expect(report).toContainText('6 tháng cuối năm 2026');
  await expectAccessible(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(report.locator('.print-only')).toHaveText('Đề nghị Viettel đẩy nhanh phủ sóng 5G.');
  await expect(report.getByRole('textbox')).toBeHidden();
  // No table row, chart or header is split across pages; table headers repeat on each page.
  const rowsAvoidBreaks = await report.locator('tr, figure').evaluateAll((els) => els.every((el) => getComputedStyle(el).breakInside === 'avoid'));
  expect(rowsAvoidBreaks).toBe(true);
  expect(await report.locator('thead').first().evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pageCount(pdf)).toBe(4);
});

test('the whole-period report in English', async ({ page }) => {
  await page.goto('/reports?scope=agreement:agr-thanh-hoa-vnpt-2021&asOf=2025-12-31&period=period');
  await page.getByRole('button', { name: 'English' }).click();
  const report = page.getByRole('article', { name: 'The report' });
  await expect(report).toContainText('period 2021-2025');
  await expect(report.getByRole('heading', { name: 'I. RESULTS ACHIEVED' })).toBeVisible();
  await expectAccessible(page);
});

test('CSV out, new figures typed in, back in: a preview with row errors, then only the good rows', async ({ page }) => {
  // A province's sheet holds only its agreements (Hải Phòng: the three Hải Dương signed).
  await page.goto('/spreadsheets?scope=province:hai-phong');
  await expect(page.getByText(/^3 thỏa thuận, trạng thái tính đến/)).toBeVisible();
  const province = (await readFile((await downloaded(page, 'Tải CSV nội dung cam kết')).path, 'utf8')).split('\r\n').slice(1);
  expect(province.length).toBeGreaterThan(0);
  expect(province.every((l) => l.startsWith('"agr-hai-duong-'))).toBe(true);
  await page.getByLabel('Phạm vi').selectOption({ label: 'Tất cả thỏa thuận' });
  await expect(page.getByText(/^5 thỏa thuận, trạng thái tính đến/)).toBeVisible();
  const { path } = await downloaded(page, 'Tải CSV nội dung cam kết');
  const bytes = await readFile(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toContain('"Mã nội dung cam kết","Thỏa thuận"');
  const header = lines[0]!.split('","').map((h) => h.replace(/"/g, ''));
  const col = (name: string) => header.indexOf(name);
  const bts = lines.findIndex((l) => l.startsWith('"agr-phu-tho-viettel-2025-c07"'));
  const fill = (line: string, values: Record<string, string>) => {
    const cells = line.split('","').map((c) => c.replace(/^"|"$/g, ''));
    for (const [k, v] of Object.entries(values)) cells[col(k)] = v;
    return cells.map((c) => `"${c}"`).join(',');
  };
  lines[bts] = fill(lines[bts]!, { 'Ngày số liệu mới (dd/mm/yyyy)': '30/09/2026', 'Giá trị mới': '2.450', 'Người báo cáo': 'Viettel Phú Thọ' });
  const ranks = lines.findIndex((l) => l.startsWith('"agr-phu-tho-viettel-2025-c04"'));
  lines[ranks] = fill(lines[ranks]!, { 'Ngày số liệu mới (dd/mm/yyyy)': '30/09/2026', 'Giá trị mới': 'abc', 'Người báo cáo': 'Viettel Phú Thọ' });
  lines.splice(2, 0, fill(lines[bts]!, { 'Mã nội dung cam kết': 'khong-co-ma', 'Ngày số liệu mới (dd/mm/yyyy)': '31/02/2026' }));
  const edited = join(tmpdir(), `camket-edited-${Date.now()}.csv`);
  await writeFile(edited, `\uFEFF${lines.join('\r\n')}`);

  await page.getByLabel('Chọn tệp bảng tính').setInputFiles(edited);
  const preview = page.getByRole('region', { name: /^Xem trước/ });
  await expect(preview.getByRole('status')).toHaveText('1 báo cáo sẽ được ghi; 2 lỗi; ' + String(lines.filter((l) => l.startsWith('"agr-')).length - 2) + ' dòng không điền số liệu mới.');
  await expect(preview.getByRole('listitem').filter({ hasText: 'cột “Mã nội dung cam kết”: không có nội dung cam kết mã “khong-co-ma”.' })).toBeVisible();
  await expect(preview.getByRole('listitem').filter({ hasText: 'cột “Giá trị mới”: “abc” không phải số.' })).toBeVisible();
  await expect(preview.getByRole('row', { name: /Phát triển hạ tầng trạm phát sóng|vị trí trạm/ })).toContainText('2.450 vị trí trạm');
  await expectAccessible(page);
  await preview.getByRole('button', { name: 'Ghi 1 báo cáo' }).click();
  await expect(page.getByText('Đã ghi 1 báo cáo từ bảng tính.')).toBeVisible();

  await page.goto('/commitments/agr-phu-tho-viettel-2025-c07');
  await expect(page.getByRole('table', { name: /Báo cáo tiến độ/ }).getByRole('row', { name: /^30\/09\/2026/ })).toContainText('2.450 vị trí trạm');
});

test('XLSX out and back in, with a formula typed into a text cell kept as text', async ({ page }) => {
  // A commitment whose title starts with "=": a spreadsheet must show it, never run it.
  await page.goto('/agreements/agr-phu-tho-viettel-2025/commitments/new');
  await page.getByLabel('Tên nội dung cam kết').fill('=HYPERLINK("http://example.com","x")');
  await page.getByLabel('Đơn vị tính').fill('%');
  await page.getByRole('button', { name: 'Lưu nội dung cam kết' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('=HYPERLINK');

  await page.goto('/spreadsheets');
  const { path } = await downloaded(page, 'Tải Excel (.xlsx)');
  const sheets = await readXlsx(path);
  expect(sheets.map((s) => s.sheet)).toEqual(['Cam kết', 'Báo cáo']);
  const rows = sheets[0]!.data;
  const header = rows[0]!.map(String);
  expect(rows.find((r) => String(r[header.indexOf('Nội dung cam kết')]).includes('HYPERLINK'))?.[header.indexOf('Nội dung cam kết')]).toBe('\'=HYPERLINK("http://example.com","x")');
  const target = rows.findIndex((r) => r[0] === 'agr-phu-tho-viettel-2025-c04');
  rows[target]![header.indexOf('Ngày số liệu mới (dd/mm/yyyy)')] = '30/09/2026';
  rows[target]![header.indexOf('Giá trị mới')] = 98.4;
  rows[target]![header.indexOf('Người báo cáo')] = 'Viettel Phú Thọ';
  const edited = join(tmpdir(), `camket-edited-${Date.now()}.xlsx`);
  await writeXlsx(rows.map((r) => r.map((v) => (v === null ? null : typeof v === 'number' ? { value: v, type: Number } : { value: String(v), type: String })))).toFile(edited);

  await page.getByLabel('Chọn tệp bảng tính').setInputFiles(edited);
  const preview = page.getByRole('region', { name: /^Xem trước/ });
  await expect(preview.getByRole('status')).toContainText('1 báo cáo sẽ được ghi; 0 lỗi');
  await preview.getByRole('button', { name: 'Ghi 1 báo cáo' }).click();
  await expect(page.getByText('Đã ghi 1 báo cáo từ bảng tính.')).toBeVisible();
  await page.goto('/commitments/agr-phu-tho-viettel-2025-c04');
  await expect(page.getByRole('table', { name: /Báo cáo tiến độ/ }).getByRole('row', { name: /^30\/09\/2026/ })).toContainText('98,4% dân số');
});

test('a file that is not our layout is refused with its reason, and nothing is written', async ({ page }) => {
  await page.goto('/spreadsheets');
  const odd = join(tmpdir(), `camket-odd-${Date.now()}.csv`);
  await writeFile(odd, 'a,b,c\n1,2,3\n');
  await page.getByLabel('Chọn tệp bảng tính').setInputFiles(odd);
  await expect(page.getByRole('alert')).toContainText('thiếu cột: Mã nội dung cam kết; Ngày số liệu mới (dd/mm/yyyy); Giá trị mới');
  const broken = join(tmpdir(), `camket-broken-${Date.now()}.xlsx`);
  await writeFile(broken, 'not a zip');
  await page.getByLabel('Chọn tệp bảng tính').setInputFiles(broken);
  await expect(page.getByRole('alert')).toContainText('Không đọc được tệp');
});

test('the calendar of milestones and reporting deadlines', async ({ page }) => {
  await page.goto('/spreadsheets');
  const { path } = await downloaded(page, 'Tải lịch (.ics)');
  const text = await readFile(path, 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text).toContain('SUMMARY:Hạn báo cáo tổng kết năm');
  expect(text).toContain('DTSTART;VALUE=DATE:');
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
});
