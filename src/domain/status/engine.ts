/**
 * The status engine: where a commitment stands on a given date, why, and where it is heading.
 * Pure functions of a commitment, its agreement's period and the "as of" date; only check-ins
 * dated on or before that date count, so the situation at the end of any quarter can be replayed.
 *
 * The rules (also stated in the UI and README):
 * - paused / dropped are set by hand and win;
 * - numeric kinds compare the latest reported value with the value expected on the as-of date
 *   (linear or step between baseline, milestones and target). Share of the expected progress
 *   reached = (reported − baseline) / (expected − baseline): ≥ 95% on track, ≥ 80% needs
 *   acceleration, below that off track. Reaching the target is achieved (late, if first reported
 *   after the due date); past the due date without it, overdue;
 * - a rank is the same with lower being better; a per-year count compares the year-to-date value
 *   with that year's target;
 * - a milestone is achieved when a check-in reports it done (late, after the due date), overdue
 *   when its due date has passed, otherwise in progress (on track) or not started;
 * - a qualitative commitment takes the reporter's own assessment from its latest check-in;
 * - with no check-in newer than the reporting cadence allows, the status is "no recent data";
 * - a numeric commitment with no target and no milestone cannot be judged: "no target".
 */
import type { CheckIn, Commitment, Period } from '../model';
import { addDays, daysBetween, dueDateOf, expectationOf, expectedOnPath, expectedPerYear, lowerIsBetter, targetPath, yearlyTarget } from './path';

export const STATUSES = [
  'achieved',
  'achieved-late',
  'on-track',
  'needs-acceleration',
  'off-track',
  'overdue',
  'not-started',
  'no-recent-data',
  'no-target',
  'paused',
  'dropped',
] as const;
export type Status = (typeof STATUSES)[number];

/** Share of the expected progress at or above which a commitment is on track. */
export const ON_TRACK_SHARE = 0.95;
/** At or above this (and below ON_TRACK_SHARE) it needs acceleration; below, it is off track. */
export const NEEDS_ACCELERATION_SHARE = 0.8;

/** How long after its as-of date a check-in still counts as recent: the cadence plus a grace. */
export const FRESH_FOR_DAYS: Record<Commitment['cadence'], number> = {
  quarterly: 92 + 45,
  'half-yearly': 183 + 45,
  yearly: 366 + 90,
};

export interface Assessment {
  status: Status;
  /** The value expected on the as-of date (numeric kinds with a target path). */
  expected: number | null;
  /** The latest reported value on or before the as-of date. */
  actual: number | null;
  actualDate: string | null;
  /** actual − expected, signed so that positive is ahead (for ranks: places ahead). */
  gap: number | null;
  /** Share of the expected progress reached, 0…1 (capped), for roll-ups; null when not computable. */
  progress: number | null;
  dueDate: string | null;
  /** When the target (or the milestone) was first reported reached. */
  reachedOn: string | null;
  target: number | null;
}

function checkInsUpTo(c: Commitment, asOf: string): CheckIn[] {
  return c.checkIns.filter((x) => x.asOf <= asOf).sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : a.enteredAt < b.enteredAt ? -1 : 1));
}

const isStale = (c: Commitment, lastDate: string, asOf: string) => daysBetween(lastDate, asOf) > FRESH_FOR_DAYS[c.cadence];

function blank(status: Status, extra: Partial<Assessment> = {}): Assessment {
  return { status, expected: null, actual: null, actualDate: null, gap: null, progress: null, dueDate: null, reachedOn: null, target: null, ...extra };
}

/** a is at least as good as b. */
const atLeast = (lowerBetter: boolean, a: number, b: number) => (lowerBetter ? a <= b : a >= b);

function assessMilestone(c: Commitment, reports: CheckIn[], due: string | null, asOf: string): Assessment {
  const done = reports.find((x) => x.done === true);
  const last = reports.at(-1);
  const base = { dueDate: due, actualDate: last?.asOf ?? null, reachedOn: done?.asOf ?? null };
  if (done) return blank(due && done.asOf > due ? 'achieved-late' : 'achieved', { ...base, progress: 1 });
  if (due && asOf > due) return blank('overdue', { ...base, progress: 0 });
  if (!last) return blank('not-started', base);
  if (isStale(c, last.asOf, asOf)) return blank('no-recent-data', base);
  return blank(last.assessment ?? 'on-track', base);
}

function assessQualitative(c: Commitment, reports: CheckIn[], due: string | null, asOf: string): Assessment {
  const last = reports.at(-1);
  const base = { dueDate: due, actualDate: last?.asOf ?? null };
  if (!last) return blank('not-started', base);
  if (last.done === true) return blank('achieved', { ...base, reachedOn: last.asOf, progress: 1 });
  if (isStale(c, last.asOf, asOf)) return blank('no-recent-data', base);
  return blank(last.assessment ?? 'no-target', base);
}

function share(actual: number, expected: number, baseline: number, lowerBetter: boolean): number {
  const wanted = lowerBetter ? baseline - expected : expected - baseline;
  const made = lowerBetter ? baseline - actual : actual - baseline;
  if (wanted <= 0) return atLeast(lowerBetter, actual, expected) ? 1 : 0;
  return Math.max(0, Math.min(1, made / wanted));
}

function statusFromShare(s: number): Status {
  return s >= ON_TRACK_SHARE ? 'on-track' : s >= NEEDS_ACCELERATION_SHARE ? 'needs-acceleration' : 'off-track';
}

function assessPerYear(c: Commitment, reports: CheckIn[], due: string | null, asOf: string): Assessment {
  const year = Number(asOf.slice(0, 4));
  const target = yearlyTarget(c, year);
  const thisYear = reports.filter((x) => x.value !== null && Number(x.asOf.slice(0, 4)) === year);
  const last = thisYear.at(-1);
  const expected = expectedPerYear(c, asOf);
  if (target === null || expected === null) return blank('no-target', { actual: last?.value ?? null, actualDate: last?.asOf ?? null });
  const base = { expected, target, dueDate: due };
  if (!last) {
    const previous = reports.filter((x) => x.value !== null).at(-1);
    if (previous && isStale(c, previous.asOf, asOf)) return blank('no-recent-data', { ...base, actual: previous.value, actualDate: previous.asOf });
    return blank(expected > 0 ? 'not-started' : 'on-track', { ...base, actual: 0, progress: expected > 0 ? 0 : null });
  }
  const actual = last.value!;
  const reached = thisYear.find((x) => x.value! >= target);
  if (reached) return blank('achieved', { ...base, actual, actualDate: last.asOf, gap: actual - expected, progress: 1, reachedOn: reached.asOf });
  if (isStale(c, last.asOf, asOf)) return blank('no-recent-data', { ...base, actual, actualDate: last.asOf });
  const s = expected <= 0 ? 1 : Math.min(1, actual / expected);
  return blank(statusFromShare(s), { ...base, actual, actualDate: last.asOf, gap: actual - expected, progress: s });
}

function assessNumeric(c: Commitment, period: Period | null, reports: CheckIn[], due: string | null, asOf: string): Assessment {
  const lowerBetter = lowerIsBetter(c.kind);
  const path = targetPath(c, period);
  const hasGoal = c.target !== null || c.milestones.length > 0;
  const valued = reports.filter((x) => x.value !== null);
  const last = valued.at(-1);
  const actual = last?.value ?? null;
  if (!hasGoal) return blank('no-target', { actual, actualDate: last?.asOf ?? null, dueDate: due });

  const expected = expectedOnPath(path, asOf, expectationOf(c));
  const target = c.target;
  const base = { expected, target, dueDate: due, actual, actualDate: last?.asOf ?? null };
  const reached = target === null ? undefined : valued.find((x) => atLeast(lowerBetter, x.value!, target));
  if (reached) {
    const late = due !== null && reached.asOf > due;
    return blank(late ? 'achieved-late' : 'achieved', { ...base, reachedOn: reached.asOf, progress: 1, gap: expected === null ? null : signedGap(actual!, expected, lowerBetter) });
  }
  if (due && asOf > due) return blank('overdue', { ...base, progress: actual === null || expected === null ? 0 : progressOf(actual, expected, c, lowerBetter) });
  if (!last || actual === null) {
    const started = path[0] ? asOf > path[0].date : true;
    return blank('not-started', { ...base, progress: started ? 0 : null });
  }
  if (isStale(c, last.asOf, asOf)) return blank('no-recent-data', base);
  if (expected === null) return blank('no-target', base);
  const progress = progressOf(actual, expected, c, lowerBetter);
  return blank(statusFromShare(progress), { ...base, gap: signedGap(actual, expected, lowerBetter), progress });
}

const signedGap = (actual: number, expected: number, lowerBetter: boolean) => (lowerBetter ? expected - actual : actual - expected);

function progressOf(actual: number, expected: number, c: Commitment, lowerBetter: boolean): number {
  const baseline = c.baseline.value ?? (lowerBetter ? actual : 0);
  return share(actual, expected, baseline, lowerBetter);
}

/** Where a commitment stands on `asOf` (YYYY-MM-DD). */
export function assess(c: Commitment, period: Period | null, asOf: string): Assessment {
  const due = dueDateOf(c, period);
  if (c.manualStatus) return blank(c.manualStatus, { dueDate: due });
  const reports = checkInsUpTo(c, asOf);
  switch (c.kind) {
    case 'milestone':
      return assessMilestone(c, reports, due, asOf);
    case 'qualitative':
      return assessQualitative(c, reports, due, asOf);
    case 'count-per-year':
      return assessPerYear(c, reports, due, asOf);
    default:
      return assessNumeric(c, period, reports, due, asOf);
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
 * at 1 or below it, a cumulative count never falls.
 */
export function forecast(c: Commitment, period: Period | null, asOf: string): Forecast | null {
  if (c.kind === 'milestone' || c.kind === 'qualitative' || c.kind === 'count-per-year') return null;
  const due = dueDateOf(c, period);
  if (!due) return null;
  const reports = checkInsUpTo(c, asOf).filter((x) => x.value !== null).map((x) => ({ date: x.asOf, value: x.value! }));
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
  if (c.kind === 'cumulative-count') slope = Math.max(0, slope);
  const last = recent.at(-1)!;
  const clamp = (v: number) => (c.kind === 'capped-percentage' ? Math.min(100, Math.max(0, v)) : c.kind === 'rank' ? Math.max(1, v) : v);
  const at = (date: string) => clamp(last.value + slope * daysBetween(last.date, date));
  if (due <= last.date) return null;
  const points = [last, { date: due, value: at(due) }];
  const lowerBetter = lowerIsBetter(c.kind);
  let reachYear: number | null = null;
  if (c.target !== null) {
    if (atLeast(lowerBetter, last.value, c.target)) reachYear = Number(last.date.slice(0, 4));
    else if (lowerBetter ? slope < 0 : slope > 0) {
      const days = Math.ceil((c.target - last.value) / slope);
      const date = addDays(last.date, days);
      const reachable = c.kind !== 'capped-percentage' || c.target <= 100;
      reachYear = reachable && days < 365 * 200 ? Number(date.slice(0, 4)) : null;
    }
  }
  return { points, endValue: points[1]!.value, reachYear };
}
