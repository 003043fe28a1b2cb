import { Suspense, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FilterSelect, useSetParam } from '../../components/FilterSelect';
import { Loading } from '../../components/Loading';
import { QueryView } from '../../components/QueryView';
import { StatusBadge } from '../../components/StatusBadge';
import { previousQuarterEnds, romanQuarter } from '../../domain/dates';
import { COMMITMENT_KINDS, PILLARS, type CommitmentKind, type Pillar } from '../../domain/enums';
import { buildDashboard, filterChoices, type DashboardData, type DashboardFilters, type DashboardModel } from '../../domain/status/dashboard';
import { useFormatters } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { preloaded } from '../../lib/preloaded';
import { explainStatus } from '../../lib/statusText';
import { asOfFrom, todayIso } from '../../lib/today';
import { usePortfolio } from '../../queries/portfolio';
import { SampleDataNotice } from '../../components/SampleDataNotice';
import { useStatusRules } from '../../lib/statusRules';


// Recharts is the heaviest dependency: the charts are a chunk of their own, fetched as soon as this
// page's module loads (in parallel with the data), so the tiles never wait for it.
const charts = import('./DashboardCharts');
const StatusDistributionChart = preloaded(() => charts.then((m) => m.StatusDistributionChart));
const PillarChart = preloaded(() => charts.then((m) => m.PillarChart));
const PartnerChart = preloaded(() => charts.then((m) => m.PartnerChart));

const FILTER_KEYS = ['period', 'province', 'partner', 'pillar', 'kind'] as const;

function filtersFrom(params: URLSearchParams): DashboardFilters {
  const pillar = params.get('pillar');
  const kind = params.get('kind');
  return {
    period: params.get('period') ?? undefined,
    province: params.get('province') ?? undefined,
    partner: params.get('partner') ?? undefined,
    pillar: pillar && (PILLARS as readonly string[]).includes(pillar) ? (pillar as Pillar) : undefined,
    kind: kind && (COMMITMENT_KINDS as readonly string[]).includes(kind) ? (kind as CommitmentKind) : undefined,
  };
}

/** The last day of each of the last eight quarters, newest first. */
function recentQuarterEnds(today: string): { value: string; label: string }[] {
  return previousQuarterEnds(today, 8).map((q) => ({ value: q.end, label: `${romanQuarter(q.quarter)}/${q.year}` }));
}

export function DashboardPage() {
  const { t } = useTranslation();
  const portfolio = usePortfolio();
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      <QueryView query={portfolio}>{(data) => (data.agreements.length === 0 ? <p className="empty">{t('dashboard.empty')}</p> : <Dashboard data={data} />)}</QueryView>
    </section>
  );
}

function Dashboard({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const asOf = asOfFrom(params);
  const filters = filtersFrom(params);
  const key = FILTER_KEYS.map((k) => filters[k] ?? '').join('|');
  const format = useFormatters();
  const rules = useStatusRules();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `filters`
  const model = useMemo(() => buildDashboard(data, asOf, filters, rules), [data, asOf, key, rules]);
  return (
    <>
      <Filters data={data} asOf={asOf} />
      <p className="muted rule">{t('dashboard.rule', { tolerance: format.number(rules.tolerancePoints) })}</p>
      <SampleDataNotice leftOut={model.samples.leftOut} counted={model.samples.counted} />
      <Tiles model={model} />
      {model.items.length === 0 ? (
        <p className="empty">{t('dashboard.noMatch')}</p>
      ) : (
        <>
          <div className="columns">
            <Suspense fallback={<Loading />}>
              <StatusDistributionChart overall={model.overall} />
              <PillarChart byPillar={model.byPillar} />
            </Suspense>
          </div>
          <div className="columns">
            <Suspense fallback={<Loading />}>
              <PartnerChart byPartner={model.byPartner} />
            </Suspense>
            <ProvinceTable model={model} />
          </div>
          <Timeline model={model} />
          <div className="columns">
            <Slippages model={model} />
            <Upcoming model={model} />
          </div>
        </>
      )}
    </>
  );
}

function Filters({ data, asOf }: { data: DashboardData; asOf: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [params] = useSearchParams();
  const set = useSetParam();
  const { periods, provinces, partners } = filterChoices(data);
  const quarters = recentQuarterEnds(todayIso());
  const select = (name: (typeof FILTER_KEYS)[number], label: string, options: { value: string; label: string }[]) => <FilterSelect id={id} name={name} label={label} options={options} />;

  return (
    <form className="filters" role="search" aria-label={t('dashboard.filters.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="filter">
        <label htmlFor={`${id}-asOf`}>{t('dashboard.filters.asOf')}</label>
        <input id={`${id}-asOf`} type="date" value={asOf} onChange={(e) => set('asOf', e.target.value)} />
      </div>
      <div className="filter">
        <label htmlFor={`${id}-quarter`}>{t('dashboard.filters.quarterEnd')}</label>
        <select id={`${id}-quarter`} value={quarters.some((q) => q.value === asOf) ? asOf : ''} onChange={(e) => set('asOf', e.target.value)}>
          <option value="">{t('dashboard.filters.today')}</option>
          {quarters.map((q) => (
            <option key={q.value} value={q.value}>
              {t('dashboard.filters.quarter', { quarter: q.label })}
            </option>
          ))}
        </select>
      </div>
      {select('period', t('dashboard.filters.period'), periods.map((p) => ({ value: p, label: p })))}
      {select('province', t('dashboard.filters.province'), provinces.map((u) => ({ value: u.id, label: u.name })))}
      {select('partner', t('dashboard.filters.partner'), partners.map((p) => ({ value: p.id, label: p.shortName })))}
      {select('pillar', t('dashboard.filters.pillar'), PILLARS.map((p) => ({ value: p, label: t(`enums.pillar.${p}`) })))}
      {select('kind', t('dashboard.filters.kind'), COMMITMENT_KINDS.map((k) => ({ value: k, label: t(`enums.commitmentKind.${k}`) })))}
      {[...params.keys()].length > 0 && (
        <Link to={paths.dashboard()} className="filter__clear">
          {t('dashboard.filters.clear')}
        </Link>
      )}
    </form>
  );
}

function Tiles({ model }: { model: DashboardModel }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const tiles = [
    { key: 'active', label: t('dashboard.tiles.activeAgreements', { date: format.date(model.asOf) }), value: format.number(model.tiles.activeAgreements) },
    { key: 'commitments', label: t('dashboard.tiles.commitments'), value: format.number(model.tiles.commitments) },
    { key: 'onTrack', label: t('dashboard.tiles.onTrack'), value: format.share(model.tiles.onTrackShare) },
    { key: 'overdue', label: t('dashboard.tiles.overdue'), value: format.number(model.tiles.overdue) },
    { key: 'dueThisQuarter', label: t('dashboard.tiles.dueThisQuarter'), value: format.number(model.tiles.dueThisQuarter) },
    { key: 'stale', label: t('dashboard.tiles.stale'), value: format.number(model.tiles.stale) },
  ];
  return (
    <ul className="tiles" aria-label={t('dashboard.tiles.label')}>
      {tiles.map((tile) => (
        <li key={tile.key} className={`tile tile--${tile.key}`}>
          <span className="tile__value">{tile.value}</span>
          <span className="tile__label">{tile.label}</span>
        </li>
      ))}
    </ul>
  );
}

function ProvinceTable({ model }: { model: DashboardModel }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <section aria-labelledby="province-title">
      <h2 id="province-title">{t('dashboard.byProvince')}</h2>
      <table aria-labelledby="province-title">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.provinceColumn')}</th>
            <th scope="col">{t('dashboard.agreementsColumn')}</th>
            <th scope="col">{t('dashboard.commitmentsColumn')}</th>
            <th scope="col">{t('dashboard.onTrackShare')}</th>
            <th scope="col">{t('dashboard.progressShare')}</th>
          </tr>
        </thead>
        <tbody>
          {model.byProvince.map((p) => (
            <tr key={p.unitId}>
              <th scope="row">
                {p.name}
                {p.formerNames.length > 0 && <div className="muted">{t('dashboard.includesFormer', { names: p.formerNames.join(', ') })}</div>}
              </th>
              <td className="cell--number">{p.agreements}</td>
              <td className="cell--number">{p.rollup.total}</td>
              <td className="cell--number">{format.share(p.rollup.onTrackShare)}</td>
              <td className="cell--number">{format.share(p.rollup.progressShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Agreement periods on a shared year axis: a table whose cells hold the bars. */
function Timeline({ model }: { model: DashboardModel }) {
  const { t } = useTranslation();
  if (model.timeline.length === 0) return null;
  const from = Math.min(...model.timeline.map((r) => r.start));
  const to = Math.max(...model.timeline.map((r) => r.end));
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const current = Number(model.asOf.slice(0, 4));
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('dashboard.timeline')}</h2>
      <div className="table-scroll">
        <table className="timeline" aria-labelledby="timeline-title">
          <thead>
            <tr>
              <th scope="col">{t('dashboard.agreementColumn')}</th>
              <th scope="col">{t('dashboard.periodColumn')}</th>
              {years.map((y) => (
                <th scope="col" key={y} className={y === current ? 'timeline__year timeline__year--now' : 'timeline__year'}>
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.timeline.map((r) => (
              <tr key={r.agreementId}>
                <th scope="row">
                  <Link to={paths.agreement(r.agreementId)}>{r.label}</Link>
                </th>
                <td>
                  {r.start}-{r.end}
                </td>
                {years.map((y) => (
                  <td key={y} className={y >= r.start && y <= r.end ? (r.active ? 'timeline__cell timeline__cell--on timeline__cell--active' : 'timeline__cell timeline__cell--on') : 'timeline__cell'} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Slippages({ model }: { model: DashboardModel }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  return (
    <section aria-labelledby="slippage-title">
      <h2 id="slippage-title">{t('dashboard.slippages')}</h2>
      {model.slippages.length === 0 ? (
        <p className="empty">{t('dashboard.noSlippage')}</p>
      ) : (
        <ol className="item-list">
          {model.slippages.map(({ commitment, agreement, assessment }) => (
            <li key={commitment.id}>
              <StatusBadge status={assessment.status} /> <Link to={`${paths.commitment(commitment.id)}?asOf=${model.asOf}`}>{commitment.title}</Link>
              <div className="muted">{explainStatus(t, commitment, assessment, model.asOf, locale)}</div>
              <div className="muted small">{agreement.title}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Upcoming({ model }: { model: DashboardModel }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <section aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">{t('dashboard.upcoming')}</h2>
      {model.upcoming.length === 0 ? (
        <p className="empty">{t('dashboard.noUpcoming')}</p>
      ) : (
        <ol className="item-list">
          {model.upcoming.map((u) => (
            <li key={`${u.commitment.id}-${u.date}-${u.what}`}>
              <strong>{format.date(u.date)}</strong> — <Link to={paths.commitment(u.commitment.id)}>{u.commitment.title}</Link>
              <div className="muted">
                {t(`dashboard.upcomingWhat.${u.what}`)}
                {u.value !== null && `: ${format.measured(u.value, u.commitment.unit)}`}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
