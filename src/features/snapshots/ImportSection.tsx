import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { dataErrorFrom } from '../../domain/errors';
import type { Snapshot } from '../../domain/snapshot/format';
import type { SnapshotProblem } from '../../domain/snapshot/parse';
import { useFormatters } from '../../lib/format';
import { parseSnapshotFile, type FileProgress } from '../../lib/snapshotFiles';
import { mark } from '../../lib/timing';
import { useApplyImport, usePreviewImport, useRestoreFromPoint, type ImportMode, type ImportResult } from '../../queries/snapshots';
import { ImportPreviewView } from './ImportPreviewView';
import { ProblemList } from './ProblemList';

type Step =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; progress: FileProgress }
  | { step: 'problems'; fileName: string; problems: SnapshotProblem[]; total: number }
  | { step: 'preview'; fileName: string; snapshot: Snapshot; migratedFrom: number | null }
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
  const busy = state.step === 'reading';

  const readFile = async (file: File) => {
    mark('import:file-chosen');
    setState({ step: 'reading', fileName: file.name, progress: { phase: 'reading', done: 0, total: 1 } });
    const result = await parseSnapshotFile(file, (progress) => setState({ step: 'reading', fileName: file.name, progress }));
    setState(
      result.ok
        ? { step: 'preview', fileName: file.name, snapshot: result.snapshot, migratedFrom: result.migratedFrom }
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
          key={`${state.fileName}-${state.snapshot.exportedAt}`}
          fileName={state.fileName}
          snapshot={state.snapshot}
          migratedFrom={state.migratedFrom}
          onCancel={() => setState({ step: 'idle' })}
          onDone={(result) => setState({ step: 'done', fileName: state.fileName, result })}
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

function PreviewStep({
  fileName,
  snapshot,
  migratedFrom,
  onCancel,
  onDone,
}: {
  fileName: string;
  snapshot: Snapshot;
  migratedFrom: number | null;
  onCancel: () => void;
  onDone: (result: ImportResult) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const [mode, setMode] = useState<ImportMode>('merge');
  const preview = usePreviewImport();
  const apply = useApplyImport();
  const { mutate: runPreview } = preview;

  useEffect(() => {
    runPreview({ snapshot, mode }, { onSuccess: () => mark('import:preview-ready') });
  }, [runPreview, snapshot, mode]);

  const scopeLabel = snapshot.scope.kind === 'all' ? t('snapshots.scopeAll') : snapshot.scope.name;
  const refused = preview.isError ? dataErrorFrom(preview.error) : null;

  return (
    <div className="import-preview">
      <p>
        {t('snapshots.fileInfo', {
          fileName,
          at: format.instant(snapshot.exportedAt),
          device: snapshot.exportedBy.deviceId.slice(0, 8),
          user: snapshot.exportedBy.user ? t('snapshots.fileUser', { user: snapshot.exportedBy.user }) : '',
          scope: scopeLabel,
          version: snapshot.formatVersion,
        })}
      </p>
      {migratedFrom !== null && <p className="notice">{t('snapshots.migrated', { from: migratedFrom })}</p>}

      <fieldset className="radio-group">
        <legend>{t('snapshots.modeLegend')}</legend>
        <label>
          <input type="radio" name={`${id}-mode`} value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('snapshots.modeMerge')}
        </label>
        <p className="muted hint">{t('snapshots.modeMergeHint')}</p>
        <label>
          <input type="radio" name={`${id}-mode`} value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {t('snapshots.modeReplace')}
        </label>
        <p className="muted hint">{t('snapshots.modeReplaceHint')}</p>
      </fieldset>

      {preview.isPending && <p role="status">{t('app.loading')}</p>}
      {refused?.problems ? (
        <div role="alert" className="notice notice--error">
          <p>{t('snapshots.problemsTitle', { fileName })}</p>
          <ProblemList problems={refused.problems} total={refused.problems.length} />
        </div>
      ) : (
        preview.isError && <ErrorNotice error={preview.error} />
      )}
      {preview.data && preview.variables?.mode === mode && <ImportPreviewView preview={preview.data} />}

      <div className="button-row">
        <button
          type="button"
          className={mode === 'replace' ? 'button--danger' : 'button--primary'}
          disabled={!preview.isSuccess || apply.isPending}
          onClick={() => {
            mark('import:apply-clicked');
            apply.mutate(
              { snapshot, mode, fileName },
              {
                onSuccess: (result) => {
                  mark('import:applied');
                  onDone(result);
                },
              },
            );
          }}
        >
          {mode === 'replace' ? t('snapshots.replaceButton') : t('snapshots.importButton')}
        </button>
        <button type="button" onClick={onCancel} disabled={apply.isPending}>
          {t('snapshots.cancelImport')}
        </button>
      </div>
      {apply.isPending && <p role="status">{t('snapshots.applying')}</p>}
      {apply.isError && <ErrorNotice error={apply.error} />}
    </div>
  );
}

function DoneStep({ fileName, result }: { fileName: string; result: ImportResult }) {
  const { t } = useTranslation();
  const undo = useRestoreFromPoint();
  const total = (outcome: 'new' | 'updated' | 'conflict') => Object.values(result.counts).reduce((n, c) => n + c[outcome], 0);
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
      <p role="status">{undo.isSuccess ? t('snapshots.undone') : t('snapshots.imported', { fileName, new: total('new'), updated: total('updated'), conflict: total('conflict') })}</p>
      {!undo.isSuccess && (
        <button type="button" onClick={() => undo.mutate(restorePointId)} disabled={undo.isPending}>
          {t('snapshots.undoImport')}
        </button>
      )}
      {undo.isError && <ErrorNotice error={undo.error} />}
    </div>
  );
}
