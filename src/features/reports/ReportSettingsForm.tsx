/**
 * The official report's details, kept per scope: agency names, number, place and date, recipients,
 * signer, and the causes, tasks and proposals typed for the body. Every problem is said in a
 * sentence naming the field and its limit (domain/exchange/reportSettings.ts holds the rules).
 */
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AUTHORITIES, type OfficialReportSettings, type ReportField, type ReportIssue } from '../../domain/exchange/reportSettings';

export interface CauseInput {
  /** The commitment whose cause this is (for a group, its first commitment). */
  id: string;
  title: string;
  /** What the reports say, used when the field is left empty. */
  reported: string | null;
}

type TextField = Exclude<keyof OfficialReportSettings, 'final' | 'causes' | 'authority'>;

export function ReportSettingsForm({
  settings,
  onChange,
  issues,
  causes,
}: {
  settings: OfficialReportSettings;
  onChange: (next: OfficialReportSettings) => void;
  issues: ReportIssue[];
  causes: CauseInput[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = <K extends keyof OfficialReportSettings>(key: K, value: OfficialReportSettings[K]) => onChange({ ...settings, [key]: value });
  const issuesOf = (field: ReportField) => issues.filter((i) => i.field === field && i.field !== 'cause');
  const errorId = (field: string) => `${id}-${field}-error`;

  const text = (field: TextField, opts: { multiline?: boolean; hint?: string; type?: string; labelKey?: string } = {}) => {
    const own = issuesOf(field as ReportField);
    const described = [opts.hint ? `${id}-${field}-hint` : '', own.length ? errorId(field) : ''].filter(Boolean).join(' ') || undefined;
    const common = {
      id: `${id}-${field}`,
      value: settings[field],
      'aria-invalid': own.length ? true : undefined,
      'aria-describedby': described,
    };
    return (
      <div className={opts.multiline ? 'filter filter--wide official-form__wide' : 'filter'}>
        <label htmlFor={`${id}-${field}`}>{t(`official.form.${field}` as 'official.form.agency')}</label>
        {opts.multiline ? (
          <textarea {...common} rows={3} onChange={(e) => set(field, e.target.value)} />
        ) : (
          <input {...common} type={opts.type ?? 'text'} onChange={(e) => set(field, e.target.value)} />
        )}
        {opts.hint && (
          <small id={`${id}-${field}-hint`} className="muted">
            {opts.hint}
          </small>
        )}
        {own.length > 0 && (
          <small id={errorId(field)} className="field-error">
            {own.map((i) => issueText(t, i)).join(' ')}
          </small>
        )}
      </div>
    );
  };

  return (
    <fieldset className="official-form no-print">
      <legend>{t('official.form.title')}</legend>
      <div className="official-form__grid">
        {text('parentAgency')}
        {text('agency')}
        {text('agencyCode')}
        {text('number', { hint: t('official.form.numberHint') })}
        {text('place')}
        {text('issuedOn', { type: 'date' })}
        {text('recipients', { multiline: true })}
        {text('copyTo', { multiline: true })}
        <div className="filter">
          <label htmlFor={`${id}-authority`}>{t('official.form.authority')}</label>
          <select id={`${id}-authority`} value={settings.authority} onChange={(e) => set('authority', e.target.value as OfficialReportSettings['authority'])}>
            {AUTHORITIES.map((a) => (
              <option key={a} value={a}>
                {a || t('official.form.authorityNone')}
              </option>
            ))}
          </select>
        </div>
        {text('authorityOf', { hint: t('official.form.authorityOfHint') })}
        {text('signerTitle')}
        {text('signerName')}
      </div>
      {causes.length > 0 && (
        <fieldset className="official-form__causes">
          <legend>{t('official.form.causesTitle')}</legend>
          {causes.map((c) => {
            const tooLong = issues.find((i) => i.field === 'cause' && i.code === 'too-long' && i.commitmentId === c.id);
            return (
              <div key={c.id} className="filter filter--wide official-form__wide">
                <label htmlFor={`${id}-cause-${c.id}`}>{t('official.form.cause', { title: c.title })}</label>
                <textarea
                  id={`${id}-cause-${c.id}`}
                  rows={2}
                  value={settings.causes[c.id] ?? ''}
                  aria-describedby={`${id}-cause-${c.id}-hint`}
                  aria-invalid={tooLong ? true : undefined}
                  onChange={(e) => set('causes', { ...settings.causes, [c.id]: e.target.value })}
                />
                <small id={`${id}-cause-${c.id}-hint`} className={tooLong ? 'field-error' : 'muted'}>
                  {tooLong ? issueText(t, tooLong) : c.reported ? t('official.form.causeFromReport', { text: c.reported }) : t('official.form.causeNone')}
                </small>
              </div>
            );
          })}
        </fieldset>
      )}
      <div className="official-form__grid">
        {text('tasks', { multiline: true })}
        {text('proposals', { multiline: true })}
      </div>
      <div className="checkbox">
        <input id={`${id}-final`} type="checkbox" checked={settings.final} onChange={(e) => set('final', e.target.checked)} />{' '}
        <label htmlFor={`${id}-final`}>{t('official.form.final')}</label>
      </div>
    </fieldset>
  );
}

const FIELD_LABEL: Record<ReportField, string> = {
  parentAgency: 'official.form.parentAgency',
  agency: 'official.form.agency',
  agencyCode: 'official.form.agencyCode',
  number: 'official.form.number',
  place: 'official.form.place',
  issuedOn: 'official.form.issuedOn',
  recipients: 'official.form.recipients',
  copyTo: 'official.form.copyTo',
  authorityOf: 'official.form.authorityOf',
  signerTitle: 'official.form.signerTitle',
  signerName: 'official.form.signerName',
  cause: 'official.form.causesTitle',
  tasks: 'official.form.tasks',
  proposals: 'official.form.proposals',
};

/** A problem as a sentence naming the field and, where there is one, its limit. */
export function issueText(t: TFunction, issue: ReportIssue): string {
  const field = t(FIELD_LABEL[issue.field] as 'official.form.agency');
  if (issue.code === 'too-long') return t('official.errors.too-long', { field, limit: issue.limit, length: issue.length });
  return t(`official.errors.${issue.code}`, { field });
}
