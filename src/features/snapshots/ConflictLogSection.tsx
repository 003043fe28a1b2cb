import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SuccessNotice } from '../../components/SuccessNotice';
import { QueryView } from '../../components/QueryView';
import { useFormatters } from '../../lib/format';
import { useChooseLosingVersion, useConflicts } from '../../queries/snapshots';
import { DifferencesTable } from './ImportPreviewView';

/** The versions that lost a merge, with their differences; either version can be put back in use. */
export function ConflictLogSection() {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const conflicts = useConflicts();
  const choose = useChooseLosingVersion();
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
              {rows.map((c) => (
                <li key={c.id} className="conflict">
                  <p>
                    <strong>{c.label}</strong> <span className="muted">({t(`entities.${c.entity}`)})</span>
                    <br />
                    {t('snapshots.conflictFile')}: {c.fileName} · {format.instant(c.createdAt)} · {t('snapshots.conflictKept')}: {t(`snapshots.keptNow.${c.kept}`)}
                  </p>
                  <details>
                    <summary>{t('snapshots.differencesSummary', { count: c.differences.length })}</summary>
                    <DifferencesTable differences={c.differences} caption={c.label} />
                  </details>
                  <button
                    type="button"
                    aria-label={t('snapshots.useOtherLabel', { label: c.label })}
                    disabled={choose.isPending}
                    onClick={() => {
                      setDone(null);
                      choose.mutate(c.id, { onSuccess: () => setDone(t('snapshots.usedOther', { label: c.label })) });
                    }}
                  >
                    {t('snapshots.useOther')}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </section>
  );
}
