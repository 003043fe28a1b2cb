import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { changeLanguage } from '../lib/i18n';
import { paths } from '../lib/paths';
import { DatabaseGate } from './DatabaseGate';
import { useOnline, usePageTitle } from './pageTitle';
import { ShellNotices } from './ShellNotices';

export function Layout() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'en' ? 'vi' : 'en';
  const online = useOnline();
  usePageTitle();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <img src="/icon.svg" alt="" width={28} height={28} />
          <span>
            <Link to={paths.dashboard()} className="brand__name">
              {t('app.name')}
            </Link>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            <li>
              <NavLink to={paths.dashboard()} end>
                {t('nav.dashboard')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.agreements()}>{t('nav.agreements')}</NavLink>
            </li>
            <li>
              <NavLink to={paths.commitments()}>{t('nav.commitments')}</NavLink>
            </li>
            <li>
              <NavLink to={paths.reports()}>{t('nav.reports')}</NavLink>
            </li>
            <li>
              <NavLink to={paths.spreadsheets()}>{t('nav.sheets')}</NavLink>
            </li>
            <li>
              <NavLink to={paths.snapshots()}>{t('nav.snapshots')}</NavLink>
            </li>
            <li>
              <NavLink to={paths.trash()}>{t('nav.trash')}</NavLink>
            </li>
            <li>
              <NavLink to={paths.settings()}>{t('nav.settings')}</NavLink>
            </li>
          </ul>
        </nav>
        {!online && (
          <span className="offline-badge" role="status" title={t('offline.title')}>
            {t('offline.badge')}
            <span className="visually-hidden">. {t('offline.title')}</span>
          </span>
        )}
        <button type="button" className="language-switch" lang={other} title={t('language.switchLabel')} onClick={() => void changeLanguage(other)}>
          {t('language.switchTo')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        <ShellNotices />
        <DatabaseGate>
          <Outlet />
        </DatabaseGate>
      </main>
    </>
  );
}
