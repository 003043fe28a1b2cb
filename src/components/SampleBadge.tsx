import { useTranslation } from 'react-i18next';

/** Marks illustrative figures, so that nothing invented passes as a reported fact. */
export function SampleBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge--sample" title={t('common.sampleDataHint')}>
      {t('common.sampleData')}
    </span>
  );
}
