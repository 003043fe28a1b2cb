import '../../lib/manageI18n';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { QueryView } from '../../components/QueryView';
import { SuccessNotice } from '../../components/SuccessNotice';
import { calendarHorizon, toIcs, upcomingEvents } from '../../domain/exchange/calendar';
import { buildReport } from '../../domain/exchange/report';
import { checkInSheet, commitmentSheet, planCheckInImport, sheetFileName, type CsvSeparator, type LayoutProblem } from '../../domain/exchange/spreadsheet';
import type { CommitmentKind } from '../../domain/enums';
import type { DashboardData } from '../../domain/status/dashboard';
import type { Status } from '../../domain/status/engine';
import { useFormatters } from '../../lib/format';
import { downloadBlob } from '../../lib/snapshotFiles';
import { todayIso } from '../../lib/today';
import { useAddCheckIns } from '../../queries/editing';
import { usePortfolio } from '../../queries/portfolio';
import { useUserName } from '../../queries/settings';
import { ScopeSelect, scopeFrom } from './ScopeSelect';
import { csvBlob, readSpreadsheet, rememberCsvSeparator, storedCsvSeparator, xlsxBlob, type RawRows } from './spreadsheetFiles';
import { useStatusRules } from '../../lib/statusRules';

/** `/spreadsheets`: CSV/XLSX out (commitments with status, and every report), reports back in, .ics of the dates ahead. */
export function SpreadsheetPage() {
  const { t } = useTranslation();
  const query = usePortfolio();
  return (
    <section aria-labelledby="sheets-title">
      <h1 id="sheets-title">{t('manage.sheets.title')}</h1>
      <p>{t('manage.sheets.intro')}</p>
      <QueryView query={query}>
        {(data) => (
          <>
            <ExportSection data={data} />
            <ImportSection data={data} />
          </>
        )}
      </QueryView>
    </section>
  );
}

const REMINDER_CHOICES = [0, 3, 7, 14, 30] as const;

function ExportSection({ data }: { data: DashboardData }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [params] = useSearchParams();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [separator, setSeparator] = useState<CsvSeparator>(() => storedCsvSeparator(i18n.language));
  const [reminderDays, setReminderDays] = useState<number>(7);
  const today = todayIso();
  const scopeValue = params.get('scope');
  const scope = scopeFrom(scopeValue);
  const agreements = useMemo(() => buildReport(data, scopeFrom(scopeValue), today).sections.map((s) => s.agreement), [data, scopeValue, today]);
  const units = new Map(data.units.map((u) => [u.id, u.name]));
  // The scope in the file names: the province, the agreement's title, or everything.
  const scopeLabel = scope.kind === 'province' ? (units.get(scope.unitId) ?? scope.unitId) : scope.kind === 'agreement' ? (data.agreements.find((a) => a.id === scope.agreementId)?.title ?? scope.agreementId) : null;
  const rules = useStatusRules();
  const input = {
    agreements,
    commitments: data.commitments,
    unitName: (a: (typeof agreements)[number]) => units.get(a.responsibleUnitId) ?? a.responsibleUnitId,
    statusLabel: (s: Status) => t(`status.label.${s}`),
    kindLabel: (k: CommitmentKind) => t(`enums.commitmentKind.${k}`),
    asOf: today,
    rules,
  };
  const run = async (make: () => Promise<void> | void) => {
    setBusy(true);
    setError(null);
    try {
      await make();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="sheets-export-title" className="panel">
      <h2 id="sheets-export-title">{t('manage.sheets.exportTitle')}</h2>
      <form className="filters" aria-label={t('manage.report.options')} onSubmit={(e) => e.preventDefault()}>
        <ScopeSelect id={`${id}-export`} data={data} />
        <div className="filter filter--wide">
          <label htmlFor={`${id}-separator`}>{t('manage.sheets.csvSeparator')}</label>
          <select
            id={`${id}-separator`}
            value={separator}
            onChange={(e) => {
              const next = e.target.value === ',' ? ',' : ';';
              setSeparator(next);
              rememberCsvSeparator(next);
            }}
          >
            <option value=";">{t('manage.sheets.csvSemicolon')}</option>
            <option value=",">{t('manage.sheets.csvComma')}</option>
          </select>
        </div>
        <div className="filter">
          <label htmlFor={`${id}-reminder`}>{t('manage.sheets.reminder')}</label>
          <select id={`${id}-reminder`} value={reminderDays} onChange={(e) => setReminderDays(Number(e.target.value))}>
            {REMINDER_CHOICES.map((days) => (
              <option key={days} value={days}>
                {days === 0 ? t('manage.sheets.reminderNone') : t('manage.sheets.reminderDays', { count: days })}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p className="muted">{t('manage.sheets.exportHint', { count: agreements.length, date: today.split('-').reverse().join('/') })}</p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => run(() => downloadBlob(sheetFileName('cam-ket', scopeLabel, today, 'csv'), csvBlob(commitmentSheet(input).rows, separator)))}>
          {t('manage.sheets.csvCommitments')}
        </button>
        <button type="button" disabled={busy} onClick={() => run(() => downloadBlob(sheetFileName('bao-cao-tien-do', scopeLabel, today, 'csv'), csvBlob(checkInSheet(input).rows, separator)))}>
          {t('manage.sheets.csvCheckIns')}
        </button>
        <button type="button" disabled={busy} onClick={() => run(async () => downloadBlob(sheetFileName('cam-ket', scopeLabel, today, 'xlsx'), await xlsxBlob([commitmentSheet(input), checkInSheet(input)])))}>
          {t('manage.sheets.xlsx')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            const events = upcomingEvents(agreements, data.commitments, today, calendarHorizon(agreements, today));
            downloadBlob(sheetFileName('lich-cam-ket', scopeLabel, today, 'ics'), new Blob([toIcs(events, new Date().toISOString(), { reminderDays })], { type: 'text/calendar;charset=utf-8' }));
          }}
        >
          {t('manage.sheets.ics')}
        </button>
      </div>
      {busy && <p role="status">{t('manage.sheets.preparing')}</p>}
      {error !== null && <ErrorNotice error={error} />}
    </section>
  );
}

function ImportSection({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const userName = useUserName();
  const add = useAddCheckIns();
  const [fileName, setFileName] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [raw, setRaw] = useState<RawRows | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  // The reporter for rows that leave "Đơn vị báo cáo" empty: asked once per file, Settings' name until typed.
  const [typedReporter, setTypedReporter] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const reporter = typedReporter ?? userName.data ?? '';
  const today = todayIso();
  const lookup = useMemo(() => {
    const agreements = new Map(data.agreements.map((a) => [a.id, a]));
    return new Map(data.commitments.filter((c) => agreements.has(c.agreementId)).map((c) => [c.id, { commitment: c, agreement: agreements.get(c.agreementId)! }]));
  }, [data]);
  const result = useMemo(() => (raw ? planCheckInImport(raw, lookup, reporter, today) : null), [raw, lookup, reporter, today]);
  const layout: LayoutProblem | 'unreadable' | null = unreadable ? 'unreadable' : result && 'layout' in result ? result.layout : null;
  const plan = result && !('layout' in result) ? result : null;

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setRaw(null);
    setUnreadable(false);
    setDone(null);
    setConfirmed(false);
    setReading(true);
    try {
      setRaw(await readSpreadsheet(file));
    } catch {
      setUnreadable(true);
    } finally {
      setReading(false);
    }
  };

  const needsConfirmation = plan !== null && plan.warnings.length > 0 && !confirmed;
  return (
    <section aria-labelledby="sheets-import-title" className="panel">
      <h2 id="sheets-import-title">{t('manage.sheets.importTitle')}</h2>
      <p className="muted">{t('manage.sheets.importHint')}</p>
      <label htmlFor={`${id}-file`}>{t('manage.sheets.chooseFile')}</label>{' '}
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(e) => {
          void onFile(e.target.files?.[0]);
          // The same file, corrected and chosen again, must be read again.
          e.target.value = '';
        }}
      />
      {reading && <p role="status">{t('manage.sheets.reading', { name: fileName })}</p>}
      {layout && (
        <p role="alert" className="notice notice--error">
          {layout === 'unreadable' ? t('manage.sheets.unreadable', { name: fileName }) : layout.code === 'empty' ? t('manage.sheets.empty', { name: fileName }) : t('manage.sheets.missingColumns', { name: fileName, columns: layout.columns.join('; ') })}
        </p>
      )}
      <SuccessNotice message={done} />
      {add.isError && <ErrorNotice error={add.error} />}
      {plan && (
        <div aria-labelledby={`${id}-preview`} role="region">
          <h3 id={`${id}-preview`}>{t('manage.sheets.preview', { name: fileName })}</h3>
          <p role="status">
            {plan.rows.length === 0 && plan.recorded.length > 0 && plan.problems.length === 0 && plan.awaitingReporter.length === 0
              ? t('manage.sheets.nothingNew', { name: fileName, count: plan.recorded.length })
              : t('manage.sheets.counts', { ok: plan.rows.length, bad: plan.problems.length, recorded: plan.recorded.length, skipped: plan.skipped })}
          </p>
          {plan.withoutReporter > 0 && (
            <div className="form-row">
              <label htmlFor={`${id}-reporter`}>{t('manage.sheets.reporterLabel', { count: plan.withoutReporter })}</label>
              <input
                id={`${id}-reporter`}
                value={reporter}
                onChange={(e) => setTypedReporter(e.target.value)}
                aria-describedby={plan.awaitingReporter.length > 0 ? `${id}-reporter-waiting` : undefined}
                aria-invalid={plan.awaitingReporter.length > 0}
              />
              {plan.awaitingReporter.length > 0 && (
                <p id={`${id}-reporter-waiting`} className="field-error">
                  {t('manage.sheets.reporterWaiting', { count: plan.awaitingReporter.length })}
                </p>
              )}
            </div>
          )}
          {plan.rows.length > 0 && (
            <table aria-labelledby={`${id}-preview`}>
              <thead>
                <tr>
                  <th scope="col">{t('manage.sheets.columns.row')}</th>
                  <th scope="col">{t('manage.sheets.columns.commitment')}</th>
                  <th scope="col">{t('manage.sheets.columns.asOf')}</th>
                  <th scope="col">{t('manage.sheets.columns.value')}</th>
                  <th scope="col">{t('checkInForm.reportedBy')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.rows.map((r) => (
                  <tr key={r.row}>
                    <td>{r.row}</td>
                    <th scope="row">{r.commitment.title}</th>
                    <td>{format.date(r.checkIn.asOf)}</td>
                    <td className="cell--number">{format.checkInValue(r.checkIn, r.commitment.unit)}</td>
                    <td>{r.checkIn.reportedBy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {plan.warnings.length > 0 && (
            <div className="notice">
              <h4 id={`${id}-warnings`}>{t('manage.sheets.warningsTitle')}</h4>
              <ul aria-labelledby={`${id}-warnings`}>
                {plan.warnings.map((w) => (
                  <li key={`${w.row}-${w.code}`}>
                    {t('manage.sheets.problem', {
                      row: w.row,
                      column: w.column,
                      message: t(`checkInForm.warnings.${w.code}`, { date: w.previous ? format.date(w.previous.asOf) : '', value: w.previous?.value != null ? format.number(w.previous.value) : '' }),
                    })}
                  </li>
                ))}
              </ul>
              <label>
                <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> {t('checkInForm.confirm')}
              </label>
            </div>
          )}
          {plan.problems.length > 0 && (
            <>
              <h4 id={`${id}-problems`}>{t('manage.sheets.problemsTitle')}</h4>
              <ul aria-labelledby={`${id}-problems`}>
                {plan.problems.map((p) => (
                  <li key={`${p.row}-${p.column}-${p.code}`}>{t('manage.sheets.problem', { row: p.row, column: p.column, message: t(`manage.sheets.codes.${p.code}`, { text: p.text }) })}</li>
                ))}
              </ul>
            </>
          )}
          {plan.recorded.length > 0 && (
            <>
              <h4 id={`${id}-recorded`}>{t('manage.sheets.recordedTitle')}</h4>
              <ul aria-labelledby={`${id}-recorded`}>
                {plan.recorded.map((r) => (
                  <li key={r.row}>{t('manage.sheets.recorded', { row: r.row, date: format.date(r.asOf), title: r.commitment.title })}</li>
                ))}
              </ul>
            </>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button--primary"
              disabled={plan.rows.length === 0 || add.isPending || needsConfirmation}
              onClick={() =>
                add.mutate(
                  plan.rows.map((r) => ({ commitmentId: r.commitment.id, input: r.checkIn })),
                  {
                    onSuccess: (count) => {
                      setDone(t('manage.sheets.imported', { count }));
                      setRaw(null);
                    },
                  },
                )
              }
            >
              {t('manage.sheets.confirm', { count: plan.rows.length })}
            </button>
            <button type="button" onClick={() => setRaw(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
