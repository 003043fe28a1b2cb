import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { assess, forecast } from '../../../src/domain/status/engine';
import { en } from '../../../src/lib/locales/en';
import { vi } from '../../../src/lib/locales/vi';
import { explainForecast, explainStatus } from '../../../src/lib/statusText';
import { PERIOD, baseline, checkIn, commitment } from './build';

let tVi: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  const make = async (lng: 'vi' | 'en') => {
    const i = i18next.createInstance();
    await i.init({ lng, resources: { vi: { translation: vi }, en: { translation: en } }, interpolation: { escapeValue: false }, showSupportNotice: false });
    return i.t;
  };
  tVi = await make('vi');
  tEn = await make('en');
});

const coverage = commitment('capped-percentage', { baseline: baseline(60, '2024-12-31'), target: 90, dueOn: '2026-12-31', checkIns: [checkIn('2026-06-30', 84)] });

describe('status sentences', () => {
  it('compare the expected and the reported value, in Vietnamese and English', () => {
    const a = assess(coverage, PERIOD, '2026-09-30');
    expect(explainStatus(tVi, coverage, a, '2026-09-30', 'vi')).toBe('Kỳ vọng 86,2% đến 30/09/2026; báo cáo 84% ngày 30/06/2026: chậm 2,2 điểm.');
    expect(explainStatus(tEn, coverage, a, '2026-09-30', 'en')).toBe('Expected 86.2% by 30/09/2026; reported 84% on 30/06/2026: 2.2 points behind.');
  });

  it('name the unit of a count and the places of a rank', () => {
    const sites = commitment('cumulative-count', { unit: 'vị trí trạm', baseline: baseline(2283, '2025-08-21'), target: 3000, dueOn: '2030-12-31', checkIns: [checkIn('2026-06-30', 2500)] });
    expect(explainStatus(tVi, sites, assess(sites, PERIOD, '2026-06-30'), '2026-06-30', 'vi')).toBe(
      // 313 of 1 958 days from 2 283 towards 3 000.
      'Kỳ vọng 2.397,6 vị trí trạm đến 30/06/2026; báo cáo 2.500 vị trí trạm ngày 30/06/2026: vượt 102,4 vị trí trạm.',
    );
    const rank = commitment('rank', { baseline: baseline(23, '2024-12-31'), target: 15, dueOn: '2027-12-31', expectation: 'linear', cadence: 'yearly', checkIns: [checkIn('2025-12-31', 25)] });
    expect(explainStatus(tVi, rank, assess(rank, PERIOD, '2025-12-31'), '2025-12-31', 'vi')).toBe('Kỳ vọng hạng 20,3 đến 31/12/2025; báo cáo hạng 25 ngày 31/12/2025: chậm 4,7 bậc.');
  });

  it('explain overdue, stale and missing targets', () => {
    const late = commitment('milestone', { dueOn: '2021-12-31' });
    expect(explainStatus(tVi, late, assess(late, PERIOD, '2026-11-22'), '2026-11-22', 'vi')).toBe('Thời hạn 31/12/2021 đã qua mà chưa có báo cáo hoàn thành.');
    const stale = commitment('capped-percentage', { baseline: baseline(60, '2024-12-31'), target: 90, dueOn: '2028-12-31', checkIns: [checkIn('2025-03-31', 64)] });
    expect(explainStatus(tVi, stale, assess(stale, PERIOD, '2026-01-01'), '2026-01-01', 'vi')).toBe('Báo cáo gần nhất ngày 31/03/2025 đã cũ hơn kỳ báo cáo hằng quý.');
    const none = commitment('cumulative-count', { unit: 'vị trí trạm', baseline: baseline(2283, '2025-08-21'), checkIns: [checkIn('2025-12-31', 2350)] });
    expect(explainStatus(tVi, none, assess(none, PERIOD, '2026-01-01'), '2026-01-01', 'vi')).toBe('Văn bản không nêu chỉ tiêu bằng số; báo cáo gần nhất 2.350 vị trí trạm ngày 31/12/2025.');
  });

  it('say where the trend leads', () => {
    const c = commitment('capped-percentage', { baseline: baseline(60, '2024-12-31'), target: 90, dueOn: '2026-12-31', checkIns: [checkIn('2025-06-30', 65), checkIn('2025-12-31', 70)] });
    expect(explainForecast(tVi, c, forecast(c, PERIOD, '2026-01-01')!, 'vi')).toBe('Với tốc độ gần đây: 79,9% vào 31/12/2026; đạt chỉ tiêu năm 2028.');
  });
});
