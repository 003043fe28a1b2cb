import '../../lib/manageI18n';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { EditSessionNotices, UnresolvedNotice } from '../../components/EditSessionNotices';
import { useEditSession } from '../../components/editSession';
import { sameValue } from '../../domain/editing/rebase';
import { dataErrorFrom } from '../../domain/errors';
import { SuccessNotice } from '../../components/SuccessNotice';
import { checkDraft, checkInFromDraft, draftFromCheckIn, emptyDraft, type CheckInDraft, type DraftField } from '../../domain/checkInRules';
import { formatIsoDate } from '../../domain/dates';
import { ASSESSMENTS, type Agreement, type Assessment, type CheckIn, type Commitment } from '../../domain/model';
import { NumberField } from '../../components/NumberField';
import { FormRow as Row } from '../../components/FormRow';
import { useFormatters } from '../../lib/format';
import { todayIso } from '../../lib/today';
import { useAddCheckIn, useCommitment } from '../../queries/commitments';
import { useUserName } from '../../queries/settings';
import { useUpdateCheckIn } from '../../queries/editing';

const NUMERIC = new Set(['capped-percentage', 'cumulative-count', 'count-per-year', 'rank']);

/**
 * Recording a progress report. Each field explains its problem next to it, once the user tries to
 * save; the number typed is read back the Vietnamese way before saving; an ambiguous number is
 * asked about; warnings (a cumulative count falling, a rank worsening) need a confirmation.
 */
export function CheckInForm({ commitment, agreement, editing, onDone }: { commitment: Commitment; agreement: Agreement; editing?: CheckIn; onDone?: (message: string) => void }) {
  const userName = useUserName();
  // Keyed by the user name, so the "reported by" default follows Settings.
  return <Form key={`${userName.data ?? ''}-${editing?.id ?? ''}`} commitment={commitment} agreement={agreement} defaultReporter={userName.data ?? ''} editing={editing} onDone={onDone} />;
}

interface FormProps {
  commitment: Commitment;
  agreement: Agreement;
  defaultReporter: string;
  /** The report being corrected; absent for a new report. */
  editing?: CheckIn | undefined;
  onDone?: ((message: string) => void) | undefined;
}

function Form({ commitment: c, agreement, defaultReporter, editing, onDone }: FormProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const [initial] = useState<CheckInDraft>(() => (editing ? draftFromCheckIn(editing) : emptyDraft(todayIso(), defaultReporter)));
  const [tried, setTried] = useState(false);
  const [triedWhileDeleted, setTriedWhileDeleted] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const add = useAddCheckIn(c.id);
  const update = useUpdateCheckIn(c.id);
  const write = editing ? update : add;
  // The commitment as read on its page: re-read after a correction refused as changed or gone elsewhere.
  const stored = useCommitment(c.id);
  // A correction starts from the report as it was when "Sửa" was clicked; the commitment read since
  // holds the report as stored now (changed, or gone, elsewhere).
  const current = editing ? c.checkIns.find((x) => x.id === editing.id) : undefined;
  const session = useEditSession<CheckInDraft>({
    key: `check-in:${c.id}:${editing?.id ?? 'new'}`,
    initial,
    initialRev: editing?.rev ?? 0,
    stored: editing ? (current ? draftFromCheckIn(current) : null) : initial,
    rev: current?.rev ?? editing?.rev ?? 0,
    busy: write.isPending || write.isSuccess,
    // The chosen reading follows the typed value; the confirmation is the user's alone.
    equal: (field, a, b) => field === 'chosenValue' || field === 'confirmed' || sameValue(a, b),
  });
  const draft = session.draft;
  const setDraft = session.setDraft;
  const refusedCode = write.isError ? dataErrorFrom(write.error).code : null;
  const labelOf = (field: keyof CheckInDraft): string =>
    field === 'valueText' ? t('checkInForm.value', { unit: c.unit || '—' }) : t(`checkInForm.${field as Exclude<keyof CheckInDraft, 'valueText' | 'chosenValue' | 'confirmed'>}`);
  const valueOf = (field: keyof CheckInDraft, value: unknown): string => {
    if (value === '' || value === null || value === undefined) return '';
    if (field === 'asOf') return formatIsoDate(String(value));
    if (field === 'done') return t(value ? 'checkInForm.doneYes' : 'checkInForm.doneNo');
    if (field === 'assessment') return t(`status.label.${value as Assessment}`);
    return String(value);
  };
  const check = checkDraft(c, agreement.period, draft, todayIso(), editing?.id);
  const period = agreement.period ? `${agreement.period.startYear}-${agreement.period.endYear}` : '';
  const set = (patch: Partial<CheckInDraft>) => {
    setSaved(null);
    setDraft((d) => ({ ...d, ...patch }));
  };

  const errorOf = (field: DraftField) => (tried ? check.errors.find((e) => e.field === field) : undefined);
  const describedBy = (field: DraftField, ...extra: string[]) => [errorOf(field) ? `${id}-${field}-error` : '', ...extra].filter(Boolean).join(' ') || undefined;
  const errorMessage = (field: DraftField) => {
    const e = errorOf(field);
    return e ? t(`checkInForm.errors.${e.code}`, { period }) : null;
  };
  const errorText = (field: DraftField) => {
    const message = errorMessage(field);
    return message ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {message}
      </p>
    ) : null;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (check.errors.length > 0 || (check.warnings.length > 0 && !draft.confirmed)) return;
    const input = checkInFromDraft(c, draft, check.value);
    if (editing) {
      if (session.deleted) {
        setTriedWhileDeleted(true);
        return;
      }
      if (session.unresolved.length > 0) return;
      // Checked against the version the correction started from (or last merged with).
      update.mutate(
        { checkInId: editing.id, input, rev: session.baseRev },
        {
          onSuccess: () => {
            session.forget();
            onDone?.(t('manage.checkIn.corrected', { date: formatIsoDate(draft.asOf) }));
          },
          onError: (error) => {
            if (dataErrorFrom(error).code === 'not-found') setTriedWhileDeleted(true);
            void stored.refetch();
          },
        },
      );
      return;
    }
    add.mutate(input, {
      onSuccess: () => {
        setSaved(t('checkInForm.saved', { date: formatIsoDate(draft.asOf) }));
        setDraft(() => emptyDraft(todayIso(), draft.reportedBy));
        setTried(false);
      },
    });
  };


  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>{editing ? t('manage.checkIn.editTitle', { date: formatIsoDate(editing.asOf) }) : t('checkInForm.title')}</h2>
      {editing && (
        <EditSessionNotices
          session={session}
          subject="checkIn"
          name={formatIsoDate(session.base.asOf)}
          labelOf={labelOf}
          valueOf={valueOf}
          triedWhileDeleted={triedWhileDeleted}
          refusedRev={refusedCode === 'changed-elsewhere' ? (update.variables?.rev ?? null) : null}
        />
      )}
      <form onSubmit={onSubmit} noValidate className="form-grid">
        <Row label={t('checkInForm.asOf')} htmlFor={`${id}-asOf`}>
          <input id={`${id}-asOf`} type="date" value={draft.asOf} onChange={(e) => set({ asOf: e.target.value })} aria-invalid={!!errorOf('asOf')} aria-describedby={describedBy('asOf')} required />
          {errorText('asOf')}
        </Row>

        {NUMERIC.has(c.kind) && (
          <NumberField
            id={`${id}-value`}
            label={t('checkInForm.value', { unit: c.unit || '—' })}
            unit={c.unit}
            value={{ text: draft.valueText, chosen: draft.chosenValue }}
            onChange={(next) => set({ valueText: next.text, chosenValue: next.chosen, confirmed: next.text === draft.valueText && draft.confirmed })}
            error={errorMessage('value')}
          />
        )}

        {c.kind === 'milestone' && (
          <fieldset className="radio-group" aria-invalid={!!errorOf('done')} aria-describedby={describedBy('done')}>
            <legend>{t('checkInForm.done')}</legend>
            <label>
              <input type="radio" name={`${id}-done`} checked={draft.done === true} onChange={() => set({ done: true })} /> {t('checkInForm.doneYes')}
            </label>
            <label>
              <input type="radio" name={`${id}-done`} checked={draft.done === false} onChange={() => set({ done: false })} /> {t('checkInForm.doneNo')}
            </label>
            {errorText('done')}
          </fieldset>
        )}

        {(c.kind === 'milestone' || c.kind === 'qualitative') && (
          <Row label={t('checkInForm.assessment')} htmlFor={`${id}-assessment`}>
            <select id={`${id}-assessment`} value={draft.assessment ?? ''} onChange={(e) => set({ assessment: (e.target.value || null) as Assessment | null })}>
              <option value="">{t('checkInForm.assessmentNone')}</option>
              {ASSESSMENTS.map((a) => (
                <option key={a} value={a}>
                  {t(`status.label.${a}`)}
                </option>
              ))}
            </select>
          </Row>
        )}

        <Row label={t('checkInForm.narrative')} htmlFor={`${id}-narrative`}>
          <textarea id={`${id}-narrative`} rows={2} value={draft.narrative} onChange={(e) => set({ narrative: e.target.value })} />
        </Row>
        <Row label={t('checkInForm.evidenceNumber')} htmlFor={`${id}-evidenceNumber`}>
          <input id={`${id}-evidenceNumber`} value={draft.evidenceNumber} onChange={(e) => set({ evidenceNumber: e.target.value })} />
        </Row>
        <Row label={t('checkInForm.evidenceTitle')} htmlFor={`${id}-evidenceTitle`}>
          <input id={`${id}-evidenceTitle`} value={draft.evidenceTitle} onChange={(e) => set({ evidenceTitle: e.target.value })} aria-invalid={!!errorOf('evidenceTitle')} aria-describedby={describedBy('evidenceTitle')} />
          {errorText('evidenceTitle')}
        </Row>
        <Row label={t('checkInForm.reportedBy')} htmlFor={`${id}-reportedBy`}>
          <input id={`${id}-reportedBy`} value={draft.reportedBy} onChange={(e) => set({ reportedBy: e.target.value })} aria-invalid={!!errorOf('reportedBy')} aria-describedby={describedBy('reportedBy')} required />
          {errorText('reportedBy')}
        </Row>

        {check.warnings.length > 0 && (
          <div className="notice" role="status">
            {check.warnings.map((w) => (
              <p key={w.code}>{t(`checkInForm.warnings.${w.code}`, { date: w.previous ? formatIsoDate(w.previous.asOf) : '', value: w.previous?.value != null ? format.measured(w.previous.value, c.unit) : '' })}</p>
            ))}
            <label>
              <input type="checkbox" checked={draft.confirmed} onChange={(e) => set({ confirmed: e.target.checked })} /> {t('checkInForm.confirm')}
            </label>
          </div>
        )}

        <div className="button-row">
          <button type="submit" className="button--primary" disabled={write.isPending}>
            {editing ? t('manage.common.saveChanges') : t('checkInForm.save')}
          </button>
          {editing && (
            <button type="button" onClick={() => onDone?.('')}>
              {t('common.cancel')}
            </button>
          )}
        </div>
        {tried && check.errors.length > 0 && (
          <p role="alert" className="field-error">
            {t('checkInForm.fixErrors', { count: check.errors.length })}
          </p>
        )}
        {tried && check.errors.length === 0 && check.warnings.length > 0 && !draft.confirmed && (
          <p role="alert" className="field-error">
            {t('checkInForm.confirmNeeded')}
          </p>
        )}
        {tried && <UnresolvedNotice fields={session.unresolved.map(labelOf)} />}
        <SuccessNotice message={saved} />
        {write.isError && !(editing && (refusedCode === 'changed-elsewhere' || refusedCode === 'not-found')) && <ErrorNotice error={write.error} />}
      </form>
    </section>
  );
}

