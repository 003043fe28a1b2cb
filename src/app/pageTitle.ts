/**
 * The browser tab's title follows the page ("Thỏa thuận — Cam kết"), from the `handle.title` key of
 * the deepest matching route (router.tsx), in the interface language.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useMatches } from 'react-router';

type TitleKey = 'nav.dashboard' | `nav.${string}` | `titles.${string}`;

export function usePageTitle(): void {
  const { t } = useTranslation();
  const matches = useMatches();
  const key = [...matches].reverse().map((m) => (m.handle as { title?: TitleKey } | undefined)?.title).find(Boolean);
  useEffect(() => {
    document.title = key ? t('titles.suffix', { page: t(key as 'nav.dashboard') }) : t('app.name');
  }, [key, t]);
}

function subscribe(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** False while the browser says there is no network. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, () => navigator.onLine);
}
