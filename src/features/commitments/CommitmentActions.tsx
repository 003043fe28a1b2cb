import '../../lib/manageI18n';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormFooter } from '../../components/FormFooter';
import { fieldAria, FormRow } from '../../components/FormRow';
import { HistoryList } from '../../components/HistoryList';
import { NumberField } from '../../components/NumberField';
import { QueryView } from '../../components/QueryView';
import { SuccessNotice } from '../../components/SuccessNotice';
import { checkRevisionDraft, currentValue, emptyRevisionDraft, type RevisionDraft, type RevisionField } from '../../domain/editing/revisionRules';
import { isNumericKind, type Agreement, type Commitment } from '../../domain/model';
import { useFormatters } from '../../lib/format';
import type { TrashedState } from '../../lib/navigationState';
import { paths } from '../../lib/paths';
import { todayIso } from '../../lib/today';
import { useDeleteCommitment, useHistory, useReviseTarget } from '../../queries/editing';

/** Edit, and delete (to the trash, after a question; the agreement's page then offers an undo). */
export function CommitmentActions({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteCommitment();
  const [asking, setAsking] = useState(false);
  return (
    <>
      <div className="button-row" role="group" aria-label={t('manage.commitmentActions.label')}>
        <Link className="button" to={paths.editCommitment(commitment.id)}>
          {t('manage.commitmentActions.edit')}
        </Link>
        <button type="button" className="button--danger" onClick={() => setAsking(true)}>
          {t('manage.commitmentActions.delete')}
        </button>
      </div>
      {remove.isError && <ErrorNotice error={remove.error} />}
      <ConfirmDialog
        open={asking}
        title={t('manage.commitmentActions.deleteTitle')}
        confirmLabel={t('manage.commitmentActions.deleteConfirm')}
        busy={remove.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={() =>
          remove.mutate(commitment.id, {
            onSuccess: (row) => navigate(paths.agreement(commitment.agreementId), { state: { trashed: { id: row.id, label: row.label } } satisfies TrashedState }),
            onSettled: () => setAsking(false),
          })
        }
      >
        <p>{t('manage.commitmentActions.deleteBody', { title: commitment.title, count: commitment.checkIns.length })}</p>
      </ConfirmDialog>
    </>
  );
}

/** Revising the end target or a year's milestone, citing the deciding document. */
export function RevisionForm({ commitment: c, agreement }: { commitment: Commitment; agreement: Agreement }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const [draft, setDraft] = useState<RevisionDraft>(() => emptyRevisionDraft(todayIso()));
  const [otherYear, setOtherYear] = useState(false);
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const revise = useReviseTarget(c.id);
  if (!isNumericKind(c.kind)) return null;
  const check = checkRevisionDraft(c, agreement.period, draft, todayIso());
  const set = (patch: Partial<RevisionDraft>) => {
    setSaved(null);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const error = (field: RevisionField) => {
    const p = tried ? check.problems.find((x) => x.field === field) : undefined;
    return p ? t(`manage.revision.errors.${p.code}`) : null;
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (check.problems.length > 0 || check.value === null) return;
    revise.mutate(
      { draft, value: check.value, rev: c.rev },
      {
        onSuccess: () => {
          setSaved(t('manage.revision.saved', { ref: draft.decisionRef.trim() }));
          setDraft(emptyRevisionDraft(todayIso()));
          setOtherYear(false);
          setTried(false);
        },
      },
    );
  };
  const choice = otherYear ? 'other' : draft.appliesTo;
  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>{t('manage.revision.title')}</h2>
      <p className="muted small">{t('manage.revision.intro')}</p>
      <form className="form-grid" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
        <FormRow label={t('manage.revision.appliesTo')} htmlFor={`${id}-appliesTo`} error={otherYear ? null : error('appliesTo')}>
          <select
            id={`${id}-appliesTo`}
            value={choice}
            aria-describedby={`${id}-current`}
            onChange={(e) => {
              setOtherYear(e.target.value === 'other');
              set({ appliesTo: e.target.value === 'other' ? '' : e.target.value });
            }}
          >
            <option value="target">{t('manage.revision.endTarget')}</option>
            {c.milestones.map((m) => (
              <option key={m.year} value={String(m.year)}>
                {t('manage.revision.milestone', { year: m.year })}
              </option>
            ))}
            <option value="other">{t('manage.revision.newMilestone')}</option>
          </select>
          <p id={`${id}-current`} className="muted small">
            {!otherYear && t('manage.revision.current', { value: format.measured(currentValue(c, draft.appliesTo), c.unit) })}
          </p>
        </FormRow>
        {otherYear && (
          <FormRow label={t('manage.revision.newYear')} htmlFor={`${id}-year`} error={error('appliesTo')}>
            <input id={`${id}-year`} inputMode="numeric" value={draft.appliesTo} onChange={(e) => set({ appliesTo: e.target.value })} {...fieldAria(`${id}-year`, error('appliesTo'))} />
          </FormRow>
        )}
        <NumberField id={`${id}-value`} label={t('manage.revision.newValue', { unit: c.unit || '—' })} unit={c.unit} value={{ text: draft.valueText, chosen: draft.chosen }} onChange={(v) => set({ valueText: v.text, chosen: v.chosen })} error={error('value')} />
        <FormRow label={t('manage.revision.decisionRef')} htmlFor={`${id}-ref`} error={error('decisionRef')}>
          <input id={`${id}-ref`} value={draft.decisionRef} onChange={(e) => set({ decisionRef: e.target.value })} {...fieldAria(`${id}-ref`, error('decisionRef'))} />
        </FormRow>
        <FormRow label={t('manage.revision.decidedOn')} htmlFor={`${id}-on`} error={error('decidedOn')}>
          <input id={`${id}-on`} type="date" value={draft.decidedOn} onChange={(e) => set({ decidedOn: e.target.value })} {...fieldAria(`${id}-on`, error('decidedOn'))} />
        </FormRow>
        <FormRow label={t('manage.revision.note')} htmlFor={`${id}-note`}>
          <input id={`${id}-note`} value={draft.note} onChange={(e) => set({ note: e.target.value })} />
        </FormRow>
        <FormFooter submitLabel={t('manage.revision.save')} busy={revise.isPending} problems={tried ? check.problems.length : 0} writeError={revise.error} />
        <SuccessNotice message={saved} />
      </form>
    </section>
  );
}

export function CommitmentHistory({ commitmentId }: { commitmentId: string }) {
  const { t } = useTranslation();
  const query = useHistory(commitmentId);
  return (
    <section aria-labelledby="commitment-history-title">
      <h2 id="commitment-history-title">{t('manage.history.title')}</h2>
      <QueryView query={query}>{(entries) => <HistoryList entries={entries} titleId="commitment-history-title" />}</QueryView>
    </section>
  );
}
