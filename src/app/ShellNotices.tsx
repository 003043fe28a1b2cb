import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../lib/format';
import { clearImportMarker, interruptedImport, type ImportMarker } from '../lib/importMarker';
import { paths } from '../lib/paths';
import { applyUpdate, dismissOfflineReady, useServiceWorkerState } from '../lib/serviceWorker';
import { useCrossTabSync, useDatabaseInterruption } from '../queries/crossTab';
import { backupDue, useBackupStatus } from '../queries/settings';

/**
 * Messages about the app itself, above every page: a new version waiting for the user's go-ahead,
 * the app ready for offline use, another tab having upgraded the database, an import interrupted
 * on an earlier visit, a backup overdue.
 */
export function ShellNotices() {
  const { t } = useTranslation();
  useCrossTabSync();
  const sw = useServiceWorkerState();
  const interrupted = useDatabaseInterruption();
  return (
    <div className="shell-notices">
      {interrupted && (
        <div role="alert" className="notice notice--error">
          <p>{t('shell.upgradedElsewhere')}</p>
          <button type="button" onClick={() => window.location.reload()}>
            {t('errors.reload')}
          </button>
        </div>
      )}
      {sw.updateReady && <UpdatePrompt />}
      {sw.offlineReady && (
        <div role="status" className="notice notice--success notice--inline">
          <span>{t('shell.offlineReady')}</span>
          <button type="button" onClick={dismissOfflineReady}>
            {t('shell.dismiss')}
          </button>
        </div>
      )}
      <InterruptedImport />
      <BackupReminder />
    </div>
  );
}

function UpdatePrompt() {
  const { t } = useTranslation();
  const [later, setLater] = useState(false);
  if (later) return null;
  return (
    <div role="status" className="notice notice--inline">
      <span>{t('shell.updateReady')}</span>
      <button type="button" className="button--primary" onClick={applyUpdate}>
        {t('shell.updateNow')}
      </button>
      <button type="button" onClick={() => setLater(true)}>
        {t('shell.updateLater')}
      </button>
    </div>
  );
}

function BackupReminder() {
  const { t } = useTranslation();
  const format = useFormatters();
  const status = useBackupStatus();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || !status.data || !backupDue(status.data, new Date())) return null;
  const last = status.data.lastFullExportAt;
  return (
    <div role="status" className="notice notice--inline">
      <span>
        {last ? t('shell.backupOld', { date: format.instant(last), days: status.data.reminderDays }) : t('shell.backupNever')}{' '}
        <Link to={paths.snapshots()}>{t('shell.backupNow')}</Link>
      </span>
      <button type="button" onClick={() => setDismissed(true)}>
        {t('shell.dismiss')}
      </button>
    </div>
  );
}

/** An import whose writing was cut short (the page closed or reloaded meanwhile): said once, until hidden. */
function InterruptedImport() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [marker, setMarker] = useState<ImportMarker | null>(null);
  useEffect(() => {
    let current = true;
    void interruptedImport().then((found) => current && setMarker(found));
    return () => {
      current = false;
    };
  }, []);
  if (!marker) return null;
  const hide = () => {
    clearImportMarker();
    setMarker(null);
  };
  return (
    <div role="alert" className="notice notice--error notice--inline">
      <span>
        {t('shell.importInterrupted', { fileName: marker.fileName, time: format.instant(marker.startedAt) })}{' '}
        <Link to={paths.snapshots()} onClick={hide}>
          {t('shell.importAgain')}
        </Link>
      </span>
      <button type="button" onClick={hide}>
        {t('shell.dismiss')}
      </button>
    </div>
  );
}
