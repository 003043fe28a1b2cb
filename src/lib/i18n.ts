/**
 * i18next set-up: Vietnamese first (bundled), English on a switch (a lazy chunk, loaded before the
 * first render when it is the stored choice, and on the switch otherwise). The choice is kept per
 * device in localStorage, read synchronously so the first paint is already in the right language.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../domain/numbers';
import type { ExchangeMessages } from './locales/exchange';
import type { ManageMessages } from './locales/manage';
import type { OfficialMessages } from './locales/officialReport';
import { vi } from './locales/vi';

export const LANGUAGE_STORAGE_KEY = 'camket.language';
export const LANGUAGES: readonly Locale[] = ['vi', 'en'];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi & ManageMessages & ExchangeMessages & OfficialMessages };
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

async function loadEnglish(): Promise<void> {
  // Not hasResourceBundle: the editing screens' English strings may already be there (manageI18n.ts).
  if (i18n.getResource('en', 'translation', 'app.name')) return;
  const { en } = await import('./locales/en');
  i18n.addResourceBundle('en', 'translation', en);
}

/** Switches the interface language, loading English first when needed. */
export async function changeLanguage(language: Locale): Promise<void> {
  if (language === 'en') await loadEnglish();
  await i18n.changeLanguage(language);
}

export async function initI18n(): Promise<typeof i18n> {
  const lng = storedLanguage();
  await i18n.use(initReactI18next).init({
    resources: { vi: { translation: vi } },
    lng: 'vi',
    fallbackLng: 'vi',
    // React escapes what it renders; imported text must never be treated as markup anyway.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  if (lng === 'en') await changeLanguage('en');
  document.documentElement.lang = i18n.language;
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
