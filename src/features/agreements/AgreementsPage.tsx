import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryView } from '../../components/QueryView';
import { searchItems, vietnameseCollator } from '../../domain/text';
import { useFormatters } from '../../lib/format';
import { paths } from '../../lib/paths';
import { useAgreements } from '../../queries/agreements';
import type { AgreementSummary } from '../../queries/agreements';

function searchableText(s: AgreementSummary): string {
  return [
    s.agreement.title,
    s.agreement.summary,
    s.signatoryUnit?.name,
    s.responsibleUnit?.name,
    ...s.partners.flatMap((p) => [p.name, p.shortName]),
    ...s.agreement.signatories.map((x) => x.name ?? ''),
  ].join(' ');
}

/** Agreements grouped under the authority responsible now (Hải Dương's under Hải Phòng). */
function groupByResponsibleUnit(list: AgreementSummary[]) {
  const groups = new Map<string, { name: string; items: AgreementSummary[] }>();
  for (const s of list) {
    const key = s.agreement.responsibleUnitId;
    const group = groups.get(key) ?? { name: s.responsibleUnit?.name ?? key, items: [] };
    group.items.push(s);
    groups.set(key, group);
  }
  return [...groups.entries()].sort(([, a], [, b]) => vietnameseCollator.compare(a.name, b.name));
}

export function AgreementsPage() {
  const { t } = useTranslation();
  const query = useAgreements();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const deferredSearch = useDeferredValue(search);

  return (
    <section aria-labelledby="agreements-title">
      <h1 id="agreements-title">{t('agreements.title')}</h1>
      <div className="search">
        <label htmlFor="agreement-search">{t('agreements.searchLabel')}</label>
        <input
          id="agreement-search"
          type="search"
          value={search}
          placeholder={t('agreements.searchPlaceholder')}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            if (e.target.value) next.set('q', e.target.value);
            else next.delete('q');
            setParams(next, { replace: true });
          }}
        />
      </div>
      <QueryView query={query}>
        {(list) => <AgreementGroups list={list} search={deferredSearch} />}
      </QueryView>
    </section>
  );
}

function AgreementGroups({ list, search }: { list: AgreementSummary[]; search: string }) {
  const { t } = useTranslation();
  const filtered = useMemo(() => searchItems(list, searchableText, search), [list, search]);
  const groups = useMemo(() => groupByResponsibleUnit(filtered), [filtered]);

  if (list.length === 0) return <p className="empty">{t('agreements.empty')}</p>;
  if (filtered.length === 0) return <p className="empty" role="status">{t('agreements.noMatch', { query: search })}</p>;
  return (
    <>
      <p role="status" className="muted">{t('agreements.count', { count: filtered.length })}</p>
      {groups.map(([unitId, group]) => (
        <section key={unitId} aria-labelledby={`group-${unitId}`} className="group">
          <h2 id={`group-${unitId}`}>{group.name}</h2>
          <ul className="cards">
            {group.items.map((s) => (
              <AgreementCard key={s.agreement.id} summary={s} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function AgreementCard({ summary }: { summary: AgreementSummary }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { agreement, partners, signatoryUnit, commitmentCount } = summary;
  const former = agreement.signatoryUnitId !== agreement.responsibleUnitId ? signatoryUnit?.name : undefined;
  return (
    <li className="card">
      <h3>
        <Link to={paths.agreement(agreement.id)}>{agreement.title}</Link>
      </h3>
      <p className="card__meta">
        <span className="badge">{t(`enums.agreementKind.${agreement.kind}`)}</span>{' '}
        <span>{t('agreements.partnersLabel')}: {partners.map((p) => p.shortName).join(', ')}</span>
        {former && <span className="badge badge--history">{t('agreements.formerly', { name: former })}</span>}
      </p>
      <p className="card__meta muted">
        <span>{t('agreements.signedOn', { date: format.date(agreement.signedOn) })}</span>
        {' · '}
        <span>
          {agreement.period
            ? t('agreements.periodLabel', { start: agreement.period.startYear, end: agreement.period.endYear })
            : t('agreements.noPeriod')}
        </span>
        {' · '}
        <span>{t('agreements.commitmentCount', { count: commitmentCount })}</span>
      </p>
    </li>
  );
}
