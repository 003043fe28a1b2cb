import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SuccessNotice } from '../../components/SuccessNotice';
import { checkDraft, checkInFromDraft, emptyDraft, type CheckInDraft, type DraftField } from '../../domain/checkInRules';
import { formatIsoDate } from '../../domain/dates';
import { ASSESSMENTS, type Agreement, type Assessment, type Commitment } from '../../domain/model';
import { parseVietnameseNumber } from '../../domain/numbers';
import { useFormatters } from '../../lib/format';
import { todayIso } from '../../lib/today';
import { useAddCheckIn } from '../../queries/commitments';
import { useUserName } from '../../queries/settings';

const NUMERIC = new Set(['capped-percentage', 'cumulative-count', 'count-per-year', 'rank']);

/**
 * Recording a progress report. Each field explains its problem next to it, once the user tries to
 * save; the number typed is read back the Vietnamese way before saving; an ambiguous number is
 * asked about; warnings (a cumulative count falling, a rank worsening) need a confirmation.
 */
export function CheckInForm({ commitment, agreement }: { commitment: Commitment; agreement: Agreement }) {
  const userName = useUserName();
  // Keyed by the user name, so the "reported by" default follows Settings.
  return <Form key={userName.data ?? ''} commitment={commitment} agreement={agreement} defaultReporter={userName.data ?? ''} />;
}

function Form({ commitment: c, agreement, defaultReporter }: { commitment: Commitment; agreement: Agreement; defaultReporter: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const [draft, setDraft] = useState<CheckInDraft>(() => emptyDraft(todayIso(), defaultReporter));
  const [tried, setTried] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const add = useAddCheckIn(c.id);
  const check = checkDraft(c, agreement.period, draft, todayIso());
  const period = agreement.period ? `${agreement.period.startYear}-${agreement.period.endYear}` : '';
  const set = (patch: Partial<CheckInDraft>) => {
    setSaved(null);
    setDraft((d) => ({ ...d, ...patch }));
  };

  const errorOf = (field: DraftField) => (tried ? check.errors.find((e) => e.field === field) : undefined);
  const describedBy = (field: DraftField, ...extra: string[]) => [errorOf(field) ? `${id}-${field}-error` : '', ...extra].filter(Boolean).join(' ') || undefined;
  const errorText = (field: DraftField) => {
    const e = errorOf(field);
    return e ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {t(`checkInForm.errors.${e.code}`, { period })}
      </p>
    ) : null;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (check.errors.length > 0 || (check.warnings.length > 0 && !draft.confirmed)) return;
    add.mutate(checkInFromDraft(c, draft, check.value), {
      onSuccess: () => {
        setSaved(t('checkInForm.saved', { date: formatIsoDate(draft.asOf) }));
        setDraft(emptyDraft(todayIso(), draft.reportedBy));
        setTried(false);
      },
    });
  };

  const ambiguity = check.errors.find((e) => e.code === 'ambiguous') ?? (draft.chosenValue !== null ? { candidates: ambiguousReadings(draft.valueText) } : undefined);
  const readBack = NUMERIC.has(c.kind) && check.value !== null ? t('checkInForm.readAs', { value: format.measured(check.value, c.unit) }) : null;

  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>{t('checkInForm.title')}</h2>
      <form onSubmit={onSubmit} noValidate className="form-grid">
        <Row label={t('checkInForm.asOf')} htmlFor={`${id}-asOf`}>
          <input id={`${id}-asOf`} type="date" value={draft.asOf} onChange={(e) => set({ asOf: e.target.value })} aria-invalid={!!errorOf('asOf')} aria-describedby={describedBy('asOf')} required />
          {errorText('asOf')}
        </Row>

        {NUMERIC.has(c.kind) && (
          <Row label={t('checkInForm.value', { unit: c.unit || '—' })} htmlFor={`${id}-value`}>
            <input
              id={`${id}-value`}
              inputMode="decimal"
              autoComplete="off"
              value={draft.valueText}
              onChange={(e) => set({ valueText: e.target.value, chosenValue: null, confirmed: false })}
              aria-invalid={!!errorOf('value')}
              aria-describedby={describedBy('value', `${id}-value-hint`, `${id}-value-read`)}
              required
            />
            <p id={`${id}-value-hint`} className="muted small">
              {t('checkInForm.valueHint')}
            </p>
            <p id={`${id}-value-read`} className="read-back" aria-live="polite">
              {readBack}
            </p>
            {errorText('value')}
            {ambiguity?.candidates && (
              <fieldset className="radio-group">
                <legend>{t('checkInForm.ambiguousLegend', { text: draft.valueText })}</legend>
                {ambiguity.candidates.map((v) => (
                  <label key={v}>
                    <input type="radio" name={`${id}-reading`} checked={draft.chosenValue === v} onChange={() => set({ chosenValue: v })} /> {format.measured(v, c.unit)}
                  </label>
                ))}
              </fieldset>
            )}
          </Row>
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
          <button type="submit" className="button--primary" disabled={add.isPending}>
            {t('checkInForm.save')}
          </button>
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
        <SuccessNotice message={saved} />
        {add.isError && <ErrorNotice error={add.error} />}
      </form>
    </section>
  );
}

function ambiguousReadings(text: string): [number, number] | undefined {
  const parsed = parseVietnameseNumber(text);
  return !parsed.ok && parsed.reason === 'ambiguous' ? parsed.candidates : undefined;
}

function Row({ label, htmlFor, children }: { label: string; htmlFor: string; children: ReactNode }) {
  return (
    <div className="form-row">
      <label htmlFor={htmlFor}>{label}</label>
      <div>{children}</div>
    </div>
  );
}
