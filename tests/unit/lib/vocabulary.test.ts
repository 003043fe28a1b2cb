/**
 * One vocabulary (docs/glossary.md): English counts through i18next plural keys, Vietnamese with
 * its single plural form, and no word the glossary replaces left in the Vietnamese strings.
 * Expected sentences are written out by hand.
 */
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/locales/en';
import { exchangeEn, exchangeVi } from '../../../src/lib/locales/exchange';
import { manageEn, manageVi } from '../../../src/lib/locales/manage';
import { officialVi } from '../../../src/lib/locales/officialReport';
import { vi } from '../../../src/lib/locales/vi';

let tVi: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  const make = async (lng: 'vi' | 'en') => {
    const i = i18next.createInstance();
    await i.init({
      lng,
      fallbackLng: 'vi',
      resources: { vi: { translation: { ...vi, ...manageVi, ...exchangeVi } }, en: { translation: { ...en, ...manageEn, ...exchangeEn } } },
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    });
    return i.t;
  };
  tVi = await make('vi');
  tEn = await make('en');
});

describe('counts', () => {
  it('English says "1 agreement" and "2 agreements"; Vietnamese has one form', () => {
    expect(tEn('agreements.count', { count: 1 })).toBe('1 agreement');
    expect(tEn('agreements.count', { count: 2 })).toBe('2 agreements');
    expect(tEn('agreements.count', { count: 0 })).toBe('0 agreements');
    expect(tVi('agreements.count', { count: 1 })).toBe('1 thỏa thuận');
    expect(tVi('agreements.count', { count: 5 })).toBe('5 thỏa thuận');
    expect(tEn('manage.trash.holds', { count: 1 })).toBe('1 commitment');
    expect(tEn('manage.commitments.count', { count: 56 })).toBe('56 commitments');
    expect(tEn('manage.common.fixErrors', { count: 1 })).toBe('1 field needs fixing (see the message next to it).');
    expect(tEn('checkInForm.fixErrors', { count: 1 })).toBe('Not saved: fix the marked problem.');
    expect(tVi('checkInForm.fixErrors', { count: 1 })).toBe('Chưa lưu: hãy sửa 1 lỗi được đánh dấu.');
    expect(tEn('snapshotProblems.more', { count: 1 })).toBe('and 1 more problem.');
    expect(tVi('snapshotProblems.more', { count: 1 })).toBe('và 1 lỗi khác.');
  });

  it('a sentence with several counts says each in the right number', () => {
    expect(tEn('settings.dataSummary', { agreements: 1, commitments: 56, parties: 1, units: 6 })).toBe('1 agreement, 56 commitments, 1 party, 6 administrative units.');
    expect(tVi('settings.dataSummary', { agreements: 1, commitments: 56, parties: 1, units: 6 })).toBe('1 thỏa thuận, 56 nội dung cam kết, 1 bên ký, 6 đơn vị hành chính.');
    expect(tEn('snapshots.holdsValue', { agreements: 5, commitments: 1, checkIns: 1 })).toBe('5 agreements, 1 commitment, 1 progress report');
    expect(tEn('status.explain.age', { days: 1 })).toBe('1 day before the date viewed');
    expect(tEn('status.explain.age', { days: 92 })).toBe('92 days before the date viewed');
    expect(tVi('status.explain.age', { days: 1 })).toBe('cách ngày xem 1 ngày');
  });

  it('a title that looks like a nested key is shown as typed, never resolved', () => {
    expect(tEn('manage.trashed.moved', { label: '$t(app.name)' })).toBe('“$t(app.name)” was moved to the trash.');
  });
});

/** Every string of a locale tree, with its key. */
function strings(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : strings(v as object, `${prefix}${k}.`)));
}

describe('the glossary holds in every Vietnamese string', () => {
  const all = [...strings(vi), ...strings(manageVi), ...strings(exchangeVi), ...strings({ official: officialVi })];
  // Each replaced wording and the glossary's term for it.
  const replaced: [RegExp, string][] = [
    [/kỳ vọng/i, 'giá trị cần đạt theo tiến độ'],
    [/đặt tay/i, 'trạng thái do người dùng đặt'],
    [/gia hạn/i, 'ký giai đoạn mới'],
    [/mốc xuất phát|hiện trạng \(mốc/i, 'giá trị ban đầu'],
    [/cuối kỳ/i, 'cuối giai đoạn'],
    [/văn bản căn cứ|minh chứng|chứng minh/i, 'tài liệu kiểm chứng'],
    [/mốc theo năm|mốc lộ trình|mốc năm/i, 'chỉ tiêu năm'],
    [/sáp nhập/i, 'hợp nhất'],
    [/đơn vị, người báo cáo|tự đánh giá/i, 'đơn vị báo cáo'],
    [/[«»"]/, 'quotation marks “…”'],
  ];
  it.each(replaced)('no %s (the glossary says %s)', (pattern) => {
    expect(all.filter(([, text]) => pattern.test(text)).map(([key]) => key)).toEqual([]);
  });
});
