/**
 * The dashboard and a commitment's chart, checked against the status engine itself: the test
 * computes the expected figures with src/domain on the same data the app holds.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildDashboard, rollup } from '../../src/domain/status/dashboard';
import { todayIso } from '../../src/lib/today';
import { assess } from '../../src/domain/status/engine';
import type { Snapshot } from '../../src/domain/snapshot/format';
import { expect, expectAccessible, test } from './fixtures';

const AS_OF = '2026-09-30';
const demo = () => JSON.parse(readFileSync(new URL('../fixtures/snapshots/v1-demo.json', import.meta.url), 'utf8')) as Snapshot;

/** The demo data with one commitment given a target, milestones and a revision, as a committee would. */
function withTargets(): Snapshot {
  const file = demo();
  const c = file.data.commitments.find((x) => x.id === 'agr-phu-tho-viettel-2025-c04')!;
  Object.assign(c, { target: 100, rev: 2, milestones: [{ year: 2026, value: 97.5 }, { year: 2028, value: 99 }] });
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

test('the overview shows the figures the engine computes, as of a chosen date', async ({ page }) => {
  const model = buildDashboard(demo().data, AS_OF);
  await page.goto(`/?asOf=${AS_OF}`);
  await expect(page.getByLabel('Tình hình đến ngày')).toHaveValue(AS_OF);
  await expect(tile(page, 'Nội dung cam kết')).toContainText(String(model.tiles.commitments));
  await expect(tile(page, 'Quá hạn')).toContainText(String(model.tiles.overdue));
  await expect(tile(page, 'Thỏa thuận còn hiệu lực')).toContainText(String(model.tiles.activeAgreements));
  await expect(tile(page, 'Không có số liệu mới')).toContainText(String(model.tiles.stale));

  // The status chart's table alternative holds the engine's counts.
  const figure = page.getByRole('figure', { name: 'Phân bố trạng thái' });
  await figure.getByText('Xem dạng bảng').click();
  for (const [status, label] of [['overdue', 'Quá hạn'], ['not-started', 'Chưa triển khai'], ['no-target', 'Chưa có chỉ tiêu để đánh giá']] as const) {
    await expect(figure.getByRole('row', { name: label })).toContainText(String(model.overall.counts[status]));
  }
  await expect(page.locator('.recharts-surface').first()).toBeVisible();

  // Hải Phòng lists Hải Dương's agreements.
  await expect(page.getByRole('table', { name: /Theo tỉnh, thành phố/ }).getByRole('row', { name: /Hải Phòng/ })).toContainText('gồm thỏa thuận ký khi còn là: Hải Dương');
  // The biggest slippage is the milestone of 2021 that was never reported.
  await expect(page.getByRole('region', { name: 'Chậm tiến độ nhiều nhất' }).getByRole('listitem').first()).toContainText('Quá hạn');
  await expectAccessible(page);
});

test('filters live in the URL and change the figures', async ({ page }) => {
  await page.goto(`/?asOf=${AS_OF}`);
  await page.getByRole('combobox', { name: 'Tỉnh, thành phố', exact: true }).selectOption({ label: 'Thanh Hóa' });
  await expect(page).toHaveURL(/province=thanh-hoa/);
  const model = buildDashboard(demo().data, AS_OF, { province: 'thanh-hoa' });
  await expect(tile(page, 'Nội dung cam kết')).toContainText(String(model.tiles.commitments));
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Tỉnh, thành phố', exact: true })).toHaveValue('thanh-hoa');
  await expect(tile(page, 'Nội dung cam kết')).toContainText('15');

  await page.getByRole('combobox', { name: 'Cuối quý' }).selectOption({ label: 'Quý II/2026' });
  await expect(page).toHaveURL(/asOf=2026-06-30/);
  await page.getByRole('link', { name: 'Xóa bộ lọc' }).click();
  await expect(tile(page, 'Nội dung cam kết')).toContainText('53');
});

test('a commitment with a target shows its status, the reason, the forecast and its chart', async ({ page }) => {
  const file = withTargets();
  await importSnapshot(page, file);
  const c = file.data.commitments.find((x) => x.id === 'agr-phu-tho-viettel-2025-c04')!;
  const period = file.data.agreements.find((a) => a.id === c.agreementId)!.period;
  const expected = assess(c, period, AS_OF);
  expect(expected.status).toBe('on-track');

  await page.goto(`/commitments/${c.id}?asOf=${AS_OF}`);
  const panel = page.getByRole('region', { name: /Tình trạng đến 30\/09\/2026/ });
  await expect(panel).toContainText('Đúng tiến độ');
  await expect(panel).toContainText('Kỳ vọng 97,2% dân số đến 30/09/2026; báo cáo 98% dân số ngày 30/06/2026: vượt 0,8 điểm.');
  await expect(panel).toContainText('Với tốc độ gần đây:');

  const chart = page.getByRole('figure', { name: 'Tiến độ so với lộ trình chỉ tiêu' });
  await expect(chart.locator('.recharts-line')).toHaveCount(4); // path, original target, reported, forecast
  await chart.getByText('Xem dạng bảng').click();
  const table = chart.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Chỉ tiêu ban đầu' })).toBeVisible();
  await expect(table.getByRole('row', { name: /^21\/08\/2025/ })).toContainText('96% dân số');
  await expect(table.getByRole('row', { name: /^30\/06\/2026/ })).toContainText('98% dân số (Dữ liệu minh họa)');
  await expect(table.getByRole('row', { name: /^31\/12\/2030/ })).toContainText('100% dân số');
  await expectAccessible(page);
});

test('the agreement lists each commitment with its status today, and rolls them up', async ({ page }) => {
  await page.goto('/agreements/agr-hai-duong-fpt-2021');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Có sản phẩm chuyển đổi số/ }) });
  await expect(row).toContainText('Quá hạn');
  const agreement = demo().data.agreements.find((a) => a.id === 'agr-hai-duong-fpt-2021')!;
  const statuses = demo().data.commitments.filter((c) => c.agreementId === agreement.id).map((c) => assess(c, agreement.period, todayIso()));
  const r = rollup(statuses);
  const summary = page.getByRole('group', { name: 'Tổng hợp tiến độ thỏa thuận' });
  await expect(summary).toContainText(`(${r.judged} trên ${r.total} nội dung đánh giá được)`);
  await expect(summary).toContainText(`Quá hạn ${r.counts.overdue}`);
});

test('the overview in English', async ({ page }) => {
  await page.goto(`/?asOf=${AS_OF}`);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('list', { name: 'Key figures' })).toContainText('Overdue');
  await expect(page.getByRole('figure', { name: 'Status distribution' })).toBeVisible();
});
