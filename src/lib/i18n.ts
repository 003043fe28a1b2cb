/**
 * i18next set-up: Vietnamese first, English on a switch. The choice is kept per device in
 * localStorage (read synchronously, so the first paint is already in the right language).
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../domain/numbers';
import { en } from './locales/en';
import { vi } from './locales/vi';

export const LANGUAGE_STORAGE_KEY = 'camket.language';
export const LANGUAGES: readonly Locale[] = ['vi', 'en'];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}

function storedLanguage(): Locale {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return value === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function initI18n(): typeof i18n {
  const lng = storedLanguage();
  void i18n.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng,
    fallbackLng: 'vi',
    // React escapes what it renders; imported text must never be treated as markup anyway.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  document.documentElement.lang = lng;
  i18n.on('languageChanged', (next) => {
    document.documentElement.lang = next;
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // Private mode or storage off: the choice lasts for this session only.
    }
  });
  return i18n;
}

export function currentLocale(language: string): Locale {
  return language === 'en' ? 'en' : 'vi';
}
