import '../../lib/manageI18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { HistoryList } from '../../components/HistoryList';
import { QueryView } from '../../components/QueryView';
import { SuccessNotice } from '../../components/SuccessNotice';
import type { TrashedState } from '../../lib/navigationState';
import { trashedFrom } from '../../lib/navigationState';
import { paths } from '../../lib/paths';
import type { AgreementDetail } from '../../queries/agreements';
import { useDeleteAgreement, useHistory, useRestoreFromTrash, useSetArchived } from '../../queries/editing';

/** Edit, add a commitment, renew, archive, delete (to the trash, after a question). */
export function AgreementActions({ detail }: { detail: AgreementDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { agreement } = detail;
  const archive = useSetArchived(agreement.id);
  const remove = useDeleteAgreement();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <>
      {agreement.archived && <p className="notice">{t('manage.agreementActions.archivedNotice')}</p>}
      <div className="button-row" role="group" aria-label={t('manage.agreementActions.label')}>
        <Link className="button" to={paths.editAgreement(agreement.id)}>
          {t('manage.agreementActions.edit')}
        </Link>
        {!agreement.closing && (
          <Link className="button" to={paths.closeAgreement(agreement.id)}>
            {t('manage.closing.action')}
          </Link>
        )}
        <Link className="button" to={paths.renewAgreement(agreement.id)}>
          {t('manage.agreementActions.renew')}
        </Link>
        <button
          type="button"
          disabled={archive.isPending}
          onClick={() => archive.mutate(!agreement.archived, { onSuccess: (a) => setMessage(t(a.archived ? 'manage.agreementActions.archived' : 'manage.agreementActions.unarchived')) })}
        >
          {agreement.archived ? t('manage.agreementActions.unarchive') : t('manage.agreementActions.archive')}
        </button>
        <button type="button" className="button--danger" onClick={() => setAsking(true)}>
          {t('manage.agreementActions.delete')}
        </button>
      </div>
      <SuccessNotice message={message} />
      {(archive.isError || remove.isError) && <ErrorNotice error={archive.error ?? remove.error} />}
      <ConfirmDialog
        open={asking}
        title={t('manage.agreementActions.deleteTitle')}
        confirmLabel={t('manage.agreementActions.deleteConfirm')}
        busy={remove.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={() =>
          remove.mutate(agreement.id, {
            onSuccess: (row) => navigate(paths.agreements(), { state: { trashed: { id: row.id, label: row.label } } satisfies TrashedState }),
            onSettled: () => setAsking(false),
          })
        }
      >
        <p>{t('manage.agreementActions.deleteBody', { title: agreement.title, count: detail.commitments.length })}</p>
      </ConfirmDialog>
    </>
  );
}

/** The agreement's change history (its own edits, and commitments added to or removed from it). */
export function AgreementHistory({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const query = useHistory(agreementId);
  return (
    <section aria-labelledby="agreement-history-title">
      <h2 id="agreement-history-title">{t('manage.history.title')}</h2>
      <QueryView query={query}>{(entries) => <HistoryList entries={entries} titleId="agreement-history-title" />}</QueryView>
    </section>
  );
}

/** After a deletion: what went to the trash, with an undo that puts it back exactly. */
export function TrashedNotice() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const trashed = trashedFrom(location.state);
  const restore = useRestoreFromTrash();
  const [restored, setRestored] = useState<string | null>(null);
  if (restored) return <SuccessNotice message={restored} />;
  if (!trashed) return null;
  return (
    <div role="status" className="notice notice--inline">
      <span>{t('manage.trashed.moved', { label: trashed.label })}</span>
      <button
        type="button"
        disabled={restore.isPending}
        onClick={() =>
          restore.mutate(trashed.id, {
            onSuccess: () => {
              setRestored(t('manage.trashed.restored', { label: trashed.label }));
              // Forget the deletion, so that a reload or "back" does not offer to undo it again.
              void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
            },
          })
        }
      >
        {t('manage.trashed.undo')}
      </button>
      {restore.isError && <ErrorNotice error={restore.error} />}
    </div>
  );
}
