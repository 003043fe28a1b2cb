import { useTranslation } from 'react-i18next';
import type { FieldChange, HistoryEntry } from '../domain/editing/history';
import { FINAL_RESULTS } from '../domain/enums';
import type { Closing, FinalAssessment } from '../domain/model';
import { useFormatters } from '../lib/format';

const isClosing = (v: unknown): v is Closing => typeof v === 'object' && v !== null && typeof (v as Closing).closedOn === 'string';
const isFinalAssessment = (v: unknown): v is FinalAssessment => typeof v === 'object' && v !== null && (FINAL_RESULTS as readonly string[]).includes((v as FinalAssessment).result) && typeof (v as FinalAssessment).note === 'string';

/** A stored value, shown as plain text (never markup): short, and readable for nested values. */
export function ValueText({ value }: { value: unknown }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (value === null || value === undefined || value === '') return <span className="muted">{t('common.none')}</span>;
  if (typeof value === 'number') return <>{format.number(value)}</>;
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (typeof value === 'string') return <>{/^\d{4}-\d{2}-\d{2}$/.test(value) ? format.date(value) : value.length > 160 ? `${value.slice(0, 160)}…` : value}</>;
  // A closing ("15/01/2026, 12/BC-UBND") and a final assessment ("Không đạt — reason") in words.
  if (isClosing(value)) return <>{[format.date(value.closedOn), value.documentNumber].filter(Boolean).join(', ')}</>;
  if (isFinalAssessment(value)) return <>{[t(`enums.finalResult.${value.result}`), value.note].filter(Boolean).join(' — ')}</>;
  const json = JSON.stringify(value);
  return <code className="small">{json.length > 160 ? `${json.slice(0, 160)}…` : json}</code>;
}

function ChangeList({ changes }: { changes: FieldChange[] }) {
  const { t, i18n } = useTranslation();
  if (changes.length === 0) return null;
  return (
    <ul className="changes">
      {changes.map((c) => {
        const key = `manage.fields.${c.field}`;
        return (
          <li key={c.field}>
            <strong>{i18n.exists(key) ? t(key as 'manage.fields.title') : c.field}</strong>: <ValueText value={c.before} /> → <ValueText value={c.after} />
          </li>
        );
      })}
    </ul>
  );
}

/** The change history of a record: who, when, what, and each field's old and new value. */
export function HistoryList({ entries, titleId }: { entries: HistoryEntry[]; titleId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (entries.length === 0) return <p className="empty">{t('manage.history.empty')}</p>;
  return (
    <div className="table-scroll">
      <table aria-labelledby={titleId}>
        <thead>
          <tr>
            <th scope="col">{t('manage.history.when')}</th>
            <th scope="col">{t('manage.history.who')}</th>
            <th scope="col">{t('manage.history.what')}</th>
            <th scope="col">{t('manage.history.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{format.instant(e.at)}</td>
              <td>{e.by || <span className="muted">{t('manage.history.anonymous')}</span>}</td>
              <td>
                {t(`manage.history.action.${e.action}`)} {t(`manage.history.subject.${e.subject}`)}: {e.subject === 'check-in' && /^\d{4}-\d{2}-\d{2}$/.test(e.label) ? t('manage.history.reportOf', { date: format.date(e.label) }) : e.label}
              </td>
              <td>
                <ChangeList changes={e.action === 'create' || e.action === 'delete' ? [] : e.changes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
