/** A commitment's progress against its target path: a lazy chunk, with its table alternative. */
import { useTranslation } from 'react-i18next';
import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from '../../components/ChartFigure';
import { formatIsoDate } from '../../domain/dates';
import type { Commitment } from '../../domain/model';
import type { ChartRow } from '../../domain/status/chartSeries';
import { useFormatters } from '../../lib/format';
import { STATUS_COLORS } from '../../lib/statusColors';

const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);

export default function CommitmentChart({ commitment, rows }: { commitment: Commitment; rows: ChartRow[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const value = (v: number | undefined) => (v === undefined ? '—' : format.measured(Math.round(v * 100) / 100, commitment.unit));
  const hasOriginal = rows.some((r) => r.original !== undefined);
  const hasForecast = rows.some((r) => r.forecast !== undefined);
  const lowerBetter = commitment.kind === 'rank';
  return (
    <ChartFigure
      id="commitment-chart"
      title={t('charts.commitmentChart')}
      chart={
        <ResponsiveContainer width="100%" height={320}>
          <ComposedChart data={rows} margin={{ top: 10, right: 24, left: 8, bottom: 0 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="time" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={(v: number) => formatIsoDate(isoOf(v))} />
            <YAxis
              reversed={lowerBetter}
              // Fit the data, so a share moving from 96% to 99% is visible; a share stays within 0–100.
              domain={commitment.kind === 'capped-percentage' ? [(min: number) => Math.max(0, Math.floor(min - 2)), (max: number) => Math.min(100, Math.ceil(max + 1))] : ['auto', 'auto']}
              tickFormatter={(v: number) => format.number(v)}
            />
            <Tooltip labelFormatter={(v) => formatIsoDate(isoOf(Number(v)))} formatter={(v) => (typeof v === 'number' ? format.measured(Math.round(v * 100) / 100, commitment.unit) : String(v))} />
            <Legend />
            <Line dataKey="expected" name={t('charts.expected')} stroke="#0b57d0" strokeWidth={2} connectNulls dot={{ r: 3 }} isAnimationActive={false} />
            {hasOriginal && <Line dataKey="original" name={t('charts.original')} stroke="#8a8694" strokeDasharray="2 4" connectNulls dot={false} isAnimationActive={false} />}
            <Line dataKey="reported" name={t('charts.reported')} stroke={STATUS_COLORS['on-track']} strokeWidth={2.5} connectNulls dot={{ r: 4 }} isAnimationActive={false} />
            {hasForecast && <Line dataKey="forecast" name={t('charts.forecast')} stroke="#b26a00" strokeDasharray="6 4" connectNulls dot={false} isAnimationActive={false} />}
            <Scatter dataKey="baseline" name={t('charts.baseline')} fill="#3d3d3d" isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      }
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('charts.date')}</th>
              <th scope="col">{t('charts.baseline')}</th>
              <th scope="col">{t('charts.expected')}</th>
              {hasOriginal && <th scope="col">{t('charts.original')}</th>}
              <th scope="col">{t('charts.reported')}</th>
              {hasForecast && <th scope="col">{t('charts.forecast')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.date}>
                <th scope="row">{formatIsoDate(r.date)}</th>
                <td className="cell--number">{value(r.baseline)}</td>
                <td className="cell--number">{value(r.expected)}</td>
                {hasOriginal && <td className="cell--number">{value(r.original)}</td>}
                <td className="cell--number">
                  {value(r.reported)}
                  {r.sample && ` (${t('common.sampleData')})`}
                </td>
                {hasForecast && <td className="cell--number">{value(r.forecast)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
