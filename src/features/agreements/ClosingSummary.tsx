import '../../lib/manageI18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SuccessNotice } from '../../components/SuccessNotice';
import { carriedOver, resultCounts } from '../../domain/editing/closingRules';
import { useFormatters } from '../../lib/format';
import { paths } from '../../lib/paths';
import type { AgreementDetail } from '../../queries/agreements';
import { useReopenAgreement } from '../../queries/editing';

/**
 * The closing of the period (tổng kết giai đoạn) on the agreement's page: when, by which report,
 * how many commitments got each result, the next period's agreement, and "reopen".
 */
export function ClosingSummary({ detail }: { detail: AgreementDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const location = useLocation();
  const { agreement, commitments } = detail;
  const reopen = useReopenAgreement(agreement.id);
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const justClosed = (location.state as { closed?: string } | null)?.closed;
  if (!agreement.closing) return <SuccessNotice message={message} />;
  const counts = resultCounts(commitments);
  const carried = carriedOver(commitments).length;
  const closing = agreement.closing;
  return (
    <section aria-labelledby="closing-title" className="closing-summary">
      <h2 id="closing-title">{t('manage.closing.summaryTitle')}</h2>
      {justClosed && <SuccessNotice message={t('manage.closing.saved', { date: format.date(justClosed) })} />}
      <p>
        {t('manage.closing.summary', {
          date: format.date(closing.closedOn),
          document: closing.documentNumber ? t('manage.closing.summaryDocument', { number: closing.documentNumber }) : '',
          achieved: counts.achieved,
          partly: counts['partly-achieved'],
          notAchieved: counts['not-achieved'],
          carried: counts['carried-over'],
        })}
      </p>
      {closing.note && <p>{closing.note}</p>}
      {counts.unassessed > 0 && <p className="notice">{t('manage.closing.unassessed', { count: counts.unassessed })}</p>}
      {detail.successors.length > 0 ? (
        <p>
          {t('manage.closing.next')}
          {detail.successors.map((s) => (
            <Link key={s.id} to={paths.agreement(s.id)}>
              {s.title}
            </Link>
          ))}
        </p>
      ) : (
        carried > 0 && <p className="muted">{t('manage.closing.renewHint', { count: carried })}</p>
      )}
      <div className="button-row">
        <Link className="button" to={paths.closeAgreement(agreement.id)}>
          {t('manage.closing.editAction')}
        </Link>
        <button type="button" onClick={() => setAsking(true)}>
          {t('manage.closing.reopen')}
        </button>
      </div>
      {reopen.isError && <ErrorNotice error={reopen.error} />}
      <ConfirmDialog
        open={asking}
        title={t('manage.closing.reopenTitle')}
        confirmLabel={t('manage.closing.reopen')}
        busy={reopen.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={() =>
          reopen.mutate(agreement.rev, {
            onSuccess: () => setMessage(t('manage.closing.reopened')),
            onSettled: () => setAsking(false),
          })
        }
      >
        <p>{t('manage.closing.reopenBody', { date: format.date(closing.closedOn), count: commitments.length - counts.unassessed })}</p>
      </ConfirmDialog>
    </section>
  );
}
