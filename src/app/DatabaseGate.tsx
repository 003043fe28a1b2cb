import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../components/ErrorNotice';
import { Loading } from '../components/Loading';
import { dataErrorFrom } from '../domain/errors';
import { useDatabaseReady } from '../queries/database';

const NewerDatabaseNotice = lazy(() => import('./NewerDatabaseNotice').then((m) => ({ default: m.NewerDatabaseNotice })));

/**
 * Opens the database (and loads the demo agreements on the very first run) before any page reads
 * it. A database written by a newer app, or one the browser refuses, is a message with a way
 * forward, never a blank screen: for a newer one, the way forward includes a copy of all it holds.
 */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const ready = useDatabaseReady();
  if (ready.isPending) return <Loading label={t('app.openingDatabase')} />;
  if (ready.isError && dataErrorFrom(ready.error).code === 'database-newer') {
    return (
      <Suspense fallback={<Loading label={t('app.loading')} />}>
        <NewerDatabaseNotice error={ready.error} />
      </Suspense>
    );
  }
  if (ready.isError) return <ErrorNotice error={ready.error} />;
  return <>{children}</>;
}
