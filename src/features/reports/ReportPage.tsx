import '../../lib/manageI18n';
import './officialI18n';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSetParam } from '../../components/FilterSelect';
import { QueryView } from '../../components/QueryView';
import { SuccessNotice } from '../../components/SuccessNotice';
import { reportingPeriodBounds } from '../../domain/dates';
import { buildReport, periodWords, type ReportPeriod, type ReportScope } from '../../domain/exchange/report';
import { EMPTY_REPORT_SETTINGS, validateReportSettings, type OfficialReportSettings } from '../../domain/exchange/reportSettings';
import type { DashboardData } from '../../domain/status/dashboard';
import { currentLocale } from '../../lib/i18n';
import { useStatusRules } from '../../lib/statusRules';
import { asOfFrom, todayIso } from '../../lib/today';
import { usePortfolio } from '../../queries/portfolio';
import { useReportSettings, useSaveReportSettings } from '../../queries/reportSettings';
import { buildOfficialDocument, reportedCause, scopeName } from './officialDocument';
import { OfficialReport } from './OfficialReport';
import { issueText, ReportSettingsForm, type CauseInput } from './ReportSettingsForm';
import { ScopeSelect, scopeFrom } from './ScopeSelect';

const PERIODS: ReportPeriod[] = ['quarter', 'half', 'year', 'period'];

/** `/reports`: the periodic report as an official document (Nghị định 30/2020/NĐ-CP), printed to PDF or saved as Word. */
export function ReportPage() {
  const { t } = useTranslation();
  const query = usePortfolio();
  return (
    <section aria-labelledby="report-page-title">
      <h1 id="report-page-title" className="no-print">
        {t('manage.report.pageTitle')}
      </h1>
      <QueryView query={query}>{(data) => <Report data={data} />}</QueryView>
    </section>
  );
}

function Report({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  const id = useId();
  const [params] = useSearchParams();
  const asOf = asOfFrom(params);
  const scopeValue = params.get('scope') || 'all';
  const period = (PERIODS as string[]).includes(params.get('period') ?? '') ? (params.get('period') as ReportPeriod) : 'quarter';
  const set = useSetParam();
  const stored = useReportSettings(scopeValue);

  return (
    <>
      <form className="filters no-print" aria-label={t('manage.report.options')} onSubmit={(e) => e.preventDefault()}>
        <ScopeSelect id={id} data={data} />
        <div className="filter">
          <label htmlFor={`${id}-asOf`}>{t('dashboard.filters.asOf')}</label>
          <input id={`${id}-asOf`} type="date" value={asOf} onChange={(e) => set('asOf', e.target.value)} />
        </div>
        <div className="filter">
          <label htmlFor={`${id}-period`}>{t('manage.report.period')}</label>
          <select id={`${id}-period`} value={period} onChange={(e) => set('period', e.target.value)}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`manage.report.periodKinds.${p}`)}
              </option>
            ))}
          </select>
        </div>
      </form>
      <QueryView query={stored}>
        {(saved) => <Official key={scopeValue} data={data} scopeValue={scopeValue} asOf={asOf} period={period} initial={saved ?? defaultSettings(data, scopeFrom(scopeValue))} />}
      </QueryView>
    </>
  );
}

/** What a scope's first report starts with: the province's committee and place, today's date. */
function defaultSettings(data: DashboardData, scope: ReportScope): OfficialReportSettings {
  const unitId = scope.kind === 'province' ? scope.unitId : scope.kind === 'agreement' ? data.agreements.find((a) => a.id === scope.agreementId)?.responsibleUnitId : undefined;
  const unit = data.units.find((u) => u.id === unitId);
  if (!unit) return { ...EMPTY_REPORT_SETTINGS, issuedOn: todayIso() };
  const kind = unit.kind === 'province' ? 'TỈNH' : 'THÀNH PHỐ';
  return { ...EMPTY_REPORT_SETTINGS, parentAgency: `UBND ${kind} ${unit.name}`, place: unit.name, issuedOn: todayIso() };
}

function Official({ data, scopeValue, asOf, period, initial }: { data: DashboardData; scopeValue: string; asOf: string; period: ReportPeriod; initial: OfficialReportSettings }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  const scope = useMemo(() => scopeFrom(scopeValue), [scopeValue]);
  const rules = useStatusRules();
  const [settings, setSettings] = useState(initial);
  const [dirty, setDirty] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [wordState, setWordState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const save = useSaveReportSettings();

  const model = useMemo(() => buildReport(data, scope, asOf, undefined, rules), [data, scope, asOf, rules]);
  const agreements = model.sections.map((s) => s.agreement);
  const words = periodWords(period, asOf, agreements);
  const periodText = t(`manage.report.periods.${words.key}`, words.values);
  const whole = words.key === 'period' ? { startYear: Number(words.values.start), endYear: Number(words.values.end) } : null;
  const bounds = reportingPeriodBounds(period, asOf, whole);
  const issues = validateReportSettings(settings);
  const doc = useMemo(
    () => buildOfficialDocument({ data, model, scope, period, periodText, bounds, settings, includeSample: rules.includeSample, t, locale }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- bounds follow period and asOf
    [data, model, scope, period, periodText, bounds[0], bounds[1], settings, rules.includeSample, t, locale],
  );
  const causes: CauseInput[] = useMemo(() => {
    const seen = new Set<string>();
    const out: CauseInput[] = [];
    for (const s of model.slippages) {
      const key = s.assessment.status === 'period-ended' ? `${s.agreement.id}|${s.assessment.dueDate ?? ''}` : s.commitment.id;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        id: s.commitment.id,
        title: s.assessment.status === 'period-ended' ? s.agreement.title : s.commitment.title,
        reported: s.assessment.status === 'period-ended' ? null : reportedCause(s.commitment, bounds, asOf, rules.includeSample),
      });
    }
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- bounds follow period and asOf
  }, [model, bounds[0], bounds[1], asOf, rules.includeSample]);

  const change = (next: OfficialReportSettings) => {
    setSettings(next);
    setDirty(true);
    setNotice(null);
  };
  const scopeText = scopeName(data, scope, t);
  const onSave = () =>
    save.mutate(
      { scope: scopeValue, settings },
      {
        onSuccess: () => {
          setDirty(false);
          setNotice(t('official.form.saved', { scope: scopeText }));
        },
      },
    );
  const blocked = issues.length > 0;
  const onWord = async () => {
    if (blocked) return;
    setWordState({ busy: true, error: null });
    try {
      const { officialDocx } = await import('./officialDocx');
      const blob = await officialDocx(doc);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = doc.fileName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setWordState({ busy: false, error: null });
    } catch (e) {
      setWordState({ busy: false, error: t('official.wordFailed', { detail: e instanceof Error ? e.message : String(e) }) });
    }
  };

  return (
    <>
      <p className="muted no-print">{t('official.form.hint', { scope: scopeText })}</p>
      <ReportSettingsForm settings={settings} onChange={change} issues={issues} causes={causes} />
      {issues.length > 0 && (
        <div role="alert" className="notice notice--error no-print">
          <p>{t('official.form.problemsTitle')}</p>
          <ul>
            {issues.map((issue, i) => (
              <li key={i}>{issueText(t, issue)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-row no-print">
        <button type="button" onClick={onSave} disabled={save.isPending || validateReportSettings({ ...settings, final: false }).length > 0}>
          {t('official.form.save')}
        </button>
        <button type="button" className="button--primary" disabled={blocked} onClick={() => window.print()}>
          {t('official.print')}
        </button>
        <button type="button" disabled={blocked || wordState.busy} onClick={() => void onWord()}>
          {wordState.busy ? t('official.wordPreparing') : t('official.word')}
        </button>
        {dirty && <span className="muted">{t('official.form.notSaved')}</span>}
      </div>
      <div className="no-print">
        <SuccessNotice message={notice} />
        {save.isError && (
          <p role="alert" className="notice notice--error">
            {t('official.form.saveFailed', { detail: save.error.message })}
          </p>
        )}
        {wordState.error && (
          <p role="alert" className="notice notice--error">
            {wordState.error}
          </p>
        )}
        {blocked && <p className="muted">{t('official.exportBlocked')}</p>}
        <p className="muted">{t('official.printHint')}</p>
      </div>
      <OfficialReport doc={doc} label={t('manage.report.documentLabel')} />
    </>
  );
}
