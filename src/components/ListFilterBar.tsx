import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { COMMITMENT_KINDS, PILLARS, AGREEMENT_KINDS } from '../domain/model';
import { filterChoices, type DashboardData } from '../domain/status/dashboard';
import { STATUSES } from '../domain/status/engine';
import { isStatus, type ListFilters } from '../domain/status/listing';
import { FilterSelect, useSetParam } from './FilterSelect';

/** The list filters as kept in the URL (`?q=&province=&partner=&pillar=&status=&period=&kind=&archived=&sort=`). */
export function filtersFromParams(params: URLSearchParams): ListFilters {
  const get = (k: string) => params.get(k) || undefined;
  const pillar = params.get('pillar');
  const status = params.get('status');
  const archived = params.get('archived');
  return {
    q: get('q'),
    period: get('period'),
    province: get('province'),
    partner: get('partner'),
    pillar: pillar && (PILLARS as readonly string[]).includes(pillar) ? (pillar as ListFilters['pillar']) : undefined,
    status: isStatus(status) ? status : undefined,
    kind: get('kind'),
    archived: archived === 'include' || archived === 'only' ? archived : undefined,
  };
}

/**
 * The filter bar of both lists. `kinds` are the agreement kinds on the agreement list and the
 * commitment kinds on the commitment list; `sorts` the orders that list offers.
 */
export function ListFilterBar({ data, list, sorts, searchLabel, searchPlaceholder, clearTo }: { data: DashboardData; list: 'agreements' | 'commitments'; sorts: readonly string[]; searchLabel: string; searchPlaceholder: string; clearTo: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [params] = useSearchParams();
  const set = useSetParam();
  const { periods, provinces, partners } = filterChoices(data);
  const kinds = list === 'agreements' ? AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`enums.agreementKind.${k}`) })) : COMMITMENT_KINDS.map((k) => ({ value: k, label: t(`enums.commitmentKind.${k}`) }));
  const select = (name: string, label: string, options: { value: string; label: string }[], allLabel?: string) => <FilterSelect id={id} name={name} label={label} options={options} {...(allLabel ? { allLabel } : {})} />;

  return (
    <form className="filters" role="search" aria-label={t('manage.list.filters')} onSubmit={(e) => e.preventDefault()}>
      <div className="filter filter--wide">
        <label htmlFor={`${id}-q`}>{searchLabel}</label>
        <input id={`${id}-q`} type="search" value={params.get('q') ?? ''} placeholder={searchPlaceholder} onChange={(e) => set('q', e.target.value)} />
      </div>
      {select('province', t('dashboard.filters.province'), provinces.map((u) => ({ value: u.id, label: u.name })))}
      {select('partner', t('dashboard.filters.partner'), partners.map((p) => ({ value: p.id, label: p.shortName })))}
      {select('pillar', t('dashboard.filters.pillar'), PILLARS.map((p) => ({ value: p, label: t(`enums.pillar.${p}`) })))}
      {select('status', list === 'agreements' ? t('manage.list.status') : t('manage.list.commitmentStatus'), STATUSES.map((s) => ({ value: s, label: t(`status.label.${s}`) })))}
      {select('period', t('dashboard.filters.period'), periods.map((p) => ({ value: p, label: p })))}
      {select('kind', list === 'agreements' ? t('manage.list.agreementKind') : t('dashboard.filters.kind'), kinds)}
      {select('archived', t('manage.list.archived'), [{ value: 'include', label: t('manage.list.archivedInclude') }, { value: 'only', label: t('manage.list.archivedOnly') }], t('manage.list.archivedHide'))}
      {select('sort', t('manage.list.sort'), sorts.slice(1).map((s) => ({ value: s, label: t(`manage.list.sorts.${s as 'title'}`) })), t(`manage.list.sorts.${sorts[0] as 'title'}`))}
      {[...params.keys()].length > 0 && (
        <Link to={clearTo} className="filter__clear">
          {t('dashboard.filters.clear')}
        </Link>
      )}
    </form>
  );
}
