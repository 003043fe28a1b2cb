/**
 * The dashboard and a commitment's chart. The expected figures are worked out by hand from the demo
 * data and the rule table in README (the arithmetic is written beside them); nothing here asks the
 * app's own code what to expect.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Snapshot } from '../../src/domain/snapshot/format';
import { expect, expectAccessible, test } from './fixtures';

const AS_OF = '2026-09-30';
const demo = () => JSON.parse(readFileSync(new URL('../fixtures/snapshots/v1-demo.json', import.meta.url), 'utf8')) as Snapshot;

/** The demo data with one commitment given a target and a revision, as a committee would. */
function withTargets(): Snapshot {
  const file = demo();
  const c = file.data.commitments.find((x) => x.id === 'agr-phu-tho-viettel-2025-c04')!;
  Object.assign(c, { target: 100, rev: 2 });
  c.revisions.push({ id: 'rev-1', createdAt: '2026-01-15T00:00:00.000Z', updatedAt: '2026-01-15T00:00:00.000Z', rev: 1, appliesTo: 'target', oldValue: 98, newValue: 100, decisionRef: 'QĐ 123/QĐ-UBND', decidedOn: '2026-01-15', note: '' });
  return file;
}

async function importSnapshot(page: Page, file: Snapshot) {
  await page.goto('/snapshots');
  await page.getByLabel('Chọn tệp bản sao (.json)').setInputFiles({ name: 'muc-tieu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã nhập muc-tieu.json' })).toBeVisible();
}

const tile = (page: Page, label: string | RegExp) => page.getByRole('list', { name: 'Chỉ số chính' }).getByRole('listitem').filter({ hasText: label });

test('the overview states only what the demo\'s sources and reports support, as of a chosen date', async ({ page }) => {
  // The demo as of 30/09/2026 (56 commitments), by the rule table:
  // - Hải Dương–Viettel (2022-2025): 9 milestones / qualitative, no deadline of their own, no report → 9 × R7 "Hết giai đoạn…";
  // - Thanh Hóa–VNPT (2021-2025): 10 milestones / qualitative → R7; 7 figures with a baseline but no target → R2;
  // - Hải Dương–FPT (2021-2025): the 2021 product (deadline 31/12/2021 stated) → R6 "Quá hạn"; 5 → R7; 3 ranks without target → R2;
  // - Phú Thọ–Viettel (2025-2030): 7 without any report → R8 "Chưa có báo cáo"; 10 figures without target → R2
  //   (its 4 sample reports are left out);
  // - Hải Dương–SAIGONTEL-NGS (MOU, no period): 4 without report → R8.
  // Overdue 1, period ended 9 + 10 + 5 = 24, no target 7 + 3 + 10 = 20, no report 7 + 4 = 11.
  // Judged: 56 − 20 − 11 = 25, none on track → 0%. In force on 30/09/2026: only Phú Thọ–Viettel.
  await page.goto(`/?asOf=${AS_OF}`);
  await expect(page.getByLabel('Tình hình đến ngày')).toHaveValue(AS_OF);
  await expect(tile(page, 'Nội dung cam kết')).toHaveText(/^56\s*Nội dung cam kết/);
  await expect(tile(page, 'Quá hạn')).toHaveText(/^1\s*Quá hạn/);
  await expect(tile(page, 'Thỏa thuận còn hiệu lực')).toHaveText(/^1\s*Thỏa thuận còn hiệu lực/);
  await expect(tile(page, 'Báo cáo đã cũ')).toHaveText(/^0\s*Báo cáo đã cũ/);
  await expect(tile(page, 'Đúng tiến độ')).toHaveText(/^0%\s*Đúng tiến độ/);
  await expect(page.getByRole('note').filter({ hasText: 'Có 4 báo cáo là số liệu minh họa' })).toBeVisible();

  const figure = page.getByRole('figure', { name: 'Phân bố trạng thái' });
  await figure.getByText('Xem dạng bảng').click();
  for (const [label, count] of [
    ['Quá hạn', '1'],
    ['Hết giai đoạn, chưa có báo cáo hoàn thành', '24'],
    ['Chưa có báo cáo', '11'],
    ['Chưa có chỉ tiêu để đánh giá', '20'],
  ] as const) {
    await expect(figure.getByRole('row', { name: `${label} ${count}`, exact: true })).toBeVisible();
  }
  // Nothing claims non-performance that no report made.
  await expect(figure.getByRole('row', { name: /^Chưa triển khai/ })).toHaveCount(0);
  await expect(page.locator('.recharts-surface').first()).toBeVisible();

  // Hải Phòng lists Hải Dương's agreements.
  await expect(page.getByRole('table', { name: /Theo tỉnh, thành phố/ }).getByRole('row', { name: /Hải Phòng/ })).toContainText('gồm thỏa thuận ký khi còn là: Hải Dương');
  // The biggest slippage is the 2021 product, whose deadline the article states.
  await expect(page.getByRole('region', { name: 'Chậm tiến độ nhiều nhất' }).getByRole('listitem').first()).toContainText('Quá hạn');
  await expectAccessible(page);
});

test('filters live in the URL and change the figures', async ({ page }) => {
  await page.goto(`/?asOf=${AS_OF}`);
  await page.getByRole('combobox', { name: 'Tỉnh, thành phố', exact: true }).selectOption({ label: 'Thanh Hóa' });
  await expect(page).toHaveURL(/province=thanh-hoa/);
  await expect(tile(page, 'Nội dung cam kết')).toContainText('17');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Tỉnh, thành phố', exact: true })).toHaveValue('thanh-hoa');
  await expect(tile(page, 'Nội dung cam kết')).toContainText('17');

  await page.getByRole('combobox', { name: 'Cuối quý' }).selectOption({ label: 'Quý II/2026' });
  await expect(page).toHaveURL(/asOf=2026-06-30/);
  await page.getByRole('link', { name: 'Xóa bộ lọc' }).click();
  await expect(tile(page, 'Nội dung cam kết')).toContainText('56');
});

test('sample reports never pass for real: left out by default, counted only by choice and then said so', async ({ page }) => {
  // Phú Thọ's 4G/5G population coverage: baseline "over 96%" from the article, no target, two sample reports (97%, 98%).
  await page.goto(`/commitments/agr-phu-tho-viettel-2025-c04?asOf=${AS_OF}`);
  const panel = page.getByRole('region', { name: /Trạng thái đến 30\/09\/2026/ });
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Chưa có chỉ tiêu để đánh giá');
  await expect(panel).toContainText('Văn bản không nêu chỉ tiêu bằng số nên chưa đánh giá được. Không tính 2 báo cáo minh họa.');
  await expect(panel.getByRole('note')).toContainText('Có 2 báo cáo là số liệu minh họa, không phải số liệu báo cáo thật');

  await panel.getByRole('checkbox', { name: 'Tính cả số liệu minh họa vào trạng thái' }).check();
  await expect(panel).toContainText('Văn bản không nêu chỉ tiêu bằng số; báo cáo gần nhất 98% dân số ngày 30/06/2026. Có tính 2 báo cáo minh họa (không phải số liệu báo cáo thật).');
  await expect(panel.getByRole('note')).toContainText('Lưu ý: trạng thái và các tỷ lệ dưới đây có tính 2 báo cáo là số liệu minh họa');
  await expectAccessible(page);

  // The choice is the device's: the overview warns too (2 + 2 sample reports of the sites), and Settings shows it.
  await page.goto(`/?asOf=${AS_OF}`);
  await expect(page.getByRole('note').filter({ hasText: 'Lưu ý: trạng thái và các tỷ lệ dưới đây có tính 4 báo cáo là số liệu minh họa' })).toBeVisible();
  await page.goto('/settings');
  const rules = page.getByRole('region', { name: 'Quy tắc đánh giá trạng thái' });
  await expect(rules.getByRole('checkbox', { name: 'Tính cả số liệu minh họa vào trạng thái' })).toBeChecked();
  await rules.getByRole('checkbox', { name: 'Tính cả số liệu minh họa vào trạng thái' }).uncheck();
  await page.goto(`/?asOf=${AS_OF}`);
  await expect(page.getByRole('note').filter({ hasText: 'Có 4 báo cáo là số liệu minh họa' })).toBeVisible();
});

test('the tolerance for percentages is a setting, explained when it is wrong', async ({ page }) => {
  await page.goto('/settings');
  const rules = page.getByRole('region', { name: 'Quy tắc đánh giá trạng thái' });
  const field = rules.getByRole('textbox', { name: 'Mức cho phép với chỉ tiêu tỷ lệ % (điểm phần trăm)' });
  await expect(field).toHaveValue('2');
  await field.fill('12');
  await rules.getByRole('button', { name: 'Lưu mức cho phép' }).click();
  await expect(rules).toContainText('Mức cho phép phải là một số từ 0 đến 10 điểm phần trăm; “12” không nằm trong khoảng đó.');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('2,5');
  await rules.getByRole('button', { name: 'Lưu mức cho phép' }).click();
  await expect(rules.getByRole('status')).toHaveText('Đã lưu mức cho phép: 2,5 điểm phần trăm.');
  await page.goto(`/?asOf=${AS_OF}`);
  await expect(page.getByText(/kém giá trị cần đạt không quá 2,5 điểm phần trăm/)).toBeVisible();
});

test('a commitment with a target: sample reports are left out until counted, and then said to be counted', async ({ page }) => {
  await importSnapshot(page, withTargets());
  await page.goto(`/commitments/agr-phu-tho-viettel-2025-c04?asOf=${AS_OF}`);
  const panel = page.getByRole('region', { name: /Trạng thái đến 30\/09\/2026/ });
  // Its only reports are the two sample ones: left out, so there is no report.
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Chưa có báo cáo');
  await expect(panel).toContainText('Không tính 2 báo cáo minh họa.');
  await expect(panel.getByRole('note')).toContainText('Có 2 báo cáo là số liệu minh họa');

  await panel.getByRole('checkbox', { name: 'Tính cả số liệu minh họa vào trạng thái' }).check();
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('Đúng tiến độ');
  // Path: 96% (21/08/2025) → 100% (31/12/2030, day 1.958; the revision of 15/01/2026 raised it from 98%). On 30/06/2026
  // (day 313): 96 + 4 × 313/1.958 = 96,64 → "96,6%"; 98 is 1,36 ahead → "1,4 điểm", within ±2.
  await expect(panel).toContainText(
    'Báo cáo 98% dân số ngày 30/06/2026 (cách ngày xem 92 ngày); theo tiến độ, đến ngày đó cần đạt 96,6% dân số: vượt 1,4 điểm, trong mức cho phép ±2 điểm. Có tính 2 báo cáo minh họa (không phải số liệu báo cáo thật).',
  );
  await expect(panel.getByRole('note')).toContainText('có tính 2 báo cáo là số liệu minh họa');
  await expect(panel).toContainText('Với tốc độ gần đây:');

  const chart = page.getByRole('figure', { name: 'Tiến độ so với lộ trình chỉ tiêu' });
  await expect(chart.locator('.recharts-line')).toHaveCount(4); // path in force, path before the revision, reported, forecast
  // Each target is drawn from when it held: before 15/01/2026 only the original (98% by 2030): 96 + 2 × 147/1.958 = 96,15 on that day.
  await chart.getByText('Xem dạng bảng').click();
  const table = chart.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Chỉ tiêu ban đầu' })).toBeVisible();
  await expect(table.getByRole('row', { name: /^21\/08\/2025/ })).toContainText('96% dân số');
  await expect(table.getByRole('row', { name: /^15\/01\/2026/ })).toContainText('96,15% dân số');
  await expect(table.getByRole('row', { name: /^30\/06\/2026/ })).toContainText('98% dân số (Dữ liệu minh họa)');
  await expect(table.getByRole('row', { name: /^31\/12\/2030/ })).toContainText('100% dân số');
  await expectAccessible(page);

  // The choice holds on the overview too, with a warning.
  await page.goto(`/?asOf=${AS_OF}`);
  await expect(page.getByRole('note').filter({ hasText: 'Lưu ý: trạng thái và các tỷ lệ dưới đây có tính 4 báo cáo là số liệu minh họa' })).toBeVisible();
});

test('the agreement lists each commitment with its status today, and rolls them up', async ({ page }) => {
  await page.goto('/agreements/agr-hai-duong-fpt-2021');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Có sản phẩm chuyển đổi số/ }) });
  await expect(row).toContainText('Quá hạn');
  const pilot = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /thí điểm đô thị thông minh/ }) });
  await expect(pilot).toContainText('Hết giai đoạn, chưa có báo cáo hoàn thành');
  // 9 commitments: 1 overdue (stated deadline 2021), 5 past the period's end, 3 ranks without a target (not judged).
  const summary = page.getByRole('group', { name: 'Tổng hợp tiến độ thỏa thuận' });
  await expect(summary).toContainText('(6 trên 9 nội dung đánh giá được)');
  await expect(summary).toContainText('Quá hạn 1');
});

test('the overview in English', async ({ page }) => {
  await page.goto(`/?asOf=${AS_OF}`);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('list', { name: 'Key figures' })).toContainText('Overdue');
  await expect(page.getByRole('figure', { name: 'Status distribution' })).toBeVisible();
});
