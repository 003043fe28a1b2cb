import '../../lib/manageI18n';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSetParam } from '../../components/FilterSelect';
import { QueryView } from '../../components/QueryView';
import { StatusBadge } from '../../components/StatusBadge';
import { buildReport, periodWords, type ReportModel, type ReportPeriod } from '../../domain/exchange/report';
import type { DashboardData } from '../../domain/status/dashboard';
import { STATUSES } from '../../domain/status/engine';
import { useFormatters } from '../../lib/format';
import { STATUS_COLORS } from '../../lib/statusColors';
import { currentLocale } from '../../lib/i18n';
import { explainStatus } from '../../lib/statusText';
import { asOfFrom } from '../../lib/today';
import { usePortfolio } from '../../queries/portfolio';
import { ScopeSelect, scopeFrom } from './ScopeSelect';
import { SampleDataNotice } from '../../components/SampleDataNotice';
import { useStatusRules } from '../../lib/statusRules';

const PERIODS: ReportPeriod[] = ['quarter', 'half', 'year', 'period'];

/** `/reports`: the periodic report, laid out for A4 and the browser's print-to-PDF. */
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
  const scopeValue = params.get('scope') ?? 'all';
  const scope = scopeFrom(scopeValue);
  const period = (PERIODS as string[]).includes(params.get('period') ?? '') ? (params.get('period') as ReportPeriod) : 'quarter';
  const [body, setBody] = useState(() => t('manage.report.defaultBody'));
  const [proposals, setProposals] = useState('');
  const rules = useStatusRules();
  const model = useMemo(() => buildReport(data, scope, asOf, undefined, rules), [data, scopeValue, asOf, rules]); // eslint-disable-line react-hooks/exhaustive-deps -- scopeValue stands for scope
  const lines = model.sections.flatMap((s) => s.lines);
  const set = useSetParam();
  const words = periodWords(period, asOf, model.sections.map((s) => s.agreement));
  const periodText = t(`manage.report.periods.${words.key}`, words.values);
  const scopeText =
    scope.kind === 'all'
      ? t('manage.report.scopeAll')
      : scope.kind === 'province'
        ? t('manage.report.scopeProvince', { name: data.units.find((u) => u.id === scope.unitId)?.name ?? scope.unitId })
        : (data.agreements.find((a) => a.id === scope.agreementId)?.title ?? '');

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
        <div className="filter filter--wide">
          <label htmlFor={`${id}-body`}>{t('manage.report.body')}</label>
          <input id={`${id}-body`} value={body} onChange={(e) => setBody(e.target.value)} />
        </div>
        <button type="button" className="button--primary" onClick={() => window.print()}>
          {t('manage.report.print')}
        </button>
      </form>
      <p className="muted no-print">{t('manage.report.printHint')}</p>

      <article className="report" aria-label={t('manage.report.documentLabel')}>
        <header className="report__header">
          <div>
            <p className="report__body">{body}</p>
          </div>
          <div className="report__motto">
            <p>{t('manage.report.nation')}</p>
            <p className="report__motto-line">{t('manage.report.motto')}</p>
          </div>
        </header>
        <h2 className="report__title">{t('manage.report.title')}</h2>
        <p className="report__subtitle">
          {scopeText} — {periodText}
        </p>
        <p className="report__subtitle">{t('manage.report.asOf', { date: asOf.split('-').reverse().join('/') })}</p>
        <SampleDataNotice leftOut={lines.reduce((n, l) => n + l.assessment.samplesLeftOut, 0)} counted={lines.reduce((n, l) => n + l.assessment.samplesCounted, 0)} />
        <ResultsSection model={model} />
        <ShortcomingsSection model={model} />
        <NextSection model={model} />
        <section className="report__section">
          <h3>{t('manage.report.proposals')}</h3>
          <label htmlFor={`${id}-proposals`} className="no-print">
            {t('manage.report.proposalsLabel')}
          </label>
          <textarea id={`${id}-proposals`} className="no-print" rows={4} value={proposals} onChange={(e) => setProposals(e.target.value)} />
          <p className="print-only report__text">{proposals || t('manage.report.noProposals')}</p>
        </section>
      </article>
    </>
  );
}

/** I. Results: the overall picture (a bar per status, with its table), then one table per agreement. */
function ResultsSection({ model }: { model: ReportModel }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const counts = STATUSES.filter((s) => model.overall.counts[s] > 0);
  const max = Math.max(1, ...counts.map((s) => model.overall.counts[s]));
  return (
    <section className="report__section">
      <h3>{t('manage.report.results')}</h3>
      <p>{t('manage.report.summary', { agreements: model.sections.length, commitments: model.overall.total, onTrack: format.share(model.overall.onTrackShare), progress: format.share(model.overall.progressShare) })}</p>
      <figure className="report__figure">
        <svg aria-hidden="true" width="100%" height={counts.length * 22 + 4} viewBox={`0 0 480 ${counts.length * 22 + 4}`} preserveAspectRatio="xMinYMin meet">
          {counts.map((s, i) => (
            <g key={s} transform={`translate(0 ${i * 22 + 2})`}>
              <rect x="230" y="2" height="16" width={(model.overall.counts[s] / max) * 210} fill={STATUS_COLORS[s]} />
              <text x="224" y="14" textAnchor="end" fontSize="11">
                {t(`status.label.${s}`)}
              </text>
              <text x={235 + (model.overall.counts[s] / max) * 210} y="14" fontSize="11">
                {model.overall.counts[s]}
              </text>
            </g>
          ))}
        </svg>
        <figcaption>{t('manage.report.chartCaption')}</figcaption>
        <table className="report__table">
          <thead>
            <tr>
              <th scope="col">{t('manage.report.columns.status')}</th>
              <th scope="col">{t('manage.report.columns.count')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((s) => (
              <tr key={s}>
                <th scope="row">{t(`status.label.${s}`)}</th>
                <td className="cell--number">{model.overall.counts[s]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
      {model.sections.map((section, i) => (
        <div key={section.agreement.id} className="report__agreement">
          <h4>
            {i + 1}. {section.agreement.title}
          </h4>
          {section.lines.length === 0 ? (
            <p className="muted">{t('agreement.noCommitments')}</p>
          ) : (
            <table className="report__table">
              <thead>
                <tr>
                  <th scope="col">{t('manage.report.columns.commitment')}</th>
                  <th scope="col">{t('manage.report.columns.target')}</th>
                  <th scope="col">{t('manage.report.columns.expected')}</th>
                  <th scope="col">{t('manage.report.columns.reported')}</th>
                  <th scope="col">{t('manage.report.columns.status')}</th>
                  <th scope="col">{t('manage.report.columns.evidence')}</th>
                </tr>
              </thead>
              <tbody>
                {section.lines.map(({ commitment: c, assessment, latest }) => (
                  <tr key={c.id}>
                    <th scope="row">{c.title}</th>
                    <td className="cell--number">{format.measured(c.target, c.unit)}</td>
                    <td className="cell--number">{format.measured(assessment.expected, c.unit)}</td>
                    <td className="cell--number">
                      {latest ? `${format.checkInValue(latest, c.unit)} (${format.date(latest.asOf)})` : t('common.none')}
                      {latest?.sample && ` — ${t('common.sampleData')}`}
                    </td>
                    <td>
                      <StatusBadge status={assessment.status} />
                    </td>
                    <td>{latest?.evidence.map((e) => [e.documentNumber, e.title].filter(Boolean).join(': ')).join('; ') || t('common.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      ))}
    </section>
  );
}

/**
 * II. Shortcomings: one line per slipping commitment with the sentence why — except that the
 * commitments of an agreement whose period ended without a report of completion (rule R7) are
 * said once per agreement and deadline, as a secretary would write it.
 */
function ShortcomingsSection({ model }: { model: ReportModel }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const locale = currentLocale(i18n.language);
  const ended = new Map<string, ReportModel['slippages']>();
  for (const s of model.slippages) {
    if (s.assessment.status !== 'period-ended') continue;
    const key = `${s.agreement.id}|${s.assessment.dueDate ?? ''}`;
    ended.set(key, [...(ended.get(key) ?? []), s]);
  }
  const single = model.slippages.filter((s) => s.assessment.status !== 'period-ended');
  return (
    <section className="report__section">
      <h3>{t('manage.report.shortcomings')}</h3>
      {model.slippages.length === 0 ? (
        <p>{t('manage.report.noShortcomings')}</p>
      ) : (
        <ul>
          {single.map((s) => (
            <li key={s.commitment.id}>
              <strong>{s.commitment.title}</strong> ({s.agreement.title}): {explainStatus(t, s.commitment, s.assessment, model.asOf, locale)}
            </li>
          ))}
          {[...ended.entries()].map(([key, group]) => (
            <li key={key}>
              <strong>{group[0]!.agreement.title}</strong>:{' '}
              {t('manage.report.periodEndedGroup', {
                due: group[0]!.assessment.dueDate ? format.date(group[0]!.assessment.dueDate) : '—',
                count: group.length,
                titles: group.map((s) => s.commitment.title).join('; '),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function NextSection({ model }: { model: ReportModel }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <section className="report__section">
      <h3>{t('manage.report.next')}</h3>
      {model.upcoming.length === 0 ? (
        <p>{t('manage.report.noNext')}</p>
      ) : (
        <table className="report__table">
          <thead>
            <tr>
              <th scope="col">{t('manage.report.columns.date')}</th>
              <th scope="col">{t('manage.report.columns.commitment')}</th>
              <th scope="col">{t('manage.report.columns.due')}</th>
            </tr>
          </thead>
          <tbody>
            {model.upcoming.map((u) => (
              <tr key={`${u.line.commitment.id}-${u.date}-${u.what}`}>
                <th scope="row">{format.date(u.date)}</th>
                <td>{u.line.commitment.title}</td>
                <td>
                  {t(`manage.report.dueWhat.${u.what}`)}
                  {u.value !== null && `: ${format.measured(u.value, u.line.commitment.unit)}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
