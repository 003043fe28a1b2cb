/**
 * The target path of a commitment: where it should be on any date, from its baseline through its
 * yearly milestones to its end target.
 */
import type { Commitment, CommitmentKind, Expectation, Period } from '../model';

export interface PathPoint {
  date: string;
  value: number;
  source: 'baseline' | 'milestone' | 'target';
}

const DAY_MS = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export const endOfYear = (year: number) => `${year}-12-31`;

/** Ranks are better when lower; every other measure when higher. */
export const lowerIsBetter = (kind: CommitmentKind) => kind === 'rank';

/**
 * The default expectation per kind, when the commitment does not say: a coverage share or a count
 * grows steadily (linear); a rank is announced once a year, and a per-year count is judged at the
 * year's end (step).
 */
export function expectationOf(c: Pick<Commitment, 'kind' | 'expectation'>): Expectation {
  if (c.expectation) return c.expectation;
  return c.kind === 'rank' || c.kind === 'count-per-year' ? 'step' : 'linear';
}

/** When the end target is due: the commitment's due date, else the last day of the period. */
export function dueDateOf(c: Pick<Commitment, 'dueOn'>, period: Period | null): string | null {
  return c.dueOn ?? (period ? endOfYear(period.endYear) : null);
}

/**
 * Baseline, milestones (due on 31/12 of their year) and end target, in date order. The target may
 * be given, to draw the original target beside a revised one.
 */
export function targetPath(c: Commitment, period: Period | null, target: number | null = c.target): PathPoint[] {
  const points: PathPoint[] = [];
  if (c.baseline.value !== null && c.baseline.asOf) points.push({ date: c.baseline.asOf, value: c.baseline.value, source: 'baseline' });
  const due = dueDateOf(c, period);
  for (const m of [...c.milestones].sort((a, b) => a.year - b.year)) {
    const date = endOfYear(m.year);
    if (!due || date < due) points.push({ date, value: m.value, source: 'milestone' });
  }
  if (target !== null && due) points.push({ date: due, value: target, source: 'target' });
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The expected value on a date. Linear: interpolated between the path's points. Step: the value of
 * the last point already due. Before the first point, its value; after the last, the last.
 */
export function expectedOnPath(path: PathPoint[], date: string, mode: Expectation): number | null {
  if (path.length === 0) return null;
  const first = path[0]!;
  if (date <= first.date) return first.value;
  for (let i = 1; i < path.length; i++) {
    const next = path[i]!;
    const previous = path[i - 1]!;
    if (date < next.date) {
      if (mode === 'step') return previous.value;
      const span = daysBetween(previous.date, next.date);
      return span <= 0 ? next.value : previous.value + ((next.value - previous.value) * daysBetween(previous.date, date)) / span;
    }
  }
  return path[path.length - 1]!.value;
}

/** For a count that resets every year: that year's target (its milestone, else the end target). */
export function yearlyTarget(c: Commitment, year: number): number | null {
  return c.milestones.find((m) => m.year === year)?.value ?? c.target;
}

/** Expected year-to-date value of a per-year count on a date. */
export function expectedPerYear(c: Commitment, date: string): number | null {
  const year = Number(date.slice(0, 4));
  const target = yearlyTarget(c, year);
  if (target === null) return null;
  if (expectationOf(c) === 'step') return date >= endOfYear(year) ? target : 0;
  const elapsed = daysBetween(`${year}-01-01`, date) + 1;
  return (target * elapsed) / (daysBetween(`${year}-01-01`, endOfYear(year)) + 1);
}
