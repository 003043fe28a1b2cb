import { isIsoDate } from '../domain/dates';

/** Today on this laptop's calendar, YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The `asOf` URL parameter when it is a real date, else today. */
export function asOfFrom(params: URLSearchParams): string {
  const value = params.get('asOf');
  return value && isIsoDate(value) ? value : todayIso();
}
