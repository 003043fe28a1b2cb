/** Reports: the printed report. Spreadsheets and the calendar: spreadsheets.spec.ts. */
import { expect, expectAccessible, test } from './fixtures';

/** The PDF's page count: Chromium writes one "/Type /Page" dictionary per page. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test('the quarterly report of a province, as printed to an A4 PDF', async ({ page }) => {
  await page.goto('/reports?scope=province:hai-phong&asOf=2026-09-30&period=quarter');
  const report = page.getByRole('article', { name: 'Bản báo cáo' });
  await expect(report.getByRole('heading', { level: 2 })).toHaveText('BÁO CÁOTình hình thực hiện các thỏa thuận hợp tác về chuyển đổi số trên địa bàn thành phố Hải Phòng quý III/2026');
  await expect(report).toContainText('(số liệu tính đến ngày 30/09/2026)');
  // The three agreements Hải Dương signed, now under Hải Phòng, each with its results.
  await expect(report.getByRole('heading', { level: 5 })).toHaveCount(3);
  await expect(report.getByRole('heading', { level: 5 }).first()).toContainText('Hải Dương');
  await expect(report.getByRole('heading', { name: 'II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN' })).toBeVisible();
  // Section II by the rule table: FPT's "product in 2021" is overdue (the article states the deadline); the other
  // commitments of the two 2021/2022-2025 agreements had no deadline of their own and no report: said once per
  // agreement (Viettel 9, FPT 5). The MOU has no period, so nothing of it is overdue or ended.
  await expect(report.getByText(/^- Có sản phẩm chuyển đổi số/).filter({ hasText: 'Nguyên nhân' })).toContainText('Thời hạn 31/12/2021 nêu trong văn bản đã qua mà chưa có báo cáo hoàn thành.');
  const ended = (partner: string) => report.getByText(/^- /).filter({ hasText: partner }).filter({ hasText: 'giai đoạn kết thúc' });
  await expect(ended('Tập đoàn Viettel')).toContainText('giai đoạn kết thúc ngày 31/12/2025 (văn bản không nêu thời hạn riêng) mà 9 nội dung chưa có báo cáo hoàn thành:');
  await expect(ended('Công ty Cổ phần FPT')).toContainText('giai đoạn kết thúc ngày 31/12/2025 (văn bản không nêu thời hạn riêng) mà 5 nội dung chưa có báo cáo hoàn thành:');
  await expect(report.getByRole('heading', { name: 'III. NHIỆM VỤ, GIẢI PHÁP KỲ TỚI' })).toBeVisible();
  await page.getByLabel('Kiến nghị, đề xuất (mỗi dòng một nội dung)').fill('Đề nghị Viettel đẩy nhanh phủ sóng 5G.');
  await expect(report).toContainText('- Đề nghị Viettel đẩy nhanh phủ sóng 5G.');
  await page.getByLabel('Kỳ báo cáo').selectOption({ label: '6 tháng' });
  await expect(report).toContainText('6 tháng cuối năm 2026');
  await expectAccessible(page);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByLabel('Kiến nghị, đề xuất (mỗi dòng một nội dung)')).toBeHidden();
  // No table row is split across pages; table headers repeat on each page; no grey page behind the document.
  const rowsAvoidBreaks = await report.locator('tr').evaluateAll((els) => els.every((el) => getComputedStyle(el).breakInside === 'avoid'));
  expect(rowsAvoidBreaks).toBe(true);
  expect(await report.locator('thead').first().evaluate((el) => getComputedStyle(el).display)).toBe('table-header-group');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
  const pdf = await page.pdf({ preferCSSPageSize: true });
  // Header, results of three agreements, sections II–IV, then "Nơi nhận" and the signature on page 4.
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
