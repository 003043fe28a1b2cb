/**
 * Vietnamese text rules: search ignores diacritics, stored text is NFC.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Folds text for search: "Hải Dương" → "hai duong", "Thanh Hoá" and "Thanh Hóa" → "thanh hoa".
 * NFD splits letters from their tone and vowel marks; đ/Đ has no decomposition, so it is mapped by
 * hand. Intl.Collator is for sorting only and does not do this.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs in the text, both folded. */
export function matchesSearch(text: string, query: string): boolean {
  const haystack = foldForSearch(text);
  return foldForSearch(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** Stored text is NFC, whatever the keyboard or file produced. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** Sorting in Vietnamese alphabetical order (ă after a, đ after d …). */
export const vietnameseCollator = new Intl.Collator('vi');
