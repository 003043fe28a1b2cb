import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its table alternative. The drawing is hidden from assistive technology; the table,
 * one click away for everyone, carries the same figures for screen readers and keyboards.
 */
export function ChartFigure({ title, chart, table, id }: { title: string; chart: ReactNode; table: ReactNode; id: string }) {
  const { t } = useTranslation();
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <div className="chart__drawing" aria-hidden="true">
        {chart}
      </div>
      <details className="chart__table">
        <summary>{t('charts.showTable')}</summary>
        {table}
      </details>
    </figure>
  );
}
