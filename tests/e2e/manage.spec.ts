/**
 * The committee's daily work, walked as a new user would: enter an agreement and a commitment from
 * a template, report progress, correct a report, revise a target, renew, delete and restore, and
 * find things again without diacritics. Every screen is checked with axe at 1366×768.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const exact = { exact: true } as const;

async function setUserName(page: Page, name: string) {
  await page.goto('/settings');
  await page.getByLabel('Tên của bạn (ghi vào lịch sử thay đổi)').fill(name);
  await page.getByRole('button', { name: 'Lưu tên' }).click();
  await expect(page.getByText('Đã lưu tên.')).toBeVisible();
}

test('a new agreement and a commitment from a template, validated field by field', async ({ page }) => {
  // The longest journey of this file (two forms, two axe runs, a revision, Settings): 1.2 min alone on a
  // busy 2-core machine, 2.0 min beside other suites — sized for a slow day.
  test.setTimeout(360_000);
  await setUserName(page, 'Nguyễn Văn Thư');
  await page.goto('/agreements');
  await page.getByRole('link', { name: '+ Thêm thỏa thuận' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thêm thỏa thuận hợp tác' })).toBeVisible();

  // Saving an empty form explains every problem next to its field, and stores nothing.
  await page.getByLabel('Năm kết thúc').fill('2024');
  await page.getByLabel('Năm bắt đầu').fill('2026');
  await page.getByRole('button', { name: 'Lưu thỏa thuận' }).click();
  await expect(page.getByRole('alert')).toHaveText('Chưa lưu: hãy sửa 4 lỗi được đánh dấu.');
  await expect(page.getByLabel('Tên thỏa thuận')).toHaveAccessibleDescription('Trường này bắt buộc.');
  await expect(page.getByLabel('Năm kết thúc')).toHaveAccessibleDescription('Năm kết thúc phải sau hoặc bằng năm bắt đầu.');
  await expect(page.getByRole('group', { name: 'Đối tác (doanh nghiệp, liên minh)' })).toHaveAccessibleDescription('Chọn ít nhất một đối tác hoặc nhập tên đối tác mới.');
  await expectAccessible(page);

  await page.getByLabel('Tên thỏa thuận').fill('Thỏa thuận hợp tác chuyển đổi số giai đoạn 2026-2030 giữa UBND tỉnh Thanh Hóa và VNPT');
  await page.getByLabel('Tỉnh, thành phố ký').selectOption({ label: 'Thanh Hóa' });
  await page.getByRole('checkbox', { name: 'Tập đoàn Bưu chính Viễn thông Việt Nam' }).check();
  await page.getByLabel('Năm kết thúc').fill('2030');
  await page.getByRole('button', { name: '+ Thêm người ký' }).click();
  await page.getByRole('button', { name: '+ Thêm người ký' }).click();
  await page.getByLabel('Bên ký của người ký 2').selectOption({ label: 'Tập đoàn Bưu chính Viễn thông Việt Nam' });
  await page.getByLabel('Họ tên người ký 1').fill('Nguyễn Văn A');
  await page.getByLabel('Chức vụ người ký 1').fill('Chủ tịch UBND tỉnh Thanh Hóa');
  await page.getByRole('button', { name: 'Lưu thỏa thuận' }).click();
  await expect(page.getByLabel('Chức vụ người ký 2')).toHaveAccessibleDescription('Trường này bắt buộc.');
  await page.getByLabel('Chức vụ người ký 2').fill('Tổng Giám đốc VNPT');
  await page.getByRole('button', { name: 'Lưu thỏa thuận' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thỏa thuận hợp tác chuyển đổi số giai đoạn 2026-2030 giữa UBND tỉnh Thanh Hóa và VNPT');
  const signatories = page.getByRole('list', { name: 'Người ký' });
  await expect(signatories.getByRole('listitem').first()).toHaveText('Nguyễn Văn A, Chủ tịch UBND tỉnh Thanh Hóa — UBND tỉnh Thanh Hóa');
  await expect(signatories.getByRole('listitem').nth(1)).toContainText('Tổng Giám đốc VNPT — Tập đoàn Bưu chính Viễn thông Việt Nam');

  await page.getByRole('link', { name: '+ Thêm nội dung cam kết' }).click();
  await page.getByLabel('Chọn từ mẫu').selectOption({ label: 'Vùng phủ sóng 5G theo dân số' });
  await expect(page.getByLabel('Tên nội dung cam kết')).toHaveValue('Vùng phủ sóng 5G theo dân số');
  await expect(page.getByLabel('Đơn vị tính')).toHaveValue('% dân số');
  await expect(page.getByLabel('Loại chỉ tiêu')).toHaveValue('capped-percentage');
  await expect(page.getByLabel('Hướng đánh giá')).toHaveValue('higher');

  await page.getByLabel('Giá trị ban đầu (% dân số)', exact).fill('85,5');
  await expect(page.getByText('Hiểu là: 85,5% dân số')).toBeVisible();
  await page.getByRole('button', { name: '+ Thêm chỉ tiêu năm' }).click();
  await page.getByLabel('Năm của chỉ tiêu năm thứ 1').fill('2024');
  await page.getByLabel('Giá trị chỉ tiêu năm thứ 1 (% dân số)').fill('95');
  await page.getByLabel('Chỉ tiêu cuối giai đoạn (% dân số)', exact).fill('120');
  await page.getByRole('button', { name: 'Lưu nội dung cam kết' }).click();
  await expect(page.getByLabel('Năm của chỉ tiêu năm thứ 1')).toHaveAccessibleDescription('Nằm ngoài giai đoạn 2026-2030 của thỏa thuận.');
  await expect(page.getByLabel('Chỉ tiêu cuối giai đoạn (% dân số)', exact)).toHaveAccessibleDescription(/Tỷ lệ phải trong khoảng 0–100\./);
  await expectAccessible(page);
  await page.getByLabel('Năm của chỉ tiêu năm thứ 1').fill('2027');
  await page.getByLabel('Chỉ tiêu cuối giai đoạn (% dân số)', exact).fill('99');
  await page.getByLabel('Lưu thêm làm mẫu của tôi').check();
  await page.getByRole('button', { name: 'Lưu nội dung cam kết' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText('Vùng phủ sóng 5G theo dân số');
  const details = page.getByRole('region', { name: 'Chi tiết', exact: true });
  await expect(details).toContainText('85,5% dân số');
  await expect(details).toContainText('2027: 95% dân số');
  await expect(details).toContainText('99% dân số');
  // The history says who created it.
  const history = page.getByRole('table', { name: 'Lịch sử thay đổi' });
  await expect(history.getByRole('row').nth(1)).toContainText('Nguyễn Văn Thư');
  await expect(history.getByRole('row').nth(1)).toContainText('Thêm nội dung cam kết: Vùng phủ sóng 5G theo dân số');

  // Revised by decision, the chart shows each target from when it held: the original up to the decision (today),
  // the revised one from then on (so does its table).
  const revision = page.getByRole('region', { name: 'Điều chỉnh chỉ tiêu theo quyết định' });
  await expect(revision.getByText('Đang áp dụng: 99% dân số')).toBeVisible();
  await revision.getByRole('textbox', { name: /^Giá trị mới/ }).fill('97');
  await revision.getByLabel('Số văn bản quyết định').fill('QĐ 55/QĐ-UBND');
  await revision.getByRole('button', { name: 'Lưu điều chỉnh' }).click();
  await expect(revision.getByRole('status')).toHaveText('Đã điều chỉnh theo QĐ 55/QĐ-UBND.');
  await page.getByText('Xem dạng bảng').click();
  await expect(page.getByRole('columnheader', { name: 'Chỉ tiêu ban đầu' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^31\/12\/2030/ })).toContainText('97% dân số');
  await expect(page.getByRole('row', { name: /^31\/12\/2030/ })).not.toContainText('99% dân số');

  // The custom template is now offered in Settings.
  await page.goto('/settings');
  await expect(page.getByRole('button', { name: 'Xóa mẫu “Vùng phủ sóng 5G theo dân số”' })).toBeVisible();
  // … and in the template picker, until it is deleted.
  await page.goto('/agreements/agr-phu-tho-viettel-2025/commitments/new');
  await expect(page.getByLabel('Chọn từ mẫu').locator('optgroup[label="Mẫu của tôi"] > option')).toHaveText(['Vùng phủ sóng 5G theo dân số']);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Xóa mẫu “Vùng phủ sóng 5G theo dân số”' }).click();
  await expect(page.getByText('Đã xóa mẫu “Vùng phủ sóng 5G theo dân số”.')).toBeVisible();
  await expect(page.getByText('Chưa có mẫu riêng.')).toBeVisible();
});

test('a report is corrected and a target revised by decision, both in the history', async ({ page }) => {
  test.setTimeout(300_000);
  await setUserName(page, 'Lê Thị Hoa');
  await page.goto('/commitments/agr-phu-tho-viettel-2025-c04');
  const form = page.getByRole('region', { name: 'Ghi nhận báo cáo tiến độ' });
  await form.getByLabel('Số liệu đến ngày').fill('2025-11-30');
  await form.getByRole('textbox', { name: /^Giá trị/ }).fill('96,5');
  await form.getByLabel('Đơn vị báo cáo', { exact: true }).fill('Viettel Phú Thọ');
  await form.getByRole('button', { name: 'Lưu báo cáo' }).click();
  await expect(form.getByRole('status')).toContainText('Đã lưu báo cáo');

  // Correct it: the form fills with the stored report.
  await page.getByRole('button', { name: 'Sửa báo cáo ngày 30/11/2025' }).click();
  const edit = page.getByRole('region', { name: 'Sửa báo cáo ngày 30/11/2025' });
  await expect(edit.getByRole('textbox', { name: /^Giá trị/ })).toHaveValue('96,5');
  await edit.getByRole('textbox', { name: /^Giá trị/ }).fill('96,8');
  await edit.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByText('Đã lưu sửa đổi báo cáo ngày 30/11/2025.')).toBeVisible();
  const table = page.getByRole('table', { name: /Báo cáo tiến độ \(3\)/ });
  await expect(table.getByRole('row', { name: /^30\/11\/2025/ })).toContainText('96,8% dân số');

  // Revise the end target by decision: an unchanged value is refused, then the revision is kept.
  const revision = page.getByRole('region', { name: 'Điều chỉnh chỉ tiêu theo quyết định' });
  await expect(revision.getByText(/Đang áp dụng:/)).toBeVisible();
  await revision.getByLabel('Số văn bản quyết định').fill('QĐ 1234/QĐ-UBND');
  await revision.getByRole('textbox', { name: /^Giá trị mới/ }).fill('abc');
  await revision.getByRole('button', { name: 'Lưu điều chỉnh' }).click();
  await expect(revision.getByRole('textbox', { name: /^Giá trị mới/ })).toHaveAccessibleDescription(/Không đọc được số/);
  await revision.getByRole('textbox', { name: /^Giá trị mới/ }).fill('99,5');
  await revision.getByRole('button', { name: 'Lưu điều chỉnh' }).click();
  await expect(revision.getByRole('status')).toHaveText('Đã điều chỉnh theo QĐ 1234/QĐ-UBND.');
  const revisions = page.getByRole('table', { name: 'Điều chỉnh chỉ tiêu' });
  await expect(revisions.getByRole('row').nth(1)).toContainText('99,5% dân số');
  await expect(revisions.getByRole('row').nth(1)).toContainText('QĐ 1234/QĐ-UBND');

  const history = page.getByRole('table', { name: 'Lịch sử thay đổi' });
  await expect(history).toContainText('Sửa điều chỉnh chỉ tiêu: QĐ 1234/QĐ-UBND');
  await expect(history).toContainText('Sửa báo cáo: Báo cáo ngày 30/11/2025');
  await expect(history.getByRole('row', { name: /Sửa báo cáo/ })).toContainText('Giá trị: 96,5 → 96,8');
  await expect(history.getByRole('row', { name: /Sửa báo cáo/ })).toContainText('Lê Thị Hoa');
  await expectAccessible(page);
});

test('renewal carries the picked commitments over, with the last report as the new baseline', async ({ page }) => {
  // A real report on a Thanh Hóa–VNPT commitment: 600 commune video-conference points.
  await page.goto('/commitments/agr-thanh-hoa-vnpt-2021-c05');
  const form = page.getByRole('region', { name: 'Ghi nhận báo cáo tiến độ' });
  await form.getByLabel('Số liệu đến ngày').fill('2025-12-31');
  await form.getByRole('textbox', { name: /^Giá trị/ }).fill('600');
  await form.getByLabel('Đơn vị báo cáo', { exact: true }).fill('VNPT Thanh Hóa');
  await form.getByRole('button', { name: 'Lưu báo cáo' }).click();
  await expect(form.getByRole('status')).toContainText('Đã lưu báo cáo');

  await page.goto('/agreements/agr-thanh-hoa-vnpt-2021');
  await page.getByRole('link', { name: 'Ký giai đoạn mới' }).click();
  await expect(page.getByLabel('Tên thỏa thuận mới')).toHaveValue(/giai đoạn 2025-2030/);
  await expect(page.getByRole('checkbox', { name: /Truyền hình hội nghị: điểm cầu cấp xã/ })).toBeChecked();
  await expect(page.getByText('giá trị ban đầu mới: 600 đơn vị cấp xã (31/12/2025)')).toBeVisible();
  // Drop the district-level item: the district level no longer exists.
  await page.getByRole('checkbox', { name: /Truyền hình hội nghị: điểm cầu cấp huyện/ }).uncheck();
  await page.getByLabel('Năm kết thúc').fill('2024');
  await page.getByRole('button', { name: 'Tạo thỏa thuận giai đoạn mới' }).click();
  await expect(page.getByLabel('Năm kết thúc')).toHaveAccessibleDescription('Năm kết thúc phải sau hoặc bằng năm bắt đầu.');
  await expectAccessible(page);
  await page.getByLabel('Năm kết thúc').fill('2030');
  await page.getByRole('button', { name: 'Tạo thỏa thuận giai đoạn mới' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText('giai đoạn 2025-2030');
  await expect(page.getByRole('link', { name: /giai đoạn 2021-2025 giữa UBND tỉnh Thanh Hóa và Tập đoàn VNPT/ })).toBeVisible();
  const commitments = page.getByRole('table', { name: /Nội dung cam kết/ });
  await expect(commitments.getByRole('row', { name: /điểm cầu cấp huyện/ })).toHaveCount(0);
  await expect(commitments.getByRole('row', { name: /điểm cầu cấp xã/ })).toContainText('600 đơn vị cấp xã');
  // And the old agreement links forward.
  await page.getByRole('link', { name: /giai đoạn 2021-2025 giữa UBND tỉnh Thanh Hóa/ }).click();
  await expect(page.getByRole('link', { name: /giai đoạn 2025-2030 giữa UBND tỉnh Thanh Hóa/ })).toBeVisible();
  // The predecessor cannot be deleted while its renewal links to it.
  await page.getByRole('button', { name: 'Xóa thỏa thuận' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Chuyển vào thùng rác' }).click();
  await expect(page.getByRole('alert')).toContainText('Không xóa được: thỏa thuận này là giai đoạn trước của một thỏa thuận khác.');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('giai đoạn 2021-2025');
});

test('deleting goes to the trash: undo, restore and delete for good', async ({ page }) => {
  // A commitment: deleted after a question, then undone from the agreement's page.
  await page.goto('/commitments/agr-hai-duong-fpt-2021-c01');
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await page.getByRole('button', { name: 'Xóa nội dung cam kết' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xóa nội dung cam kết này?' });
  await expect(dialog.getByRole('button', { name: 'Hủy' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Chuyển vào thùng rác' }).click();
  await expect(page).toHaveURL(/\/agreements\/agr-hai-duong-fpt-2021$/);
  await expect(page.getByRole('status').filter({ hasText: 'vào thùng rác' })).toBeVisible();
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByText(/^Đã khôi phục/)).toBeVisible();
  await expect(page.getByRole('link', { name: title.replace(/^\d+\. /, '') })).toBeVisible();

  // An agreement with its commitments: deleted, then restored from the trash page.
  await page.getByRole('button', { name: 'Xóa thỏa thuận' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Chuyển vào thùng rác' }).click();
  await expect(page).toHaveURL(/\/agreements$/);
  await expect(page.getByRole('link', { name: /giữa tỉnh Hải Dương và Công ty Cổ phần FPT/ })).toHaveCount(0);
  await page.getByRole('navigation').getByRole('link', { name: 'Thùng rác' }).click();
  const row = page.getByRole('row', { name: /Thỏa thuận hợp tác về chuyển đổi số giai đoạn 2021-2025 giữa tỉnh Hải Dương/ });
  await expect(row).toBeVisible();
  await expectAccessible(page);
  await row.getByRole('button', { name: /^Khôi phục/ }).click();
  await expect(page.getByText('Thùng rác trống.')).toBeVisible();
  await page.goto('/agreements/agr-hai-duong-fpt-2021');
  await expect(page.getByRole('heading', { level: 2, name: /Nội dung cam kết/ })).toBeVisible();

  // Delete for good: asked first; Cancel keeps it.
  await page.getByRole('button', { name: 'Xóa thỏa thuận' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Chuyển vào thùng rác' }).click();
  await expect(page).toHaveURL(/\/agreements$/);
  await page.goto('/trash');
  await page.getByRole('button', { name: /^Xóa hẳn/ }).click();
  await page.getByRole('dialog', { name: 'Xóa hẳn?' }).getByRole('button', { name: 'Hủy' }).click();
  await expect(page.getByRole('button', { name: /^Khôi phục/ })).toBeVisible();
  await page.getByRole('button', { name: /^Xóa hẳn/ }).click();
  await page.getByRole('dialog', { name: 'Xóa hẳn?' }).getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
  await expect(page.getByText('Thùng rác trống.')).toBeVisible();
});

test('editing an agreement keeps what the form does not show, and archiving hides it from the list', async ({ page }) => {
  await page.goto('/agreements/agr-hai-duong-viettel-2022');
  await page.getByRole('link', { name: 'Sửa thỏa thuận' }).click();
  await expect(page.getByLabel('Họ tên người ký 1')).toHaveValue('Triệu Thế Hùng');
  await page.getByLabel('Nơi ký').fill('Hà Nội (trụ sở Viettel)');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Căn cứ pháp lý' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Người ký' })).toContainText('Triệu Thế Hùng');
  await expect(page.getByRole('table', { name: 'Lịch sử thay đổi' })).toContainText('Nơi ký: Trụ sở Tập đoàn Viettel, TP Hà Nội → Hà Nội (trụ sở Viettel)');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Lưu trữ' }).click();
  await expect(page.getByText('Đã lưu trữ thỏa thuận.')).toBeVisible();
  await page.goto('/agreements');
  await expect(page.getByRole('link', { name: /giữa UBND tỉnh Hải Dương và Tập đoàn Viettel/ })).toHaveCount(0);
  await page.getByLabel('Thỏa thuận đã lưu trữ').selectOption({ label: 'Chỉ hiện đã lưu trữ' });
  await expect(page).toHaveURL(/archived=only/);
  await expect(page.getByRole('link', { name: /giữa UBND tỉnh Hải Dương và Tập đoàn Viettel/ })).toBeVisible();
});

test('a period that would leave a commitment\'s due date outside it is refused, naming the commitment', async ({ page }) => {
  await page.goto('/agreements/agr-hai-duong-fpt-2021/edit');
  await page.getByLabel('Năm bắt đầu').fill('2022');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByLabel('Năm kết thúc')).toHaveAccessibleDescription(
    '1 nội dung cam kết có chỉ tiêu năm hoặc hạn hoàn thành ngoài giai đoạn này: Có sản phẩm chuyển đổi số ứng dụng trong thực tiễn ngay trong năm 2021. Hãy sửa các chỉ tiêu năm, hạn hoàn thành đó trước, hoặc giữ giai đoạn cũ.',
  );
  await page.getByLabel('Năm bắt đầu').fill('2021');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('giai đoạn 2021-2025 giữa tỉnh Hải Dương');
});

test('lists find things without diacritics, and their filters live in the URL', async ({ page }) => {
  await page.goto('/commitments');
  await page.getByRole('searchbox', { name: 'Tìm nội dung cam kết' }).fill('cap quang');
  await expect(page).toHaveURL(/q=cap\+quang/);
  await expect(page.getByRole('link', { name: 'Hạ tầng đường truyền cáp quang đến cơ quan Đảng, chính quyền, trường học, cơ sở y tế các cấp' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Tìm nội dung cam kết' }).fill('');

  // Province filter: Hải Phòng includes the former Hải Dương's agreements.
  await page.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Hải Phòng' });
  await page.getByLabel('Trạng thái', exact).selectOption({ label: 'Chưa có chỉ tiêu để đánh giá' });
  await page.getByLabel('Sắp xếp').selectOption({ label: 'Tên (A–Z)' });
  await expect(page).toHaveURL(/province=hai-phong/);
  await page.reload();
  await expect(page.getByLabel('Tỉnh, thành phố')).toHaveValue('hai-phong');
  const rows = page.getByRole('table', { name: 'Nội dung cam kết' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Hải Phòng');
  const titles = await page.getByRole('table', { name: 'Nội dung cam kết' }).locator('tbody th a').allTextContents();
  expect(titles.length).toBeGreaterThan(1);
  expect([...titles].sort(new Intl.Collator('vi').compare)).toEqual(titles);
  await expectAccessible(page);

  // Agreements: partner filter and a flat sort.
  await page.goto('/agreements?partner=viettel&sort=signed-asc');
  const cards = page.getByRole('listitem').getByRole('heading', { level: 3 });
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText('2022-2025');
  await page.goto('/agreements?q=dien%20toan%20dam%20may');
  await expect(page.getByRole('status')).toBeVisible();
});

test('the agreement form works from the keyboard alone', async ({ page }) => {
  await page.goto('/agreements/new');
  await page.getByLabel('Tên thỏa thuận').focus();
  await page.keyboard.type('Biên bản ghi nhớ thử nghiệm');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Tên tỉnh, thành phố mới')).toBeFocused();
  await page.keyboard.type('Đà Nẵng');
  // Into the partner checkboxes, checking the first with Space.
  while (!(await page.getByRole('checkbox').first().evaluate((el) => el === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Lưu thỏa thuận' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Biên bản ghi nhớ thử nghiệm');
  await expect(page.getByText('Đà Nẵng').first()).toBeVisible();
});

test('the editing screens in English pass axe and speak English', async ({ page }) => {
  await page.goto('/agreements/new');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New cooperation agreement' })).toBeVisible();
  await page.getByRole('button', { name: 'Save agreement' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveAccessibleDescription('Required.');
  await expectAccessible(page);
  await page.goto('/agreements/agr-phu-tho-viettel-2025/commitments/new');
  await page.getByLabel('Start from a template').selectOption({ label: 'Provincial digital transformation index (DTI) rank' });
  await expect(page.getByText('Direction: Lower is better (a rank)')).toBeVisible();
  await expectAccessible(page);
  await page.goto('/trash');
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  await page.goto('/spreadsheets');
  await expect(page.getByRole('heading', { level: 1, name: 'Spreadsheets and calendar' })).toBeVisible();
  await expectAccessible(page);
});

test('a share can be lower-is-better: files settled late falling from 10% to 1% meets a 2% target', async ({ page }) => {
  await page.goto('/agreements/agr-phu-tho-viettel-2025/commitments/new');
  await page.getByLabel('Chọn từ mẫu').selectOption({ label: 'Hồ sơ thủ tục hành chính giải quyết quá hạn' });
  await expect(page.getByLabel('Hướng đánh giá')).toHaveValue('lower');
  await expect(page.getByLabel('Hướng đánh giá')).toHaveAccessibleDescription(/càng thấp càng tốt/);
  await page.getByLabel('Giá trị ban đầu (% hồ sơ)', { exact: true }).fill('10');
  await page.getByLabel('Chỉ tiêu cuối giai đoạn (% hồ sơ)', { exact: true }).fill('2');
  await page.getByRole('button', { name: 'Lưu nội dung cam kết' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hồ sơ thủ tục hành chính giải quyết quá hạn');

  // 1% on 30/06/2026 is at or below the 2% target: achieved (higher-is-better would call it far behind).
  const form = page.getByRole('region', { name: 'Ghi nhận báo cáo tiến độ' });
  await form.getByLabel('Số liệu đến ngày').fill('2026-06-30');
  await form.getByRole('textbox', { name: /^Giá trị/ }).fill('1');
  await form.getByLabel('Đơn vị báo cáo', { exact: true }).fill('Văn phòng UBND tỉnh');
  await form.getByRole('button', { name: 'Lưu báo cáo' }).click();
  await expect(form.getByRole('status')).toContainText('Đã lưu báo cáo');
  await expect(page.getByText('Báo cáo gần nhất 1% hồ sơ ngày 30/06/2026 đạt chỉ tiêu 2% hồ sơ (đạt từ ngày 30/06/2026).')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Chi tiết', exact: true })).toContainText('Càng thấp càng tốt (thời gian xử lý');

  // The form reads the direction back when editing.
  await page.getByRole('link', { name: 'Sửa nội dung cam kết' }).click();
  await expect(page.getByLabel('Hướng đánh giá')).toHaveValue('lower');
});
