import { useTranslation } from 'react-i18next';
import { dataErrorFrom, type DataErrorCode } from '../domain/errors';

const MESSAGE_KEY = {
  'not-found': 'errors.notFound',
  invalid: 'errors.invalid',
  'changed-elsewhere': 'errors.changedElsewhere',
  'restore-blocked': 'errors.restoreBlocked',
  'has-successors': 'errors.hasSuccessors',
  'quota-exceeded': 'errors.quotaExceeded',
  'database-closed': 'errors.databaseClosed',
  'database-newer': 'errors.databaseNewer',
  'database-blocked': 'errors.databaseBlocked',
  unknown: 'errors.unknown',
} as const satisfies Record<DataErrorCode, string>;

/** A failed read or write, told in the user's language, with a way forward. */
export function ErrorNotice({ error, notFoundMessage }: { error: unknown; notFoundMessage?: string }) {
  const { t } = useTranslation();
  const dataError = dataErrorFrom(error);
  const message = dataError.code === 'not-found' && notFoundMessage ? notFoundMessage : t(MESSAGE_KEY[dataError.code]);
  const offerReload = !['not-found', 'invalid', 'restore-blocked', 'has-successors'].includes(dataError.code);
  return (
    <div role="alert" className="notice notice--error">
      <p>{message}</p>
      {offerReload && (
        <button type="button" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
      )}
      {dataError.detail && (
        <details>
          <summary>{t('errors.details')}</summary>
          <code>{dataError.detail}</code>
        </details>
      )}
    </div>
  );
}
