import { useTranslation } from 'react-i18next';
import type { Status } from '../domain/status/engine';

/** A status as a coloured label; the colour is never the only cue, the words are always there. */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return <span className={`badge status status--${status}`}>{t(`status.label.${status}`)}</span>;
}
