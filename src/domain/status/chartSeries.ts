/**
 * The series of a commitment's chart, shaped as rows keyed by date: the target path (each target
 * drawn only from when it held: a revision starts at its decision date), the path before the last
 * revision, the reported values that count, and the forecast.
 */
import type { Commitment, Period } from '../model';
import { DEFAULT_RULES, reportsUpTo, type Forecast, type StatusRules } from './engine';
import { expectationOf, expectedOnPath, goalsOn, revisionDates, targetPath } from './path';

export interface ChartRow {
  date: string;
  /** Milliseconds, for a time axis. */
  time: number;
  /** The path in force now, from the last revision's decision date (from the start if never revised). */
  expected?: number;
  /** The path before the last revision, up to its decision date. */
  original?: number;
  reported?: number;
  sample?: boolean;
  forecast?: number;
  baseline?: number;
}

/** The end target before its first revision, if it was revised. */
export function originalTarget(c: Commitment): number | null {
  const first = [...c.revisions].filter((r) => r.appliesTo === 'target').sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : 1))[0];
  return first ? first.oldValue : null;
}

/** A date before any decision. */
const BEGINNING = '0001-01-01';

export function chartRows(c: Commitment, period: Period | null, asOf: string, forecast: Forecast | null, rules: Partial<StatusRules> = {}): ChartRow[] {
  const rows = new Map<string, ChartRow>();
  const row = (date: string) => {
    let r = rows.get(date);
    if (!r) {
      r = { date, time: Date.parse(`${date}T00:00:00Z`) };
      rows.set(date, r);
    }
    return r;
  };
  const changes = revisionDates(c);
  if (changes.length === 0) {
    for (const p of targetPath(c, period)) row(p.date).expected = p.value;
  } else {
    // Segments [start, first decision), [first decision, second) … [last decision, end).
    const starts = [BEGINNING, ...changes];
    const mode = expectationOf(c);
    starts.forEach((from, k) => {
      const to = starts[k + 1] ?? null;
      const key = to === null ? 'expected' : 'original';
      const path = targetPath(c, period, goalsOn(c, from));
      for (const p of path) if (p.date >= from && (to === null || p.date < to)) row(p.date)[key] = p.value;
      if (from !== BEGINNING) {
        const v = expectedOnPath(path, from, mode);
        if (v !== null) row(from)[key] = v;
      }
      if (to !== null) {
        const v = expectedOnPath(path, to, mode);
        if (v !== null) row(to).original = v;
      }
    });
  }
  if (c.baseline.value !== null && c.baseline.asOf) row(c.baseline.asOf).baseline = c.baseline.value;
  for (const x of reportsUpTo(c, asOf, rules.includeSample ?? DEFAULT_RULES.includeSample).reports) {
    if (x.value === null) continue;
    const r = row(x.asOf);
    r.reported = x.value;
    if (x.sample) r.sample = true;
  }
  if (forecast) for (const p of forecast.points) row(p.date).forecast = Math.round(p.value * 100) / 100;
  return [...rows.values()].sort((a, b) => a.time - b.time);
}
