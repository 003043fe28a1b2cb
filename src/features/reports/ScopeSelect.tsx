import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSetParam } from '../../components/FilterSelect';
import type { ReportScope } from '../../domain/exchange/report';
import { filterChoices, type DashboardData } from '../../domain/status/dashboard';

/** The scope as kept in the URL: `?scope=` (all), `province:<id>` or `agreement:<id>`. */
export function scopeFrom(value: string | null): ReportScope {
  if (value?.startsWith('province:')) return { kind: 'province', unitId: value.slice(9) };
  if (value?.startsWith('agreement:')) return { kind: 'agreement', agreementId: value.slice(10) };
  return { kind: 'all' };
}

/** All agreements, a province (with its former provinces) or one agreement; kept in the URL. */
export function ScopeSelect({ id, data }: { id: string; data: DashboardData }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const set = useSetParam();
  return (
    <div className="filter filter--wide">
      <label htmlFor={`${id}-scope`}>{t('manage.report.scope')}</label>
      <select id={`${id}-scope`} value={params.get('scope') ?? 'all'} onChange={(e) => set('scope', e.target.value === 'all' ? '' : e.target.value)}>
        <option value="all">{t('manage.report.scopeAll')}</option>
        <optgroup label={t('dashboard.filters.province')}>
          {filterChoices(data).provinces.map((u) => (
            <option key={u.id} value={`province:${u.id}`}>
              {u.name}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('nav.agreements')}>
          {data.agreements.map((a) => (
            <option key={a.id} value={`agreement:${a.id}`}>
              {a.title}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
