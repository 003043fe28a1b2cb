/**
 * Closing a period (tổng kết giai đoạn) as the standing body would: Thanh Hóa–VNPT 2021-2025 ended
 * on 31/12/2025. Its 17 commitments read "Hết giai đoạn, chưa có báo cáo hoàn thành" (10 milestones
 * and qualitative items, no report) or "Chưa có chỉ tiêu để đánh giá" (7 figures without a target).
 * Closed on 15/01/2026 with 1 not achieved, 1 carried over and 15 achieved, it leaves the overdue and
 * "period ended" counts, the renewal picks the carried-over item, and reopening brings it all back.
 */
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

const AGREEMENT = '/agreements/agr-thanh-hoa-vnpt-2021';

async function statusRows(page: Page) {
  await page.goto('/?province=thanh-hoa');
  const figure = page.getByRole('figure', { name: 'Phân bố trạng thái' });
  await figure.getByText('Xem dạng bảng').click();
  return figure;
}

test('closing a period: final assessments replace computed statuses; reopening undoes it', async ({ page }) => {
  // A long journey (17 choices, two axe runs, four pages) on a shared 2-core machine.
  test.setTimeout(420_000);
  // Before: 10 "period ended" + 7 "no target" for Thanh Hóa (the only Thanh Hóa agreement).
  let figure = await statusRows(page);
  await expect(figure.getByRole('row', { name: 'Hết giai đoạn, chưa có báo cáo hoàn thành 10', exact: true })).toBeVisible();
  await expect(figure.getByRole('row', { name: 'Chưa có chỉ tiêu để đánh giá 7', exact: true })).toBeVisible();

  await page.goto(AGREEMENT);
  await page.getByRole('link', { name: 'Tổng kết giai đoạn' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tổng kết giai đoạn: Thỏa thuận hợp tác');
  const results = page.getByLabel('Kết quả cuối giai đoạn');
  await expect(results).toHaveCount(17);

  // Saving with nothing chosen explains every missing result and lands on the first.
  await page.getByLabel('Ngày tổng kết').fill('2026-01-15');
  await page.getByRole('button', { name: 'Lưu kết quả tổng kết' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Chưa lưu: hãy sửa 17 lỗi được đánh dấu.' })).toBeVisible();
  const first = page.getByRole('group', { name: /Tuyên truyền nâng cao nhận thức/ });
  await expect(first.getByLabel('Kết quả cuối giai đoạn')).toBeFocused();
  await expect(first.getByLabel('Kết quả cuối giai đoạn')).toHaveAccessibleDescription(/^Hãy chọn kết quả cuối giai đoạn của nội dung “Tuyên truyền nâng cao nhận thức/);

  // Not achieved needs its reason.
  await first.getByLabel('Kết quả cuối giai đoạn').selectOption('Không đạt');
  await page.getByRole('group', { name: /Phát triển ứng dụng trên thiết bị di động/ }).getByLabel('Kết quả cuối giai đoạn').selectOption('Chuyển sang giai đoạn sau');
  for (let i = 0; i < 17; i++) {
    const select = results.nth(i);
    if ((await select.inputValue()) === '') await select.selectOption('Đạt');
  }
  await page.getByLabel('Số, ký hiệu báo cáo tổng kết (nếu có)').fill('12/BC-UBND');
  await page.getByRole('button', { name: 'Lưu kết quả tổng kết' }).click();
  const reason = first.getByRole('textbox', { name: /^Nguyên nhân/ });
  await expect(reason).toHaveAccessibleDescription(/^Hãy ghi nguyên nhân vì sao nội dung “Tuyên truyền nâng cao nhận thức.*” không đạt\.$/);
  await expectAccessible(page);
  await reason.fill('Chưa có báo cáo kết quả tuyên truyền của hai bên.');
  await page.getByRole('button', { name: 'Lưu kết quả tổng kết' }).click();

  // The agreement page: the closing, its counts, and each commitment's final assessment.
  const summary = page.getByRole('region', { name: 'Tổng kết giai đoạn' });
  await expect(summary).toContainText('Đã tổng kết ngày 15/01/2026 (báo cáo số 12/BC-UBND): 15 đạt, 0 đạt một phần, 1 không đạt, 1 chuyển sang giai đoạn sau.');
  await expect(page.getByText('Đã tổng kết giai đoạn ngày 15/01/2026.')).toBeVisible();
  const table = page.getByRole('table', { name: /Nội dung cam kết/ });
  await expect(table.getByRole('row', { name: /Tuyên truyền nâng cao nhận thức/ })).toContainText('Tổng kết: Không đạt');
  await expect(table.getByRole('row', { name: /Phát triển ứng dụng trên thiết bị di động/ })).toContainText('Tổng kết: Chuyển sang giai đoạn sau');
  // The history says it in words, not as stored data.
  await expect(page.getByRole('table', { name: 'Lịch sử thay đổi' })).toContainText(/Tổng kết giai đoạn: .+ → 15\/01\/2026, 12\/BC-UBND/);
  await expectAccessible(page);

  // The list of agreements says it is closed.
  await page.goto('/agreements?province=thanh-hoa');
  await expect(page.getByText('Đã tổng kết ngày 15/01/2026')).toBeVisible();

  // The overview: no "period ended" left for Thanh Hóa; the final assessments instead.
  figure = await statusRows(page);
  await expect(figure.getByRole('row', { name: /^Hết giai đoạn/ })).toHaveCount(0);
  await expect(figure.getByRole('row', { name: 'Tổng kết: Đạt 15', exact: true })).toBeVisible();
  await expect(figure.getByRole('row', { name: 'Tổng kết: Không đạt 1', exact: true })).toBeVisible();
  await expect(figure.getByRole('row', { name: 'Tổng kết: Chuyển sang giai đoạn sau 1', exact: true })).toBeVisible();

  // A commitment's page says why.
  await page.goto(AGREEMENT);
  await page.getByRole('table', { name: /Nội dung cam kết/ }).getByRole('link', { name: /Tuyên truyền nâng cao nhận thức/ }).click();
  await expect(page.getByText('Giai đoạn đã tổng kết ngày 15/01/2026; kết quả cuối giai đoạn: Không đạt. Chưa có báo cáo kết quả tuyên truyền của hai bên.')).toBeVisible();

  // Renewal picks only what the closing carried over.
  await page.goto(AGREEMENT);
  await page.getByRole('link', { name: 'Ký giai đoạn mới' }).click();
  await expect(page.getByText('Giai đoạn trước đã tổng kết ngày 15/01/2026; 1 nội dung được chuyển sang giai đoạn sau đã được chọn sẵn.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Phát triển ứng dụng trên thiết bị di động/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Tuyên truyền nâng cao nhận thức/ })).not.toBeChecked();
  // Each item says what the closing decided, which is what the secretary picks from.
  await expect(page.getByRole('checkbox', { name: /Tuyên truyền nâng cao nhận thức.*Không đạt/ })).toBeVisible();

  // Reopening: asked first, then the computed statuses are back.
  await page.goto(AGREEMENT);
  await summary.getByRole('button', { name: 'Mở lại giai đoạn' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mở lại giai đoạn đã tổng kết?' });
  await expect(dialog).toContainText('Kết quả tổng kết ngày 15/01/2026 của 17 nội dung sẽ bị xóa khỏi thỏa thuận');
  await dialog.getByRole('button', { name: 'Mở lại giai đoạn' }).click();
  await expect(page.getByText('Đã mở lại giai đoạn.')).toBeVisible();
  await expect(summary).toHaveCount(0);
  await expect(page.getByRole('table', { name: /Nội dung cam kết/ }).getByRole('row', { name: /Tuyên truyền nâng cao nhận thức/ })).toContainText('Hết giai đoạn, chưa có báo cáo hoàn thành');
  await expect(page.getByRole('link', { name: 'Tổng kết giai đoạn' })).toBeVisible();
});
