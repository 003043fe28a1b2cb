/** Recording progress reports: Vietnamese numbers, explained errors, warnings to confirm. */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const form = (page: Page) => page.getByRole('region', { name: 'Ghi nhận báo cáo tiến độ' });
const valueBox = (page: Page) => form(page).getByRole('textbox', { name: /^Giá trị/ });

test('a report typed the Vietnamese way is read back, saved, and shown', async ({ page }) => {
  await page.goto('/commitments/agr-phu-tho-viettel-2025-c04');
  await form(page).getByLabel('Số liệu đến ngày').fill('2025-11-30');
  await valueBox(page).fill('96,5');
  await expect(form(page).getByText('Hiểu là: 96,5% dân số')).toBeVisible();
  await form(page).getByLabel('Tên tài liệu kiểm chứng').fill('Báo cáo tháng 11/2025 của Viettel Phú Thọ');
  await form(page).getByLabel('Đơn vị báo cáo', { exact: true }).fill('Viettel Phú Thọ');
  await form(page).getByRole('button', { name: 'Lưu báo cáo' }).click();
  await expect(form(page).getByRole('status')).toContainText('Đã lưu báo cáo số liệu đến ngày 30/11/2025.');
  const table = page.getByRole('table', { name: /Báo cáo tiến độ \(3\)/ });
  await expect(table.getByRole('row', { name: /^30\/11\/2025/ })).toContainText('96,5% dân số');
  await expect(table.getByRole('row', { name: /^30\/11\/2025/ })).toContainText('Báo cáo tháng 11/2025 của Viettel Phú Thọ');
  await expect(valueBox(page)).toHaveValue('');
  // It survives a reload.
  await page.reload();
  await expect(page.getByRole('table', { name: /Báo cáo tiến độ \(3\)/ })).toBeVisible();
});

test('bad input is explained next to the field, and nothing is saved', async ({ page }) => {
  await page.goto('/commitments/agr-phu-tho-viettel-2025-c04');
  await form(page).getByLabel('Số liệu đến ngày').fill('2019-12-31');
  await valueBox(page).fill('120');
  await form(page).getByLabel('Đơn vị báo cáo', { exact: true }).fill('');
  await form(page).getByRole('button', { name: 'Lưu báo cáo' }).click();
  await expect(form(page).getByRole('alert')).toContainText('Chưa lưu: hãy sửa 3 lỗi được đánh dấu.');
  await expect(valueBox(page)).toHaveAccessibleDescription(/Tỷ lệ phải trong khoảng 0–100\./);
  await expect(form(page).getByLabel('Số liệu đến ngày')).toHaveAccessibleDescription('Ngày số liệu trước giai đoạn của thỏa thuận (2025-2030).');
  await expect(form(page).getByLabel('Đơn vị báo cáo', { exact: true })).toHaveAccessibleDescription('Trường này bắt buộc.');
  await expectAccessible(page);
  await expect(page.getByRole('table', { name: /Báo cáo tiến độ \(2\)/ })).toBeVisible();
});

test('an ambiguous number is asked about, and a falling count needs a confirmation', async ({ page }) => {
  await page.goto('/commitments/agr-phu-tho-viettel-2025-c07');
  await form(page).getByLabel('Số liệu đến ngày').fill('2025-11-30');
  await valueBox(page).fill('2,500');
  await form(page).getByLabel('Đơn vị báo cáo', { exact: true }).fill('Viettel Phú Thọ');
  await form(page).getByRole('button', { name: 'Lưu báo cáo' }).click();
  await expect(valueBox(page)).toHaveAccessibleDescription(/Hãy chọn một cách hiểu bên dưới\./);
  await form(page).getByRole('radio', { name: '2.500 vị trí trạm' }).check();
  await expect(form(page).getByText('Hiểu là: 2.500 vị trí trạm')).toBeVisible();
  await form(page).getByRole('button', { name: 'Lưu báo cáo' }).click();
  await expect(form(page).getByRole('status').filter({ hasText: 'Đã lưu báo cáo' })).toBeVisible();

  await form(page).getByLabel('Số liệu đến ngày').fill('2026-01-15');
  await valueBox(page).fill('2.000');
  await expect(form(page).getByText('Số lũy kế thấp hơn báo cáo ngày 30/11/2025 (2.500 vị trí trạm).', { exact: false })).toBeVisible();
  await form(page).getByRole('button', { name: 'Lưu báo cáo' }).click();
  await expect(form(page).getByRole('alert')).toContainText('hãy đánh dấu xác nhận');
  await form(page).getByRole('checkbox', { name: 'Tôi đã kiểm tra và xác nhận số liệu này.' }).check();
  await form(page).getByRole('button', { name: 'Lưu báo cáo' }).click();
  await expect(form(page).getByRole('status').filter({ hasText: 'Đã lưu báo cáo số liệu đến ngày 15/01/2026.' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Báo cáo tiến độ \(4\)/ })).toBeVisible();
});

test('a milestone reported done changes its status', async ({ page }) => {
  await page.goto('/commitments/agr-hai-duong-fpt-2021-c09');
  await expect(page.getByRole('region', { name: /Trạng thái đến/ })).toContainText('Quá hạn');
  await form(page).getByLabel('Số liệu đến ngày').fill('2021-12-20');
  await form(page).getByRole('radio', { name: 'Đã hoàn thành' }).check();
  await form(page).getByLabel('Đơn vị báo cáo', { exact: true }).fill('Sở TT&TT Hải Dương');
  await form(page).getByRole('button', { name: 'Lưu báo cáo' }).click();
  await expect(page.getByRole('region', { name: /Trạng thái đến/ })).toContainText('Hoàn thành đúng hạn');
  await expect(page.getByRole('region', { name: /Trạng thái đến/ })).toContainText('Đã hoàn thành ngày 20/12/2021.');
});

test('a mistaken report can be deleted, and the undo puts it back', async ({ page }) => {
  await page.goto('/commitments/agr-phu-tho-viettel-2025-c07');
  const table = () => page.getByRole('table', { name: /Báo cáo tiến độ/ });
  await expect(table().getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: 'Xóa báo cáo ngày 30/06/2026' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã xóa báo cáo ngày 30/06/2026.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Báo cáo tiến độ (1)' })).toBeVisible();
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã khôi phục báo cáo ngày 30/06/2026.' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Báo cáo tiến độ (2)' })).toBeVisible();
  await expect(table().getByRole('row', { name: /^30\/06\/2026/ })).toContainText('2.410 vị trí trạm');
  await expectAccessible(page);
});
