/**
 * Calendar dates are stored as `YYYY-MM-DD` strings: a date in a Vietnamese report is a day on the
 * calendar, not an instant, so it must not move when a laptop's time zone does.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;

function daysInMonth(year: number, month: number): number {
  // Arithmetic rather than Date.UTC, which reads years 0–99 as 1900–1999.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a `YYYY-MM-DD` string naming a day that exists (2025-02-31 is false). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * True for a UTC instant `YYYY-MM-DDTHH:MM:SS(.sss)Z` that exists: the date is on the calendar
 * (no 30 February), hours are 00–23, minutes and seconds 00–59. Read field by field, never with
 * Date.parse, which accepts "24:00" and rolls "2025-02-30" over into March.
 */
export function isIsoTimestamp(value: string): boolean {
  const m = ISO_TIMESTAMP.exec(value);
  if (!m) return false;
  return isIsoDate(m[1]!) && Number(m[2]) <= 23 && Number(m[3]) <= 59 && Number(m[4]) <= 59;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The `YYYY-MM-DD` of an instant, in UTC. */
export function utcIsoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/**
 * How far after today a date read from a file may be: one day. A file carries no time zone, and
 * the local date anywhere on Earth is at most one day ahead of the date in UTC (UTC+14), so a
 * report dated "today" on any laptop is accepted; a date two days ahead is refused.
 */
export const FUTURE_DATE_TOLERANCE_DAYS = 1;

/** The latest date a file's report or decision may carry when read at `now` (see the tolerance above). */
export function latestAcceptedDate(now: Date): string {
  return utcIsoDate(new Date(now.getTime() + FUTURE_DATE_TOLERANCE_DAYS * DAY_MS));
}

/** `2025-08-21` → `21/08/2025`, the form used in Vietnamese documents (and kept in English). */
export function formatIsoDate(isoDate: string): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) return isoDate;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** `21/08/2025` or `21/8/2025` → `2025-08-21`; null when it is not a real date. */
export function parseVietnameseDate(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

// Reporting periods — the one home of quarter, half-year and year arithmetic (the overview's
// quarter list, "due this quarter", the report's period words and its in-period figures).

export type Quarter = 1 | 2 | 3 | 4;

/** The quarter (1–4) of a date. */
export function quarterOf(isoDate: string): Quarter {
  const month = Number(isoDate.slice(5, 7));
  return (Math.floor((month - 1) / 3) + 1) as Quarter;
}

/** "III" for quarter 3: quarters are written in Roman numerals ("Quý III/2026"). */
export function romanQuarter(quarter: Quarter): string {
  return ['I', 'II', 'III', 'IV'][quarter - 1]!;
}

function lastDayOf(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/** First and last day of a span of months (1–12) in a year. */
function monthSpan(year: number, firstMonth: number, lastMonth: number): [string, string] {
  return [`${year}-${String(firstMonth).padStart(2, '0')}-01`, lastDayOf(year, lastMonth)];
}

/** The quarter containing a date, as [first day, last day]. */
export function quarterBounds(isoDate: string): [string, string] {
  const q = quarterOf(isoDate);
  return monthSpan(Number(isoDate.slice(0, 4)), q * 3 - 2, q * 3);
}

/** The half-year containing a date ("6 tháng đầu năm" / "6 tháng cuối năm"), as [first day, last day]. */
export function halfYearBounds(isoDate: string): [string, string] {
  const year = Number(isoDate.slice(0, 4));
  return Number(isoDate.slice(5, 7)) <= 6 ? monthSpan(year, 1, 6) : monthSpan(year, 7, 12);
}

/** The calendar year containing a date, as [first day, last day]. */
export function yearBounds(isoDate: string): [string, string] {
  return monthSpan(Number(isoDate.slice(0, 4)), 1, 12);
}

/** The last day of each of the `count` quarters before the one containing `today`, newest first. */
export function previousQuarterEnds(today: string, count: number): { end: string; quarter: Quarter; year: number }[] {
  const out: { end: string; quarter: Quarter; year: number }[] = [];
  let year = Number(today.slice(0, 4));
  let quarter: number = quarterOf(today);
  for (let i = 0; i < count; i++) {
    quarter--;
    if (quarter === 0) {
      quarter = 4;
      year--;
    }
    out.push({ end: lastDayOf(year, quarter * 3), quarter: quarter as Quarter, year });
  }
  return out;
}

/** The same day one year earlier; 29/02 becomes 28/02. */
export function sameDayLastYear(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4)) - 1;
  const month = Number(isoDate.slice(5, 7));
  const day = Math.min(Number(isoDate.slice(8, 10)), daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date plus (or minus) whole days. */
export function addDays(isoDate: string, days: number): string {
  return utcIsoDate(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS));
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The kinds of reporting period a periodic report covers. */
export type ReportingPeriodKind = 'quarter' | 'half' | 'year' | 'period';

/**
 * The reporting period containing `asOf`, as [first day, last day]: its quarter, its half-year, its
 * year, or the whole period of the agreements reported on (first year's 1 January to last year's
 * 31 December; the year of `asOf` when no agreement states a period).
 */
export function reportingPeriodBounds(kind: ReportingPeriodKind, asOf: string, whole: { startYear: number; endYear: number } | null = null): [string, string] {
  if (kind === 'quarter') return quarterBounds(asOf);
  if (kind === 'half') return halfYearBounds(asOf);
  if (kind === 'year' || !whole) return yearBounds(asOf);
  return [`${whole.startYear}-01-01`, `${whole.endYear}-12-31`];
}

/** The same period one year earlier ("cùng kỳ năm trước"); a 29 February end becomes 28 February. */
export function samePeriodLastYear([start, end]: readonly [string, string]): [string, string] {
  return [sameDayLastYear(start), sameDayLastYear(end)];
}

/**
 * The day, month and year of a document's date as Nghị định 30/2020/NĐ-CP (Phụ lục I, mục II.4)
 * writes them: Arabic numerals, a 0 before a day below 10 and before months 1 and 2 only
 * ("ngày 05 tháng 01 năm 2027", "ngày 02 tháng 3 năm 2027").
 */
export function documentDateParts(isoDate: string): { day: string; month: string; year: string } {
  const day = Number(isoDate.slice(8, 10));
  const month = Number(isoDate.slice(5, 7));
  return { day: String(day).padStart(2, '0'), month: month < 3 ? String(month).padStart(2, '0') : String(month), year: isoDate.slice(0, 4) };
}
