/**
 * The official report (Nghị định 30/2020/NĐ-CP): the Phú Thọ Quarter III/2026 report filled in,
 * saved for its scope, downloaded as Word (the document XML read back) and printed to PDF (its text
 * read back page by page with pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, expectAccessible, test } from './fixtures';

const OUT = process.env.OFFICIAL_REPORT_OUT ?? join(tmpdir(), `camket-official-${process.pid}`);
mkdirSync(OUT, { recursive: true });

const checkInForm = (page: Page) => page.getByRole('region', { name: 'Ghi nhận báo cáo tiến độ' });

/** Records a report on a commitment's page. */
async function report(page: Page, commitment: string, fields: { asOf: string; value?: string; narrative: string; assessment?: string }) {
  await page.goto(`/commitments/${commitment}`);
  const form = checkInForm(page);
  await form.getByLabel('Số liệu đến ngày').fill(fields.asOf);
  if (fields.value) await form.getByRole('textbox', { name: /^Giá trị/ }).fill(fields.value);
  if (fields.assessment) await form.getByLabel('Đánh giá của đơn vị báo cáo').selectOption({ label: fields.assessment });
  await form.getByLabel('Diễn giải').fill(fields.narrative);
  await form.getByRole('textbox', { name: 'Đơn vị báo cáo' }).fill('Viettel Phú Thọ');
  await form.getByRole('button', { name: 'Lưu báo cáo' }).click();
  await expect(form.getByRole('status').filter({ hasText: 'Đã lưu báo cáo' })).toBeVisible();
}

/** The text of one page of a PDF, as laid out (`layout`) or in reading order, block by block. */
const pdfPage = (path: string, n: number, layout = true) => execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-f', String(n), '-l', String(n), path, '-'], { encoding: 'utf8' });
const pdfPages = (path: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
/** The text runs of a WordprocessingML part, joined (a line of Word text may be split into several runs). */
const wordText = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');


/** The document's opening as Nghị định 30/2020/NĐ-CP lays it out, for the report typed in below: in the .docx and in the PDF alike. */
const HEADER_BLOCK = [
    'DỰ THẢO',
    'UBND TỈNH PHÚ THỌ',
    'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    'Số: 07/BC-SKHCN',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Phú Thọ, ngày 05 tháng 01 năm 2027',
    'BÁO CÁO',
];

test('the Phú Thọ report for Quarter III/2026: filled in, kept, in Word and in print', async ({ page }) => {
  test.setTimeout(240_000); // several page loads, a Word file and a PDF on a busy 2-core machine

  // A real quarter's reports: base stations 2.450 on 30/09/2026 (the demo's are samples), and a
  // qualitative commitment the reporter says must speed up, with the reason.
  await report(page, 'agr-phu-tho-viettel-2025-c07', { asOf: '2026-09-30', value: '2.450', narrative: 'Phát triển thêm 40 vị trí trạm trong quý III.' });
  await report(page, 'agr-phu-tho-viettel-2025-c01', {
    asOf: '2026-09-15',
    assessment: 'Cần đẩy nhanh',
    narrative: 'Dự thảo cơ chế đang chờ ý kiến các sở, ngành do thiếu nhân lực chuyên trách.',
  });

  await page.goto('/reports?scope=province:phu-tho&asOf=2026-09-30&period=quarter');
  const doc = page.getByRole('article', { name: 'Bản báo cáo' });
  await expect(doc).toContainText('Tình hình thực hiện các thỏa thuận hợp tác về chuyển đổi số trên địa bàn tỉnh Phú Thọ quý III/2026');
  // A first report starts from the province: its committee and place.
  await expect(page.getByLabel('Cơ quan chủ quản')).toHaveValue('UBND TỈNH Phú Thọ');
  await expect(page.getByLabel('Địa danh')).toHaveValue('Phú Thọ');

  await page.getByLabel('Cơ quan ban hành').fill('Sở Khoa học và Công nghệ');
  await page.getByLabel('Chữ viết tắt tên cơ quan (ký hiệu)').fill('SKHCN');
  await page.getByLabel('Ngày ban hành').fill('2027-01-05');
  await page.getByLabel('Kính gửi (mỗi dòng một nơi)').fill('Ủy ban nhân dân tỉnh Phú Thọ');
  await page.getByLabel(/^Nơi nhận khác/).fill('Ban Chỉ đạo chuyển đổi số tỉnh\nTập đoàn Viettel');
  await page.getByLabel('Quyền hạn ký').selectOption('KT.');
  await page.getByLabel('Ký thay mặt, ký thay hoặc thừa lệnh cho').fill('Giám đốc');
  await page.getByLabel('Chức vụ người ký').fill('Phó Giám đốc');
  await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn An');
  await page.getByLabel('Nhiệm vụ kỳ tới (mỗi dòng một nhiệm vụ)').fill('Hoàn thiện dự thảo cơ chế, chính sách trình UBND tỉnh');
  await page.getByLabel('Kiến nghị, đề xuất (mỗi dòng một nội dung)').fill('Đề nghị Viettel đẩy nhanh phủ sóng 5G tại các xã vùng sâu');
  // The number is not given yet: the line keeps its blank.
  await expect(doc).toContainText(/Số:\s+\/BC-SKHCN/);

  // The cause of a shortcoming comes from the reporter's narrative until one is typed.
  const cause = page.getByLabel('Nguyên nhân: Xây dựng cơ chế, chính sách thúc đẩy chuyển đổi số trên địa bàn tỉnh');
  await expect(cause).toHaveAccessibleDescription('Để trống để dùng nội dung báo cáo: “Dự thảo cơ chế đang chờ ý kiến các sở, ngành do thiếu nhân lực chuyên trách.”');
  await expect(doc).toContainText('Nguyên nhân: Dự thảo cơ chế đang chờ ý kiến các sở, ngành do thiếu nhân lực chuyên trách.');

  // A final document needs its signer (the number may wait for the records office) … and says what is missing.
  await page.getByRole('checkbox', { name: 'Bản chính thức (bỏ dấu “DỰ THẢO”)' }).check();
  await page.getByLabel('Họ và tên người ký').fill('');
  await expect(page.getByRole('alert')).toHaveText('Cần sửa trước khi lưu hoặc xuất bản chính thức“Họ và tên người ký” bắt buộc với bản chính thức.');
  await expect(page.getByLabel('Họ và tên người ký')).toHaveAccessibleDescription('“Họ và tên người ký” bắt buộc với bản chính thức.');
  await expect(page.getByRole('button', { name: 'Tải bản Word (.docx)' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'In hoặc lưu PDF' })).toBeDisabled();
  await page.getByLabel('Họ và tên người ký').fill('Nguyễn Văn An');
  await page.getByLabel('Số văn bản').fill('7a');
  await expect(page.getByRole('alert')).toContainText('“Số văn bản” chỉ gồm chữ số (ví dụ 12); ký hiệu “/BC-…” được thêm tự động.');
  await expect(page.getByRole('button', { name: 'Lưu thông tin báo cáo' })).toBeDisabled();
  await page.getByLabel('Số văn bản').fill('7');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(doc.getByText('DỰ THẢO', { exact: true })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Bản chính thức (bỏ dấu “DỰ THẢO”)' }).uncheck();

  await page.getByRole('button', { name: 'Lưu thông tin báo cáo' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã lưu thông tin báo cáo cho phạm vi “Tỉnh, thành phố Phú Thọ”.');
  await expectAccessible(page);
  await page.screenshot({ path: join(OUT, 'screen.png') });
  await page.screenshot({ path: join(OUT, 'screen-full.png'), fullPage: true });

  // The document on screen, element by element.
  const head = doc.locator('header');
  await expect(doc.getByText('DỰ THẢO', { exact: true })).toBeVisible();
  await expect(head).toContainText('UBND TỈNH PHÚ THỌ');
  await expect(head).toContainText('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
  await expect(head).toContainText('Số: 07/BC-SKHCN');
  await expect(head).toContainText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  await expect(head).toContainText('Độc lập - Tự do - Hạnh phúc');
  await expect(head).toContainText('Phú Thọ, ngày 05 tháng 01 năm 2027');
  await expect(doc.getByRole('heading', { level: 2 })).toHaveText('BÁO CÁOTình hình thực hiện các thỏa thuận hợp tác về chuyển đổi số trên địa bàn tỉnh Phú Thọ quý III/2026');
  await expect(doc).toContainText('Kính gửi: Ủy ban nhân dân tỉnh Phú Thọ.');
  // In-period figures: 2.283 (baseline, the demo's samples left out) → 2.450: +167 in the quarter and since the start.
  const bts = doc.getByRole('row', { name: /Phát triển hạ tầng trạm phát sóng/ });
  // Columns: Mục, Nội dung cam kết, Đã đạt, Tăng giảm trong kỳ, Lũy kế, Cùng kỳ năm trước, Trạng thái
  // (no commitment of the agreement states a target, so the target column gives its width to the others).
  const table = doc.getByRole('table', { name: /^Thỏa thuận hợp tác về chuyển đổi số giai đoạn 2025-2030/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Mục', 'Nội dung cam kết', 'Đã đạt', 'Tăng, giảm trong kỳ', 'Lũy kế từ đầu giai đoạn', 'Cùng kỳ năm trước', 'Trạng thái']);
  await expect(bts.getByRole('cell')).toHaveText(['4', '2.450 vị trí trạm 30/09/2026', '+167 vị trí trạm', '+167 vị trí trạm', '2.283 vị trí trạm 21/08/2025', 'Chưa có chỉ tiêu để đánh giá']);
  // Rows in clause order: 4 before the unnumbered rank commitments.
  await expect(table.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('4');
  await expect(table.getByRole('row').last().getByRole('cell').first()).toHaveText('—');
  await expect(doc).toContainText('Dự thảo cơ chế đang chờ ý kiến các sở, ngành do thiếu nhân lực chuyên trách. (báo cáo ngày 15/09/2026)');
  await expect(doc).toContainText('- Hoàn thiện dự thảo cơ chế, chính sách trình UBND tỉnh.');
  await expect(doc).toContainText('- Đề nghị Viettel đẩy nhanh phủ sóng 5G tại các xã vùng sâu.');
  // 4G/5G coverage has only sample reports (left out): its baseline is said to be one, never a result,
  // and nothing was measured in the quarter.
  const coverage = doc.getByRole('row', { name: /Tỷ lệ dân số được phủ sóng 4G\/5G/ });
  await expect(coverage).toContainText('trên 96% dân số (giá trị ban đầu)');
  const end = doc.locator('footer');
  await expect(end).toContainText('Nơi nhận:- Như trên;- Ban Chỉ đạo chuyển đổi số tỉnh;- Tập đoàn Viettel;- Lưu: VT, SKHCN.');
  await expect(end).toContainText('KT. GIÁM ĐỐCPHÓ GIÁM ĐỐCNguyễn Văn An');

  // Word.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải bản Word (.docx)' }).click()]);
  expect(download.suggestedFilename()).toBe('bao-cao-phu-tho-quy-iii-2026.docx');
  const docxPath = join(OUT, download.suggestedFilename());
  await download.saveAs(docxPath);
  const files = unzipSync(new Uint8Array(readFileSync(docxPath)));
  const xml = strFromU8(files['word/document.xml']!);
  const text = wordText(xml);
  for (const expected of [
    ...HEADER_BLOCK,
    'Tình hình thực hiện các thỏa thuận hợp tác về chuyển đổi số trên địa bàn tỉnh Phú Thọ quý III/2026',
    'Kính gửi: Ủy ban nhân dân tỉnh Phú Thọ.',
    'I. KẾT QUẢ ĐẠT ĐƯỢC',
    'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN',
    'Nguyên nhân: Dự thảo cơ chế đang chờ ý kiến các sở, ngành do thiếu nhân lực chuyên trách.',
    'III. NHIỆM VỤ, GIẢI PHÁP KỲ TỚI',
    'IV. KIẾN NGHỊ, ĐỀ XUẤT',
    '+167 vị trí trạm',
    'Nơi nhận:',
    '- Như trên;',
    '- Lưu: VT, SKHCN.',
    'KT. GIÁM ĐỐC',
    'PHÓ GIÁM ĐỐC',
    'Nguyễn Văn An',
  ]) {
    expect(text, expected).toContain(expected);
  }
  // Times New Roman; A4 (11906 × 16838 twips) with margins 20/20/30/15 mm; a different first page.
  expect(xml).toContain('w:ascii="Times New Roman"');
  const section = /<w:sectPr>.*<\/w:sectPr>/s.exec(xml)?.[0] ?? '';
  expect(section).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  expect(section).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
  expect(section).toContain('<w:titlePg/>');
  // The header blocks side by side: a two-column table without borders.
  expect(/<w:tblGrid><w:gridCol w:w="\d+"\/><w:gridCol w:w="\d+"\/><\/w:tblGrid>/.test(xml)).toBe(true);
  expect(/<w:insideV w:val="none"/.test(xml)).toBe(true);
  // Page numbers: the default header holds the PAGE field; the first page's header is empty.
  const headers = Object.keys(files).filter((f) => /^word\/header\d+\.xml$/.test(f)).map((f) => strFromU8(files[f]!));
  expect(headers.filter((h) => /PAGE/.test(h))).toHaveLength(1);
  expect(section).toMatch(/<w:headerReference w:type="first"/);
  // Sizes: tiêu ngữ 13 pt (26 half-points), body 14 pt (28).
  const sizeOf = (text: string) => new RegExp(`<w:sz w:val="(\\d+)"/>(?:(?!</w:r>).)*<w:t(?: [^>]*)?>${text}</w:t>`, 's').exec(xml)?.[1];
  expect(sizeOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe('24');
  expect(sizeOf('Độc lập - Tự do - Hạnh phúc')).toBe('26');
  expect(sizeOf('Phú Thọ, ngày 05 tháng 01 năm 2027')).toBe('28');
  expect(sizeOf('- Lưu: VT, SKHCN.')).toBe('22');

  // Print: A4, numbered from page 2, no grey background.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  const pdfPath = join(OUT, 'bao-cao.pdf');
  writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true }));
  const pages = pdfPages(pdfPath);
  expect(pages).toBeGreaterThanOrEqual(2);
  const first = pdfPage(pdfPath, 1);
  const all = Array.from({ length: pages }, (_, i) => pdfPage(pdfPath, i + 1, false)).join('\n');
  const flat = all.replace(/\s+/g, ' ');
  for (const expected of [
    ...HEADER_BLOCK,
    'Kính gửi: Ủy ban nhân dân tỉnh Phú Thọ.',
    'Nơi nhận:',
    '- Lưu: VT, SKHCN.',
    'KT. GIÁM ĐỐC',
    'PHÓ GIÁM ĐỐC',
    'Nguyễn Văn An',
  ]) {
    expect(flat, expected).toContain(expected);
  }
  // Page 1 carries no number; page 2 starts with "2", centred in the top margin.
  expect(first.trimStart().startsWith('DỰ THẢO')).toBe(true);
  expect(pdfPage(pdfPath, 2).trimStart()).toMatch(/^2\s*\n/);
  if (pages >= 3) expect(pdfPage(pdfPath, 3).trimStart()).toMatch(/^3\s*\n/);
  // The page size is A4: 595 × 842 points.
  expect(/Page size:.*\(A4\)/.test(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))).toBe(true);
  await page.emulateMedia({ media: 'screen' });

  // Kept for the scope: after a reload the next report starts filled in.
  await page.reload();
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('Sở Khoa học và Công nghệ');
  await expect(page.getByLabel('Số văn bản')).toHaveValue('7');
  await expect(page.getByLabel('Họ và tên người ký')).toHaveValue('Nguyễn Văn An');
  await expect(page.getByLabel('Quyền hạn ký')).toHaveValue('KT.');
  await page.getByLabel('Kỳ báo cáo').selectOption({ label: 'Năm' });
  await expect(doc).toContainText('trên địa bàn tỉnh Phú Thọ năm 2026');
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('Sở Khoa học và Công nghệ');
  // Another scope keeps its own (here: nothing yet).
  await page.getByLabel('Phạm vi').selectOption({ label: 'Tất cả thỏa thuận' });
  await expect(page.getByLabel('Cơ quan ban hành')).toHaveValue('');
  await expect(doc.getByRole('heading', { level: 2 })).toHaveText('BÁO CÁOTình hình thực hiện các thỏa thuận hợp tác về chuyển đổi số năm 2026');
  await expect(doc.getByRole('heading', { level: 5 })).toHaveCount(5);
});

test('the report of one agreement in English keeps the Vietnamese layout', async ({ page }) => {
  await page.goto('/reports?scope=agreement:agr-phu-tho-viettel-2025&asOf=2026-09-30&period=half');
  await page.getByRole('button', { name: 'English' }).click();
  const doc = page.getByRole('article', { name: 'The report' });
  await expect(doc.locator('header')).toContainText('SOCIALIST REPUBLIC OF VIET NAM');
  await expect(doc.locator('header')).toContainText('Independence - Freedom - Happiness');
  await expect(doc.getByText('DRAFT', { exact: true })).toBeVisible();
  await expect(doc.getByRole('heading', { level: 2 })).toContainText('REPORT');
  await expect(doc.getByRole('heading', { level: 2 })).toContainText('second half of 2026');
  await expect(doc.getByRole('heading', { name: 'I. RESULTS ACHIEVED' })).toBeVisible();
  await expectAccessible(page);
});
