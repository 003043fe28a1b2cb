/**
 * Worked cases for every kind of commitment. Each row: a commitment, an "as of" date, and the
 * status and figures a person would work out by hand.
 */
import { describe, expect, it } from 'vitest';
import { assess, forecast } from '../../../src/domain/status/engine';
import { expectedOnPath, targetPath } from '../../../src/domain/status/path';
import { PERIOD, baseline, checkIn, commitment } from './build';

// 5G coverage: 60% on 31/12/2024, 90% due 31/12/2026 → linear, +15 points a year.
const coverage = (checkIns: ReturnType<typeof checkIn>[], over = {}) =>
  commitment('capped-percentage', { baseline: baseline(60, '2024-12-31'), target: 90, dueOn: '2026-12-31', checkIns, ...over });

describe('expected value', () => {
  it('is linear between baseline, milestones and target', () => {
    const c = commitment('cumulative-count', { baseline: baseline(2000, '2025-12-31'), milestones: [{ year: 2026, value: 2400 }], target: 3000, dueOn: '2028-12-31' });
    const path = targetPath(c, PERIOD);
    expect(path.map((p) => [p.date, p.value])).toEqual([['2025-12-31', 2000], ['2026-12-31', 2400], ['2028-12-31', 3000]]);
    expect(expectedOnPath(path, '2025-01-01', 'linear')).toBe(2000);
    // 183 of 365 days from 2 000 towards 2 400.
    expect(expectedOnPath(path, '2026-07-02', 'linear')).toBeCloseTo(2200.55, 1);
    expect(expectedOnPath(path, '2027-12-31', 'linear')).toBeCloseTo(2700, 0);
    expect(expectedOnPath(path, '2031-01-01', 'linear')).toBe(3000);
  });
  it('in steps holds the previous value until each deadline', () => {
    const c = commitment('cumulative-count', { baseline: baseline(2000, '2025-12-31'), milestones: [{ year: 2026, value: 2400 }], target: 3000, dueOn: '2028-12-31' });
    const path = targetPath(c, PERIOD);
    expect(expectedOnPath(path, '2026-12-30', 'step')).toBe(2000);
    expect(expectedOnPath(path, '2026-12-31', 'step')).toBe(2400);
    expect(expectedOnPath(path, '2028-06-30', 'step')).toBe(2400);
  });
  it('defaults the due date to the end of the period', () => {
    const c = commitment('capped-percentage', { baseline: baseline(50, '2025-01-01'), target: 100 });
    expect(targetPath(c, PERIOD).at(-1)).toEqual({ date: '2030-12-31', value: 100, source: 'target' });
  });
});

describe.each([
  // [case, commitment, as of, expected status, figures]
  ['a share on its path', coverage([checkIn('2025-12-31', 75)]), '2025-12-31', 'on-track', { expected: 75, gap: 0, progress: 1 }],
  ['a share 4 points behind (84 of 87, 90% of the progress)', coverage([checkIn('2026-06-30', 84)]), '2026-09-30', 'needs-acceleration', { actual: 84 }],
  ['a share far behind', coverage([checkIn('2026-06-30', 66)]), '2026-06-30', 'off-track', {}],
  ['a share that reached its target in time', coverage([checkIn('2026-06-30', 91)]), '2026-07-01', 'achieved', { reachedOn: '2026-06-30' }],
  ['a share that reached its target late', coverage([checkIn('2026-12-31', 85), checkIn('2027-03-31', 90)]), '2027-04-01', 'achieved-late', { reachedOn: '2027-03-31' }],
  ['a share past its due date, not reached', coverage([checkIn('2026-12-31', 85)]), '2027-01-15', 'overdue', {}],
  ['a share with no report yet', coverage([]), '2025-06-30', 'not-started', {}],
  ['a share whose last report is too old', coverage([checkIn('2025-03-31', 64)]), '2025-12-31', 'no-recent-data', { actual: 64 }],
  ['a share with a report after the as-of date (ignored)', coverage([checkIn('2026-06-30', 91)]), '2025-12-31', 'not-started', {}],
  ['a count with no target cannot be judged', commitment('cumulative-count', { baseline: baseline(2283, '2025-08-21'), checkIns: [checkIn('2025-12-31', 2350)] }), '2026-01-01', 'no-target', { actual: 2350 }],
  ['a count ahead of its path', commitment('cumulative-count', { baseline: baseline(100, '2025-01-01'), target: 500, dueOn: '2028-12-31', checkIns: [checkIn('2026-12-31', 400)] }), '2026-12-31', 'on-track', {}],
  // Rank: 23rd → top 15 by 2027, lower is better.
  ['a rank improving as planned', commitment('rank', { baseline: baseline(23, '2024-12-31'), target: 15, dueOn: '2027-12-31', cadence: 'yearly', expectation: 'linear', checkIns: [checkIn('2025-12-31', 20)] }), '2025-12-31', 'on-track', {}],
  ['a rank that fell back', commitment('rank', { baseline: baseline(23, '2024-12-31'), target: 15, dueOn: '2027-12-31', cadence: 'yearly', expectation: 'linear', checkIns: [checkIn('2025-12-31', 25)] }), '2025-12-31', 'off-track', { progress: 0 }],
  ['a rank that reached the top 15', commitment('rank', { baseline: baseline(23, '2024-12-31'), target: 15, dueOn: '2027-12-31', cadence: 'yearly', checkIns: [checkIn('2026-12-31', 13)] }), '2027-01-01', 'achieved', {}],
  // Count per year: 12 courses a year, judged year to date.
  ['a per-year count on pace', commitment('count-per-year', { target: 12, expectation: 'linear', checkIns: [checkIn('2026-06-30', 6)] }), '2026-06-30', 'on-track', {}],
  ['a per-year count starts again each year', commitment('count-per-year', { target: 12, expectation: 'linear', checkIns: [checkIn('2025-12-31', 12)] }), '2026-03-31', 'not-started', { actual: 0 }],
  ['a per-year count that met this year\'s target', commitment('count-per-year', { target: 12, checkIns: [checkIn('2026-10-31', 12)] }), '2026-11-01', 'achieved', {}],
  // Milestones.
  ['a milestone done on time', commitment('milestone', { dueOn: '2026-06-30', checkIns: [checkIn('2026-05-15', null, { done: true })] }), '2026-07-01', 'achieved', { reachedOn: '2026-05-15' }],
  ['a milestone done late', commitment('milestone', { dueOn: '2026-06-30', checkIns: [checkIn('2026-08-01', null, { done: true })] }), '2026-09-01', 'achieved-late', {}],
  ['a milestone past due', commitment('milestone', { dueOn: '2021-12-31' }), '2026-11-22', 'overdue', {}],
  ['a milestone in progress', commitment('milestone', { dueOn: '2027-12-31', checkIns: [checkIn('2026-09-30', null, { done: false })] }), '2026-10-01', 'on-track', {}],
  ['a milestone the reporter says is slipping', commitment('milestone', { dueOn: '2027-12-31', checkIns: [checkIn('2026-09-30', null, { done: false, assessment: 'off-track' })] }), '2026-10-01', 'off-track', {}],
  ['a milestone with no due date and no report', commitment('milestone'), '2026-10-01', 'not-started', {}],
  // Qualitative: the reporter's assessment.
  ['qualitative, assessed by hand', commitment('qualitative', { checkIns: [checkIn('2026-09-30', null, { assessment: 'needs-acceleration' })] }), '2026-10-01', 'needs-acceleration', {}],
  ['qualitative, never reported', commitment('qualitative'), '2026-10-01', 'not-started', {}],
  ['qualitative, reported done', commitment('qualitative', { checkIns: [checkIn('2026-09-30', null, { done: true })] }), '2026-10-01', 'achieved', {}],
  // Set by hand.
  ['paused by hand', coverage([checkIn('2026-06-30', 66)], { manualStatus: 'paused' }), '2026-06-30', 'paused', {}],
  ['dropped by hand', coverage([], { manualStatus: 'dropped' }), '2026-06-30', 'dropped', {}],
] as const)('%s', (_name, c, asOf, status, figures) => {
  it(`is ${status} on ${asOf}`, () => {
    const a = assess(c, PERIOD, asOf);
    expect(a.status).toBe(status);
    for (const [key, value] of Object.entries(figures)) {
      if (typeof value === 'number') expect(a[key as 'expected'], key).toBeCloseTo(value, 1);
      else expect(a[key as 'reachedOn'], key).toBe(value);
    }
  });
});

describe('the worked example of the issue', () => {
  it('expected 86,2% by 30/09/2026 (day 638 of 730), reported 84% on 30/06/2026: 2,2 points behind', () => {
    const a = assess(coverage([checkIn('2026-06-30', 84)]), PERIOD, '2026-09-30');
    expect(a.expected).toBeCloseTo(86.22, 2);
    expect(a.gap).toBeCloseTo(-2.22, 2);
    expect(a.actualDate).toBe('2026-06-30');
  });
});

describe('forecast', () => {
  it('projects the recent pace to the due date and says when the target is reached', () => {
    const c = coverage([checkIn('2025-06-30', 65), checkIn('2025-12-31', 70)]);
    const f = forecast(c, PERIOD, '2026-01-01')!;
    // +5 points per 184 days: 79,9% at the due date; 90% after 736 more days, in January 2028.
    expect(f.endValue).toBeCloseTo(79.9, 1);
    expect(f.reachYear).toBe(2028);
  });
  it('never passes 100% for a share', () => {
    const c = coverage([checkIn('2025-06-30', 80), checkIn('2025-12-31', 99)], { dueOn: '2030-12-31', target: 100 });
    expect(forecast(c, PERIOD, '2026-01-01')!.endValue).toBe(100);
  });
  it('says "never at this pace" when moving the wrong way', () => {
    const c = coverage([checkIn('2025-06-30', 70), checkIn('2025-12-31', 68)]);
    expect(forecast(c, PERIOD, '2026-01-01')!.reachYear).toBeNull();
  });
  it('keeps a rank at 1 or below', () => {
    const c = commitment('rank', { baseline: baseline(23, '2024-12-31'), target: 1, dueOn: '2030-12-31', checkIns: [checkIn('2025-12-31', 10)] });
    expect(forecast(c, PERIOD, '2026-01-01')!.endValue).toBe(1);
  });
  it('uses the baseline when there is a single report', () => {
    const c = coverage([checkIn('2025-12-31', 75)]);
    expect(forecast(c, PERIOD, '2026-01-01')!.reachYear).toBe(2026);
  });
  it('has nothing to say about milestones', () => {
    expect(forecast(commitment('milestone', { dueOn: '2027-01-01' }), PERIOD, '2026-01-01')).toBeNull();
  });
});
