import { describe, expect, it } from 'vitest';
import { formatNumber, formatWithUnit, parseVietnameseNumber } from '../../../src/domain/numbers';

describe('formatNumber', () => {
  it('writes vi-VN thousands with dots and decimals with a comma', () => {
    expect(formatNumber(2283, 'vi')).toBe('2.283');
    expect(formatNumber(96.5, 'vi')).toBe('96,5');
    expect(formatNumber(1234567.891, 'vi')).toBe('1.234.567,89');
  });
  it('writes English numbers the English way', () => {
    expect(formatNumber(2283, 'en')).toBe('2,283');
    expect(formatNumber(96.5, 'en')).toBe('96.5');
  });
  it('puts % straight after the number and other units after a space', () => {
    expect(formatWithUnit(96.5, '%', 'vi')).toBe('96,5%');
    expect(formatWithUnit(2283, 'vị trí trạm', 'vi')).toBe('2.283 vị trí trạm');
    expect(formatWithUnit(96, '% dân số', 'vi')).toBe('96% dân số');
    expect(formatWithUnit(23, 'hạng', 'vi')).toBe('hạng 23');
  });
});

describe('parseVietnameseNumber', () => {
  it.each([
    ['2.283', 2283],
    ['96,5', 96.5],
    ['1.234.567,5', 1234567.5],
    ['2283', 2283],
    ['96,5%', 96.5],
    ['-3', -3],
    ['96.5', 96.5],
    ['1,234,567', 1234567],
  ])('reads %s as %d', (input, expected) => {
    expect(parseVietnameseNumber(input)).toEqual({ ok: true, value: expected });
  });

  it('asks rather than guesses for "1,234"', () => {
    expect(parseVietnameseNumber('1,234')).toEqual({ ok: false, reason: 'ambiguous', candidates: [1.234, 1234] });
  });

  it.each(['', '   ', 'abc', '1.2.3,4,5', '12a'])('refuses %j', (input) => {
    expect(parseVietnameseNumber(input).ok).toBe(false);
  });
});
