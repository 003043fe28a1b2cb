/**
 * The status engine: where a commitment stands on a given date, why, and where it is heading.
 * Pure functions of a commitment, its agreement's period and the "as of" date; only reports dated
 * on or before that date count, so the situation at the end of any quarter can be replayed.
 *
 * The rules are the table "Status rules" in README.md, row for row (the worked cases in
 * tests/unit/status/engine.test.ts follow the same rows):
 * - paused / dropped are set by hand and win;
 * - the LATEST report decides: the target met by it is achieved (late only after a deadline stated
 *   in the document); met before but not by the latest report is "reached, now lost";
 * - past the deadline without that: "overdue" when the document states the deadline, "period ended,
 *   no report of completion" when the deadline is only the period's end;
 * - no report at all: "no report" — never "not started", which only a report can say;
 * - a report older than the cadence plus a grace: "no recent report";
 * - otherwise the latest report is compared with what was expected AT ITS OWN DATE, with the goals
 *   in force on that date (a revision counts from its decision date): a percentage is on track
 *   within a tolerance in percentage points of the expected value (needs acceleration within twice
 *   that), a count or rank by the share of the expected progress reached (≥ 95%, ≥ 80%); counts and
 *   ranks are whole numbers; a per-year count is judged year to date against that year's plan;
 * - a milestone or qualitative commitment takes the reporter's assessment;
 * - sample (illustrative) reports do not count unless the caller asks for them;
 * - once the agreement's period is closed (from the closing date on), the final assessment given at
 *   the closing is the status — whatever the reports say — and a commitment left without one reads
 *   "closed, not assessed"; before the closing date the rules above apply, so past quarters replay.
 */
import type { FinalResult } from '../enums';
import type { CheckIn, Closing, Commitment, Period } from '../model';
import { addDays, daysBetween } from '../dates';
import { deadlineKind, dueDateOf, expectationOf, expectedOnPath, expectedPerYear, goalsOn, isLowerBetter, targetPath, yearlyTarget } from './path';

export const STATUSES = [
  'achieved',
  'achieved-late',
  'reached-then-lost',
  'on-track',
  'needs-acceleration',
  'off-track',
  'overdue',
  'period-ended',
  'not-started',
  'no-report',
  'no-recent-data',
  'no-target',
  'paused',
  'dropped',
  'final-achieved',
  'final-partly',
  'final-not-achieved',
  'carried-over',
  'closed-unassessed',
] as const;
export type Status = (typeof STATUSES)[number];

/** The statuses of a commitment whose agreement's period is closed: its final assessment. */
export const CLOSED_STATUSES = ['final-achieved', 'final-partly', 'final-not-achieved', 'carried-over', 'closed-unassessed'] as const satisfies readonly Status[];
export const isClosedStatus = (s: Status): boolean => (CLOSED_STATUSES as readonly Status[]).includes(s);

const FINAL_STATUS: Record<FinalResult, Status> = {
  achieved: 'final-achieved',
  'partly-achieved': 'final-partly',
  'not-achieved': 'final-not-achieved',
  'carried-over': 'carried-over',
};

/** What the engine needs of an agreement: its period and, once closed, its closing. */
export interface AgreementTerms {
  period: Period | null;
  closing?: Closing | null;
}

/** The closing in force on a date: the agreement's closing if it took place on or before it. */
export function closingOn(terms: AgreementTerms, asOf: string): Closing | null {
  return terms.closing && terms.closing.closedOn <= asOf ? terms.closing : null;
}

/** Share of the expected progress at or above which a count or a rank is on track. */
export const ON_TRACK_SHARE = 0.95;
/** At or above this (and below ON_TRACK_SHARE) it needs acceleration; below, it is off track. */
export const NEEDS_ACCELERATION_SHARE = 0.8;
/** Percentage points behind the expected value that still count as on track (the default of the setting). */
export const DEFAULT_TOLERANCE_POINTS = 2;

/** The choices a user can make about the rules (Settings). */
export interface StatusRules {
  /** A percentage within this many points of the expected value is on track; within twice, needs acceleration. */
  tolerancePoints: number;
  /** Count illustrative (sample) reports as if they were reported. Off by default. */
  includeSample: boolean;
}
export const DEFAULT_RULES: StatusRules = { tolerancePoints: DEFAULT_TOLERANCE_POINTS, includeSample: false };

/** How long after its date a report still counts as recent: the cadence plus a grace. */
export const FRESH_FOR_DAYS: Record<Commitment['cadence'], number> = {
  quarterly: 92 + 45,
  'half-yearly': 183 + 45,
  yearly: 366 + 90,
};

/** How many provinces a rank is out of: 63 until 2024, 34 from 2025 (NQ 202/2025/QH15). */
export const rankOutOf = (date: string): number => (Number(date.slice(0, 4)) <= 2024 ? 63 : 34);

export interface Assessment {
  status: Status;
  /** The value expected on the latest report's date (on the as-of date when there is no report). */
  expected: number | null;
  /** The date `expected` is for. */
  expectedOn: string | null;
  /** The latest reported value on or before the as-of date. */
  actual: number | null;
  actualDate: string | null;
  /** Days from the latest report's date to the as-of date. */
  ageDays: number | null;
  /** actual − expected, signed so that positive is ahead (for ranks: places ahead). */
  gap: number | null;
  /** Share of the expected progress reached, 0…1 (capped), for roll-ups; null when not computable. */
  progress: number | null;
  dueDate: string | null;
  /** "stated" in the document, or "assumed" from the end of the period. */
  deadline: 'stated' | 'assumed' | null;
  /** When the target (or the milestone) was reached: the start of the latest run of reports meeting it. */
  reachedOn: string | null;
  /** The end target in force on the as-of date. */
  target: number | null;
  /** The tolerance used, in percentage points (percentages compared with their path only). */
  tolerance: number | null;
  /** Ranks: how many provinces the latest report's rank is out of. */
  outOf: number | null;
  /** This year's plan ("kế hoạch năm") and the share of it reached: a per-year count's plan, or the milestone of the latest report's year. */
  yearPlan: { year: number; target: number; share: number } | null;
  /** Sample reports up to the as-of date that were left out. */
  samplesLeftOut: number;
  /** Sample reports up to the as-of date that were counted (only when the rules say so). */
  samplesCounted: number;
  lowerIsBetter: boolean;
  /** The closing date when the status is a final assessment (the period was closed on or before the as-of date). */
  closedOn: string | null;
}

const byDate = (a: CheckIn, b: CheckIn) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : a.enteredAt < b.enteredAt ? -1 : 1);

const isStale = (c: Commitment, lastDate: string, asOf: string) => daysBetween(lastDate, asOf) > FRESH_FOR_DAYS[c.cadence];

/** Counts of things and ranks are whole numbers; so is what is expected of them. */
export const isWhole = (c: Pick<Commitment, 'kind'>) => c.kind === 'cumulative-count' || c.kind === 'count-per-year' || c.kind === 'rank';

/** a is at least as good as b. */
const atLeast = (lowerBetter: boolean, a: number, b: number) => (lowerBetter ? a <= b : a >= b);

interface Context {
  c: Commitment;
  period: Period | null;
  asOf: string;
  rules: StatusRules;
  reports: CheckIn[];
  due: string | null;
  deadline: 'stated' | 'assumed' | null;
  base: Assessment;
}

function blank(ctx: Pick<Context, 'base'>, status: Status, extra: Partial<Assessment> = {}): Assessment {
  return { ...ctx.base, status, ...extra };
}

/** Past the deadline without the target met: overdue if the document states it, else the period ended. */
const pastDeadline = (ctx: Context): Status | null => (ctx.due && ctx.asOf > ctx.due ? (ctx.deadline === 'stated' ? 'overdue' : 'period-ended') : null);

/** Achieved, achieved late (after a stated deadline) or reached-then-lost, from the reports and a test of meeting the goal. */
function reachedStatus(ctx: Context, list: CheckIn[], meets: (x: CheckIn) => boolean): Assessment | null {
  const last = list.at(-1);
  if (!last) return null;
  if (meets(last)) {
    let i = list.length - 1;
    while (i > 0 && meets(list[i - 1]!)) i--;
    const reachedOn = list[i]!.asOf;
    const late = ctx.deadline === 'stated' && ctx.due !== null && reachedOn > ctx.due;
    return blank(ctx, late ? 'achieved-late' : 'achieved', { reachedOn, progress: 1 });
  }
  const first = list.find(meets);
  if (first) return blank(ctx, 'reached-then-lost', { reachedOn: first.asOf, progress: 0 });
  return null;
}

function assessByReporter(ctx: Context, qualitative: boolean): Assessment {
  const last = ctx.reports.at(-1);
  const reached = reachedStatus(ctx, ctx.reports, (x) => x.done === true);
  if (reached) return reached;
  const late = pastDeadline(ctx);
  if (late) return blank(ctx, late, { progress: 0 });
  if (!last) return blank(ctx, 'no-report');
  if (last.assessment === 'not-started') return blank(ctx, 'not-started', { progress: 0 });
  if (isStale(ctx.c, last.asOf, ctx.asOf)) return blank(ctx, 'no-recent-data');
  return blank(ctx, last.assessment ?? (qualitative ? 'no-target' : 'on-track'));
}

function share(actual: number, expected: number, baseline: number, lowerBetter: boolean): number {
  const wanted = lowerBetter ? baseline - expected : expected - baseline;
  const made = lowerBetter ? baseline - actual : actual - baseline;
  if (wanted <= 0) return atLeast(lowerBetter, actual, expected) ? 1 : 0;
  return Math.max(0, Math.min(1, made / wanted));
}

function statusFromShare(s: number): Status {
  return s >= ON_TRACK_SHARE - 1e-9 ? 'on-track' : s >= NEEDS_ACCELERATION_SHARE - 1e-9 ? 'needs-acceleration' : 'off-track';
}

function statusFromPoints(gap: number, tolerance: number): Status {
  return gap >= -tolerance - 1e-9 ? 'on-track' : gap >= -2 * tolerance - 1e-9 ? 'needs-acceleration' : 'off-track';
}

const signedGap = (actual: number, expected: number, lowerBetter: boolean) => (lowerBetter ? expected - actual : actual - expected);

function assessPerYear(ctx: Context): Assessment {
  const { c, asOf } = ctx;
  const year = Number(asOf.slice(0, 4));
  const target = yearlyTarget(goalsOn(c, asOf), year);
  const valued = ctx.reports.filter((x) => x.value !== null);
  const thisYear = valued.filter((x) => Number(x.asOf.slice(0, 4)) === year);
  const last = thisYear.at(-1);
  if (target === null) return blank(ctx, 'no-target');
  const base = { target, yearPlan: last ? { year, target, share: last.value! / target } : null };
  const reached = reachedStatus({ ...ctx, base: { ...ctx.base, ...base } }, thisYear, (x) => x.value! >= target);
  if (reached) return reached;
  const late = pastDeadline(ctx);
  if (late) return blank(ctx, late, { ...base, progress: 0 });
  if (!last) {
    const previous = valued.at(-1);
    if (previous && isStale(c, previous.asOf, asOf)) return blank(ctx, 'no-recent-data', base);
    return blank(ctx, 'no-report', { ...base, actual: null, actualDate: null, ageDays: null });
  }
  const expected = Math.round(expectedPerYear(c, last.asOf) ?? 0);
  const actual = last.value!;
  const progress = expected <= 0 ? 1 : Math.min(1, actual / expected);
  const figures = { ...base, expected, expectedOn: last.asOf, gap: actual - expected, progress };
  if (isStale(c, last.asOf, asOf)) return blank(ctx, 'no-recent-data', figures);
  return blank(ctx, statusFromShare(progress), figures);
}

/**
 * "% kế hoạch năm": where the report's year has a milestone (in force on the report's date), the
 * reported value as a share of it — reported ÷ plan, or plan ÷ reported when lower is better. Not
 * for ranks (a share of a rank means nothing).
 */
function yearPlanOf(c: Commitment, last: CheckIn): Assessment['yearPlan'] {
  if (c.kind === 'rank' || last.value === null) return null;
  const year = Number(last.asOf.slice(0, 4));
  const plan = goalsOn(c, last.asOf).milestones.find((m) => m.year === year)?.value;
  if (plan === undefined || plan <= 0 || last.value <= 0) return null;
  return { year, target: plan, share: isLowerBetter(c) ? plan / last.value : last.value / plan };
}

function assessNumeric(ctx: Context): Assessment {
  const { c, period, asOf, rules } = ctx;
  const lowerBetter = isLowerBetter(c);
  const goals = goalsOn(c, asOf);
  if (goals.target === null && goals.milestones.length === 0) return blank(ctx, 'no-target');
  const valued = ctx.reports.filter((x) => x.value !== null);
  const last = valued.at(-1);
  const target = goals.target;
  const reached = target === null ? null : reachedStatus(ctx, valued, (x) => atLeast(lowerBetter, x.value!, target));
  // Compared with what was expected on the report's own date, with the goals in force then.
  let figures: Partial<Assessment> = {};
  if (last) {
    const raw = expectedOnPath(targetPath(c, period, goalsOn(c, last.asOf)), last.asOf, expectationOf(c));
    if (raw !== null) {
      const expected = isWhole(c) ? Math.round(raw) : raw;
      const baseline = c.baseline.value ?? (lowerBetter ? last.value! : 0);
      figures = { expected, expectedOn: last.asOf, gap: signedGap(last.value!, expected, lowerBetter), progress: share(last.value!, expected, baseline, lowerBetter), yearPlan: yearPlanOf(c, last) };
    }
  }
  if (reached) return { ...reached, ...figures, progress: reached.status === 'reached-then-lost' ? (figures.progress ?? 0) : 1, status: reached.status };
  const late = pastDeadline(ctx);
  if (late) return blank(ctx, late, { ...figures, progress: figures.progress ?? 0 });
  if (!last) {
    const started = c.baseline.asOf ? asOf > c.baseline.asOf : true;
    return blank(ctx, 'no-report', { progress: started ? 0 : null });
  }
  if (last.assessment === 'not-started') return blank(ctx, 'not-started', { ...figures, progress: 0 });
  if (isStale(c, last.asOf, asOf)) return blank(ctx, 'no-recent-data', figures);
  if (figures.expected === undefined) return blank(ctx, 'no-target');
  if (c.kind === 'capped-percentage') return blank(ctx, statusFromPoints(figures.gap!, rules.tolerancePoints), { ...figures, tolerance: rules.tolerancePoints });
  return blank(ctx, statusFromShare(figures.progress!), figures);
}

/** The reports that count on `asOf`, oldest first, and how many sample reports were left out. */
export function reportsUpTo(c: Commitment, asOf: string, includeSample: boolean): { reports: CheckIn[]; samplesLeftOut: number; samplesCounted: number } {
  const upTo = c.checkIns.filter((x) => x.asOf <= asOf);
  const samples = upTo.filter((x) => x.sample).length;
  const reports = (includeSample ? upTo : upTo.filter((x) => !x.sample)).sort(byDate);
  return { reports, samplesLeftOut: includeSample ? 0 : samples, samplesCounted: includeSample ? samples : 0 };
}

const isPeriod = (x: Period | AgreementTerms): x is Period => 'startYear' in x;

/**
 * Where a commitment stands on `asOf` (YYYY-MM-DD). `terms` is its agreement (period and closing);
 * a bare period is accepted for callers that have no agreement at hand (never closed).
 */
export function assess(c: Commitment, terms: Period | AgreementTerms | null, asOf: string, rules: Partial<StatusRules> = {}): Assessment {
  const agreement: AgreementTerms = terms === null ? { period: null } : isPeriod(terms) ? { period: terms } : terms;
  const computed = assessOpen(c, agreement.period, asOf, rules);
  const closing = closingOn(agreement, asOf);
  if (!closing) return computed;
  const final = c.finalAssessment ? FINAL_STATUS[c.finalAssessment.result] : 'closed-unassessed';
  return { ...computed, status: final, closedOn: closing.closedOn };
}

/** The status while the period is open (rows R1–R23 of the rule table). */
function assessOpen(c: Commitment, period: Period | null, asOf: string, rules: Partial<StatusRules>): Assessment {
  const all: StatusRules = { ...DEFAULT_RULES, ...rules };
  const due = dueDateOf(c, period);
  const deadline = deadlineKind(c, period);
  const { reports, samplesLeftOut, samplesCounted } = reportsUpTo(c, asOf, all.includeSample);
  const last = reports.filter((x) => x.value !== null || c.kind === 'milestone' || c.kind === 'qualitative').at(-1);
  const base: Assessment = {
    status: 'no-report',
    expected: null,
    expectedOn: null,
    actual: last?.value ?? null,
    actualDate: last?.asOf ?? null,
    ageDays: last ? daysBetween(last.asOf, asOf) : null,
    gap: null,
    progress: null,
    dueDate: due,
    deadline,
    reachedOn: null,
    target: goalsOn(c, asOf).target,
    tolerance: null,
    outOf: c.kind === 'rank' && last ? rankOutOf(last.asOf) : null,
    yearPlan: null,
    samplesLeftOut,
    samplesCounted,
    lowerIsBetter: isLowerBetter(c),
    closedOn: null,
  };
  const ctx: Context = { c, period, asOf, rules: all, reports, due, deadline, base };
  if (c.manualStatus) return blank(ctx, c.manualStatus);
  switch (c.kind) {
    case 'milestone':
      return assessByReporter(ctx, false);
    case 'qualitative':
      return assessByReporter(ctx, true);
    case 'count-per-year':
      return assessPerYear(ctx);
    default:
      return assessNumeric(ctx);
  }
}

export interface Forecast {
  /** From the last report to the due date, for the chart's dashed line. */
  points: { date: string; value: number }[];
  endValue: number;
  /** The year the target would be reached at the recent pace; null if never at that pace. */
  reachYear: number | null;
}

/** How many recent points the trend is drawn from. */
export const TREND_POINTS = 4;

/**
 * Projects the recent trend (least squares over the last few reports, the baseline included when
 * there are fewer than two) to the due date, respecting caps: a share stays within 0–100, a rank
 * at 1 or below it, a cumulative count never falls. Sample reports count only when asked for.
 */
export function forecast(c: Commitment, period: Period | null, asOf: string, rules: Partial<StatusRules> = {}): Forecast | null {
  if (c.kind === 'milestone' || c.kind === 'qualitative' || c.kind === 'count-per-year') return null;
  const due = dueDateOf(c, period);
  if (!due) return null;
  const { reports: counted } = reportsUpTo(c, asOf, rules.includeSample ?? DEFAULT_RULES.includeSample);
  const reports = counted.filter((x) => x.value !== null).map((x) => ({ date: x.asOf, value: x.value! }));
  const series = reports.length < 2 && c.baseline.value !== null && c.baseline.asOf && (reports[0]?.date ?? '') > c.baseline.asOf ? [{ date: c.baseline.asOf, value: c.baseline.value }, ...reports] : reports;
  const recent = series.slice(-TREND_POINTS);
  if (recent.length < 2) return null;
  const origin = recent[0]!.date;
  const xs = recent.map((p) => daysBetween(origin, p.date));
  const ys = recent.map((p) => p.value);
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  if (sxx === 0) return null;
  let slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / sxx;
  if (c.kind === 'cumulative-count' && !isLowerBetter(c)) slope = Math.max(0, slope);
  const last = recent.at(-1)!;
  const clamp = (v: number) => (c.kind === 'capped-percentage' ? Math.min(100, Math.max(0, v)) : c.kind === 'rank' ? Math.max(1, v) : v);
  const at = (date: string) => clamp(last.value + slope * daysBetween(last.date, date));
  if (due <= last.date) return null;
  const points = [last, { date: due, value: at(due) }];
  const lowerBetter = isLowerBetter(c);
  const target = goalsOn(c, asOf).target;
  let reachYear: number | null = null;
  if (target !== null) {
    if (atLeast(lowerBetter, last.value, target)) reachYear = Number(last.date.slice(0, 4));
    else if (lowerBetter ? slope < 0 : slope > 0) {
      const days = Math.ceil((target - last.value) / slope);
      const date = addDays(last.date, days);
      const reachable = c.kind !== 'capped-percentage' || target <= 100;
      reachYear = reachable && days < 365 * 200 ? Number(date.slice(0, 4)) : null;
    }
  }
  return { points, endValue: points[1]!.value, reachYear };
}
