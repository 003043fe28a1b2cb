import '../../lib/manageI18n';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { QueryView } from '../../components/QueryView';
import { SuccessNotice } from '../../components/SuccessNotice';
import { toIcs, upcomingEvents } from '../../domain/exchange/calendar';
import { buildReport } from '../../domain/exchange/report';
import { checkInSheet, commitmentSheet, planCheckInImport, type ImportPlan, type LayoutProblem } from '../../domain/exchange/spreadsheet';
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
import { csvBlob, readSpreadsheet, xlsxBlob } from './spreadsheetFiles';
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

function ExportSection({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  const id = useId();
  const [params] = useSearchParams();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const today = todayIso();
  const scopeValue = params.get('scope');
  const agreements = useMemo(() => buildReport(data, scopeFrom(scopeValue), today).sections.map((s) => s.agreement), [data, scopeValue, today]);
  const units = new Map(data.units.map((u) => [u.id, u.name]));
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
  const run = async (make: () => Promise<void>) => {
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
      </form>
      <p className="muted">{t('manage.sheets.exportHint', { count: agreements.length, date: today.split('-').reverse().join('/') })}</p>
      <div className="button-row">
        <button type="button" disabled={busy} onClick={() => run(async () => downloadBlob(`cam-ket-cam-ket-${today}.csv`, await csvBlob(commitmentSheet(input))))}>
          {t('manage.sheets.csvCommitments')}
        </button>
        <button type="button" disabled={busy} onClick={() => run(async () => downloadBlob(`cam-ket-bao-cao-${today}.csv`, await csvBlob(checkInSheet(input))))}>
          {t('manage.sheets.csvCheckIns')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run(async () =>
              downloadBlob(
                `cam-ket-${today}.xlsx`,
                await xlsxBlob([
                  { name: 'Cam kết', rows: commitmentSheet(input) },
                  { name: 'Báo cáo', rows: checkInSheet(input) },
                ]),
              ),
            )
          }
        >
          {t('manage.sheets.xlsx')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            const until = `${Number(today.slice(0, 4)) + 2}-12-31`;
            downloadBlob(`cam-ket-lich-${today}.ics`, new Blob([toIcs(upcomingEvents(agreements, data.commitments, today, until), new Date().toISOString())], { type: 'text/calendar;charset=utf-8' }));
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
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [layout, setLayout] = useState<LayoutProblem | 'unreadable' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const lookup = useMemo(() => {
    const agreements = new Map(data.agreements.map((a) => [a.id, a]));
    return new Map(data.commitments.filter((c) => agreements.has(c.agreementId)).map((c) => [c.id, { commitment: c, agreement: agreements.get(c.agreementId)! }]));
  }, [data]);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setPlan(null);
    setLayout(null);
    setDone(null);
    setReading(true);
    try {
      const rows = await readSpreadsheet(file);
      const result = planCheckInImport(rows, lookup, userName.data ?? '', todayIso());
      if ('layout' in result) setLayout(result.layout);
      else setPlan(result);
    } catch {
      setLayout('unreadable');
    } finally {
      setReading(false);
    }
  };

  return (
    <section aria-labelledby="sheets-import-title" className="panel">
      <h2 id="sheets-import-title">{t('manage.sheets.importTitle')}</h2>
      <p className="muted">{t('manage.sheets.importHint')}</p>
      <label htmlFor={`${id}-file`}>{t('manage.sheets.chooseFile')}</label>{' '}
      <input id={`${id}-file`} type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => {
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
          <p role="status">{t('manage.sheets.counts', { ok: plan.rows.length, bad: plan.problems.length, skipped: plan.skipped })}</p>
          {plan.rows.length > 0 && (
            <table aria-labelledby={`${id}-preview`}>
              <thead>
                <tr>
                  <th scope="col">{t('manage.sheets.columns.row')}</th>
                  <th scope="col">{t('manage.sheets.columns.commitment')}</th>
                  <th scope="col">{t('manage.sheets.columns.asOf')}</th>
                  <th scope="col">{t('manage.sheets.columns.value')}</th>
                </tr>
              </thead>
              <tbody>
                {plan.rows.map((r) => (
                  <tr key={r.row}>
                    <td>{r.row}</td>
                    <th scope="row">{r.commitment.title}</th>
                    <td>{format.date(r.checkIn.asOf)}</td>
                    <td className="cell--number">{format.checkInValue(r.checkIn, r.commitment.unit)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
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
          <div className="button-row">
            <button
              type="button"
              className="button--primary"
              disabled={plan.rows.length === 0 || add.isPending}
              onClick={() =>
                add.mutate(
                  plan.rows.map((r) => ({ commitmentId: r.commitment.id, input: r.checkIn })),
                  {
                    onSuccess: (count) => {
                      setDone(t('manage.sheets.imported', { count }));
                      setPlan(null);
                    },
                  },
                )
              }
            >
              {t('manage.sheets.confirm', { count: plan.rows.length })}
            </button>
            <button type="button" onClick={() => setPlan(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
