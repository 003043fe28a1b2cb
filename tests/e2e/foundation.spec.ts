import { expect, expectAccessible, test } from './fixtures';

test.describe('first run', () => {
  test('shows the five seed agreements, grouped under the authority responsible now', async ({ page }) => {
    await page.goto('/agreements');
    await expect(page.getByRole('heading', { level: 1, name: 'Thỏa thuận hợp tác' })).toBeVisible();
    await expect(page.getByText('5 thỏa thuận', { exact: true })).toBeVisible();

    const haiPhong = page.getByRole('region', { name: 'Hải Phòng' });
    await expect(haiPhong.getByRole('listitem')).toHaveCount(3);
    await expect(haiPhong.getByText('ký khi còn là Hải Dương')).toHaveCount(3);
    await expect(page.getByRole('region', { name: 'Phú Thọ' }).getByRole('link')).toHaveText([/Phú Thọ.*Viettel/]);
    await expect(page.getByRole('region', { name: 'Thanh Hóa' }).getByRole('link')).toHaveText([/Thanh Hóa.*VNPT/]);
    await expectAccessible(page);
  });

  test('the overview counts what is stored', async ({ page }) => {
    await page.goto('/');
    const tiles = page.getByRole('list', { name: 'Chỉ số chính' });
    await expect(tiles.getByRole('listitem').filter({ hasText: 'Nội dung cam kết' })).toContainText('56');
    await expect(page.getByRole('figure', { name: 'Tiến độ theo trụ cột' })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('an agreement', () => {
  test('Phú Thọ – Viettel shows its parties, period, legal bases and the figures of the article', async ({ page }) => {
    await page.goto('/agreements');
    await page.getByRole('link', { name: /Phú Thọ và Tập đoàn Công nghiệp - Viễn thông Quân đội/ }).click();

    await expect(page.getByRole('heading', { level: 1 })).toContainText('giai đoạn 2025-2030');
    await expect(page.getByRole('list', { name: 'Người ký' })).toContainText('Trần Duy Đông, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Phú Thọ');
    await expect(page.getByRole('list', { name: 'Người ký' })).toContainText('Tào Đức Thắng, Trung tướng');
    await expect(page.getByText('21/08/2025').first()).toBeVisible();
    await expect(page.getByText('NQ 57-NQ/TW', { exact: true })).toBeVisible();
    await expect(page.getByText('Thỏa thuận hợp tác về chuyển đổi số giai đoạn 2023-2025', { exact: false }).first()).toBeVisible();

    const table = page.getByRole('table', { name: /Nội dung cam kết \(17\)/ });
    const row = (name: RegExp) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await expect(row(/trạm phát sóng/)).toContainText('2.283 vị trí trạm');
    await expect(row(/Tỷ lệ dân số được phủ sóng 4G\/5G/)).toContainText('trên 96% dân số');
    await expect(row(/theo diện tích/)).toContainText('trên 90% diện tích');
    await expect(row(/Hạ tầng mạng lưới phủ sóng dân số/)).toContainText('99% dân số');
    // Illustrative check-ins are marked as such.
    await expect(row(/trạm phát sóng/).getByText('Dữ liệu minh họa')).toBeVisible();
    await expectAccessible(page);
  });

  test('Thanh Hóa – VNPT carries the 2015-2020 results as baselines', async ({ page }) => {
    await page.goto('/agreements?q=vnpt');
    await page.getByRole('link', { name: /Thanh Hóa và Tập đoàn VNPT/ }).click();
    await expect(page.getByText('Ký trực tuyến')).toBeVisible();
    const table = page.getByRole('table', { name: /Nội dung cam kết/ });
    for (const figure of ['615 dịch vụ', '559 đơn vị cấp xã', '27 đơn vị cấp huyện', '65 Đảng bộ', 'trên 98%', 'hạng 8', '100%']) {
      await expect(table.getByText(figure, { exact: true })).toBeVisible();
    }
  });

  test('the SAIGONTEL–NGS memorandum shows an alliance of two companies and no period', async ({ page }) => {
    await page.goto('/agreements/agr-hai-duong-saigontel-ngs-2022');
    await expect(page.getByText('Biên bản ghi nhớ', { exact: true })).toBeVisible();
    await expect(page.getByText(/Thành viên liên minh: Công ty CP Công nghệ - Viễn thông Sài Gòn; Công ty CP Thiết bị và Truyền thông NGS/)).toBeVisible();
    await expect(page.getByText('Nguyễn Cao Thắng')).toBeVisible();
    await expect(page.getByText(/Hải Dương đã hợp nhất vào Hải Phòng từ 01\/07\/2025/)).toBeVisible();
  });

  test('a commitment shows its baseline, evidence and check-ins', async ({ page }) => {
    await page.goto('/agreements/agr-phu-tho-viettel-2025');
    await page.getByRole('link', { name: /Phát triển hạ tầng trạm phát sóng/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Phát triển hạ tầng trạm phát sóng');
    await expect(page.getByText('2.283 vị trí trạm tại ngày 21/08/2025')).toBeVisible();
    await expect(page.getByText(/Bài báo: Ký kết thỏa thuận hợp tác về chuyển đổi số giai đoạn 2025 - 2030/)).toBeVisible();
    const checkIns = page.getByRole('table', { name: /Báo cáo tiến độ \(2\)/ });
    await expect(checkIns.getByRole('row')).toHaveCount(3);
    await expect(checkIns.getByRole('row').filter({ hasText: '2.410 vị trí trạm' })).toContainText('30/06/2026');
    for (const row of await checkIns.getByRole('row').all().then((rows) => rows.slice(1))) {
      await expect(row.locator('.badge--sample')).toHaveText('Dữ liệu minh họa');
    }
    await expectAccessible(page);
  });

  test('an unknown agreement says so', async ({ page }) => {
    await page.goto('/agreements/khong-co');
    await expect(page.getByRole('alert')).toContainText('Không tìm thấy thỏa thuận này');
  });
});

test.describe('search', () => {
  test('ignores diacritics and keeps the query in the URL', async ({ page }) => {
    await page.goto('/agreements');
    await page.getByRole('searchbox', { name: 'Tìm thỏa thuận' }).fill('hai duong');
    await expect(page.getByText('3 thỏa thuận', { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/\?q=hai\+duong/);

    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Tìm thỏa thuận' })).toHaveValue('hai duong');
    await expect(page.getByText('3 thỏa thuận', { exact: true })).toBeVisible();

    await page.getByRole('searchbox', { name: 'Tìm thỏa thuận' }).fill('thanh hoa');
    await expect(page.getByText('1 thỏa thuận', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: /Thanh Hóa và Tập đoàn VNPT/ })).toBeVisible();
    // Words in any order when no agreement holds the phrase.
    await page.getByRole('searchbox', { name: 'Tìm thỏa thuận' }).fill('viettel phu tho');
    await expect(page.getByText('1 thỏa thuận', { exact: true })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Tìm thỏa thuận' }).fill('không có gì');
    await expect(page.getByText('Không có thỏa thuận nào khớp')).toBeVisible();
  });
});

test.describe('language', () => {
  test('switches to English and back, and the choice survives a reload', async ({ page }) => {
    await page.goto('/agreements/agr-phu-tho-viettel-2025');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Agreements' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Parties' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // English number format, Vietnamese dates kept as dd/mm/yyyy.
    await expect(page.getByText('2,283 vị trí trạm')).toBeVisible();
    await expect(page.getByText('21/08/2025').first()).toBeVisible();
    await expectAccessible(page);

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Parties' })).toBeVisible();

    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect(page.getByRole('heading', { name: 'Các bên' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Các bên' })).toBeVisible();
  });
});

test.describe('settings and persistence', () => {
  test('"start empty" asks first, empties the database, and it stays empty after a reload', async ({ page }) => {
    await page.goto('/settings');
    await expect(page.getByText('5 thỏa thuận, 56 nội dung cam kết')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xóa toàn bộ dữ liệu?' });
    await expect(dialog).toBeVisible();
    await expectAccessible(page);
    // Cancel first: nothing changes.
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('5 thỏa thuận, 56 nội dung cam kết')).toBeVisible();

    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xóa toàn bộ' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã xóa toàn bộ dữ liệu.' })).toBeVisible();
    await expect(page.getByText('0 thỏa thuận, 0 nội dung cam kết')).toBeVisible();

    await page.reload();
    await expect(page.getByText('0 thỏa thuận, 0 nội dung cam kết')).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Thỏa thuận' }).click();
    await expect(page.getByText('Chưa có thỏa thuận nào')).toBeVisible();
  });

  test('"reset to demo data" brings the five agreements back, and they survive a reload', async ({ page }) => {
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Bắt đầu với dữ liệu trống' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xóa toàn bộ' }).click();
    await expect(page.getByText('0 thỏa thuận')).toBeVisible();

    await page.getByRole('button', { name: 'Nạp lại dữ liệu mẫu' }).click();
    await page.getByRole('dialog', { name: 'Nạp lại dữ liệu mẫu?' }).getByRole('button', { name: 'Xóa và nạp dữ liệu mẫu' }).click();
    await expect(page.getByText('5 thỏa thuận, 56 nội dung cam kết')).toBeVisible();

    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: 'Thỏa thuận' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Thỏa thuận hợp tác' })).toBeVisible();
    await expect(page.getByText('5 thỏa thuận', { exact: true })).toBeVisible();
  });

  test('the user name is kept', async ({ page }) => {
    await page.goto('/settings');
    await page.getByRole('textbox', { name: 'Tên của bạn (ghi vào lịch sử thay đổi)' }).fill('Thư ký Ban Chỉ đạo');
    await page.getByRole('button', { name: 'Lưu tên' }).click();
    await expect(page.getByText('Đã lưu tên.')).toBeVisible();
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Tên của bạn (ghi vào lịch sử thay đổi)' })).toHaveValue('Thư ký Ban Chỉ đạo');
  });
});

test('the built app sends a strict Content-Security-Policy', async ({ page }) => {
  const response = await page.goto('/');
  const header = response?.headers()['content-security-policy'] ?? '';
  expect(header).toContain("default-src 'self'");
  expect(header).toContain("script-src 'self'");
  expect(header).not.toContain('unsafe-inline');
  expect(header).not.toContain('unsafe-eval');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /object-src 'none'/);
});

test('an unknown page says so inside the app', async ({ page }) => {
  await page.goto('/khong-co-trang-nay');
  await expect(page.getByRole('heading', { name: 'Không có trang này.' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeVisible();
});
