/**
 * Numbers as Vietnamese documents write them: `.` groups thousands, `,` marks decimals
 * ("2.283 vị trí trạm" is two thousand two hundred eighty-three; "96,5%" is ninety-six and a half).
 */

export type Locale = 'vi' | 'en';

const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: Locale, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${maximumFractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits });
    formatters.set(key, f);
  }
  return f;
}

/** 2283 → "2.283" (vi) or "2,283" (en); 96.5 → "96,5" (vi). */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return formatter(locale, maximumFractionDigits).format(value);
}

/** A value with its unit: "96,5%", "96% dân số", "2.283 trạm", and a rank as "hạng 23". */
export function formatWithUnit(value: number, unit: string, locale: Locale): string {
  const n = formatNumber(value, locale);
  if (unit.startsWith('%')) return `${n}${unit}`;
  if (unit === 'hạng') return `hạng ${n}`;
  return unit ? `${n} ${unit}` : n;
}

export type ParsedNumber =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'not-a-number' }
  /** "1.234" or "1,234" alone could be either reading: the caller must ask the user. */
  | { ok: false; reason: 'ambiguous'; candidates: [number, number] };

/**
 * Parses a number typed the Vietnamese way. Never guesses silently:
 * - "2.283" → 2283 (a dot followed by exactly three digits groups thousands in vi-VN);
 * - "96,5" → 96.5; "1.234,5" → 1234.5; "2283" → 2283;
 * - "1,234" is ambiguous (an English thousands comma, or 1.234 the Vietnamese way): both readings
 *   are returned for the user to choose.
 */
export function parseVietnameseNumber(input: string): ParsedNumber {
  const text = input.replace(/[\s\u00a0]/g, '').replace(/%$/, '');
  if (text === '') return { ok: false, reason: 'empty' };
  if (!/^[+-]?[\d.,]+$/.test(text) || !/\d/.test(text)) return { ok: false, reason: 'not-a-number' };
  const sign = text.startsWith('-') ? -1 : 1;
  const body = text.replace(/^[+-]/, '');

  const dots = (body.match(/\./g) ?? []).length;
  const commas = (body.match(/,/g) ?? []).length;

  // Vietnamese: dots group thousands, one comma marks decimals.
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(body) || /^\d+(,\d+)?$/.test(body)) {
    if (commas === 1 && dots === 0 && /^\d{1,3},\d{3}$/.test(body)) {
      // "1,234": a Vietnamese decimal or an English thousands separator.
      const asDecimal = Number(body.replace(',', '.'));
      const asThousands = Number(body.replace(',', ''));
      return { ok: false, reason: 'ambiguous', candidates: [sign * asDecimal, sign * asThousands] };
    }
    return { ok: true, value: sign * Number(body.replace(/\./g, '').replace(',', '.')) };
  }
  // A plain decimal point, "96.5" (not three digits after it, so not a thousands group).
  if (/^\d+\.\d+$/.test(body) && !/^\d{1,3}\.\d{3}$/.test(body)) {
    return { ok: true, value: sign * Number(body) };
  }
  // English grouping "1,234,567.5".
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(body) && (commas > 1 || dots === 1)) {
    return { ok: true, value: sign * Number(body.replace(/,/g, '')) };
  }
  return { ok: false, reason: 'not-a-number' };
}
