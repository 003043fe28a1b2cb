import '../../lib/manageI18n';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { EditSessionNotices, UnresolvedNotice } from '../../components/EditSessionNotices';
import { useEditSession } from '../../components/editSession';
import { FormFooter } from '../../components/FormFooter';
import { fieldAria, FormRow } from '../../components/FormRow';
import { NumberField } from '../../components/NumberField';
import { QueryView } from '../../components/QueryView';
import { applyTemplate, canChooseDirection, checkCommitmentDraft, draftFromCommitment, emptyCommitmentDraft, type CommitmentDraft, type CommitmentField, type NumberDraft } from '../../domain/editing/commitmentRules';
import { formatIsoDate } from '../../domain/dates';
import { dataErrorFrom } from '../../domain/errors';
import { BUILTIN_TEMPLATES, lowerIsBetter, type CommitmentTemplate } from '../../domain/editing/templates';
import { COMMITMENT_KINDS, isNumericKind, MANUAL_STATUSES, PILLARS, REPORTING_CADENCES, type Agreement, type Commitment, type CommitmentKind, type Party, type Pillar, type ReportingCadence } from '../../domain/model';
import { paths } from '../../lib/paths';
import { useAgreement } from '../../queries/agreements';
import { useCommitment } from '../../queries/commitments';
import { useCreateCommitment, useCustomTemplates, useSaveTemplate, useUpdateCommitment } from '../../queries/editing';

/** `/agreements/:agreementId/commitments/new` and `/commitments/:commitmentId/edit`. */
export function CommitmentFormPage() {
  const { agreementId, commitmentId } = useParams();
  return commitmentId ? <EditCommitment id={commitmentId} /> : <NewCommitment agreementId={agreementId ?? ''} />;
}

function NewCommitment({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const query = useAgreement(agreementId);
  return (
    <QueryView query={query} notFoundMessage={t('agreement.notFound')}>
      {(detail) => <CommitmentForm agreement={detail.agreement} parties={detail.partners} initial={emptyCommitmentDraft()} />}
    </QueryView>
  );
}

function EditCommitment({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useCommitment(id);
  // Deleted elsewhere while the form is open: the form stays, with the last version read.
  const gone = query.isError && dataErrorFrom(query.error).code === 'not-found';
  const detail = query.data;
  if (!detail || (query.isError && !gone)) {
    return (
      <QueryView query={query} notFoundMessage={t('commitment.notFound')}>
        {() => null}
      </QueryView>
    );
  }
  return (
    <CommitmentForm
      agreement={detail.agreement}
      parties={detail.agreement.partyIds.map((pid) => detail.parties.get(pid)).filter((p): p is Party => p !== undefined)}
      existing={detail.commitment}
      deleted={gone}
      reread={() => void query.refetch()}
      initial={draftFromCommitment(detail.commitment)}
    />
  );
}

function CommitmentForm({
  agreement,
  parties,
  existing,
  deleted = false,
  reread,
  initial,
}: {
  agreement: Agreement;
  parties: Party[];
  existing?: Commitment;
  deleted?: boolean;
  /** Re-reads the record (after a save refused because it changed or vanished elsewhere). */
  reread?: () => void;
  initial: CommitmentDraft;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [tried, setTried] = useState(false);
  const [triedWhileDeleted, setTriedWhileDeleted] = useState(false);
  const [template, setTemplate] = useState<CommitmentTemplate | null>(null);
  const [saveAsTemplate, setSaveAsTemplate] = useState(false);
  const custom = useCustomTemplates();
  const create = useCreateCommitment(agreement.id);
  const update = useUpdateCommitment(existing?.id ?? '');
  const saveTemplate = useSaveTemplate();
  const write = existing ? update : create;
  const session = useEditSession({
    key: `commitment:${existing?.id ?? 'new'}`,
    initial,
    initialRev: existing?.rev ?? 0,
    stored: deleted ? null : initial,
    rev: existing?.rev ?? 0,
    busy: write.isPending || write.isSuccess,
  });
  const draft = session.draft;
  const setDraft = session.setDraft;
  const refusedCode = write.isError ? dataErrorFrom(write.error).code : null;
  const check = checkCommitmentDraft(draft, agreement.period);
  const numeric = isNumericKind(draft.kind);
  const unit = draft.unit || '—';
  const period = agreement.period ? `${agreement.period.startYear}-${agreement.period.endYear}` : '';
  const set = (patch: Partial<CommitmentDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const labelOf = (field: keyof CommitmentDraft): string => {
    if (field === 'baseline' || field === 'target') return t(`manage.commitmentForm.${field}`, { unit });
    if (field === 'leadPartyId') return t('manage.commitmentForm.lead');
    return t(`manage.commitmentForm.${field}`);
  };
  const valueOf = (field: keyof CommitmentDraft, value: unknown): string => {
    if (value === '' || value === null || value === undefined) return '';
    switch (field) {
      case 'pillar':
        return t(`enums.pillar.${value as Pillar}`);
      case 'kind':
        return t(`enums.commitmentKind.${value as CommitmentKind}`);
      case 'cadence':
        return t(`enums.cadence.${value as ReportingCadence}`);
      case 'expectation':
        return t(value === 'linear' ? 'manage.commitmentForm.expectationLinear' : 'manage.commitmentForm.expectationStep');
      case 'manualStatus':
        return t(`enums.manualStatus.${value as 'paused' | 'dropped'}`);
      case 'leadPartyId':
        return parties.find((p) => p.id === value)?.name ?? String(value);
      case 'baseline':
      case 'target':
        return (value as NumberDraft).text;
      case 'milestones':
        return (value as CommitmentDraft['milestones']).map((m) => `${m.year}: ${m.value.text}`).join('; ');
      case 'baselineAsOf':
      case 'dueOn':
        return formatIsoDate(String(value));
      default:
        return String(value);
    }
  };
  const templates = [...BUILTIN_TEMPLATES, ...(custom.data ?? [])];
  const templateTitle = (tpl: CommitmentTemplate) => (i18n.language === 'en' && tpl.titleEn ? tpl.titleEn : tpl.title);

  const problem = (field: CommitmentField) => (tried ? check.problems.find((p) => p.field === field) : undefined);
  const error = (field: CommitmentField) => {
    const p = problem(field);
    return p ? t(`manage.commitmentForm.errors.${p.code}`, { period }) : null;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (check.problems.length > 0) return;
    if (existing && session.deleted) {
      setTriedWhileDeleted(true);
      return;
    }
    if (session.unresolved.length > 0) return;
    const done = (c: Commitment) => {
      if (saveAsTemplate) saveTemplate.mutate({ title: c.title, titleEn: '', kind: c.kind, unit: c.unit, pillar: c.pillar, cadence: c.cadence, ...(c.expectation ? { expectation: c.expectation } : {}), ...(c.lowerIsBetter ? { lowerIsBetter: true } : {}), basis: c.targetNote });
      session.forget();
      navigate(paths.commitment(c.id));
    };
    // Checked against the version the user started from (or last merged with), never a newer one read since.
    if (existing)
      update.mutate(
        { fields: check.fields, rev: session.baseRev },
        {
          onSuccess: done,
          onError: (error) => {
            if (dataErrorFrom(error).code === 'not-found') setTriedWhileDeleted(true);
            reread?.();
          },
        },
      );
    else create.mutate(check.fields, { onSuccess: done });
  };

  const select = <T extends string>(name: string, label: string, value: T, values: readonly T[], labelOf: (v: T) => string, onChange: (v: T) => void) => (
    <FormRow label={label} htmlFor={`${id}-${name}`}>
      <select id={`${id}-${name}`} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {labelOf(v)}
          </option>
        ))}
      </select>
    </FormRow>
  );

  return (
    <section aria-labelledby={`${id}-title`}>
      <p>
        <Link to={existing ? paths.commitment(existing.id) : paths.agreement(agreement.id)}>← {t('common.back')}</Link>
      </p>
      <h1 id={`${id}-title`}>{existing ? t('manage.commitmentForm.editTitle') : t('manage.commitmentForm.newTitle')}</h1>
      <p className="muted">
        {t('manage.commitmentForm.inAgreement')}: {agreement.title}
      </p>
      {existing && (
        <EditSessionNotices
          session={session}
          subject="commitment"
          name={session.base.title}
          labelOf={labelOf}
          valueOf={valueOf}
          triedWhileDeleted={triedWhileDeleted}
          refusedRev={refusedCode === 'changed-elsewhere' ? (update.variables?.rev ?? null) : null}
        />
      )}
      <form className="form-grid" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
        {!existing && (
          <FormRow label={t('manage.commitmentForm.template')} htmlFor={`${id}-template`}>
            <select
              id={`${id}-template`}
              value={template?.id ?? ''}
              aria-describedby={`${id}-template-filled`}
              onChange={(e) => {
                const picked = templates.find((x) => x.id === e.target.value) ?? null;
                setTemplate(picked);
                if (picked) setDraft((d) => applyTemplate(d, picked));
              }}
            >
              <option value="">{t('manage.commitmentForm.templateNone')}</option>
              {PILLARS.map((pillar) => (
                <optgroup key={pillar} label={t(`enums.pillar.${pillar}`)}>
                  {BUILTIN_TEMPLATES.filter((x) => x.pillar === pillar).map((x) => (
                    <option key={x.id} value={x.id}>
                      {templateTitle(x)}
                    </option>
                  ))}
                </optgroup>
              ))}
              {(custom.data ?? []).length > 0 && (
                <optgroup label={t('manage.commitmentForm.templateCustom')}>
                  {custom.data!.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.title}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
            <p id={`${id}-template-filled`} className="muted small" aria-live="polite">
              {template && t('manage.commitmentForm.templateFilled', { title: templateTitle(template) })}
            </p>
          </FormRow>
        )}
        <FormRow label={t('manage.commitmentForm.clause')} htmlFor={`${id}-clause`}>
          <input id={`${id}-clause`} value={draft.clause} onChange={(e) => set({ clause: e.target.value })} />
        </FormRow>
        <FormRow label={t('manage.commitmentForm.title')} htmlFor={`${id}-name`} error={error('title')}>
          <input id={`${id}-name`} value={draft.title} onChange={(e) => set({ title: e.target.value })} required {...fieldAria(`${id}-name`, error('title'))} />
        </FormRow>
        <FormRow label={t('manage.commitmentForm.description')} htmlFor={`${id}-description`}>
          <textarea id={`${id}-description`} rows={2} value={draft.description} onChange={(e) => set({ description: e.target.value })} />
        </FormRow>
        {select('pillar', t('manage.commitmentForm.pillar'), draft.pillar, PILLARS, (p: Pillar) => t(`enums.pillar.${p}`), (pillar) => set({ pillar }))}
        {select('kind', t('manage.commitmentForm.kind'), draft.kind, COMMITMENT_KINDS, (k: CommitmentKind) => t(`enums.commitmentKind.${k}`), (kind) => set({ kind }))}
        {canChooseDirection(draft.kind) ? (
          <FormRow label={t('manage.commitmentForm.direction')} htmlFor={`${id}-direction`}>
            <select id={`${id}-direction`} value={draft.lowerIsBetter ? 'lower' : 'higher'} onChange={(e) => set({ lowerIsBetter: e.target.value === 'lower' })} aria-describedby={`${id}-direction-hint`}>
              <option value="higher">{t('manage.commitmentForm.higherIsBetter')}</option>
              <option value="lower">{t('manage.commitmentForm.lowerIsBetterChoice')}</option>
            </select>
            <p id={`${id}-direction-hint`} className="muted small">
              {t('manage.commitmentForm.directionHint')}
            </p>
          </FormRow>
        ) : (
          lowerIsBetter(draft.kind) && (
            <p className="muted small">
              {t('manage.commitmentForm.direction')}: {t('manage.commitmentForm.lowerIsBetter')}
            </p>
          )
        )}
        <FormRow label={t('manage.commitmentForm.unit')} htmlFor={`${id}-unit`} error={error('unit')}>
          <input id={`${id}-unit`} value={draft.unit} onChange={(e) => set({ unit: e.target.value })} {...fieldAria(`${id}-unit`, error('unit'), `${id}-unit-hint`)} />
          <p id={`${id}-unit-hint`} className="muted small">
            {t('manage.commitmentForm.unitHint')}
          </p>
        </FormRow>
        {select('cadence', t('manage.commitmentForm.cadence'), draft.cadence, REPORTING_CADENCES, (c: ReportingCadence) => t(`enums.cadence.${c}`), (cadence) => set({ cadence }))}
        {select('expectation', t('manage.commitmentForm.expectation'), draft.expectation, ['', 'linear', 'step'] as const, (e) => t(e === '' ? 'manage.commitmentForm.expectationDefault' : e === 'linear' ? 'manage.commitmentForm.expectationLinear' : 'manage.commitmentForm.expectationStep'), (expectation) => set({ expectation }))}
        {numeric && (
          <>
            <NumberField id={`${id}-baseline`} label={t('manage.commitmentForm.baseline', { unit })} unit={draft.unit} value={draft.baseline} onChange={(baseline) => set({ baseline })} error={error('baseline')} />
            <FormRow label={t('manage.commitmentForm.baselineAsOf')} htmlFor={`${id}-baselineAsOf`} error={error('baselineAsOf')}>
              <input id={`${id}-baselineAsOf`} type="date" value={draft.baselineAsOf} onChange={(e) => set({ baselineAsOf: e.target.value })} {...fieldAria(`${id}-baselineAsOf`, error('baselineAsOf'))} />
            </FormRow>
            <FormRow label={t('manage.commitmentForm.baselineNote')} htmlFor={`${id}-baselineNote`}>
              <input id={`${id}-baselineNote`} value={draft.baselineNote} onChange={(e) => set({ baselineNote: e.target.value })} />
            </FormRow>
            <fieldset className="checkbox-group">
              <legend>{t('manage.commitmentForm.milestones')}</legend>
              {draft.milestones.map((m, i) => (
                <div key={i} className="milestone-row">
                  <FormRow label={t('manage.commitmentForm.milestoneYear', { n: i + 1 })} htmlFor={`${id}-m${i}-year`} error={error(`milestone.${i}.year`)}>
                    <input
                      id={`${id}-m${i}-year`}
                      inputMode="numeric"
                      value={m.year}
                      onChange={(e) => set({ milestones: draft.milestones.map((x, j) => (j === i ? { ...x, year: e.target.value } : x)) })}
                      {...fieldAria(`${id}-m${i}-year`, error(`milestone.${i}.year`))}
                    />
                  </FormRow>
                  <NumberField
                    id={`${id}-m${i}-value`}
                    label={t('manage.commitmentForm.milestoneValue', { n: i + 1, unit })}
                    unit={draft.unit}
                    value={m.value}
                    onChange={(value) => set({ milestones: draft.milestones.map((x, j) => (j === i ? { ...x, value } : x)) })}
                    error={error(`milestone.${i}.value`)}
                  />
                  <button type="button" onClick={() => set({ milestones: draft.milestones.filter((_, j) => j !== i) })}>
                    {t('manage.commitmentForm.removeMilestone', { n: i + 1 })}
                  </button>
                </div>
              ))}
              <div>
                <button type="button" onClick={() => set({ milestones: [...draft.milestones, { year: '', value: { text: '', chosen: null } }] })}>
                  + {t('manage.commitmentForm.addMilestone')}
                </button>
              </div>
            </fieldset>
            <NumberField id={`${id}-target`} label={t('manage.commitmentForm.target', { unit })} unit={draft.unit} value={draft.target} onChange={(target) => set({ target })} error={error('target')} />
          </>
        )}
        <FormRow label={t('manage.commitmentForm.targetNote')} htmlFor={`${id}-targetNote`}>
          <input id={`${id}-targetNote`} value={draft.targetNote} onChange={(e) => set({ targetNote: e.target.value })} />
        </FormRow>
        <FormRow label={t('manage.commitmentForm.dueOn')} htmlFor={`${id}-dueOn`} error={error('dueOn')}>
          <input id={`${id}-dueOn`} type="date" value={draft.dueOn} onChange={(e) => set({ dueOn: e.target.value })} {...fieldAria(`${id}-dueOn`, error('dueOn'))} />
        </FormRow>
        {select('lead', t('manage.commitmentForm.lead'), draft.leadPartyId, ['', ...parties.map((p) => p.id)], (pid) => (pid ? (parties.find((p) => p.id === pid)?.name ?? pid) : t('manage.commitmentForm.leadNone')), (leadPartyId) => set({ leadPartyId }))}
        {select('manual', t('manage.commitmentForm.manualStatus'), draft.manualStatus, ['', ...MANUAL_STATUSES] as const, (s) => (s ? t(`enums.manualStatus.${s}`) : t('manage.commitmentForm.manualNone')), (manualStatus) => set({ manualStatus }))}
        <label className="checkbox">
          <input type="checkbox" checked={saveAsTemplate} onChange={(e) => setSaveAsTemplate(e.target.checked)} /> {t('manage.commitmentForm.saveAsTemplate')}
        </label>
        <FormFooter
          submitLabel={existing ? t('manage.common.saveChanges') : t('manage.commitmentForm.create')}
          busy={write.isPending}
          problems={tried ? check.problems.length : 0}
          writeError={refusedCode === 'changed-elsewhere' || (existing && refusedCode === 'not-found') ? null : write.error}
        />
        {tried && <UnresolvedNotice fields={session.unresolved.map(labelOf)} />}
      </form>
    </section>
  );
}
