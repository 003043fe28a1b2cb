/** The frame around every page: a title per page in the browser tab, a sign of being offline, search by pillar. */
import { expect, expectAccessible, test } from './fixtures';

test('each page has its own title, in the interface language', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Tổng quan — Cam kết');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Thỏa thuận' }).click();
  await expect(page).toHaveTitle('Thỏa thuận — Cam kết');
  await page.goto('/agreements/agr-thanh-hoa-vnpt-2021/close');
  await expect(page).toHaveTitle('Tổng kết giai đoạn — Cam kết');
  await page.goto('/no-such-page');
  await expect(page).toHaveTitle('Không tìm thấy trang — Cam kết');
  await page.goto('/settings');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page).toHaveTitle('Settings — Cam kết');
});

test('the header says when the laptop is offline, and that work goes on', async ({ page, context }) => {
  await page.goto('/agreements');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Ngoại tuyến', { exact: true })).toHaveCount(0);
  await context.setOffline(true);
  const badge = page.getByRole('status').filter({ hasText: 'Ngoại tuyến' });
  await expect(badge).toBeVisible();
  await expect(badge).toContainText('Mọi thao tác vẫn dùng được và được lưu trên máy này.');
  await expectAccessible(page);
  await context.setOffline(false);
  await expect(badge).toHaveCount(0);
});

test('commitments are found by their pillar’s name, diacritics ignored', async ({ page }) => {
  // "Phủ sóng 4G trên toàn tỉnh" (Phú Thọ, pillar Hạ tầng số) says "hạ tầng số" nowhere in its own text;
  // "Tuyên truyền nâng cao nhận thức…" (Thanh Hóa) is Xã hội số.
  await page.goto('/commitments?q=ha%20tang%20so');
  const table = page.getByRole('table');
  await expect(table.getByRole('link', { name: 'Phủ sóng 4G trên toàn tỉnh' })).toBeVisible();
  await expect(table.getByRole('link', { name: /Tuyên truyền nâng cao nhận thức/ })).toHaveCount(0);
});
