/**
 * The target path of a commitment: where it should be on any date, from its baseline through its
 * yearly milestones to its end target.
 */
import { daysBetween } from '../dates';
import type { Commitment, CommitmentKind, Expectation, Milestone, Period } from '../model';

export interface PathPoint {
  date: string;
  value: number;
  source: 'baseline' | 'milestone' | 'target';
}

export const endOfYear = (year: number) => `${year}-12-31`;

/** The kind's own direction: a rank is better when lower; every other kind when higher, unless the commitment says otherwise. */
export const lowerIsBetter = (kind: CommitmentKind) => kind === 'rank';

/** A commitment's direction: a rank always lower-is-better; any other numeric kind when the commitment says so. */
export const isLowerBetter = (c: Pick<Commitment, 'kind' | 'lowerIsBetter'>) => c.kind === 'rank' || c.lowerIsBetter === true;

/** The end target and the yearly milestones in force on a date. */
export interface Goals {
  target: number | null;
  milestones: Milestone[];
}

/**
 * The goals as they held on a date: a target revision counts from its decision date, never before.
 * Before the first revision of the end target (or of a year's milestone) its old value held; a
 * milestone that a revision added did not exist before that decision.
 */
export function goalsOn(c: Pick<Commitment, 'target' | 'milestones' | 'revisions'>, date: string): Goals {
  if (c.revisions.length === 0) return { target: c.target, milestones: c.milestones };
  const inForce = (key: 'target' | number, current: number | null): number | null => {
    const revisions = c.revisions.filter((r) => r.appliesTo === key).sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : a.createdAt < b.createdAt ? -1 : 1));
    if (revisions.length === 0) return current;
    let value = revisions[0]!.oldValue;
    for (const r of revisions) if (r.decidedOn <= date) value = r.newValue;
    return value;
  };
  const years = new Set<number>([...c.milestones.map((m) => m.year), ...c.revisions.flatMap((r) => (r.appliesTo === 'target' ? [] : [r.appliesTo]))]);
  const milestones: Milestone[] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const value = inForce(year, c.milestones.find((m) => m.year === year)?.value ?? null);
    if (value !== null) milestones.push({ year, value });
  }
  return { target: inForce('target', c.target), milestones };
}

/** When each goal changed by decision, in date order (the chart draws each target from when it held). */
export function revisionDates(c: Pick<Commitment, 'revisions'>): string[] {
  return [...new Set(c.revisions.map((r) => r.decidedOn))].sort();
}

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

/** Whether the deadline is stated in the document (a due date) or assumed from the end of the period. */
export function deadlineKind(c: Pick<Commitment, 'dueOn'>, period: Period | null): 'stated' | 'assumed' | null {
  return c.dueOn ? 'stated' : period ? 'assumed' : null;
}

/**
 * Baseline, milestones (due on 31/12 of their year) and end target, in date order. The goals may
 * be given: those in force on some date (see goalsOn).
 */
export function targetPath(c: Commitment, period: Period | null, goals: Goals = { target: c.target, milestones: c.milestones }): PathPoint[] {
  const { target } = goals;
  const points: PathPoint[] = [];
  if (c.baseline.value !== null && c.baseline.asOf) points.push({ date: c.baseline.asOf, value: c.baseline.value, source: 'baseline' });
  const due = dueDateOf(c, period);
  for (const m of [...goals.milestones].sort((a, b) => a.year - b.year)) {
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
export function yearlyTarget(c: Pick<Commitment, 'target' | 'milestones'>, year: number): number | null {
  return c.milestones.find((m) => m.year === year)?.value ?? c.target;
}

/** Expected year-to-date value of a per-year count on a date (with the goals in force then). */
export function expectedPerYear(c: Commitment, date: string, goals: Goals = goalsOn(c, date)): number | null {
  const year = Number(date.slice(0, 4));
  const target = yearlyTarget(goals, year);
  if (target === null) return null;
  if (expectationOf(c) === 'step') return date >= endOfYear(year) ? target : 0;
  const elapsed = daysBetween(`${year}-01-01`, date) + 1;
  return (target * elapsed) / (daysBetween(`${year}-01-01`, endOfYear(year)) + 1);
}
