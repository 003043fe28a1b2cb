import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SuccessNotice } from '../../components/SuccessNotice';
import { QueryView } from '../../components/QueryView';
import { useFormatters } from '../../lib/format';
import { useConflicts, useUseOtherValues } from '../../queries/snapshots';
import { FieldChangesTable, useFieldLabel } from './FieldChangesTable';

/**
 * Fields two laptops changed without knowing of each other: both values, who and when, the one in
 * use; the other can be put in use (a new change, checked like a form's).
 */
export function ConflictLogSection() {
  const { t } = useTranslation();
  const format = useFormatters();
  const fieldLabel = useFieldLabel();
  const id = useId();
  const conflicts = useConflicts();
  const choose = useUseOtherValues();
  const [done, setDone] = useState<string | null>(null);

  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>{t('snapshots.conflictSection')}</h2>
      <p className="muted">{t('snapshots.conflictIntro')}</p>
      <SuccessNotice message={done} />
      {choose.isError && <ErrorNotice error={choose.error} />}
      <QueryView query={conflicts}>
        {(rows) =>
          rows.length === 0 ? (
            <p className="empty">{t('snapshots.noConflicts')}</p>
          ) : (
            <ul className="decisions">
              {rows.map((c) => {
                const fields = c.fields.map((f) => fieldLabel(f.slot)).join(', ');
                return (
                  <li key={c.id} className="conflict">
                    <p>
                      <strong>{c.label}</strong> <span className="muted">({t(`entities.${c.entity}`)})</span>
                      <br />
                      {t('snapshots.conflictSummary', { fields, fileName: c.fileName, when: format.instant(c.createdAt) })}
                      {c.resolvedAt && (
                        <>
                          <br />
                          <span className="muted">{t('snapshots.conflictResolved', { when: format.instant(c.resolvedAt) })}</span>
                        </>
                      )}
                    </p>
                    <FieldChangesTable fields={c.fields} names={c.names} caption={c.label} />
                    <button
                      type="button"
                      aria-label={t('snapshots.useOtherLabel', { label: c.label, fields })}
                      disabled={choose.isPending}
                      onClick={() => {
                        setDone(null);
                        choose.mutate(c.id, { onSuccess: () => setDone(t('snapshots.usedOther', { label: c.label, fields })) });
                      }}
                    >
                      {t('snapshots.useOther')}
                    </button>
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}
