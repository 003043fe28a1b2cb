import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dataErrorFrom } from '../domain/errors';
import { versionText, type VersionMessages } from '../lib/locales/versions';
import { downloadJson } from '../lib/snapshotFiles';
import { todayIso } from '../lib/today';
import { dumpStoredDatabase } from '../queries/newerDatabase';

type ExportState = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; fileName: string } | { kind: 'failed'; detail: string };

/**
 * The database on this laptop was written by a newer version of Cam kết (the laptop met a newer
 * build, then was served this older one). This version neither reads nor writes it; the user is
 * told what happened, what to do, and can download a plain copy of everything stored, so nothing
 * is held hostage by the version mismatch. Loaded only when it happens.
 */
export function NewerDatabaseNotice({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  const text = (pick: (m: VersionMessages) => string, values?: Record<string, string>) => versionText(i18n.language, pick, values);
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const detail = dataErrorFrom(error).detail;

  const save = async () => {
    setState({ kind: 'working' });
    try {
      const now = new Date();
      const dump = await dumpStoredDatabase(__APP_VERSION__, now);
      const fileName = `cam-ket-du-lieu-may-nay-${todayIso(now)}.json`;
      downloadJson(fileName, dump);
      setState({ kind: 'done', fileName });
    } catch (e) {
      setState({ kind: 'failed', detail: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <section role="alert" aria-labelledby="newer-database-title" className="notice notice--error">
      <h1 id="newer-database-title">{text((m) => m.newerDatabase.title)}</h1>
      <p>{text((m) => m.newerDatabase.what)}</p>
      <p>{text((m) => m.newerDatabase.whatToDo)}</p>
      <p>
        <button type="button" className="button--primary" onClick={() => void save()} disabled={state.kind === 'working'}>
          {text((m) => m.newerDatabase.export)}
        </button>{' '}
        <button type="button" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
      </p>
      {state.kind === 'done' && <p role="status">{text((m) => m.newerDatabase.exported, { fileName: state.fileName })}</p>}
      {state.kind === 'failed' && <p role="status">{text((m) => m.newerDatabase.exportFailed, { detail: state.detail })}</p>}
      {detail && (
        <details>
          <summary>{t('errors.details')}</summary>
          <code>{detail}</code>
        </details>
      )}
    </section>
  );
}
