// The field names (manage.fields.*) come with the editing screens' strings.
import '../../lib/manageI18n';
import { useTranslation } from 'react-i18next';
import { ValueText } from '../../components/HistoryList';
import type { FieldChange } from '../../domain/snapshot/merge';
import { ALIVE_SLOT } from '../../domain/sync/clocks';
import { hlcInstant, hlcNode, LEGACY_NODE } from '../../domain/sync/hlc';
import { useFormatters } from '../../lib/format';

/** A field's name in the user's language: "Chỉ tiêu cuối giai đoạn", "Mốc theo năm 2026". */
export function useFieldLabel() {
  const { t, i18n } = useTranslation();
  return (slot: string): string => {
    const year = /^milestones\.(\d{4})$/.exec(slot)?.[1];
    if (year) return t('snapshots.milestoneOf', { year });
    const key = `manage.fields.${slot}`;
    return i18n.exists(key) ? t(key as 'manage.fields.title') : slot;
  };
}

/** Who changed a value and when: "Chị Lan, 02/12/2026 09:15" (or "trước khi có dấu thời gian"). */
function Author({ clock, names }: { clock: string; names: Record<string, string> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!clock) return null;
  const node = hlcNode(clock);
  const when = format.instant(hlcInstant(clock));
  if (node === LEGACY_NODE) return <span className="muted small">{t('snapshots.changedLegacy', { when })}</span>;
  const who = names[node] || t('snapshots.unnamedDevice', { device: node.slice(0, 6) });
  return <span className="muted small">{t('snapshots.changedBy', { who, when })}</span>;
}

/**
 * The fields a merge changes or met in conflict: the field, the value on this laptop and in the
 * file (who changed each and when), and which one is in use.
 */
export function FieldChangesTable({ fields, names, caption }: { fields: FieldChange[]; names: Record<string, string>; caption: string }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const shown = fields.filter((f) => f.slot !== ALIVE_SLOT && f.slot !== 'milestones');
  if (shown.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="diff-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('snapshots.fieldColumn')}</th>
            <th scope="col">{t('snapshots.localColumn')}</th>
            <th scope="col">{t('snapshots.incomingColumn')}</th>
            <th scope="col">{t('snapshots.keptColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((f) => (
            <tr key={f.slot} className={f.concurrent ? 'row--conflict' : undefined}>
              <th scope="row">{label(f.slot)}</th>
              <td>
                <ValueText value={f.local} />
                <br />
                <Author clock={f.localClock} names={names} />
              </td>
              <td>
                <ValueText value={f.incoming} />
                <br />
                <Author clock={f.incomingClock} names={names} />
              </td>
              <td>
                {t(`snapshots.keptValue.${f.kept}`)}
                {f.concurrent && (
                  <>
                    <br />
                    <span className="badge badge--conflict">{t('snapshots.concurrent')}</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
