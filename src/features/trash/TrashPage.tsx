import '../../lib/manageI18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { QueryView } from '../../components/QueryView';
import { SuccessNotice } from '../../components/SuccessNotice';
import { useFormatters } from '../../lib/format';
import { usePurgeFromTrash, useRestoreFromTrash, useTrash, type TrashRow } from '../../queries/editing';

/** `/trash`: deleted agreements and commitments, restorable exactly, or deleted for good after a question. */
export function TrashPage() {
  const { t } = useTranslation();
  const query = useTrash();
  return (
    <section aria-labelledby="trash-title">
      <h1 id="trash-title">{t('manage.trash.title')}</h1>
      <p>{t('manage.trash.intro')}</p>
      <QueryView query={query}>{(rows) => (rows.length === 0 ? <p className="empty">{t('manage.trash.empty')}</p> : <TrashTable rows={rows} />)}</QueryView>
    </section>
  );
}

function TrashTable({ rows }: { rows: TrashRow[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const restore = useRestoreFromTrash();
  const purge = usePurgeFromTrash();
  const [asking, setAsking] = useState<TrashRow | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      <SuccessNotice message={message} />
      {(restore.isError || purge.isError) && <ErrorNotice error={restore.error ?? purge.error} />}
      <div className="table-scroll">
        <table aria-labelledby="trash-title">
          <thead>
            <tr>
              <th scope="col">{t('manage.trash.what')}</th>
              <th scope="col">{t('manage.trash.deletedAt')}</th>
              <th scope="col">{t('manage.trash.deletedBy')}</th>
              <th scope="col">{t('manage.common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <span className="badge">{t(`manage.trash.subject.${row.subject}`)}</span> {row.label}
                  {row.subject === 'agreement' && <div className="muted small">{t('manage.trash.holds', { count: row.commitments.length })}</div>}
                </th>
                <td>{format.instant(row.deletedAt)}</td>
                <td>{row.deletedBy || t('manage.history.anonymous')}</td>
                <td className="cell--actions">
                  <button
                    type="button"
                    aria-label={t('manage.trash.restoreLabel', { label: row.label })}
                    disabled={restore.isPending}
                    onClick={() => restore.mutate(row.id, { onSuccess: () => setMessage(t('manage.trashed.restored', { label: row.label })) })}
                  >
                    {t('manage.trash.restore')}
                  </button>{' '}
                  <button type="button" className="button--danger" aria-label={t('manage.trash.purgeLabel', { label: row.label })} onClick={() => setAsking(row)}>
                    {t('manage.trash.purge')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={asking !== null}
        title={t('manage.trash.purgeTitle')}
        confirmLabel={t('manage.trash.purgeConfirm')}
        busy={purge.isPending}
        onCancel={() => setAsking(null)}
        onConfirm={() => {
          const row = asking!;
          purge.mutate(row.id, { onSuccess: () => setMessage(t('manage.trash.purged', { label: row.label })), onSettled: () => setAsking(null) });
        }}
      >
        <p>{t('manage.trash.purgeBody', { label: asking?.label ?? '' })}</p>
      </ConfirmDialog>
    </>
  );
}
