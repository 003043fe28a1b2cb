import { describe, expect, it } from 'vitest';
import { formatIsoDate, isIsoDate, parseVietnameseDate, quarterOf } from '../../../src/domain/dates';

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
});
