import '../../lib/manageI18n';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { filtersFromParams, ListFilterBar } from '../../components/ListFilterBar';
import { QueryView } from '../../components/QueryView';
import type { DashboardData } from '../../domain/status/dashboard';
import { AGREEMENT_SORTS, listAgreementRows, searchAgreementRows, type AgreementRow, type AgreementSort } from '../../domain/status/listing';
import { vietnameseCollator } from '../../domain/text';
import { useFormatters } from '../../lib/format';
import { paths } from '../../lib/paths';
import { useStatusRules } from '../../lib/statusRules';
import { todayIso } from '../../lib/today';
import { usePortfolio } from '../../queries/portfolio';
import { TrashedNotice } from './AgreementActions';

/** Agreements grouped under the authority responsible now (Hải Dương's under Hải Phòng). */
function groupByUnit(rows: AgreementRow[]) {
  const groups = new Map<string, { name: string; items: AgreementRow[] }>();
  for (const r of rows) {
    const key = r.agreement.responsibleUnitId;
    const group = groups.get(key) ?? { name: r.unitName, items: [] };
    group.items.push(r);
    groups.set(key, group);
  }
  return [...groups.entries()].sort(([, a], [, b]) => vietnameseCollator.compare(a.name, b.name));
}

export function AgreementsPage() {
  const { t } = useTranslation();
  const query = usePortfolio();
  return (
    <section aria-labelledby="agreements-title">
      <div className="list-header">
        <h1 id="agreements-title">{t('agreements.title')}</h1>
        <Link className="button button--primary" to={paths.newAgreement()}>
          + {t('manage.list.newAgreement')}
        </Link>
      </div>
      <TrashedNotice />
      <QueryView query={query}>{(data) => <AgreementList data={data} />}</QueryView>
    </section>
  );
}

function AgreementList({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const filters = filtersFromParams(params);
  const deferredQ = useDeferredValue(filters.q ?? '');
  const sortParam = params.get('sort');
  const sort: AgreementSort = (AGREEMENT_SORTS as readonly string[]).includes(sortParam ?? '') ? (sortParam as AgreementSort) : 'province';
  const key = JSON.stringify({ ...filters, q: '' });
  // Roll-ups are the costly part: once per filter change, not per keystroke.
  const rules = useStatusRules();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the filters
  const filtered = useMemo(() => listAgreementRows(data, { ...filters, q: '' }, sort, todayIso(), rules), [data, key, sort, rules]);
  const rows = useMemo(() => searchAgreementRows(filtered, deferredQ), [filtered, deferredQ]);
  const sorts = ['province', ...AGREEMENT_SORTS.filter((s) => s !== 'province')];
  return (
    <>
      <ListFilterBar data={data} list="agreements" sorts={sorts} searchLabel={t('agreements.searchLabel')} searchPlaceholder={t('agreements.searchPlaceholder')} clearTo={paths.agreements()} />
      {data.agreements.length === 0 ? (
        <p className="empty">{t('agreements.empty')}</p>
      ) : rows.length === 0 ? (
        <p className="empty" role="status">
          {t('agreements.noMatch', { query: filters.q ?? '' })}
        </p>
      ) : (
        <>
          <p role="status" className="muted">
            {t('agreements.count', { count: rows.length })}
          </p>
          {sort === 'province' ? (
            groupByUnit(rows).map(([unitId, group]) => (
              <section key={unitId} aria-labelledby={`group-${unitId}`} className="group">
                <h2 id={`group-${unitId}`}>{group.name}</h2>
                <ul className="cards">
                  {group.items.map((r) => (
                    <AgreementCard key={r.agreement.id} row={r} />
                  ))}
                </ul>
              </section>
            ))
          ) : (
            <ul className="cards">
              {rows.map((r) => (
                <AgreementCard key={r.agreement.id} row={r} showUnit />
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}

function AgreementCard({ row, showUnit = false }: { row: AgreementRow; showUnit?: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { agreement, partners, formerName, commitmentCount } = row;
  return (
    <li className="card">
      <h3>
        <Link to={paths.agreement(agreement.id)}>{agreement.title}</Link>
      </h3>
      <p className="card__meta">
        <span className="badge">{t(`enums.agreementKind.${agreement.kind}`)}</span>{' '}
        {agreement.archived && <span className="badge badge--history">{t('manage.list.archivedBadge')}</span>}{' '}
        {agreement.closing && <span className="badge badge--history">{t('manage.list.closedBadge', { date: format.date(agreement.closing.closedOn) })}</span>}{' '}
        {showUnit && <strong>{row.unitName} · </strong>}
        <span>
          {t('agreements.partnersLabel')}: {partners.map((p) => p.shortName).join(', ')}
        </span>
        {formerName && <span className="badge badge--history">{t('agreements.formerly', { name: formerName })}</span>}
      </p>
      <p className="card__meta muted">
        <span>{t('agreements.signedOn', { date: format.date(agreement.signedOn) })}</span>
        {' · '}
        <span>{agreement.period ? t('agreements.periodLabel', { start: agreement.period.startYear, end: agreement.period.endYear }) : t('agreements.noPeriod')}</span>
        {' · '}
        <span>{t('agreements.commitmentCount', { count: commitmentCount })}</span>
        {row.rollup.onTrackShare !== null && (
          <>
            {' · '}
            <span>{t('manage.list.onTrack', { share: format.share(row.rollup.onTrackShare) })}</span>
          </>
        )}
      </p>
    </li>
  );
}
