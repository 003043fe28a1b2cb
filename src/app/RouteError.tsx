import { useTranslation } from 'react-i18next';
import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { paths } from '../lib/paths';

/** Shown in place of a route that threw: the rest of the app stays usable. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div role="alert" className="notice notice--error">
      <h1>{notFound ? t('errors.pageNotFound') : t('errors.title')}</h1>
      {!notFound && <p>{t('errors.unknown')}</p>}
      <p>
        <Link to={paths.dashboard()}>{t('errors.goHome')}</Link>{' '}
        <button type="button" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
      </p>
      {!notFound && error instanceof Error && (
        <details>
          <summary>{t('errors.details')}</summary>
          <code>{error.message}</code>
        </details>
      )}
    </div>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <div className="notice">
      <h1>{t('errors.pageNotFound')}</h1>
      <Link to={paths.dashboard()}>{t('errors.goHome')}</Link>
    </div>
  );
}
