import '../../lib/manageI18n';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FormFooter } from '../../components/FormFooter';
import { fieldAria, FormRow } from '../../components/FormRow';
import { QueryView } from '../../components/QueryView';
import { StatusBadge } from '../../components/StatusBadge';
import { formatIsoDate, isIsoDate } from '../../domain/dates';
import { checkClosing, closingDraft, NEEDS_REASON, type ClosingDraft, type ClosingField, type ClosingProblem } from '../../domain/editing/closingRules';
import { FINAL_RESULTS, type FinalResult } from '../../domain/enums';
import type { Commitment } from '../../domain/model';
import { assess } from '../../domain/status/engine';
import { paths } from '../../lib/paths';
import { useStatusRules } from '../../lib/statusRules';
import { todayIso } from '../../lib/today';
import { useAgreement, type AgreementDetail } from '../../queries/agreements';
import { useCloseAgreement } from '../../queries/editing';

/** `/agreements/:agreementId/close`: closing the period (tổng kết giai đoạn), or editing a closing. */
export function ClosePage() {
  const { t } = useTranslation();
  const { agreementId = '' } = useParams();
  const query = useAgreement(agreementId);
  return (
    <QueryView query={query} notFoundMessage={t('agreement.notFound')}>
      {(detail) => <CloseForm detail={detail} />}
    </QueryView>
  );
}

const cut = (title: string) => (title.length > 80 ? `${title.slice(0, 77)}…` : title);

function CloseForm({ detail }: { detail: AgreementDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const rules = useStatusRules();
  const close = useCloseAgreement(detail.agreement.id);
  const { agreement, commitments } = detail;
  const today = todayIso();
  const [draft, setDraft] = useState<ClosingDraft>(() => {
    const fresh = closingDraft(commitments, (cid) => assess(commitments.find((c) => c.id === cid)!, agreement.period, today, rules).status, today);
    return agreement.closing ? { ...fresh, closedOn: agreement.closing.closedOn, documentNumber: agreement.closing.documentNumber ?? '', note: agreement.closing.note } : fresh;
  });
  const [tried, setTried] = useState(false);
  const check = checkClosing(agreement, commitments, draft, today);
  // The status the reports gave on the closing date, as the committee sees it while deciding.
  const statusDate = isIsoDate(draft.closedOn) ? draft.closedOn : today;
  const statuses = useMemo(() => new Map(commitments.map((c) => [c.id, assess(c, agreement.period, statusDate, rules).status])), [commitments, agreement.period, statusDate, rules]);
  const set = (patch: Partial<ClosingDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setResult = (c: Commitment, patch: Partial<ClosingDraft['results'][string]>) =>
    setDraft((d) => ({ ...d, results: { ...d.results, [c.id]: { ...(d.results[c.id] ?? { result: '', note: '' }), ...patch } } }));

  const fieldError = (field: ClosingField) => {
    const p = tried ? check.problems.find((x): x is Extract<ClosingProblem, { field: ClosingField }> => 'field' in x && !('commitmentId' in x) && x.field === field) : undefined;
    if (!p) return null;
    const limit = p.code === 'in-future' || p.code === 'before-signing' ? formatIsoDate(String(p.limit)) : p.limit;
    return t(`manage.closing.errors.${p.code}`, { limit });
  };
  const itemError = (c: Commitment, field: 'result' | 'reason') => {
    const p = tried ? check.problems.find((x) => 'commitmentId' in x && x.commitmentId === c.id && x.field === field) : undefined;
    if (!p) return null;
    if (field === 'result') return t('manage.closing.errors.resultRequired', { title: cut(c.title) });
    const chosen = draft.results[c.id]?.result;
    return p.code === 'too-long' ? t('manage.closing.errors.reasonTooLong', { title: cut(c.title), limit: p.limit }) : t('manage.closing.errors.reasonRequired', { title: cut(c.title), result: chosen ? t(`enums.finalResult.${chosen}`).toLocaleLowerCase() : '' });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!check.plan) {
      // Focus the first field with a problem, so a keyboard user lands on what to fix.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    close.mutate({ plan: check.plan, rev: agreement.rev }, { onSuccess: () => navigate(paths.agreement(agreement.id), { state: { closed: draft.closedOn } }) });
  };

  const field = (name: ClosingField, label: string, input: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => React.ReactNode, hint?: string) => {
    const fid = `${id}-${name}`;
    const error = fieldError(name);
    return (
      <FormRow label={label} htmlFor={fid} error={error}>
        {input({ id: fid, ...fieldAria(fid, error, hint ? `${fid}-hint` : '') })}
        {hint && (
          <p id={`${fid}-hint`} className="muted small">
            {hint}
          </p>
        )}
      </FormRow>
    );
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <p>
        <Link to={paths.agreement(agreement.id)}>← {t('common.back')}</Link>
      </p>
      <h1 id={`${id}-title`}>{t('manage.closing.title', { title: agreement.title })}</h1>
      <p>{t('manage.closing.intro')}</p>
      <form className="form-grid" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
        {field('closedOn', t('manage.closing.closedOn'), (props) => <input {...props} type="date" value={draft.closedOn} onChange={(e) => set({ closedOn: e.target.value })} />)}
        {field('documentNumber', t('manage.closing.documentNumber'), (props) => <input {...props} type="text" value={draft.documentNumber} onChange={(e) => set({ documentNumber: e.target.value })} />, t('manage.closing.documentNumberHint'))}
        {field('note', t('manage.closing.note'), (props) => <textarea {...props} rows={3} value={draft.note} onChange={(e) => set({ note: e.target.value })} />)}
        <h2>{t('manage.closing.results', { count: commitments.length })}</h2>
        {commitments.map((c) => {
          const entry = draft.results[c.id] ?? { result: '', note: '' };
          const resultId = `${id}-result-${c.id}`;
          const reasonId = `${id}-reason-${c.id}`;
          const resultError = itemError(c, 'result');
          const reasonError = itemError(c, 'reason');
          const needsReason = entry.result !== '' && NEEDS_REASON.includes(entry.result);
          return (
            <fieldset key={c.id} className="closing-item">
              <legend>
                {c.clause && c.clause !== '—' ? `${c.clause}. ` : ''}
                {c.title}
              </legend>
              <p className="muted small">
                {t('manage.closing.statusOn')}{' '}
                <StatusBadge status={statuses.get(c.id)!} />
              </p>
              <FormRow label={t('manage.closing.result')} htmlFor={resultId} error={resultError}>
                <select id={resultId} value={entry.result} onChange={(e) => setResult(c, { result: e.target.value as FinalResult | '' })} {...fieldAria(resultId, resultError)}>
                  <option value="">{t('manage.closing.choose')}</option>
                  {FINAL_RESULTS.map((r) => (
                    <option key={r} value={r}>
                      {t(`enums.finalResult.${r}`)}
                    </option>
                  ))}
                </select>
              </FormRow>
              <FormRow label={needsReason ? t('manage.closing.reasonRequired') : t('manage.closing.reason')} htmlFor={reasonId} error={reasonError}>
                <textarea id={reasonId} rows={2} value={entry.note} onChange={(e) => setResult(c, { note: e.target.value })} {...fieldAria(reasonId, reasonError)} />
              </FormRow>
            </fieldset>
          );
        })}
        <FormFooter submitLabel={t('manage.closing.save')} busy={close.isPending} problems={tried ? check.problems.length : 0} writeError={close.error} />
      </form>
    </section>
  );
}
