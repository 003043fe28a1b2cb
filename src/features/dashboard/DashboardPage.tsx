import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryView } from '../../components/QueryView';
import { PILLARS } from '../../domain/model';
import { vietnameseCollator } from '../../domain/text';
import { useFormatters } from '../../lib/format';
import { paths } from '../../lib/paths';
import { useAgreements, type AgreementSummary } from '../../queries/agreements';
import { usePillarCounts } from '../../queries/commitments';

/**
 * The overview. For now a summary of what is stored; the status engine and the charts against
 * targets come with the dashboard issue.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const agreements = useAgreements();
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title">{t('dashboard.title')}</h1>
      <p className="muted">{t('dashboard.intro')}</p>
      <QueryView query={agreements}>{(list) => (list.length === 0 ? <p className="empty">{t('dashboard.empty')}</p> : <Summary list={list} />)}</QueryView>
      <p className="notice">{t('dashboard.placeholder')}</p>
    </section>
  );
}

function Summary({ list }: { list: AgreementSummary[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const year = new Date().getFullYear();
  const stats = useMemo(() => {
    const partners = new Set(list.flatMap((s) => s.partners.map((p) => p.id)));
    const provinces = new Map<string, { name: string; agreements: AgreementSummary[] }>();
    for (const s of list) {
      const entry = provinces.get(s.agreement.responsibleUnitId) ?? { name: s.responsibleUnit?.name ?? s.agreement.responsibleUnitId, agreements: [] };
      entry.agreements.push(s);
      provinces.set(s.agreement.responsibleUnitId, entry);
    }
    return {
      active: list.filter((s) => s.agreement.period && s.agreement.period.startYear <= year && year <= s.agreement.period.endYear).length,
      commitments: list.reduce((sum, s) => sum + s.commitmentCount, 0),
      partners: partners.size,
      provinces: [...provinces.values()].sort((a, b) => vietnameseCollator.compare(a.name, b.name)),
    };
  }, [list, year]);

  const tiles = [
    { label: t('dashboard.tiles.agreements'), value: list.length },
    { label: t('dashboard.tiles.activeAgreements', { year }), value: stats.active },
    { label: t('dashboard.tiles.commitments'), value: stats.commitments },
    { label: t('dashboard.tiles.partners'), value: stats.partners },
    { label: t('dashboard.tiles.provinces'), value: stats.provinces.length },
  ];

  return (
    <>
      <ul className="tiles" aria-label={t('dashboard.title')}>
        {tiles.map((tile) => (
          <li key={tile.label} className="tile">
            <span className="tile__value">{format.number(tile.value)}</span>
            <span className="tile__label">{tile.label}</span>
          </li>
        ))}
      </ul>
      <div className="columns">
        <section aria-labelledby="by-province-title">
          <h2 id="by-province-title">{t('dashboard.byProvince')}</h2>
          <ul>
            {stats.provinces.map((p) => (
              <li key={p.name}>
                <strong>{p.name}</strong>
                <ul>
                  {p.agreements.map((s) => (
                    <li key={s.agreement.id}>
                      <Link to={paths.agreement(s.agreement.id)}>
                        {s.partners.map((x) => x.shortName).join(', ')}
                        {s.agreement.period ? ` ${s.agreement.period.startYear}-${s.agreement.period.endYear}` : ''}
                      </Link>
                      {s.agreement.signatoryUnitId !== s.agreement.responsibleUnitId && s.signatoryUnit && (
                        <span className="muted"> ({t('agreements.formerly', { name: s.signatoryUnit.name })})</span>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
        <PillarTable />
      </div>
    </>
  );
}

/** Commitments per pillar: a table, with a bar in each row for the eye. */
function PillarTable() {
  const { t } = useTranslation();
  const format = useFormatters();
  const counts = usePillarCounts();
  return (
    <section aria-labelledby="by-pillar-title">
      <h2 id="by-pillar-title">{t('dashboard.byPillar')}</h2>
      <QueryView query={counts}>
        {(map) => {
          const max = Math.max(1, ...map.values());
          return (
            <table aria-labelledby="by-pillar-title" className="bar-table">
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.pillarColumn')}</th>
                  <th scope="col">{t('dashboard.countColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {PILLARS.filter((p) => map.has(p)).map((pillar) => {
                  const count = map.get(pillar) ?? 0;
                  return (
                    <tr key={pillar}>
                      <th scope="row">{t(`enums.pillar.${pillar}`)}</th>
                      <td className="cell--number">
                        <meter className="bar" min={0} max={max} value={count} aria-hidden="true" />
                        <span>{format.number(count)}</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          );
        }}
      </QueryView>
    </section>
  );
}
