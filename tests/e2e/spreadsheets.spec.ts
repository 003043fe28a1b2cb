/**
 * Spreadsheets and the calendar, as a committee secretary uses them on a fresh install: CSV for
 * Vietnamese Excel (";", remembered choice), filled in and imported with the reporter asked once,
 * the same file again recognised; XLSX read back with the libraries the app uses (read-excel-file,
 * fflate for the sheet XML); the .ics with a reminder. Files are edited in the test as a partner
 * would (papaparse, write-excel-file).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import readXlsx from 'read-excel-file/node';
import writeXlsx from 'write-excel-file/node';
import { expect, expectAccessible, test } from './fixtures';

const DATE = /\d{4}-\d{2}-\d{2}/.source;

async function downloaded(page: Page, button: string): Promise<{ download: Download; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByRole('button', { name: button }).click()]);
  const path = join(tmpdir(), `camket-h19-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return { download, path };
}

const parseCsv = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });

test('CSV for Vietnamese Excel, two rows filled, reporter asked once; the same file again records nothing', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/spreadsheets?scope=province:phu-tho');
  await expect(page.getByText(/^1 thỏa thuận, trạng thái tính đến/)).toContainText('“Đơn vị báo cáo”');
  await expect(page.getByLabel('Dấu phân cách cột CSV (Excel cài đặt vùng Việt Nam dùng “;”)')).toHaveValue(';');
  const { download, path } = await downloaded(page, 'Tải CSV nội dung cam kết');
  expect(download.suggestedFilename()).toMatch(new RegExp(`^cam-ket-phu-tho-${DATE}\\.csv$`));
  const bytes = await readFile(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.slice(1, text.indexOf('\r\n'))).toMatch(/^"Mã nội dung cam kết";"Thỏa thuận";"Tỉnh, thành phố";"Điều, khoản";"Nội dung cam kết";"Loại chỉ tiêu";"Đơn vị tính";"Trên\/khoảng\/dưới \(giá trị ban đầu\)";"Giá trị ban đầu";"Chỉ tiêu cuối giai đoạn";"Giá trị cần đạt theo tiến độ";/);
  const parsed = parseCsv(text);
  expect(parsed.meta.delimiter).toBe(';');
  const rows = parsed.data;
  const header = rows[0]!;
  const col = (name: string) => header.indexOf(name);
  // 17 commitments of the Phú Thọ–Viettel agreement, one row each.
  expect(rows).toHaveLength(18);
  const bts = rows.findIndex((r) => r[0] === 'agr-phu-tho-viettel-2025-c07');
  const city = rows.findIndex((r) => r[0] === 'agr-phu-tho-viettel-2025-c10');
  expect(rows[bts]![col('Giá trị ban đầu')]).toBe('2283');
  rows[bts]![col('Ngày số liệu mới (dd/mm/yyyy)')] = '30/09/2026';
  rows[bts]![col('Giá trị mới')] = '2.450';
  rows[bts]![col('Diễn giải')] = 'Lắp thêm 40 vị trí trạm trong quý III.';
  rows[city]![col('Ngày số liệu mới (dd/mm/yyyy)')] = '30/09/2026';
  rows[city]![col('Hoàn thành (có/không)')] = 'có';
  const edited = join(tmpdir(), `camket-h19-filled-${Date.now()}.csv`);
  await writeFile(edited, `\uFEFF${Papa.unparse(rows, { delimiter: ';', newline: '\r\n', quotes: true })}`);

  const chooser = page.getByLabel('Chọn tệp bảng tính');
  await chooser.setInputFiles(edited);
  const preview = page.getByRole('region', { name: /^Xem trước/ });
  // No name in Settings on a fresh install: asked once, for both rows.
  const reporter = preview.getByLabel('Đơn vị báo cáo cho 2 dòng để trống cột “Đơn vị báo cáo”');
  await expect(reporter).toHaveValue('');
  await expect(reporter).toHaveAccessibleDescription('2 dòng chưa có đơn vị báo cáo: điền tên vào ô “Đơn vị báo cáo” ở trên để ghi các dòng này.');
  await expect(preview.getByRole('status')).toHaveText('0 báo cáo sẽ được ghi; 0 lỗi; 0 dòng đã có; 15 dòng không điền số liệu mới.');
  await expect(preview.getByRole('button', { name: 'Ghi 0 báo cáo' })).toBeDisabled();
  await reporter.fill('Tổ công tác CĐS tỉnh Phú Thọ');
  await expect(preview.getByRole('status')).toHaveText('2 báo cáo sẽ được ghi; 0 lỗi; 0 dòng đã có; 15 dòng không điền số liệu mới.');
  await expect(preview.getByRole('row', { name: /vị trí trạm/ })).toContainText('Tổ công tác CĐS tỉnh Phú Thọ');
  await expectAccessible(page);
  await page.screenshot({ path: join(tmpdir(), 'h19-export.png') });
  await preview.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(tmpdir(), 'h19-import-preview.png') });
  await preview.getByRole('button', { name: 'Ghi 2 báo cáo' }).click();
  await expect(page.getByText('Đã ghi 2 báo cáo từ bảng tính.')).toBeVisible();

  // The same file again: recognised row by row, nothing recorded, and said so.
  await chooser.setInputFiles(edited);
  await expect(preview.getByRole('status')).toHaveText(/^Không có báo cáo mới trong tệp camket-h19-filled-\d+\.csv: 2 dòng đã được ghi trước đó\.$/);
  await expect(preview.getByRole('list', { name: 'Dòng đã có (bỏ qua)' }).getByRole('listitem')).toHaveText([
    `Dòng ${Math.min(bts, city) + 1}: báo cáo ngày 30/09/2026 của “${rows[Math.min(bts, city)]![col('Nội dung cam kết')]}” đã có, bỏ qua.`,
    `Dòng ${Math.max(bts, city) + 1}: báo cáo ngày 30/09/2026 của “${rows[Math.max(bts, city)]![col('Nội dung cam kết')]}” đã có, bỏ qua.`,
  ]);
  await expect(preview.getByRole('button', { name: 'Ghi 0 báo cáo' })).toBeDisabled();
  await expectAccessible(page);

  await page.goto('/commitments/agr-phu-tho-viettel-2025-c07');
  const reports = page.getByRole('table', { name: /Báo cáo tiến độ/ }).getByRole('row', { name: /^30\/09\/2026/ });
  await expect(reports).toHaveCount(1);
  await expect(reports).toContainText('2.450 vị trí trạm');
});

test('the form\'s rules on import: row errors named, an evidence number without its title refused', async ({ page }) => {
  await page.goto('/spreadsheets');
  // Comma chosen for an Excel with other regional settings: remembered on this device.
  await page.getByLabel('Dấu phân cách cột CSV (Excel cài đặt vùng Việt Nam dùng “;”)').selectOption({ label: 'Phẩy “,”' });
  const { download, path } = await downloaded(page, 'Tải CSV nội dung cam kết');
  expect(download.suggestedFilename()).toMatch(new RegExp(`^cam-ket-toan-bo-${DATE}\\.csv$`));
  const parsed = parseCsv(await readFile(path, 'utf8'));
  expect(parsed.meta.delimiter).toBe(',');
  await page.reload();
  await expect(page.getByLabel('Dấu phân cách cột CSV (Excel cài đặt vùng Việt Nam dùng “;”)')).toHaveValue(',');
  const reportsCsv = await downloaded(page, 'Tải CSV các báo cáo');
  expect(reportsCsv.download.suggestedFilename()).toMatch(new RegExp(`^bao-cao-tien-do-toan-bo-${DATE}\\.csv$`));

  const rows = parsed.data;
  const header = rows[0]!;
  const col = (name: string) => header.indexOf(name);
  const fill = (id: string, values: Record<string, string>) => {
    const r = rows.find((x) => x[0] === id)!;
    for (const [k, v] of Object.entries(values)) r[col(k)] = v;
  };
  fill('agr-phu-tho-viettel-2025-c07', { 'Ngày số liệu mới (dd/mm/yyyy)': '30/09/2026', 'Giá trị mới': '2450', 'Đơn vị báo cáo': 'Viettel Phú Thọ' });
  fill('agr-phu-tho-viettel-2025-c04', { 'Ngày số liệu mới (dd/mm/yyyy)': '30/09/2026', 'Giá trị mới': 'abc', 'Đơn vị báo cáo': 'Viettel Phú Thọ' });
  fill('agr-phu-tho-viettel-2025-c05', { 'Ngày số liệu mới (dd/mm/yyyy)': '30/09/2026', 'Giá trị mới': '90', 'Số, ký hiệu tài liệu kiểm chứng': '12/BC-VTPT', 'Đơn vị báo cáo': 'Viettel Phú Thọ' });
  rows.splice(2, 0, [...rows.find((x) => x[0] === 'agr-phu-tho-viettel-2025-c07')!]);
  rows[2]![0] = 'khong-co-ma';
  const edited = join(tmpdir(), `camket-h19-errors-${Date.now()}.csv`);
  await writeFile(edited, `\uFEFF${Papa.unparse(rows, { delimiter: ',', newline: '\r\n', quotes: true })}`);

  await page.getByLabel('Chọn tệp bảng tính').setInputFiles(edited);
  const preview = page.getByRole('region', { name: /^Xem trước/ });
  await expect(preview.getByRole('status')).toHaveText(`1 báo cáo sẽ được ghi; 3 lỗi; 0 dòng đã có; ${rows.length - 5} dòng không điền số liệu mới.`);
  const problems = preview.getByRole('list', { name: 'Dòng có lỗi (sẽ bỏ qua)' });
  await expect(problems.getByRole('listitem').filter({ hasText: 'cột “Mã nội dung cam kết”: không có nội dung cam kết mã “khong-co-ma”.' })).toBeVisible();
  await expect(problems.getByRole('listitem').filter({ hasText: 'cột “Giá trị mới”: “abc” không phải số.' })).toBeVisible();
  await expect(problems.getByRole('listitem').filter({ hasText: 'cột “Tài liệu kiểm chứng”: có số, ký hiệu “12/BC-VTPT” nhưng thiếu tên tài liệu kiểm chứng.' })).toBeVisible();
  // Every row names its reporter: nothing to ask.
  await expect(preview.getByRole('textbox')).toHaveCount(0);
  await preview.getByRole('button', { name: 'Ghi 1 báo cáo' }).click();
  await expect(page.getByText('Đã ghi 1 báo cáo từ bảng tính.')).toBeVisible();
});

test('with a name in Settings, the reporter asked for the file is prefilled with it', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('Tên của bạn (ghi vào lịch sử thay đổi)').fill('Nguyễn Thị Hoa');
  await page.getByRole('button', { name: 'Lưu tên' }).click();
  await expect(page.getByText('Đã lưu tên.')).toBeVisible();
  await page.goto('/spreadsheets?scope=province:phu-tho');
  const rows = parseCsv(await readFile((await downloaded(page, 'Tải CSV nội dung cam kết')).path, 'utf8')).data;
  const header = rows[0]!;
  const bts = rows.find((r) => r[0] === 'agr-phu-tho-viettel-2025-c07')!;
  bts[header.indexOf('Ngày số liệu mới (dd/mm/yyyy)')] = '30/09/2026';
  bts[header.indexOf('Giá trị mới')] = '2450';
  const edited = join(tmpdir(), `camket-h19-named-${Date.now()}.csv`);
  await writeFile(edited, `\uFEFF${Papa.unparse(rows, { delimiter: ';', newline: '\r\n', quotes: true })}`);
  await page.getByLabel('Chọn tệp bảng tính').setInputFiles(edited);
  const preview = page.getByRole('region', { name: /^Xem trước/ });
  await expect(preview.getByLabel('Đơn vị báo cáo cho 1 dòng để trống cột “Đơn vị báo cáo”')).toHaveValue('Nguyễn Thị Hoa');
  await expect(preview.getByRole('row', { name: /vị trí trạm/ })).toContainText('Nguyễn Thị Hoa');
  await preview.getByRole('button', { name: 'Ghi 1 báo cáo' }).click();
  await expect(page.getByText('Đã ghi 1 báo cáo từ bảng tính.')).toBeVisible();
});

test('XLSX: widths, frozen header and filter, date cells, text kept as text without a mark; back in', async ({ page }) => {
  test.setTimeout(180_000);
  // A commitment whose title starts with "=": a spreadsheet must show it, never run it.
  await page.goto('/agreements/agr-phu-tho-viettel-2025/commitments/new');
  await page.getByLabel('Tên nội dung cam kết').fill('=HYPERLINK("http://example.com","x")');
  await page.getByLabel('Đơn vị tính').fill('%');
  await page.getByRole('button', { name: 'Lưu nội dung cam kết' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('=HYPERLINK');

  await page.goto('/spreadsheets');
  const { download, path } = await downloaded(page, 'Tải Excel (.xlsx)');
  expect(download.suggestedFilename()).toMatch(new RegExp(`^cam-ket-toan-bo-${DATE}\\.xlsx$`));
  const buffer = await readFile(path);
  const sheets = await readXlsx(buffer);
  expect(sheets.map((s) => s.sheet)).toEqual(['Cam kết', 'Báo cáo']);
  const rows = sheets[0]!.data as (string | number | boolean | Date | null)[][];
  const header = rows[0]!.map(String);
  const col = (name: string) => header.indexOf(name);
  expect(rows.some((r) => r[col('Nội dung cam kết')] === '=HYPERLINK("http://example.com","x")')).toBe(true);
  const bts = rows.find((r) => r[0] === 'agr-phu-tho-viettel-2025-c07')!;
  expect(bts[col('Ngày số liệu gần nhất')]).toEqual(new Date(Date.UTC(2026, 5, 30)));
  expect(sheets[1]!.data.find((r) => r[0] === 'agr-phu-tho-viettel-2025-c07')![2]).toEqual(new Date(Date.UTC(2025, 11, 31)));
  const files = unzipSync(new Uint8Array(buffer));
  const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml']!);
  expect(sheetXml).toContain('state="frozen"');
  expect(sheetXml).toContain('<col min="5" max="5" width="50" customWidth="1"/>');
  expect(sheetXml).toContain(`<autoFilter ref="A1:V${rows.length}"/>`);
  expect(strFromU8(files['xl/styles.xml']!)).toContain('<font><name val="Arial"/><sz val="11"/>');

  const target = rows.findIndex((r) => r[0] === 'agr-phu-tho-viettel-2025-c04');
  rows[target]![col('Ngày số liệu mới (dd/mm/yyyy)')] = new Date(Date.UTC(2026, 8, 30));
  rows[target]![col('Giá trị mới')] = 98.4;
  rows[target]![col('Đơn vị báo cáo')] = 'Viettel Phú Thọ';
  const edited = join(tmpdir(), `camket-h19-edited-${Date.now()}.xlsx`);
  await writeXlsx(rows.map((r) => r.map((v) => (v === null ? null : typeof v === 'number' ? { value: v, type: Number } : v instanceof Date ? { value: v, type: Date, format: 'dd/mm/yyyy' } : { value: String(v), type: String })))).toFile(edited);

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
  const odd = join(tmpdir(), `camket-h19-odd-${Date.now()}.csv`);
  await writeFile(odd, 'a;b;c\n1;2;3\n');
  await page.getByLabel('Chọn tệp bảng tính').setInputFiles(odd);
  await expect(page.getByRole('alert')).toContainText('thiếu cột: Mã nội dung cam kết; Ngày số liệu mới (dd/mm/yyyy); Giá trị mới');
  const broken = join(tmpdir(), `camket-h19-broken-${Date.now()}.xlsx`);
  await writeFile(broken, 'not a zip');
  await page.getByLabel('Chọn tệp bảng tính').setInputFiles(broken);
  await expect(page.getByRole('alert')).toContainText('Không đọc được tệp');
});

test('the calendar: reminders chosen, numbers the Vietnamese way, the running agreement\'s end', async ({ page }) => {
  await page.goto('/spreadsheets?scope=province:phu-tho');
  await expect(page.getByLabel('Nhắc trước mỗi mốc, hạn trong lịch')).toHaveValue('7');
  const { download, path } = await downloaded(page, 'Tải lịch (.ics)');
  expect(download.suggestedFilename()).toMatch(new RegExp(`^lich-cam-ket-phu-tho-${DATE}\\.ics$`));
  const text = await readFile(path, 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text).toContain('SUMMARY:Hạn báo cáo tổng kết năm');
  expect(text).toContain('DTSTART;VALUE=DATE:20301231');
  expect(text.replace(/\r\n /g, '')).toContain('SUMMARY:Kết thúc giai đoạn 2025-2030: Thỏa thuận hợp tác về chuyển đổi số giai đoạn 2025-2030 giữa UBND tỉnh Phú Thọ');
  expect(text.match(/BEGIN:VEVENT/g)!.length).toBe(text.match(/TRIGGER:-P7D/g)!.length);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);

  await page.getByLabel('Nhắc trước mỗi mốc, hạn trong lịch').selectOption({ label: 'Không nhắc' });
  const none = await readFile((await downloaded(page, 'Tải lịch (.ics)')).path, 'utf8');
  expect(none).not.toContain('VALARM');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByLabel('Reminder before each date in the calendar')).toHaveValue('0');
  await expect(page.getByLabel('CSV column separator (Excel with Vietnamese regional settings uses “;”)')).toBeVisible();
  await expectAccessible(page);
});
