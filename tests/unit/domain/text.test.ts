import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch } from '../../../src/domain/text';

describe('foldForSearch', () => {
  it.each([
    ['Hải Dương', 'hai duong'],
    ['Thanh Hóa', 'thanh hoa'],
    ['Thanh Hoá', 'thanh hoa'], // a different code point for the same word
    ['Điện toán đám mây', 'dien toan dam may'],
    ['  ĐÔ   THỊ thông minh ', 'do thi thong minh'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });

  it('matches every query word without diacritics and in any order', () => {
    expect(matchesSearch('UBND tỉnh Hải Dương – Tập đoàn Viettel', 'viettel hai duong')).toBe(true);
    expect(matchesSearch('UBND tỉnh Thanh Hóa', 'hai duong')).toBe(false);
  });
});
