import '../../lib/manageI18n';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { FormFooter } from '../../components/FormFooter';
import { fieldAria, FormRow } from '../../components/FormRow';
import { QueryView } from '../../components/QueryView';
import { carriedOver } from '../../domain/editing/closingRules';
import { checkRenewal, lastReported, renewalDraft, type RenewalDraft, type RenewalField } from '../../domain/editing/renewal';
import { useFormatters } from '../../lib/format';
import { paths } from '../../lib/paths';
import { todayIso } from '../../lib/today';
import { useAgreement, type AgreementDetail } from '../../queries/agreements';
import { useRenewAgreement } from '../../queries/editing';

/** `/agreements/:agreementId/renew`: the next period's agreement, from this one. */
export function RenewPage() {
  const { t } = useTranslation();
  const { agreementId = '' } = useParams();
  const query = useAgreement(agreementId);
  return (
    <QueryView query={query} notFoundMessage={t('agreement.notFound')}>
      {(detail) => <RenewForm detail={detail} />}
    </QueryView>
  );
}

function RenewForm({ detail }: { detail: AgreementDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const navigate = useNavigate();
  const renew = useRenewAgreement(detail.agreement.id);
  // A closed period hands over what it sent to the next period; otherwise every commitment is picked.
  const carried = detail.agreement.closing ? carriedOver(detail.commitments) : [];
  const [draft, setDraft] = useState<RenewalDraft>(() => renewalDraft(detail.agreement, carried.length > 0 ? carried : detail.commitments.map((c) => c.id), todayIso()));
  const [tried, setTried] = useState(false);
  const check = checkRenewal(draft);
  const set = (patch: Partial<RenewalDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const error = (field: RenewalField) => {
    const p = tried ? check.problems.find((x) => x.field === field) : undefined;
    return p ? t(`manage.renew.errors.${p.code}`) : null;
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!check.options) return;
    renew.mutate(check.options, { onSuccess: (a) => navigate(paths.agreement(a.id)) });
  };
  const field = (name: RenewalField, label: string, type = 'text') => (
    <FormRow label={label} htmlFor={`${id}-field-${name}`} error={error(name)}>
      <input id={`${id}-field-${name}`} type={type} inputMode={name.endsWith('Year') ? 'numeric' : undefined} value={draft[name]} onChange={(e) => set({ [name]: e.target.value })} {...fieldAria(`${id}-field-${name}`, error(name))} />
    </FormRow>
  );
  return (
    <section aria-labelledby={`${id}-title`}>
      <p>
        <Link to={paths.agreement(detail.agreement.id)}>← {t('common.back')}</Link>
      </p>
      <h1 id={`${id}-title`}>{t('manage.renew.title', { title: detail.agreement.title })}</h1>
      <p>{t('manage.renew.intro')}</p>
      {detail.agreement.closing && carried.length > 0 && <p className="notice">{t('manage.closing.predecessorClosed', { date: format.date(detail.agreement.closing.closedOn), count: carried.length })}</p>}
      <form className="form-grid" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
        {field('title', t('manage.renew.newTitle'))}
        {field('signedOn', t('manage.renew.signedOn'), 'date')}
        {field('startYear', t('manage.renew.startYear'))}
        {field('endYear', t('manage.renew.endYear'))}
        <fieldset className="checkbox-group">
          <legend>{t('manage.renew.commitments', { count: draft.commitmentIds.length })}</legend>
          {detail.commitments.map((c) => {
            const last = lastReported(c);
            return (
              <label key={c.id}>
                <input
                  type="checkbox"
                  checked={draft.commitmentIds.includes(c.id)}
                  onChange={(e) => set({ commitmentIds: e.target.checked ? [...draft.commitmentIds, c.id] : draft.commitmentIds.filter((x) => x !== c.id) })}
                />{' '}
                {c.title}{' '}
                {c.finalAssessment && <span className="badge badge--history">{t(`enums.finalResult.${c.finalAssessment.result}`)}</span>}{' '}
                {(last || c.baseline.value !== null) && (
                  <span className="muted small">
                    ({last ? t('manage.renew.newBaseline', { value: format.checkInValue(last, c.unit), date: format.date(last.asOf) }) : t('manage.renew.keptBaseline', { value: format.measured(c.baseline.value, c.unit, c.baseline.qualifier) })})
                  </span>
                )}
              </label>
            );
          })}
        </fieldset>
        <FormFooter submitLabel={t('manage.renew.save')} busy={renew.isPending} problems={tried ? check.problems.length : 0} writeError={renew.error} />
      </form>
    </section>
  );
}
