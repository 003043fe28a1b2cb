/**
 * The dashboard's charts: a lazy chunk (Recharts is the heaviest dependency), each chart with its
 * table alternative. They receive aggregated rows from domain/status/dashboard.ts, never raw data.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../components/ChartFigure';
import type { Pillar } from '../../domain/model';
import type { Rollup } from '../../domain/status/dashboard';
import { STATUSES, type Status } from '../../domain/status/engine';
import { useFormatters } from '../../lib/format';
import { STATUS_COLORS } from '../../lib/statusColors';

export function StatusDistributionChart({ overall }: { overall: Rollup }) {
  const { t } = useTranslation();
  const present = STATUSES.filter((s) => overall.counts[s] > 0);
  const rows = present.map((s) => ({ status: s, label: t(`status.label.${s}`), count: overall.counts[s] }));
  return (
    <ChartFigure
      id="status-chart"
      title={t('dashboard.statusChart')}
      chart={
        <ResponsiveContainer width="100%" height={Math.max(120, rows.length * 34 + 30)}>
          <BarChart data={rows} layout="vertical" margin={{ left: 24, right: 24 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="label" width={190} interval={0} />
            <Tooltip />
            <Bar dataKey="count" name={t('dashboard.countColumn')} isAnimationActive={false}>
              {rows.map((r) => (
                <Cell key={r.status} fill={STATUS_COLORS[r.status]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.statusColumn')}</th>
              <th scope="col">{t('dashboard.countColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.status}>
                <th scope="row">{r.label}</th>
                <td className="cell--number">{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** Status groups for the stacked bars: few enough to read. */
const GROUPS: { key: string; statuses: Status[] }[] = [
  { key: 'achieved', statuses: ['achieved', 'achieved-late'] },
  { key: 'on-track', statuses: ['on-track'] },
  { key: 'needs-acceleration', statuses: ['needs-acceleration', 'reached-then-lost'] },
  { key: 'off-track', statuses: ['off-track', 'overdue', 'not-started'] },
  { key: 'no-recent-data', statuses: ['no-report', 'no-recent-data', 'period-ended'] },
  { key: 'no-target', statuses: ['no-target', 'paused', 'dropped'] },
  // Coloured as 'carried over' (blue): a closed period is neither green nor red as a whole.
  { key: 'closed', statuses: ['carried-over', 'final-achieved', 'final-partly', 'final-not-achieved', 'closed-unassessed'] },
];

export function PillarChart({ byPillar }: { byPillar: { pillar: Pillar; rollup: Rollup }[] }) {
  const { t } = useTranslation();
  const groupLabel = (key: string) => t(`dashboard.groups.${key as 'achieved'}`);
  const rows = byPillar.map(({ pillar, rollup }) => ({
    label: t(`enums.pillar.${pillar}`),
    ...Object.fromEntries(GROUPS.map((g) => [g.key, g.statuses.reduce((n, s) => n + rollup.counts[s], 0)])),
  })) as ({ label: string } & Record<string, number>)[];
  return (
    <ChartFigure
      id="pillar-chart"
      title={t('dashboard.pillarChart')}
      chart={
        <ResponsiveContainer width="100%" height={Math.max(140, rows.length * 36 + 60)}>
          <BarChart data={rows} layout="vertical" margin={{ left: 24, right: 24 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            {/* interval 0: every pillar's name, not every other one. */}
            <YAxis type="category" dataKey="label" width={170} interval={0} />
            <Tooltip />
            <Legend />
            {GROUPS.map((g) => (
              <Bar key={g.key} dataKey={g.key} name={groupLabel(g.key)} stackId="status" fill={STATUS_COLORS[g.statuses[0]!]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.pillarColumn')}</th>
              {GROUPS.map((g) => (
                <th scope="col" key={g.key}>
                  {groupLabel(g.key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {GROUPS.map((g) => (
                  <td key={g.key} className="cell--number">
                    {r[g.key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

export function PartnerChart({ byPartner }: { byPartner: { partyId: string; name: string; rollup: Rollup }[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const rows = byPartner.map((p) => ({
    name: p.name,
    progress: p.rollup.progressShare === null ? null : Math.round(p.rollup.progressShare * 1000) / 10,
    onTrack: p.rollup.onTrackShare === null ? null : Math.round(p.rollup.onTrackShare * 1000) / 10,
    rollup: p.rollup,
  }));
  return (
    <ChartFigure
      id="partner-chart"
      title={t('dashboard.partnerChart')}
      chart={
        <ResponsiveContainer width="100%" height={Math.max(140, rows.length * 44 + 60)}>
          <BarChart data={rows} layout="vertical" margin={{ left: 24, right: 24 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} />
            <XAxis type="number" domain={[0, 100]} unit="%" />
            <YAxis type="category" dataKey="name" width={130} />
            <Tooltip formatter={(v) => (typeof v === 'number' ? `${format.number(v)}%` : '—')} />
            <Legend />
            <Bar dataKey="progress" name={t('dashboard.progressShare')} fill="#0b57d0" isAnimationActive={false} />
            <Bar dataKey="onTrack" name={t('dashboard.onTrackShare')} fill={STATUS_COLORS['on-track']} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.partnerColumn')}</th>
              <th scope="col">{t('dashboard.commitmentsColumn')}</th>
              <th scope="col">{t('dashboard.progressShare')}</th>
              <th scope="col">{t('dashboard.onTrackShare')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
                <td className="cell--number">{r.rollup.total}</td>
                <td className="cell--number">{format.share(r.rollup.progressShare)}</td>
                <td className="cell--number">{format.share(r.rollup.onTrackShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
