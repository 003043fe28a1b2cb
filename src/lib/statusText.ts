/**
 * The sentence behind every status colour, in the user's language:
 * "Kỳ vọng 86,2% đến 30/09/2026; báo cáo 84% ngày 30/06/2026: chậm 2,2 điểm."
 */
import type { TFunction } from 'i18next';
import { formatIsoDate } from '../domain/dates';
import type { Commitment } from '../domain/model';
import { formatNumber, formatWithUnit, type Locale } from '../domain/numbers';
import type { Assessment, Forecast } from '../domain/status/engine';

function gapText(t: TFunction, c: Commitment, gap: number, locale: Locale): string {
  if (Math.abs(gap) < 0.05) return t('status.explain.level');
  const size = Math.abs(gap);
  const amount =
    c.kind === 'capped-percentage'
      ? `${formatNumber(size, locale, 1)} ${t('status.units.points')}`
      : c.kind === 'rank'
        ? `${formatNumber(size, locale, 1)} ${t('status.units.places')}`
        : formatWithUnit(Math.round(size * 10) / 10, c.unit, locale);
  return gap > 0 ? t('status.explain.ahead', { gap: amount }) : t('status.explain.behind', { gap: amount });
}

export function explainStatus(t: TFunction, c: Commitment, a: Assessment, asOf: string, locale: Locale): string {
  const value = (v: number | null) => (v === null ? '—' : formatWithUnit(Math.round(v * 10) / 10, c.unit, locale));
  const date = (d: string | null) => (d ? formatIsoDate(d) : '—');
  switch (a.status) {
    case 'paused':
    case 'dropped':
      return t('status.explain.manual');
    case 'achieved':
      if (c.kind === 'milestone' || c.kind === 'qualitative') return t('status.explain.milestoneDone', { date: date(a.reachedOn) });
      return t('status.explain.achieved', { target: value(a.target), date: date(a.reachedOn) });
    case 'achieved-late':
      if (c.kind === 'milestone') return t('status.explain.milestoneDone', { date: date(a.reachedOn) });
      return t('status.explain.achievedLate', { target: value(a.target), date: date(a.reachedOn), due: date(a.dueDate) });
    case 'overdue':
      if (a.actual === null || c.kind === 'milestone') return t('status.explain.overdueNoReport', { due: date(a.dueDate) });
      return t('status.explain.overdue', { due: date(a.dueDate), target: value(a.target), actual: value(a.actual) });
    case 'not-started':
      return a.dueDate && a.dueDate >= asOf ? t('status.explain.notStartedDue', { due: date(a.dueDate) }) : t('status.explain.notStarted', { asOf: date(asOf) });
    case 'no-recent-data':
      return t('status.explain.stale', { date: date(a.actualDate), cadence: t(`enums.cadence.${c.cadence}`).toLocaleLowerCase(locale) });
    case 'no-target':
      if (c.kind === 'qualitative') return t('status.explain.unassessed', { date: date(a.actualDate) });
      return a.actual === null ? t('status.explain.noTarget') : t('status.explain.noTargetValue', { actual: value(a.actual), date: date(a.actualDate) });
    default:
      if (c.kind === 'milestone') return a.dueDate ? t('status.explain.milestoneOpen', { due: date(a.dueDate) }) : t('status.explain.milestoneOpenNoDue');
      if (c.kind === 'qualitative') return t('status.explain.assessed', { date: date(a.actualDate) });
      if (c.kind === 'count-per-year') return t('status.explain.perYear', { expected: value(a.expected), asOf: date(asOf), actual: value(a.actual) });
      return t('status.explain.compared', {
        expected: value(a.expected),
        asOf: date(asOf),
        actual: value(a.actual),
        actualDate: date(a.actualDate),
        gapText: gapText(t, c, a.gap ?? 0, locale),
      });
  }
}

export function explainForecast(t: TFunction, c: Commitment, f: Forecast, locale: Locale): string {
  const due = formatIsoDate(f.points.at(-1)!.date);
  const value = formatWithUnit(Math.round(f.endValue * 10) / 10, c.unit, locale);
  if (c.target === null) return t('status.forecast.reached', { value, due });
  return f.reachYear === null ? t('status.forecast.never', { value, due }) : t('status.forecast.reach', { value, due, year: f.reachYear });
}
