/** In-period figures of the official report, against figures worked out by hand. */
import { describe, expect, it } from 'vitest';
import { periodFigures } from '../../../src/domain/exchange/periodFigures';
import { baseline, checkIn, commitment } from '../status/build';

// The Phú Thọ–Viettel base stations of the demo: 2.283 stated on 21/08/2025; sample reports of
// 2.350 (31/12/2025) and 2.410 (30/06/2026); here a real report of 2.450 on 30/09/2026 as well.
const bts = commitment('cumulative-count', {
  baseline: baseline(2283, '2025-08-21'),
  checkIns: [
    checkIn('2025-12-31', 2350, { sample: true }),
    checkIn('2026-06-30', 2410, { sample: true }),
    checkIn('2026-09-30', 2450, { narrative: 'Phát triển thêm 40 vị trí trạm trong quý.' }),
  ],
});

describe('periodFigures', () => {
  it('counts the change in the quarter from its start to its end, and since the baseline', () => {
    // Samples counted: Q3/2026 starts at 2.410 (30/06) and ends at 2.450 (30/09): +40; since the baseline 2.450 − 2.283 = 167.
    const f = periodFigures(bts, ['2026-07-01', '2026-09-30'], '2026-09-30', true);
    expect(f.start).toMatchObject({ value: 2410, date: '2026-06-30', sample: true });
    expect(f.end).toMatchObject({ value: 2450, date: '2026-09-30' });
    expect(f.change).toBe(40);
    expect(f.cumulative).toBe(167);
    expect(f.reportsInPeriod).toBe(1);
    expect(f.narratives).toEqual([{ date: '2026-09-30', text: 'Phát triển thêm 40 vị trí trạm trong quý.', sample: false, assessment: null }]);
  });

  it('leaves sample reports out unless the rules include them', () => {
    // Samples left out: Q3/2026 starts at the baseline 2.283 and ends at 2.450: +167, the same as the cumulative figure.
    const f = periodFigures(bts, ['2026-07-01', '2026-09-30'], '2026-09-30', false);
    expect(f.start).toMatchObject({ value: 2283, date: '2025-08-21', baseline: true });
    expect(f.change).toBe(167);
    expect(f.cumulative).toBe(167);
    // H1/2026 holds only the 30/06 sample: left out, nothing reported in the period, so nothing was
    // measured in it — the change is unknown ("—"), not 0, and only the baseline is known: no cumulative.
    const half = periodFigures(bts, ['2026-01-01', '2026-06-30'], '2026-06-30', false);
    expect(half.reportsInPeriod).toBe(0);
    expect(half.samplesLeftOut).toBe(1);
    expect(half.change).toBeNull();
    expect(half.cumulative).toBeNull();
  });

  it('compares with the same period of the previous year where data exists', () => {
    // Year 2026 with samples: 2.350 → 2.450 = +100. Year 2025: nothing before 01/01/2025 (the baseline is of
    // 21/08/2025), so no change can be computed; at its end 2.350.
    const year = periodFigures(bts, ['2026-01-01', '2026-12-31'], '2026-12-31', true);
    expect(year.change).toBe(100);
    expect(year.lastYear).toMatchObject({ start: null, change: null });
    expect(year.lastYear?.end).toMatchObject({ value: 2350, date: '2025-12-31' });
    // Q3/2025 ends with the baseline (21/08/2025) and has nothing before its start: no change known.
    const q3 = periodFigures(bts, ['2026-07-01', '2026-09-30'], '2026-09-30', true);
    expect(q3.lastYear).toEqual({ start: null, end: { value: 2283, qualifier: null, date: '2025-08-21', baseline: true, sample: false }, change: null });
    // Q2/2025 (01/04–30/06/2025): nothing known at all, so no comparison.
    expect(periodFigures(bts, ['2026-04-01', '2026-06-30'], '2026-06-30', true).lastYear).toBeNull();
  });

  it('has no start value when nothing is known before the period begins', () => {
    const c = commitment('capped-percentage', { checkIns: [checkIn('2026-08-15', 97.5)] });
    const f = periodFigures(c, ['2026-07-01', '2026-09-30'], '2026-09-30', false);
    expect(f.start).toBeNull();
    expect(f.end?.value).toBe(97.5);
    expect(f.change).toBeNull();
    expect(f.cumulative).toBeNull(); // no baseline
  });

  it('stops at the as-of date inside the period', () => {
    // As of 15/09/2026 the 30/09 report is not yet counted: the value known is 2.410 (30/06), and no
    // report is dated in the period yet, so its change is unknown, not 0; since the baseline: +127.
    const f = periodFigures(bts, ['2026-07-01', '2026-09-30'], '2026-09-15', true);
    expect(f.end?.value).toBe(2410);
    expect(f.change).toBeNull();
    expect(f.reportsInPeriod).toBe(0);
    expect(f.cumulative).toBe(127);
  });

  it('restarts a count per year on 1 January', () => {
    // 12 courses by 31/03/2026, 30 by 30/06/2026; 2025 ended at 40. Q2/2026: 30 − 12 = 18; the year so far: 30.
    // H1/2025: 25 at 30/06/2025, from 0 on 01/01/2025: +25.
    const c = commitment('count-per-year', {
      checkIns: [checkIn('2025-06-30', 25), checkIn('2025-12-31', 40), checkIn('2026-03-31', 12), checkIn('2026-06-30', 30)],
    });
    const q2 = periodFigures(c, ['2026-04-01', '2026-06-30'], '2026-06-30', false);
    expect(q2.change).toBe(18);
    expect(q2.cumulative).toBe(30);
    const q1 = periodFigures(c, ['2026-01-01', '2026-03-31'], '2026-03-31', false);
    expect(q1.start).toMatchObject({ value: 0, date: '2026-01-01' });
    expect(q1.change).toBe(12);
    const h1 = periodFigures(c, ['2026-01-01', '2026-06-30'], '2026-06-30', false);
    expect(h1.lastYear?.change).toBe(25);
  });

  it('gives qualitative commitments their narratives and the reporter’s assessment, no figures', () => {
    const c = commitment('qualitative', {
      checkIns: [
        checkIn('2026-06-30', null, { narrative: 'Đã ban hành kế hoạch.', assessment: 'on-track' }),
        checkIn('2026-08-10', null, { narrative: 'Chậm do thiếu kinh phí.', assessment: 'needs-acceleration' }),
        checkIn('2026-09-01', null, { narrative: 'Minh họa.', sample: true }),
      ],
    });
    const f = periodFigures(c, ['2026-07-01', '2026-09-30'], '2026-09-30', false);
    expect(f.change).toBeNull();
    expect(f.narratives).toEqual([{ date: '2026-08-10', text: 'Chậm do thiếu kinh phí.', sample: false, assessment: 'needs-acceleration' }]);
    expect(f.assessment).toBe('needs-acceleration');
    expect(f.samplesLeftOut).toBe(1);
  });
});
