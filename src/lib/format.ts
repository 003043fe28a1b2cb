/** Formatting bound to the current interface language (numbers, dates, measured values). */
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../domain/dates';
import type { CheckIn } from '../domain/model';
import { formatNumber, formatWithUnit, type Locale } from '../domain/numbers';
import { currentLocale } from './i18n';

const instantFormatters = new Map<Locale, Intl.DateTimeFormat>();
function instantFormatter(locale: Locale): Intl.DateTimeFormat {
  let f = instantFormatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    instantFormatters.set(locale, f);
  }
  return f;
}

export type Qualifier = 'over' | 'about' | 'under' | null;

export function useFormatters() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  /** "trên 96%" / "over 96%"; "2.283 vị trí trạm". */
  const measured = (value: number | null, unit: string, qualifier: Qualifier = null) => {
    if (value === null) return t('common.none');
    const text = formatWithUnit(value, unit, locale);
    return qualifier ? t(`common.${qualifier}`, { value: text }) : text;
  };
  return {
    locale,
    number: (value: number) => formatNumber(value, locale),
    date: (iso: string | null) => (iso ? formatIsoDate(iso) : t('common.none')),
    /** An instant in local time: "22/11/2026 10:05". */
    instant: (iso: string) => instantFormatter(locale).format(new Date(iso)),
    measured,
    /** A share 0…1 as a percentage with one decimal: 0.925 → "92,5%"; null → "—". */
    share: (value: number | null) => (value === null ? t('common.none') : `${formatNumber(Math.round(value * 1000) / 10, locale)}%`),
    /** What a check-in reports: a measured value, or done / not done for a milestone. */
    checkInValue: (checkIn: Pick<CheckIn, 'value' | 'done' | 'qualifier'>, unit: string) => {
      if (checkIn.value !== null) return measured(checkIn.value, unit, checkIn.qualifier);
      if (checkIn.done !== null) return checkIn.done ? t('commitment.done') : t('commitment.notDone');
      return t('common.none');
    },
  };
}
