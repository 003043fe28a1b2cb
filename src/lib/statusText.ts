/**
 * The sentence behind every status, in the user's language — one sentence per row of the rule
 * table in README ("Status rules"):
 * "Báo cáo 84% ngày 30/06/2026 (cách ngày xem 92 ngày); kỳ vọng tại ngày đó 82,4%: vượt 1,6 điểm, trong mức cho phép ±2 điểm."
 */
import type { TFunction } from 'i18next';
import { formatIsoDate } from '../domain/dates';
import type { Commitment } from '../domain/model';
import { formatNumber, formatWithUnit, type Locale } from '../domain/numbers';
import { isWhole, type Assessment, type Forecast } from '../domain/status/engine';

function gapText(t: TFunction, c: Commitment, gap: number, locale: Locale): string {
  const whole = isWhole(c);
  if (Math.abs(gap) < (whole ? 0.5 : 0.05)) return t('status.explain.level');
  const size = whole ? Math.round(Math.abs(gap)) : Math.abs(gap);
  const amount =
    c.kind === 'capped-percentage'
      ? `${formatNumber(size, locale, 1)} ${t('status.units.points', { count: Math.round(size * 10) / 10 })}`
      : c.kind === 'rank'
        ? `${formatNumber(size, locale, 0)} ${t('status.units.places', { count: size })}`
        : formatWithUnit(whole ? size : Math.round(size * 10) / 10, c.unit, locale);
  return gap > 0 ? t('status.explain.ahead', { gap: amount }) : t('status.explain.behind', { gap: amount });
}

const ageText = (t: TFunction, days: number | null) => (days === null || days <= 0 ? t('status.explain.ageNone') : t('status.explain.age', { days }));

export function explainStatus(t: TFunction, c: Commitment, a: Assessment, asOf: string, locale: Locale): string {
  const sentence = explainMain(t, c, a, asOf, locale);
  if (a.samplesLeftOut > 0) return `${sentence} ${t('status.explain.samplesLeftOut', { count: a.samplesLeftOut })}`;
  if (a.samplesCounted > 0) return `${sentence} ${t('status.explain.samplesCounted', { count: a.samplesCounted })}`;
  return sentence;
}

function explainMain(t: TFunction, c: Commitment, a: Assessment, asOf: string, locale: Locale): string {
  const whole = isWhole(c);
  const value = (v: number | null) => (v === null ? '—' : formatWithUnit(whole ? Math.round(v) : Math.round(v * 10) / 10, c.unit, locale));
  /** The reported value; a rank "out of N" (63 provinces until 2024, 34 from 2025). */
  const reported = (v: number | null) => (v !== null && c.kind === 'rank' && a.outOf !== null ? t('status.explain.outOf', { value: value(v), count: a.outOf }) : value(v));
  const date = (d: string | null) => (d ? formatIsoDate(d) : '—');
  const age = ageText(t, a.ageDays);
  const reporterKind = c.kind === 'milestone' || c.kind === 'qualitative';
  switch (a.status) {
    case 'paused':
    case 'dropped':
      return t('status.explain.manual');
    case 'final-achieved':
    case 'final-partly':
    case 'final-not-achieved':
    case 'carried-over': {
      const values = { date: date(a.closedOn), result: t(`enums.finalResult.${c.finalAssessment!.result}`) };
      const note = c.finalAssessment!.note.trim();
      return note ? t('status.explain.closedNote', { ...values, note }) : t('status.explain.closed', values);
    }
    case 'closed-unassessed':
      return t('status.explain.closedUnassessed', { date: date(a.closedOn) });
    case 'achieved':
      if (reporterKind) return t('status.explain.milestoneDone', { date: date(a.reachedOn) });
      return t('status.explain.achieved', { actual: reported(a.actual), actualDate: date(a.actualDate), target: value(a.target), date: date(a.reachedOn) });
    case 'achieved-late':
      if (reporterKind) return t('status.explain.milestoneDone', { date: date(a.reachedOn) });
      return t('status.explain.achievedLate', { actual: reported(a.actual), actualDate: date(a.actualDate), target: value(a.target), date: date(a.reachedOn), due: date(a.dueDate) });
    case 'reached-then-lost':
      if (reporterKind) return t('status.explain.milestoneLost', { date: date(a.reachedOn), actualDate: date(a.actualDate) });
      return t('status.explain.reachedThenLost', { target: value(a.target), date: date(a.reachedOn), actual: reported(a.actual), actualDate: date(a.actualDate) });
    case 'overdue':
      if (a.actual === null || reporterKind) return t('status.explain.overdueNoReport', { due: date(a.dueDate) });
      return t('status.explain.overdue', { due: date(a.dueDate), target: value(a.target), actual: reported(a.actual), actualDate: date(a.actualDate) });
    case 'period-ended':
      if (a.actual === null || reporterKind) return t('status.explain.periodEnded', { due: date(a.dueDate) });
      return t('status.explain.periodEndedValue', { due: date(a.dueDate), target: value(a.target), actual: reported(a.actual), actualDate: date(a.actualDate) });
    case 'not-started':
      return t('status.explain.notStarted', { date: date(a.actualDate) });
    case 'no-report':
      if (c.kind === 'count-per-year' && a.yearPlan === null && a.target !== null) return t('status.explain.perYearNoReport', { year: asOf.slice(0, 4), target: value(a.target) });
      if (!a.dueDate) return t('status.explain.noReport', { asOf: date(asOf) });
      return a.deadline === 'stated' ? t('status.explain.noReportDue', { asOf: date(asOf), due: date(a.dueDate) }) : t('status.explain.noReportPeriod', { asOf: date(asOf), due: date(a.dueDate) });
    case 'no-recent-data':
      return t('status.explain.stale', { date: date(a.actualDate), age, cadence: t(`enums.cadence.${c.cadence}`).toLocaleLowerCase(locale) });
    case 'no-target':
      if (c.kind === 'qualitative') return t('status.explain.unassessed', { date: date(a.actualDate) });
      return a.actual === null ? t('status.explain.noTarget') : t('status.explain.noTargetValue', { actual: reported(a.actual), date: date(a.actualDate) });
    default:
      if (c.kind === 'milestone') return a.dueDate ? t('status.explain.milestoneOpen', { due: date(a.dueDate) }) : t('status.explain.milestoneOpenNoDue');
      if (c.kind === 'qualitative') return t('status.explain.assessed', { date: date(a.actualDate), age });
      if (c.kind === 'count-per-year' && a.yearPlan)
        return t('status.explain.perYear', {
          year: a.yearPlan.year,
          actual: value(a.actual),
          actualDate: date(a.actualDate),
          age,
          share: `${formatNumber(Math.round(a.yearPlan.share * 1000) / 10, locale, 1)}%`,
          target: value(a.yearPlan.target),
          expected: value(a.expected),
        });
      return withYearPlan(t, c, a, locale, comparedText(t, c, a, locale, value, reported, date, age));
  }
}

/** "Đạt 95,5% kế hoạch năm 2026 (88%)." after the comparison, where the report's year has a milestone. */
function withYearPlan(t: TFunction, c: Commitment, a: Assessment, locale: Locale, sentence: string): string {
  if (!a.yearPlan || c.kind === 'count-per-year') return sentence;
  const plan = formatWithUnit(isWhole(c) ? Math.round(a.yearPlan.target) : a.yearPlan.target, c.unit, locale);
  const share = `${formatNumber(Math.round(a.yearPlan.share * 1000) / 10, locale, 1)}%`;
  return `${sentence} ${t('status.explain.yearPlan', { share, year: a.yearPlan.year, target: plan })}`;
}

function comparedText(
  t: TFunction,
  c: Commitment,
  a: Assessment,
  locale: Locale,
  value: (v: number | null) => string,
  reported: (v: number | null) => string,
  date: (d: string | null) => string,
  age: string,
): string {
  if (c.kind === 'capped-percentage' && a.tolerance !== null)
    return t('status.explain.comparedPoints', {
      actual: value(a.actual),
      actualDate: date(a.actualDate),
      age,
      expected: value(a.expected),
      gapText: gapText(t, c, a.gap ?? 0, locale),
      toleranceText: t((a.gap ?? 0) >= -a.tolerance - 1e-9 ? 'status.explain.within' : 'status.explain.outside', { tolerance: formatNumber(a.tolerance, locale) }),
    });
  return t('status.explain.compared', {
    actual: reported(a.actual),
    actualDate: date(a.actualDate),
    age,
    expected: value(a.expected),
    gapText: gapText(t, c, a.gap ?? 0, locale),
  });
}

export function explainForecast(t: TFunction, c: Commitment, f: Forecast, locale: Locale): string {
  const due = formatIsoDate(f.points.at(-1)!.date);
  const whole = isWhole(c);
  const value = formatWithUnit(whole ? Math.round(f.endValue) : Math.round(f.endValue * 10) / 10, c.unit, locale);
  if (c.target === null) return t('status.forecast.reached', { value, due });
  return f.reachYear === null ? t('status.forecast.never', { value, due }) : t('status.forecast.reach', { value, due, year: f.reachYear });
}
