/**
 * Worked cases for every row of the rule table in README ("Status rules"). Each case: a commitment,
 * an "as of" date, and the status and figures worked out by hand — the arithmetic is written next
 * to each case; nothing here is computed by the engine under test.
 */
import { describe, expect, it } from 'vitest';
import { assess, forecast, rankOutOf, type AgreementTerms } from '../../../src/domain/status/engine';
import { expectedOnPath, goalsOn, targetPath } from '../../../src/domain/status/path';
import type { TargetRevision } from '../../../src/domain/model';
import { PERIOD, baseline, checkIn, commitment } from './build';

// 5G coverage: 60% on 31/12/2024, 90% due 31/12/2026 (a deadline stated in the document):
// linear, +30 points over 730 days.
const coverage = (checkIns: ReturnType<typeof checkIn>[], over = {}) =>
  commitment('capped-percentage', { baseline: baseline(60, '2024-12-31'), target: 90, dueOn: '2026-12-31', checkIns, ...over });

// Sites: 2.283 on 21/08/2025, 3.000 due 31/12/2030 (1.958 days later).
const sites = (checkIns: ReturnType<typeof checkIn>[]) =>
  commitment('cumulative-count', { unit: 'vị trí trạm', baseline: baseline(2283, '2025-08-21'), target: 3000, dueOn: '2030-12-31', checkIns });

// A count from 0 on 31/12/2025 to 365 on 31/12/2026: 181 expected on 30/06/2026.
const count365 = (value: number) => commitment('cumulative-count', { baseline: baseline(0, '2025-12-31'), target: 365, dueOn: '2026-12-31', checkIns: [checkIn('2026-06-30', value)] });

// DTI rank: 23rd on 31/12/2024 → 15th by 31/12/2027 (1.095 days), linear, lower is better.
const rank = (checkIns: ReturnType<typeof checkIn>[]) =>
  commitment('rank', { baseline: baseline(23, '2024-12-31'), target: 15, dueOn: '2027-12-31', cadence: 'yearly', expectation: 'linear', checkIns });

// "Top 10" over the period 2025-2030 (deadline assumed: 31/12/2030).
const top10 = (checkIns: ReturnType<typeof checkIn>[]) => commitment('rank', { baseline: baseline(23, '2022-12-31'), target: 10, cadence: 'yearly', checkIns });

// Processing time, lower is better: 10 days on 31/12/2025 → 4 days by 31/12/2026; 7,025 → 7 expected on 30/06/2026.
const days = (checkIns: ReturnType<typeof checkIn>[]) =>
  commitment('cumulative-count', { unit: 'ngày', lowerIsBetter: true, baseline: baseline(10, '2025-12-31'), target: 4, dueOn: '2026-12-31', checkIns });

// Training courses, 12 a year, judged year to date (linear): 12 × 181/365 = 5,95 → 6 expected on 30/06/2026.
const courses = (checkIns: ReturnType<typeof checkIn>[]) => commitment('count-per-year', { unit: 'khóa', target: 12, expectation: 'linear', checkIns });

const HD_PERIOD = { startYear: 2022, endYear: 2025 };
/** An agreement of 2022-2025 whose period was closed (tổng kết) on 15/01/2026. */
const CLOSED: AgreementTerms = { period: HD_PERIOD, closing: { closedOn: '2026-01-15', documentNumber: '12/BC-UBND', note: '' } };

type Case = [row: string, name: string, c: ReturnType<typeof commitment>, asOf: string, status: string, figures: Record<string, number | string | null>, period?: typeof PERIOD | AgreementTerms | null, rules?: object];

const CASES: Case[] = [
  // R1 — set by hand.
  ['R1', 'paused by hand', coverage([checkIn('2026-06-30', 66)], { manualStatus: 'paused' }), '2026-06-30', 'paused', {}],
  ['R1', 'dropped by hand', coverage([], { manualStatus: 'dropped' }), '2026-06-30', 'dropped', {}],
  // R2 — a numeric commitment with no target and no milestone.
  ['R2', 'a count with no target', commitment('cumulative-count', { baseline: baseline(2283, '2025-08-21'), checkIns: [checkIn('2025-12-31', 2350)] }), '2026-01-01', 'no-target', { actual: 2350 }],
  // R3 — the latest report meets the target.
  ['R3', 'a share that reached its target in time', coverage([checkIn('2026-06-30', 91)]), '2026-07-01', 'achieved', { reachedOn: '2026-06-30' }],
  ['R3', 'top 10: 12th of 63 in 2024, 9th of 34 in 2025', top10([checkIn('2024-12-31', 12), checkIn('2025-12-31', 9)]), '2026-01-10', 'achieved', { reachedOn: '2025-12-31', outOf: 34 }],
  ['R3', 'top 10 survives 63 → 34: 8th of 63, then 9th of 34, met since 2024', top10([checkIn('2024-12-31', 8), checkIn('2025-12-31', 9)]), '2026-01-10', 'achieved', { reachedOn: '2024-12-31' }],
  ['R3', 'lower is better: 4 days reached on 30/09/2026', days([checkIn('2026-06-30', 8), checkIn('2026-09-30', 4)]), '2026-10-01', 'achieved', { reachedOn: '2026-09-30' }],
  // R4 — met, but first after the stated deadline.
  ['R4', 'a share that reached its target late', coverage([checkIn('2026-12-31', 85), checkIn('2027-03-31', 90)]), '2027-04-01', 'achieved-late', { reachedOn: '2027-03-31' }],
  // R5 — reached, then lost: the latest report decides.
  ['R5', 'a share at 91% then 88%', coverage([checkIn('2026-06-30', 91), checkIn('2026-09-30', 88)]), '2026-10-01', 'reached-then-lost', { reachedOn: '2026-06-30', actual: 88 }],
  ['R5', 'top 10: 8th in 2026, 25th in 2027', top10([checkIn('2026-12-31', 8), checkIn('2027-12-31', 25)]), '2028-01-15', 'reached-then-lost', { reachedOn: '2026-12-31', actual: 25, outOf: 34 }],
  // R6 — a stated deadline passed without the target.
  ['R6', 'a share past its stated due date at 85%', coverage([checkIn('2026-12-31', 85)]), '2027-01-15', 'overdue', { deadline: 'stated', actual: 85 }],
  ['R6', 'a milestone due 31/12/2021, never reported', commitment('milestone', { dueOn: '2021-12-31' }), '2026-11-22', 'overdue', { deadline: 'stated' }, { startYear: 2021, endYear: 2025 }],
  // R7 — only the period's end, assumed: not "overdue".
  ['R7', 'a milestone without a deadline, period 2022-2025 over', commitment('milestone'), '2026-12-02', 'period-ended', { dueDate: '2025-12-31', deadline: 'assumed' }, HD_PERIOD],
  ['R7', 'a qualitative commitment, period 2022-2025 over, in progress when last reported', commitment('qualitative', { checkIns: [checkIn('2025-06-30', null, { assessment: 'on-track' })] }), '2026-12-02', 'period-ended', { deadline: 'assumed' }, HD_PERIOD],
  // R8 — no report: "Chưa có báo cáo", never "Chưa triển khai".
  ['R8', 'a share with no report yet', coverage([]), '2025-06-30', 'no-report', {}],
  ['R8', 'a report after the as-of date is ignored', coverage([checkIn('2026-06-30', 91)]), '2025-12-31', 'no-report', {}],
  ['R8', 'a milestone with no deadline and no period, never reported', commitment('milestone'), '2026-10-01', 'no-report', { dueDate: null }, null],
  ['R8', 'qualitative, never reported', commitment('qualitative'), '2026-10-01', 'no-report', {}],
  ['R8', 'only sample reports: left out by default', coverage([checkIn('2026-06-30', 84, { sample: true })]), '2026-09-30', 'no-report', { samplesLeftOut: 1 }],
  // R9 — "Chưa triển khai" only when a report says so.
  ['R9', 'a milestone reported as not started', commitment('milestone', { dueOn: '2027-12-31', checkIns: [checkIn('2026-09-30', null, { done: false, assessment: 'not-started' })] }), '2026-10-01', 'not-started', {}],
  // R10 — the latest report is too old: 275 days > 137 for a quarterly cadence.
  ['R10', 'a share last reported 31/03/2025, seen 31/12/2025', coverage([checkIn('2025-03-31', 64)]), '2025-12-31', 'no-recent-data', { actual: 64, ageDays: 275 }],
  // R11–R13 — a percentage against the value expected on the report's own date, ± 2 points.
  // 30/06/2026 is day 546 of 730: 60 + 30 × 546/730 = 82,44.
  ['R11', '84% on 30/06/2026 seen on 30/09/2026: compared with 82,44 (June), not 86,22 (September)', coverage([checkIn('2026-06-30', 84)]), '2026-09-30', 'on-track', { expected: 82.44, gap: 1.56, ageDays: 92, tolerance: 2 }],
  // Baseline 95 on 31/12/2025, 98 by 31/12/2026: on 31/08/2026 (day 243 of 365) 95 + 3 × 243/365 = 97,00; 96,5 is 0,5 behind.
  ['R11', '96,5% against 97,0% expected: within the tolerance', commitment('capped-percentage', { baseline: baseline(95, '2025-12-31'), target: 98, dueOn: '2026-12-31', checkIns: [checkIn('2026-08-31', 96.5)] }), '2026-08-31', 'on-track', { expected: 97.0, gap: -0.5 }],
  ['R12', '79% against 82,44%: 3,44 behind, within twice the tolerance', coverage([checkIn('2026-06-30', 79)]), '2026-06-30', 'needs-acceleration', { gap: -3.44 }],
  ['R11', 'the same with a tolerance of 5 points', coverage([checkIn('2026-06-30', 79)]), '2026-06-30', 'on-track', { tolerance: 5 }, PERIOD, { tolerancePoints: 5 }],
  ['R13', '66% against 82,44%: 16,4 behind', coverage([checkIn('2026-06-30', 66)]), '2026-06-30', 'off-track', { gap: -16.44 }],
  ['R11', 'a sample report counts when the switch is on', coverage([checkIn('2026-06-30', 84, { sample: true })]), '2026-09-30', 'on-track', { actual: 84, samplesLeftOut: 0 }, PERIOD, { includeSample: true }],
  // A milestone for the report's year: 60 (31/12/2024) → 80 (31/12/2026) → 90 (31/12/2027); on 30/06/2026 60 + 20 × 546/730 = 74,96.
  ['R11', '76% against 74,96% expected, 95% of the 2026 plan of 80%', commitment('capped-percentage', { baseline: baseline(60, '2024-12-31'), milestones: [{ year: 2026, value: 80 }], target: 90, dueOn: '2027-12-31', checkIns: [checkIn('2026-06-30', 76)] }), '2026-06-30', 'on-track', { expected: 74.96, gap: 1.04 }],
  // R14–R16 — counts and ranks by the share of the expected progress, expected values whole.
  // Sites: 30/06/2026 is day 313 of 1.958: 2.283 + 717 × 313/1.958 = 2.397,6 → 2.398; 2.500 is 102 ahead.
  ['R14', '2.500 sites against 2.398 expected', sites([checkIn('2026-06-30', 2500)]), '2026-06-30', 'on-track', { expected: 2398, gap: 102 }],
  ['R14', '175 of 181 expected (96,7%)', count365(175), '2026-06-30', 'on-track', { expected: 181, gap: -6 }],
  ['R15', '150 of 181 expected (82,9%)', count365(150), '2026-06-30', 'needs-acceleration', { expected: 181, gap: -31 }],
  ['R16', '140 of 181 expected (77,3%)', count365(140), '2026-06-30', 'off-track', { expected: 181 }],
  // Rank: 31/12/2025 is day 365 of 1.095: 23 − 8 × 365/1.095 = 20,33 → 20th.
  ['R14', 'a rank at 20th, as planned, out of 34 in 2025', rank([checkIn('2025-12-31', 20)]), '2025-12-31', 'on-track', { expected: 20, gap: 0, outOf: 34 }],
  ['R16', 'a rank that fell back to 25th', rank([checkIn('2025-12-31', 25)]), '2025-12-31', 'off-track', { expected: 20, gap: -5, progress: 0 }],
  ['R14', 'a 2024 rank is out of 63', rank([checkIn('2024-12-31', 23)]), '2024-12-31', 'on-track', { outOf: 63 }],
  // Lower is better (processing time): 8 days against 7 expected — 2 of 3 days gained (66,7%).
  ['R16', 'lower is better: 8 days against 7 expected', days([checkIn('2026-06-30', 8)]), '2026-06-30', 'off-track', { expected: 7, gap: -1 }],
  ['R14', 'lower is better: 7 days as expected', days([checkIn('2026-06-30', 7)]), '2026-06-30', 'on-track', { expected: 7, gap: 0 }],
  // R17–R19 — a count per year.
  ['R17', 'this year\'s 12 courses reached', courses([checkIn('2026-10-31', 12)]), '2026-11-01', 'achieved', { reachedOn: '2026-10-31' }],
  ['R18', '6 courses by 30/06/2026 against 6 expected: 50% of the year\'s plan', courses([checkIn('2026-06-30', 6)]), '2026-06-30', 'on-track', { expected: 6 }],
  ['R18', '4 courses against 6 expected (66,7%)', courses([checkIn('2026-06-30', 4)]), '2026-06-30', 'off-track', { expected: 6, gap: -2 }],
  ['R19', 'a new year without a report yet', courses([checkIn('2025-12-31', 12)]), '2026-03-31', 'no-report', { actual: null }],
  // R20–R23 — milestones and qualitative commitments: the reporter says.
  ['R20', 'a milestone done on time', commitment('milestone', { dueOn: '2026-06-30', checkIns: [checkIn('2026-05-15', null, { done: true })] }), '2026-07-01', 'achieved', { reachedOn: '2026-05-15' }],
  ['R20', 'a milestone done after its stated deadline', commitment('milestone', { dueOn: '2026-06-30', checkIns: [checkIn('2026-08-01', null, { done: true })] }), '2026-09-01', 'achieved-late', {}],
  ['R20', 'a milestone done after the period it had no deadline in is not "late"', commitment('milestone', { checkIns: [checkIn('2026-03-01', null, { done: true })] }), '2026-12-02', 'achieved', {}, HD_PERIOD],
  ['R5', 'a milestone done, then reported not done', commitment('milestone', { dueOn: '2027-12-31', checkIns: [checkIn('2026-03-31', null, { done: true }), checkIn('2026-06-30', null, { done: false })] }), '2026-07-01', 'reached-then-lost', { reachedOn: '2026-03-31' }],
  ['R21', 'a milestone in progress', commitment('milestone', { dueOn: '2027-12-31', checkIns: [checkIn('2026-09-30', null, { done: false })] }), '2026-10-01', 'on-track', {}],
  ['R22', 'a milestone the reporter says is slipping', commitment('milestone', { dueOn: '2027-12-31', checkIns: [checkIn('2026-09-30', null, { done: false, assessment: 'off-track' })] }), '2026-10-01', 'off-track', {}],
  ['R22', 'qualitative, assessed by hand', commitment('qualitative', { checkIns: [checkIn('2026-09-30', null, { assessment: 'needs-acceleration' })] }), '2026-10-01', 'needs-acceleration', {}],
  ['R20', 'qualitative, reported done', commitment('qualitative', { checkIns: [checkIn('2026-09-30', null, { done: true })] }), '2026-10-01', 'achieved', {}],
  ['R23', 'qualitative, reported without an assessment', commitment('qualitative', { checkIns: [checkIn('2026-09-30', null)] }), '2026-10-01', 'no-target', {}],
  // R0 — the period was closed (15/01/2026): the final assessment is the status from that day on,
  // whatever the reports say; the figures stay (85% reported, overdue since 31/12/2025 before the closing).
  ['R0', 'closed: partly achieved, though the reports say overdue', commitment('capped-percentage', { baseline: baseline(60, '2022-12-31'), target: 90, dueOn: '2025-12-31', checkIns: [checkIn('2025-12-31', 85)], finalAssessment: { result: 'partly-achieved', note: 'Đạt 85/90%.' } }), '2026-02-01', 'final-partly', { actual: 85, closedOn: '2026-01-15' }, CLOSED],
  ['R0', 'closed: carried over', commitment('milestone', { finalAssessment: { result: 'carried-over', note: '' } }), '2026-02-01', 'carried-over', { closedOn: '2026-01-15' }, CLOSED],
  ['R0', 'closed: achieved wins over "dropped" set by hand', commitment('qualitative', { manualStatus: 'dropped', finalAssessment: { result: 'achieved', note: '' } }), '2026-01-15', 'final-achieved', {}, CLOSED],
  ['R0', 'closed: not achieved', commitment('rank', { target: 10, finalAssessment: { result: 'not-achieved', note: 'Hạng 25/34.' } }), '2027-01-01', 'final-not-achieved', {}, CLOSED],
  ['R0′', 'closed without a final assessment', commitment('milestone', { dueOn: '2025-06-30' }), '2026-02-01', 'closed-unassessed', { closedOn: '2026-01-15' }, CLOSED],
  // Before the closing date the rules of an open period apply: 14/01/2026 replays as it was (R6).
  ['R6', 'the day before the closing: still overdue', commitment('capped-percentage', { baseline: baseline(60, '2022-12-31'), target: 90, dueOn: '2025-12-31', checkIns: [checkIn('2025-12-31', 85)], finalAssessment: { result: 'partly-achieved', note: 'x' } }), '2026-01-14', 'overdue', { closedOn: null }, CLOSED],
];

describe.each(CASES)('%s: %s', (_row, _name, c, asOf, status, figures, period = PERIOD, rules = {}) => {
  it(`is ${status} on ${asOf}`, () => {
    const a = assess(c, period, asOf, rules);
    expect(a.status).toBe(status);
    for (const [key, value] of Object.entries(figures)) {
      if (typeof value === 'number') expect(a[key as 'expected'], key).toBeCloseTo(value, 2);
      else expect(a[key as 'reachedOn'], key).toBe(value);
    }
  });
});

describe('the rule table is covered', () => {
  it('has a worked case for every row R0–R23', () => {
    const rows = new Set(CASES.map((c) => c[0]));
    expect(rows.has('R0′')).toBe(true);
    for (let i = 0; i <= 23; i++) expect(rows.has(`R${i}`), `R${i}`).toBe(true);
  });
});

describe('"% kế hoạch năm"', () => {
  it('is reported ÷ the milestone of the report\'s year: 76 ÷ 80 = 0,95', () => {
    const c = commitment('capped-percentage', { baseline: baseline(60, '2024-12-31'), milestones: [{ year: 2026, value: 80 }], target: 90, dueOn: '2027-12-31', checkIns: [checkIn('2026-06-30', 76)] });
    expect(assess(c, PERIOD, '2026-06-30').yearPlan).toEqual({ year: 2026, target: 80, share: 0.95 });
  });
  it('is the milestone ÷ reported when lower is better: 5 days planned for 2026, 8 reported → 0,625', () => {
    const c = commitment('cumulative-count', { unit: 'ngày', lowerIsBetter: true, baseline: baseline(10, '2025-12-31'), milestones: [{ year: 2026, value: 5 }], target: 4, dueOn: '2027-12-31', checkIns: [checkIn('2026-06-30', 8)] });
    expect(assess(c, PERIOD, '2026-06-30').yearPlan).toEqual({ year: 2026, target: 5, share: 0.625 });
  });
  it('is absent for ranks and where the year has no milestone', () => {
    expect(assess(rank([checkIn('2025-12-31', 20)]), PERIOD, '2025-12-31').yearPlan).toBeNull();
    expect(assess(coverage([checkIn('2026-06-30', 84)]), PERIOD, '2026-06-30').yearPlan).toBeNull();
  });
});

describe('sample reports', () => {
  it('are counted only by choice, and the assessment says how many were left out or counted', () => {
    const c = coverage([checkIn('2026-03-31', 70), checkIn('2026-06-30', 84, { sample: true })]);
    const out = assess(c, PERIOD, '2026-06-30');
    expect([out.actual, out.samplesLeftOut, out.samplesCounted]).toEqual([70, 1, 0]);
    const counted = assess(c, PERIOD, '2026-06-30', { includeSample: true });
    expect([counted.actual, counted.samplesLeftOut, counted.samplesCounted]).toEqual([84, 0, 1]);
  });
});

describe('ranks are out of 63 until 2024 and out of 34 from 2025', () => {
  it.each([
    ['2022-12-31', 63],
    ['2024-12-31', 63],
    ['2025-01-01', 34],
    ['2026-12-31', 34],
  ])('%s → %i', (date, n) => expect(rankOutOf(date)).toBe(n));
});

describe('a target revision applies from its decision date, never before', () => {
  const revision = (over: Partial<TargetRevision>): TargetRevision => ({
    id: 'r1',
    createdAt: '2026-10-15T00:00:00.000Z',
    updatedAt: '2026-10-15T00:00:00.000Z',
    rev: 1,
    appliesTo: 'target',
    oldValue: 90,
    newValue: 95,
    decisionRef: 'QĐ 1/QĐ-UBND',
    decidedOn: '2026-10-15',
    note: '',
    ...over,
  });
  const revised = (checkIns: ReturnType<typeof checkIn>[]) => coverage(checkIns, { target: 95, revisions: [revision({})] });

  it('the goals in force: 90 until 14/10/2026, 95 from 15/10/2026', () => {
    expect(goalsOn(revised([]), '2026-10-14').target).toBe(90);
    expect(goalsOn(revised([]), '2026-10-15').target).toBe(95);
  });
  it('a milestone added by a revision did not exist before it', () => {
    const c = coverage([], { milestones: [{ year: 2026, value: 80 }], revisions: [revision({ appliesTo: 2026, oldValue: null, newValue: 80 })] });
    expect(goalsOn(c, '2026-10-14').milestones).toEqual([]);
    expect(goalsOn(c, '2026-10-15').milestones).toEqual([{ year: 2026, value: 80 }]);
  });
  it('the report "as of 30/09/2026" is judged against the old target: 60 + 30 × 638/730 = 86,22 expected', () => {
    const a = assess(revised([checkIn('2026-09-30', 84)]), PERIOD, '2026-09-30');
    expect(a.target).toBe(90);
    expect(a.expected).toBeCloseTo(86.22, 2);
    expect(a.status).toBe('needs-acceleration'); // 2,22 behind: more than 2, less than 4
  });
  it('seen later, the same report is still compared with what was expected on its date; the target shown is the one in force', () => {
    const a = assess(revised([checkIn('2026-09-30', 84)]), PERIOD, '2026-10-31');
    expect(a.expected).toBeCloseTo(86.22, 2);
    expect(a.target).toBe(95);
  });
  it('91% on 01/10/2026 meets the old 90; after the decision it is compared with the path of its own date (86,26 expected), not "achieved"', () => {
    expect(assess(revised([checkIn('2026-10-01', 91)]), PERIOD, '2026-10-10').status).toBe('achieved');
    const later = assess(revised([checkIn('2026-10-01', 91)]), PERIOD, '2026-10-20');
    expect(later.status).toBe('on-track');
    expect(later.target).toBe(95);
    expect(later.expected).toBeCloseTo(86.26, 2); // 60 + 30 × 639/730
  });
});

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
  it('leaves sample reports out unless asked', () => {
    const c = coverage([checkIn('2025-06-30', 65, { sample: true }), checkIn('2025-12-31', 70, { sample: true })]);
    expect(forecast(c, PERIOD, '2026-01-01')).toBeNull();
    expect(forecast(c, PERIOD, '2026-01-01', { includeSample: true })!.reachYear).toBe(2028);
  });
  it('has nothing to say about milestones', () => {
    expect(forecast(commitment('milestone', { dueOn: '2027-01-01' }), PERIOD, '2026-01-01')).toBeNull();
  });
});
