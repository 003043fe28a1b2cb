// This screen's strings (lib/locales/exchange.ts) come with its chunk.
import '../../lib/exchangeI18n';
import { useTranslation } from 'react-i18next';
import { ConflictLogSection } from './ConflictLogSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { RestorePointsSection } from './RestorePointsSection';

export function SnapshotsPage() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="snapshots-title">
      <h1 id="snapshots-title">{t('snapshots.title')}</h1>
      <p className="muted">{t('snapshots.intro')}</p>
      <ExportSection />
      <ImportSection />
      <RestorePointsSection />
      <ConflictLogSection />
    </section>
  );
}
