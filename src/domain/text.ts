/**
 * Vietnamese text rules: search ignores diacritics, stored text is NFC.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus: all one "-". */
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * Folds text for search: "Hải Dương" → "hai duong", "Thanh Hoá" and "Thanh Hóa" → "thanh hoa".
 * NFD splits letters from their tone and vowel marks; đ/Đ has no decomposition, so it is mapped by
 * hand. Intl.Collator is for sorting only and does not do this. Every dash is a hyphen, so
 * "SAIGONTEL-NGS" finds "SAIGONTEL–NGS".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Filters items by a query, diacritics ignored. Folded Vietnamese words are short and common
 * ("thành" and "Thanh" both fold to "thanh"), so the query as a phrase wins: only when no item
 * contains the phrase do items that contain all its words, in any order, count.
 */
export function searchItems<T>(items: readonly T[], textOf: (item: T) => string, query: string): T[] {
  const phrase = foldForSearch(query);
  if (!phrase) return [...items];
  const folded = items.map((item) => ({ item, text: foldForSearch(textOf(item)) }));
  const byPhrase = folded.filter((f) => f.text.includes(phrase));
  if (byPhrase.length > 0) return byPhrase.map((f) => f.item);
  const words = phrase.split(' ');
  return folded.filter((f) => words.every((w) => f.text.includes(w))).map((f) => f.item);
}

/** Stored text is NFC, whatever the keyboard or file produced. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** Sorting in Vietnamese alphabetical order (ă after a, đ after d …). */
export const vietnameseCollator = new Intl.Collator('vi');
