import { useTranslation } from 'react-i18next';
import { MERGE_ENTITIES, type FieldDifference, type MergeDecision, type Outcome } from '../../domain/snapshot/merge';
import type { ImportPreview } from '../../queries/snapshots';

/** A field's value as text (imported text is data: never markup). */
export function fieldValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function DifferencesTable({ differences, caption }: { differences: FieldDifference[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <table className="diff-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('snapshots.fieldColumn')}</th>
          <th scope="col">{t('snapshots.localColumn')}</th>
          <th scope="col">{t('snapshots.incomingColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {differences.map((d) => (
          <tr key={d.path}>
            <th scope="row">
              <code>{d.path}</code>
            </th>
            <td>{fieldValue(d.local)}</td>
            <td>{fieldValue(d.incoming)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Decision({ decision }: { decision: MergeDecision }) {
  const { t } = useTranslation();
  return (
    <li>
      <details>
        <summary>
          <span className={decision.outcome === 'conflict' ? 'badge badge--conflict' : 'badge'}>{t(`snapshots.outcome.${decision.outcome}`)}</span>{' '}
          {t(`entities.${decision.entity}`)}: <strong>{decision.label}</strong> — {t(`snapshots.kept.${decision.kept}`)} ({t(`snapshots.reason.${decision.reason}`)})
        </summary>
        <DifferencesTable differences={decision.differences} caption={decision.label} />
      </details>
    </li>
  );
}

/** Per kind of record: how many are new, updated, unchanged, in conflict (or removed, on replace). */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const columns: Outcome[] = preview.mode === 'merge' ? ['new', 'updated', 'unchanged', 'conflict'] : ['new', 'updated', 'unchanged', 'removed'];
  return (
    <section aria-labelledby="preview-title">
      <h3 id="preview-title">{t('snapshots.previewTitle')}</h3>
      {preview.noChange && <p className="notice">{t('snapshots.nothingNew')}</p>}
      <table>
        <caption>{t('snapshots.previewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('snapshots.entityColumn')}</th>
            {columns.map((c) => (
              <th scope="col" key={c} className="cell--number">
                {t(`snapshots.outcome.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {MERGE_ENTITIES.map((entity) => (
            <tr key={entity}>
              <th scope="row">{t(`entities.${entity}`)}</th>
              {columns.map((c) => (
                <td key={c} className={c === 'conflict' && preview.counts[entity][c] > 0 ? 'cell--number cell--alert' : 'cell--number'}>
                  {preview.counts[entity][c]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {preview.decisionCount > 0 && (
        <>
          <h4>{t('snapshots.decisionsTitle', { count: preview.decisionCount })}</h4>
          {preview.decisionCount > preview.decisions.length && (
            <p className="muted">{t('snapshots.decisionsShown', { shown: preview.decisions.length, count: preview.decisionCount })}</p>
          )}
          <ul className="decisions">
            {preview.decisions.map((d) => (
              <Decision key={`${d.entity}-${d.id}`} decision={d} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
