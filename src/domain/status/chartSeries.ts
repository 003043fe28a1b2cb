/**
 * The series of a commitment's chart, shaped as rows keyed by date: the target path, the original
 * target path where the end target was revised, the reported values, and the forecast.
 */
import type { Commitment, Period } from '../model';
import type { Forecast } from './engine';
import { targetPath } from './path';

export interface ChartRow {
  date: string;
  /** Milliseconds, for a time axis. */
  time: number;
  expected?: number;
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

export function chartRows(c: Commitment, period: Period | null, asOf: string, forecast: Forecast | null): ChartRow[] {
  const rows = new Map<string, ChartRow>();
  const row = (date: string) => {
    let r = rows.get(date);
    if (!r) {
      r = { date, time: Date.parse(`${date}T00:00:00Z`) };
      rows.set(date, r);
    }
    return r;
  };
  for (const p of targetPath(c, period)) row(p.date).expected = p.value;
  const original = originalTarget(c);
  if (original !== null) for (const p of targetPath(c, period, original)) row(p.date).original = p.value;
  if (c.baseline.value !== null && c.baseline.asOf) row(c.baseline.asOf).baseline = c.baseline.value;
  for (const x of c.checkIns) {
    if (x.value === null || x.asOf > asOf) continue;
    const r = row(x.asOf);
    r.reported = x.value;
    if (x.sample) r.sample = true;
  }
  if (forecast) for (const p of forecast.points) row(p.date).forecast = Math.round(p.value * 100) / 100;
  return [...rows.values()].sort((a, b) => a.time - b.time);
}
