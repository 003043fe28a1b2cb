import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { DataError } from '../../domain/errors';
import type { Snapshot } from '../../domain/snapshot/format';
import type { SnapshotProblem } from '../../domain/snapshot/parse';
import { useFormatters } from '../../lib/format';
import { markImportStarted } from '../../lib/importMarker';
import { mark } from '../../lib/timing';
import {
  openImportSession,
  useInvalidateData,
  useRestoreFromPoint,
  type FileProgress,
  type ImportMode,
  type ImportPreview,
  type ImportResult,
  type ImportSession,
} from '../../queries/snapshots';
import { ImportPreviewView } from './ImportPreviewView';
import { ProblemList } from './ProblemList';

type Step =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; progress: FileProgress }
  | { step: 'problems'; fileName: string; problems: SnapshotProblem[]; total: number }
  | { step: 'preview'; fileName: string; session: ImportSession; envelope: Omit<Snapshot, 'data'>; migratedFrom: number | null }
  | { step: 'done'; fileName: string; result: ImportResult };

/**
 * Import: choose or drop a file → read and check it in a worker (progress bar) → see what would
 * change → merge or replace → done, with an undo. Nothing is written before the user confirms.
 */
export function ImportSection() {
  const { t } = useTranslation();
  const id = useId();
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // The apply step under way, if any: its worker must not be stopped before it answers.
  const [writing, setWriting] = useState(false);
  const applying = useRef<Promise<unknown> | null>(null);
  const busy = state.step === 'reading' || writing;

  const session = useRef<ImportSession | null>(null);
  // A session (its worker) ends with the import, a new file, or leaving the page — though an import
  // being written finishes first (going to another page of the app does not abandon it).
  const endSession = () => {
    session.current?.close();
    session.current = null;
  };
  useEffect(
    () => () => {
      const current = session.current;
      if (applying.current && current) void applying.current.finally(() => current.close());
      else current?.close();
    },
    [],
  );

  const readFile = async (file: File) => {
    mark('import:file-chosen');
    endSession();
    setState({ step: 'reading', fileName: file.name, progress: { phase: 'reading', done: 0, total: 1 } });
    const current = openImportSession(file, (progress) => setState({ step: 'reading', fileName: file.name, progress }));
    session.current = current;
    const result = await current.parsed;
    if (session.current !== current) return;
    if (!result.ok) endSession();
    setState(
      result.ok
        ? { step: 'preview', fileName: file.name, session: current, envelope: result.envelope, migratedFrom: result.migratedFrom }
        : { step: 'problems', fileName: file.name, problems: result.problems, total: result.total },
    );
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) void readFile(file);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>{t('snapshots.importSection')}</h2>
      <div
        role="region"
        aria-label={t('snapshots.dropZoneLabel')}
        className={dragging ? 'drop-zone drop-zone--active' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-file`}>{t('snapshots.chooseFile')}</label>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared, so that choosing the same file again reads it again.
            e.target.value = '';
            if (file) void readFile(file);
          }}
        />
        <p className="muted">{t('snapshots.dropZone')}</p>
      </div>

      {state.step === 'reading' && <ReadingProgress progress={state.progress} />}
      {state.step === 'problems' && (
        <div role="alert" className="notice notice--error">
          <p>{t('snapshots.problemsTitle', { fileName: state.fileName })}</p>
          <ProblemList problems={state.problems} total={state.total} />
        </div>
      )}
      {state.step === 'preview' && (
        <PreviewStep
          key={`${state.fileName}-${state.envelope.exportedAt}`}
          fileName={state.fileName}
          session={state.session}
          envelope={state.envelope}
          migratedFrom={state.migratedFrom}
          onApplying={(answered) => {
            applying.current = answered;
            setWriting(true);
            void answered.finally(() => {
              applying.current = null;
              setWriting(false);
            });
          }}
          onCancel={() => {
            endSession();
            setState({ step: 'idle' });
          }}
          onDone={(result) => {
            endSession();
            setState({ step: 'done', fileName: state.fileName, result });
          }}
        />
      )}
      {state.step === 'done' && <DoneStep fileName={state.fileName} result={state.result} />}
    </section>
  );
}

function ReadingProgress({ progress }: { progress: FileProgress }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const label =
    progress.phase === 'validating'
      ? t('snapshots.phase.validating', { done: format.number(progress.done), total: format.number(progress.total) })
      : t(`snapshots.phase.${progress.phase}`);
  return (
    <div className="progress" role="status">
      <progress aria-label={t('snapshots.progressLabel')} max={progress.total} value={progress.phase === 'validating' ? progress.done : undefined} />
      <span>{label}</span>
    </div>
  );
}

type Result<T> = { ok: true; value: T } | { ok: false; error: DataError };
type Pending<T> = { state: 'idle' } | { state: 'pending' } | { state: 'done'; result: Result<T> };

function PreviewStep({
  fileName,
  session,
  envelope,
  migratedFrom,
  onApplying,
  onCancel,
  onDone,
}: {
  fileName: string;
  session: ImportSession;
  envelope: Omit<Snapshot, 'data'>;
  migratedFrom: number | null;
  /** The apply step started; the promise settles when the worker answered. */
  onApplying: (answered: Promise<unknown>) => void;
  onCancel: () => void;
  onDone: (result: ImportResult) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const [mode, setMode] = useState<ImportMode>('merge');
  // The latest preview and the mode it was made for; a mode without one is still being previewed.
  const [preview, setPreview] = useState<{ mode: ImportMode; result: Result<ImportPreview> } | null>(null);
  const [apply, setApply] = useState<Pending<ImportResult>>({ state: 'idle' });
  const invalidate = useInvalidateData();

  useEffect(() => {
    let current = true;
    void session.preview(mode).then((result) => {
      if (!current) return;
      mark('import:preview-ready');
      setPreview({ mode, result });
    });
    return () => {
      current = false;
    };
  }, [session, mode]);

  const onApply = () => {
    mark('import:apply-clicked');
    setApply({ state: 'pending' });
    // Remembered until the worker answers: a page closed meanwhile is told about on the next visit.
    const finished = markImportStarted(fileName);
    const answered = session.apply(mode, fileName).finally(finished).then((result) => {
      setApply({ state: 'done', result });
      if (result.ok) {
        mark('import:applied', result.value.timings);
        void invalidate();
        onDone(result.value);
      }
    });
    onApplying(answered);
  };

  const scopeLabel = envelope.scope.kind === 'all' ? t('snapshots.scopeAll') : envelope.scope.name;
  const previewed = preview?.mode === mode ? preview.result : null;
  const applying = apply.state === 'pending';
  // A replace that sends records to the trash needs a second, explicit confirmation naming how many
  // (given for that preview only: switching modes asks again).
  const [confirmedFor, setConfirmedFor] = useState<unknown>(null);
  const deleting = previewed?.ok && mode === 'replace' ? previewed.value.counts.agreements.deleted + previewed.value.counts.commitments.deleted : 0;
  const confirmed = confirmedFor !== null && confirmedFor === previewed;
  const setConfirmed = (on: boolean) => setConfirmedFor(on ? previewed : null);

  // Leaving the page while the file is written would abandon the import: the browser asks first.
  useEffect(() => {
    if (!applying) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [applying]);

  return (
    <div className="import-preview">
      <p>
        {t('snapshots.fileInfo', {
          fileName,
          at: format.instant(envelope.exportedAt),
          device: envelope.exportedBy.deviceId.slice(0, 8),
          user: envelope.exportedBy.user ? t('snapshots.fileUser', { user: envelope.exportedBy.user }) : '',
          scope: scopeLabel,
          version: envelope.formatVersion,
        })}
      </p>
      {migratedFrom !== null && <p className="notice">{t('snapshots.migrated', { from: migratedFrom })}</p>}

      <fieldset className="radio-group">
        <legend>{t('snapshots.modeLegend')}</legend>
        <label>
          <input type="radio" name={`${id}-mode`} value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} disabled={applying} /> {t('snapshots.modeMerge')}
        </label>
        <p className="muted hint">{t('snapshots.modeMergeHint')}</p>
        <label>
          <input type="radio" name={`${id}-mode`} value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} disabled={applying} /> {t('snapshots.modeReplace')}
        </label>
        <p className="muted hint">{envelope.scope.kind === 'all' ? t('snapshots.modeReplaceHint') : t('snapshots.modeReplacePartHint', { scope: scopeLabel })}</p>
      </fieldset>

      {!previewed && <p role="status">{t('app.loading')}</p>}
      {previewed && !previewed.ok && <Refusal fileName={fileName} error={previewed.error} />}
      {previewed?.ok && <ImportPreviewView preview={previewed.value} />}
      {deleting > 0 && (
        <p>
          <label>
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} disabled={applying} />{' '}
            {t('snapshots.confirmReplaceDeletes', { count: deleting, scope: scopeLabel })}
          </label>
        </p>
      )}

      <div className="button-row">
        <button type="button" className={mode === 'replace' ? 'button--danger' : 'button--primary'} disabled={!previewed?.ok || applying || (deleting > 0 && !confirmed)} onClick={onApply}>
          {mode === 'replace' ? t('snapshots.replaceButton') : t('snapshots.importButton')}
        </button>
        <button type="button" onClick={onCancel} disabled={applying}>
          {t('snapshots.cancelImport')}
        </button>
      </div>
      {applying && <p role="status">{t('snapshots.applying')}</p>}
      {apply.state === 'done' && !apply.result.ok && <Refusal fileName={fileName} error={apply.result.error} />}
    </div>
  );
}

/** A refused preview or import: the file's problems, or the data error (full disk …). */
function Refusal({ fileName, error }: { fileName: string; error: DataError }) {
  const { t } = useTranslation();
  if (!error.problems) return <ErrorNotice error={{ error }} />;
  return (
    <div role="alert" className="notice notice--error">
      <p>{t('snapshots.problemsTitle', { fileName })}</p>
      <ProblemList problems={error.problems} total={error.problems.length} />
    </div>
  );
}

function DoneStep({ fileName, result }: { fileName: string; result: ImportResult }) {
  const { t } = useTranslation();
  const undo = useRestoreFromPoint();
  const total = (outcome: 'new' | 'updated' | 'conflict') => Object.values(result.counts).reduce((n, c) => n + c[outcome], 0);
  const deleted = result.counts.agreements.deleted + result.counts.commitments.deleted + result.counts.checkIns.deleted;
  const restored = result.counts.agreements.restored + result.counts.commitments.restored;
  if (result.restorePointId === null) {
    return (
      <p role="status" className="notice notice--success">
        {t('snapshots.importedNothing', { fileName })}
      </p>
    );
  }
  const restorePointId = result.restorePointId;
  return (
    <div className="notice notice--success">
      <p role="status">{undo.isSuccess ? t('snapshots.undone') : t('snapshots.imported', { fileName, new: total('new'), updated: total('updated'), conflict: total('conflict'), deleted, restored })}</p>
      {!undo.isSuccess && (
        <button type="button" onClick={() => undo.mutate(restorePointId)} disabled={undo.isPending}>
          {t('snapshots.undoImport')}
        </button>
      )}
      {undo.isError && <ErrorNotice error={undo.error} />}
    </div>
  );
}
