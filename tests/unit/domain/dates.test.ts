import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, documentDateParts, formatIsoDate, reportingPeriodBounds, samePeriodLastYear, halfYearBounds, isIsoDate, parseVietnameseDate, previousQuarterEnds, quarterBounds, quarterOf, romanQuarter, sameDayLastYear, yearBounds } from '../../../src/domain/dates';

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2025-08-21')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-02-31')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('21/08/2025')).toBe(false);
  });
  it('formats as dd/mm/yyyy and parses it back', () => {
    expect(formatIsoDate('2025-08-21')).toBe('21/08/2025');
    expect(parseVietnameseDate('21/8/2025')).toBe('2025-08-21');
    expect(parseVietnameseDate('31/02/2025')).toBeNull();
  });
  it('names quarters', () => {
    expect(quarterOf('2025-09-30')).toBe(3);
    expect(quarterOf('2025-10-01')).toBe(4);
  });

  it('bounds quarters, halves and years', () => {
    expect(quarterBounds('2026-08-15')).toEqual(['2026-07-01', '2026-09-30']);
    expect(quarterBounds('2024-02-10')).toEqual(['2024-01-01', '2024-03-31']);
    expect(quarterBounds('2026-12-31')).toEqual(['2026-10-01', '2026-12-31']);
    expect(halfYearBounds('2026-06-30')).toEqual(['2026-01-01', '2026-06-30']);
    expect(halfYearBounds('2026-07-01')).toEqual(['2026-07-01', '2026-12-31']);
    expect(yearBounds('2026-05-05')).toEqual(['2026-01-01', '2026-12-31']);
    expect(romanQuarter(3)).toBe('III');
  });
  it('lists the quarters before today, newest first, across a year', () => {
    expect(previousQuarterEnds('2026-02-10', 3)).toEqual([
      { end: '2025-12-31', quarter: 4, year: 2025 },
      { end: '2025-09-30', quarter: 3, year: 2025 },
      { end: '2025-06-30', quarter: 2, year: 2025 },
    ]);
  });
  it('counts days and finds the same day last year', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(sameDayLastYear('2024-02-29')).toBe('2023-02-28');
    expect(sameDayLastYear('2026-09-30')).toBe('2025-09-30');
  });

  it('bounds a reporting period, and the same period a year earlier', () => {
    expect(reportingPeriodBounds('quarter', '2026-09-30')).toEqual(['2026-07-01', '2026-09-30']);
    expect(reportingPeriodBounds('half', '2026-09-30')).toEqual(['2026-07-01', '2026-12-31']);
    expect(reportingPeriodBounds('year', '2026-09-30')).toEqual(['2026-01-01', '2026-12-31']);
    expect(reportingPeriodBounds('period', '2026-09-30', { startYear: 2025, endYear: 2030 })).toEqual(['2025-01-01', '2030-12-31']);
    expect(reportingPeriodBounds('period', '2026-09-30', null)).toEqual(['2026-01-01', '2026-12-31']);
    expect(samePeriodLastYear(['2026-07-01', '2026-09-30'])).toEqual(['2025-07-01', '2025-09-30']);
    expect(samePeriodLastYear(['2024-01-01', '2024-02-29'])).toEqual(['2023-01-01', '2023-02-28']);
  });

  it('writes a document date as Nghị định 30/2020/NĐ-CP does: 0 before days 1–9 and months 1–2 only', () => {
    expect(documentDateParts('2027-01-05')).toEqual({ day: '05', month: '01', year: '2027' });
    expect(documentDateParts('2027-02-28')).toEqual({ day: '28', month: '02', year: '2027' });
    expect(documentDateParts('2027-03-02')).toEqual({ day: '02', month: '3', year: '2027' });
    expect(documentDateParts('2026-10-10')).toEqual({ day: '10', month: '10', year: '2026' });
  });
});
