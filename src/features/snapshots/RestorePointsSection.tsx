import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SuccessNotice } from '../../components/SuccessNotice';
import { QueryView } from '../../components/QueryView';
import { useFormatters } from '../../lib/format';
import { useRestoreFromPoint, useRestorePoints, type RestorePointRow } from '../../queries/snapshots';

const KEPT = 10;

/** The automatic restore points, each restorable (which takes a restore point of its own). */
export function RestorePointsSection() {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const points = useRestorePoints();
  const restore = useRestoreFromPoint();
  const [asked, setAsked] = useState<RestorePointRow | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const reasonText = (p: RestorePointRow) =>
    t(`snapshots.reasons.${p.reason}`, { label: p.reason === 'before-restore' ? format.instant(p.label) : p.label });

  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>{t('snapshots.restoreSection')}</h2>
      <p className="muted">{t('snapshots.restoreIntro', { count: KEPT })}</p>
      <SuccessNotice message={done} />
      {restore.isError && <ErrorNotice error={restore.error} />}
      <QueryView query={points}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">{t('snapshots.noRestorePoints')}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <caption>{t('snapshots.restoreCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('snapshots.takenAt')}</th>
                    <th scope="col">{t('snapshots.takenBefore')}</th>
                    <th scope="col">{t('snapshots.holds')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('snapshots.restoreButton')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">{format.instant(p.createdAt)}</th>
                      <td>{reasonText(p)}</td>
                      <td>{t('snapshots.holdsValue', p.holds)}</td>
                      <td>
                        <button type="button" aria-label={t('snapshots.restoreButtonLabel', { at: format.instant(p.createdAt) })} onClick={() => setAsked(p)} disabled={restore.isPending}>
                          {t('snapshots.restoreButton')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryView>
      <ConfirmDialog
        open={asked !== null}
        title={t('snapshots.confirmRestoreTitle')}
        confirmLabel={t('snapshots.confirmRestoreAction')}
        busy={restore.isPending}
        onCancel={() => setAsked(null)}
        onConfirm={() => {
          if (!asked) return;
          const at = format.instant(asked.createdAt);
          setDone(null);
          restore.mutate(asked.id, { onSuccess: () => setDone(t('snapshots.restored', { at })), onSettled: () => setAsked(null) });
        }}
      >
        <p>{asked && t('snapshots.confirmRestoreBody', { at: format.instant(asked.createdAt) })}</p>
      </ConfirmDialog>
    </section>
  );
}
