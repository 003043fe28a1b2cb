/**
 * What a commitment achieved in a reporting period — the figures of the official report's tables.
 *
 * - The value at the period's start is the last value known before its first day (a report, or the
 *   baseline stated in the agreement); the value at its end is the last one known on or before its
 *   last day (or the report's as-of date, if earlier).
 * - "In the period" is end − start, only when a report is dated in the period (else unknown, not 0);
 *   "cumulative" is end − baseline (the whole agreement so far), unknown while no report exists. A
 *   count per year restarts every 1 January: its start value in a new year is 0, and its cumulative
 *   figure is the year's count so far.
 * - The same period of the previous year is worked out the same way, where data exists.
 * - Illustrative (sample) reports count only when the status rules say so, as everywhere else.
 * - Milestones and qualitative commitments have no figures: their reports' narratives (and the
 *   reporter's assessment) are what the report prints.
 */
import type { Assessment as ReporterAssessment } from '../enums';
import type { CheckIn, Commitment } from '../model';
import { samePeriodLastYear } from '../dates';

export interface DatedValue {
  value: number;
  /** "trên 96%": the value is a bound, not an exact figure. */
  qualifier: 'over' | 'about' | 'under' | null;
  date: string;
  /** True when the value is the agreement's baseline, not a report. */
  baseline: boolean;
  sample: boolean;
}

export interface WindowFigures {
  start: DatedValue | null;
  end: DatedValue | null;
  /** end − start; null when either is unknown. */
  change: number | null;
}

export interface PeriodFigures extends WindowFigures {
  /** end − baseline (a count per year: the year's count so far); null when unknown. */
  cumulative: number | null;
  /** The same period a year earlier; null when nothing is known at its end. */
  lastYear: WindowFigures | null;
  /** Reports dated inside the period (that count under the rules). */
  reportsInPeriod: number;
  /** Narratives of the reports dated inside the period, oldest first (empty narratives left out). */
  narratives: { date: string; text: string; sample: boolean; assessment: ReporterAssessment | null }[];
  /** The reporter's latest assessment on or before the period's end, if any. */
  assessment: ReporterAssessment | null;
  /** Sample reports inside the period that were left out by the rules. */
  samplesLeftOut: number;
}

const NUMERIC = new Set<Commitment['kind']>(['capped-percentage', 'cumulative-count', 'count-per-year', 'rank']);

const byDate = (a: CheckIn, b: CheckIn) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : a.enteredAt < b.enteredAt ? -1 : a.enteredAt > b.enteredAt ? 1 : 0);

/** Every known value of a numeric commitment, oldest first: the baseline, then the reports. */
function series(c: Commitment, includeSample: boolean): DatedValue[] {
  const out: DatedValue[] = [];
  if (c.baseline.value !== null && c.baseline.asOf) out.push({ value: c.baseline.value, qualifier: c.baseline.qualifier, date: c.baseline.asOf, baseline: true, sample: false });
  for (const r of [...c.checkIns].sort(byDate)) {
    if (r.value === null || (r.sample && !includeSample)) continue;
    out.push({ value: r.value, qualifier: r.qualifier, date: r.asOf, baseline: false, sample: r.sample });
  }
  // Stable: a report on the baseline's date comes after it, so it wins.
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function lastBefore(values: readonly DatedValue[], day: string, inclusive: boolean): DatedValue | null {
  let found: DatedValue | null = null;
  for (const v of values) if (inclusive ? v.date <= day : v.date < day) found = v;
  return found;
}

function window(c: Commitment, values: readonly DatedValue[], [first, last]: readonly [string, string]): WindowFigures {
  if (c.kind === 'count-per-year') {
    // A count per year restarts on 1 January: only the end's year counts, and it starts at 0.
    const year = last.slice(0, 4);
    const from = first.slice(0, 4) === year ? first : `${year}-01-01`;
    const thisYear = values.filter((v) => v.date.slice(0, 4) === year);
    const end = lastBefore(thisYear, last, true);
    const start = lastBefore(thisYear, from, false) ?? { value: 0, qualifier: null, date: from, baseline: false, sample: false };
    return { start, end, change: end ? end.value - start.value : null };
  }
  const end = lastBefore(values, last, true);
  const start = lastBefore(values, first, false);
  return { start, end, change: start && end ? end.value - start.value : null };
}

/** The figures of one commitment for the period [first, last], counted as of `asOf`. */
export function periodFigures(c: Commitment, bounds: readonly [string, string], asOf: string, includeSample: boolean): PeriodFigures {
  const last = bounds[1] < asOf ? bounds[1] : asOf;
  const period: [string, string] = [bounds[0], last];
  const inPeriod = c.checkIns.filter((r) => r.asOf >= period[0] && r.asOf <= period[1]).sort(byDate);
  const counted = inPeriod.filter((r) => includeSample || !r.sample);
  const upToEnd = c.checkIns.filter((r) => r.asOf <= period[1] && (includeSample || !r.sample)).sort(byDate);
  const assessment = [...upToEnd].reverse().find((r) => r.assessment)?.assessment ?? null;
  const common = {
    reportsInPeriod: counted.length,
    narratives: counted.filter((r) => r.narrative.trim() !== '').map((r) => ({ date: r.asOf, text: r.narrative.trim(), sample: r.sample, assessment: r.assessment ?? null })),
    assessment,
    samplesLeftOut: inPeriod.length - counted.length,
  };
  if (!NUMERIC.has(c.kind)) return { start: null, end: null, change: null, cumulative: null, lastYear: null, ...common };

  const values = series(c, includeSample);
  const measured = window(c, values, period);
  // Without a report dated in the period nothing was measured in it: no "0" change, and no
  // cumulative figure while the only value known is the baseline itself.
  const now = counted.some((r) => r.value !== null) ? measured : { ...measured, change: null };
  let cumulative: number | null = null;
  if (now.end && !now.end.baseline) {
    if (c.kind === 'count-per-year') cumulative = now.end.value;
    else if (c.baseline.value !== null) cumulative = now.end.value - c.baseline.value;
  }
  const before = samePeriodLastYear([bounds[0], last]);
  const previous = window(c, values, before);
  // Nothing known at the end of last year's period: there is no same period to compare with.
  const lastYear = previous.end ? previous : null;
  return { ...now, cumulative, lastYear, ...common };
}
