import { useTranslation } from 'react-i18next';
import { MERGE_ENTITIES, type MergeDecision, type Outcome } from '../../domain/snapshot/merge';
import { useFormatters } from '../../lib/format';
import type { ImportPreview } from '../../queries/snapshots';
import { FieldChangesTable } from './FieldChangesTable';

function Decision({ decision, names }: { decision: MergeDecision; names: Record<string, string> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const deletion = decision.deletion;
  return (
    <li>
      <details>
        <summary>
          <span className={decision.outcome === 'conflict' || decision.outcome === 'deleted' ? 'badge badge--conflict' : 'badge'}>{t(`snapshots.outcome.${decision.outcome}`)}</span>{' '}
          {t(`entities.${decision.entity}`)}: <strong>{decision.label}</strong>
          {deletion && (
            <>
              {' '}
              — {t('snapshots.deletedBy', { who: deletion.by || t('snapshots.someone'), when: format.instant(deletion.at.slice(0, 24)) })}
            </>
          )}
        </summary>
        {decision.fields.length > 0 ? <FieldChangesTable fields={decision.fields} names={names} caption={decision.label} /> : <p className="muted">{t(`snapshots.outcomeHint.${decision.outcome}`)}</p>}
      </details>
    </li>
  );
}

/** The sentences a user must read before confirming: what goes to the trash, what comes back, conflicts. */
function Consequences({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const c = preview.counts;
  const lines: string[] = [];
  const trashKey = preview.mode === 'merge' ? 'snapshots.willTrashMerge' : 'snapshots.willTrashReplace';
  if (c.agreements.deleted > 0) lines.push(t(`${trashKey}.agreements`, { count: c.agreements.deleted }));
  if (c.commitments.deleted > 0) lines.push(t(`${trashKey}.commitments`, { count: c.commitments.deleted }));
  if (c.checkIns.deleted > 0) lines.push(t('snapshots.willRemoveCheckIns', { count: c.checkIns.deleted }));
  const restored = c.agreements.restored + c.commitments.restored;
  if (restored > 0) lines.push(t('snapshots.willRestore', { count: restored }));
  const conflicts = MERGE_ENTITIES.reduce((n, e) => n + c[e].conflict, 0);
  if (conflicts > 0) lines.push(t('snapshots.willConflict', { count: conflicts }));
  if (lines.length === 0) return null;
  return (
    <ul className="notice consequences">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** Per kind of record: how many are new, updated, unchanged, in conflict, deleted or restored. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const columns: Outcome[] = preview.mode === 'merge' ? ['new', 'updated', 'unchanged', 'conflict', 'deleted', 'restored'] : ['new', 'updated', 'unchanged', 'deleted', 'restored'];
  return (
    <section aria-labelledby="preview-title">
      <h3 id="preview-title">{t('snapshots.previewTitle')}</h3>
      {preview.noChange && <p className="notice">{t('snapshots.nothingNew')}</p>}
      <Consequences preview={preview} />
      <div className="table-scroll">
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
                  <td key={c} className={(c === 'conflict' || c === 'deleted') && preview.counts[entity][c] > 0 ? 'cell--number cell--alert' : 'cell--number'}>
                    {preview.counts[entity][c]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.decisionCount > 0 && (
        <>
          <h4>{t('snapshots.decisionsTitle', { count: preview.decisionCount })}</h4>
          {preview.decisionCount > preview.decisions.length && (
            <p className="muted">{t('snapshots.decisionsShown', { shown: preview.decisions.length, count: preview.decisionCount })}</p>
          )}
          <ul className="decisions">
            {preview.decisions.map((d) => (
              <Decision key={`${d.entity}-${d.id}`} decision={d} names={preview.names} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
