import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setStatusRules, useStatusRules } from '../lib/statusRules';

/**
 * On every view whose statuses could hold illustrative (sample) reports: says how many were left
 * out of the statuses (the default) or, when the user chose to count them, says so as a banner that
 * is printed with the report; the switch changes the choice for every view on this device.
 * Nothing is shown where no sample report is in view.
 */
export function SampleDataNotice({ leftOut, counted }: { leftOut: number; counted: number }) {
  const { t } = useTranslation();
  const rules = useStatusRules();
  const id = useId();
  if (leftOut === 0 && counted === 0) return null;
  return (
    <div className="notice sample-notice" role="note" aria-labelledby={`${id}-text`}>
      <p id={`${id}-text`}>{counted > 0 ? t('status.samples.counted', { count: counted }) : t('status.samples.leftOut', { count: leftOut })}</p>
      <label className="no-print">
        <input type="checkbox" checked={rules.includeSample} onChange={(e) => setStatusRules({ includeSample: e.target.checked })} /> {t('status.samples.include')}
      </label>
    </div>
  );
}
