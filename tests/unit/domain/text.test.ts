import { describe, expect, it } from 'vitest';
import { foldForSearch, searchItems } from '../../../src/domain/text';

describe('foldForSearch', () => {
  it.each([
    ['Hải Dương', 'hai duong'],
    ['Thanh Hóa', 'thanh hoa'],
    ['Thanh Hoá', 'thanh hoa'], // a different code point for the same word
    ['Điện toán đám mây', 'dien toan dam may'],
    ['  ĐÔ   THỊ thông minh ', 'do thi thong minh'],
    ['SAIGONTEL–NGS', 'saigontel-ngs'], // en dash
    ['SAIGONTEL—NGS', 'saigontel-ngs'], // em dash
  ])('folds %s to %s', (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });
});

describe('searchItems', () => {
  const items = ['UBND tỉnh Thanh Hóa – VNPT', 'Hải Dương trở thành tỉnh đi đầu về số hóa', 'Phú Thọ – Viettel'];
  const search = (q: string) => searchItems(items, (x) => x, q);

  it('prefers the query as a phrase', () => {
    expect(search('thanh hoa')).toEqual(['UBND tỉnh Thanh Hóa – VNPT']);
  });
  it('falls back to all words in any order when no item holds the phrase', () => {
    expect(search('viettel phu tho')).toEqual(['Phú Thọ – Viettel']);
  });
  it('finds an en dash when a hyphen is typed, and the other way round', () => {
    expect(search('thanh hoa - vnpt')).toEqual(['UBND tỉnh Thanh Hóa – VNPT']);
    expect(searchItems(['Liên minh SAIGONTEL–NGS'], (x) => x, 'SAIGONTEL-NGS')).toEqual(['Liên minh SAIGONTEL–NGS']);
    expect(searchItems(['Liên minh SAIGONTEL-NGS'], (x) => x, 'saigontel–ngs')).toEqual(['Liên minh SAIGONTEL-NGS']);
  });
  it('returns everything for an empty query and nothing for a miss', () => {
    expect(search('  ')).toEqual(items);
    expect(search('fpt')).toEqual([]);
  });
});
