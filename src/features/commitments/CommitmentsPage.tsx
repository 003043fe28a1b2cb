import '../../lib/manageI18n';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { filtersFromParams, ListFilterBar } from '../../components/ListFilterBar';
import { QueryView } from '../../components/QueryView';
import { SampleBadge } from '../../components/SampleBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { latestCheckIn, type Pillar } from '../../domain/model';
import type { DashboardData } from '../../domain/status/dashboard';
import { COMMITMENT_SORTS, listCommitmentRows, searchCommitmentRows, type CommitmentSort } from '../../domain/status/listing';
import { useFormatters } from '../../lib/format';
import { paths } from '../../lib/paths';
import { useStatusRules } from '../../lib/statusRules';
import { todayIso } from '../../lib/today';
import { usePortfolio } from '../../queries/portfolio';

/** Shown at most; the filters narrow the rest (the count says how many matched). */
const SHOWN = 200;

/** `/commitments`: every commitment, searchable without diacritics, filtered and sorted from the URL. */
export function CommitmentsPage() {
  const { t } = useTranslation();
  const query = usePortfolio();
  return (
    <section aria-labelledby="commitments-title">
      <h1 id="commitments-title">{t('manage.commitments.title')}</h1>
      <QueryView query={query}>{(data) => <CommitmentList data={data} />}</QueryView>
    </section>
  );
}

function CommitmentList({ data }: { data: DashboardData }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const [params] = useSearchParams();
  const filters = filtersFromParams(params);
  const deferredQ = useDeferredValue(filters.q ?? '');
  const sortParam = params.get('sort');
  const sort: CommitmentSort = (COMMITMENT_SORTS as readonly string[]).includes(sortParam ?? '') ? (sortParam as CommitmentSort) : 'agreement';
  const key = JSON.stringify({ ...filters, q: '' });
  // Assessing every commitment is the costly part: once per filter change, not per keystroke.
  const rules = useStatusRules();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the filters
  const filtered = useMemo(() => listCommitmentRows(data, { ...filters, q: '' }, sort, todayIso(), rules), [data, key, sort, rules]);
  // Pillars are found by their Vietnamese name and by the one shown ("ha tang so", "digital infrastructure").
  const pillarNames = useCallback((p: Pillar) => [...new Set([i18n.getFixedT('vi')(`enums.pillar.${p}`), t(`enums.pillar.${p}`)])], [i18n, t]);
  const rows = useMemo(() => searchCommitmentRows(filtered, deferredQ, pillarNames), [filtered, deferredQ, pillarNames]);
  return (
    <>
      <ListFilterBar data={data} list="commitments" sorts={COMMITMENT_SORTS} searchLabel={t('manage.commitments.searchLabel')} searchPlaceholder={t('manage.commitments.searchPlaceholder')} clearTo={paths.commitments()} />
      {rows.length === 0 ? (
        <p className="empty" role="status">
          {t('manage.commitments.noMatch')}
        </p>
      ) : (
        <>
          <p role="status" className="muted">
            {rows.length > SHOWN ? t('manage.commitments.showing', { shown: SHOWN, total: format.number(rows.length) }) : t('manage.commitments.count', { count: rows.length })}
          </p>
          <div className="table-scroll">
            <table aria-labelledby="commitments-title">
              <thead>
                <tr>
                  <th scope="col">{t('manage.commitments.columns.title')}</th>
                  <th scope="col">{t('manage.commitments.columns.agreement')}</th>
                  <th scope="col">{t('manage.commitments.columns.province')}</th>
                  <th scope="col">{t('manage.commitments.columns.target')}</th>
                  <th scope="col">{t('manage.commitments.columns.latest')}</th>
                  <th scope="col">{t('manage.commitments.columns.status')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, SHOWN).map(({ commitment: c, agreement, assessment, unitName }) => {
                  const latest = latestCheckIn(c);
                  return (
                    <tr key={c.id}>
                      <th scope="row" className="cell--title">
                        <Link to={paths.commitment(c.id)}>{c.title}</Link>
                        <div className="muted small">{t(`enums.pillar.${c.pillar}`)}</div>
                      </th>
                      <td>
                        <Link to={paths.agreement(agreement.id)}>{agreement.title}</Link>
                      </td>
                      <td>{unitName}</td>
                      <td className="cell--number">{format.measured(c.target, c.unit)}</td>
                      <td className="cell--number">
                        {latest ? (
                          <>
                            {format.checkInValue(latest, c.unit)} <div className="muted">{format.date(latest.asOf)}</div>
                            {latest.sample && <SampleBadge />}
                          </>
                        ) : (
                          t('common.none')
                        )}
                      </td>
                      <td>
                        <StatusBadge status={assessment.status} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
