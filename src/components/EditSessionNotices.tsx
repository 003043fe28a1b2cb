import '../lib/manageI18n';
import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../lib/format';
import { paths } from '../lib/paths';
import type { EditSession } from './editSession';

export type EditSubject = 'agreement' | 'commitment' | 'checkIn';

/**
 * What an editing form says about its record changing or disappearing while it is open: the
 * fields changed elsewhere (label, stored value, the user's value), a choice for each field both
 * sides changed, the record deleted elsewhere (and, on a save, that it is in the trash), and a
 * draft kept from an earlier visit.
 */
export function EditSessionNotices<D extends object>({
  session,
  subject,
  labelOf,
  valueOf,
  name,
  triedWhileDeleted,
  refusedRev,
}: {
  session: EditSession<D>;
  subject: EditSubject;
  /** The record as the user knows it: a title, or a report's date. */
  name: string;
  labelOf: (field: keyof D & string) => string;
  /** A field's value as the user reads it ("2030", "Viettel", "Có"). */
  valueOf: (field: keyof D & string, value: unknown) => string;
  /** The user tried to save after the record was deleted. */
  triedWhileDeleted: boolean;
  /** The revision a save refused as changed elsewhere was checked against (null when none was). */
  refusedRev: number | null;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const id = useId();
  const shown = (field: keyof D & string, value: unknown) => valueOf(field, value) || t('manage.editSession.empty');
  const what = t(`manage.editSession.subject.${subject}`);
  // Refused: until the newer version is read the form is still on the old one; once read, either
  // fields changed (listed below) or only what this form does not show (a new report, say).
  const checking = refusedRev !== null && refusedRev === session.baseRev;
  const quietlyRebased = refusedRev !== null && refusedRev !== session.baseRev && session.changes.length === 0;

  return (
    <>
      {session.offer && (
        <div role="status" className="notice notice--inline">
          <span>{t('manage.editSession.offer', { subject: what, name, time: format.instant(session.offer.savedAt) })}</span>
          <button type="button" className="button--primary" onClick={session.takeOffer}>
            {t('manage.editSession.offerTake')}
          </button>
          <button type="button" onClick={session.dropOffer}>
            {t('manage.editSession.offerDrop')}
          </button>
        </div>
      )}
      {session.deleted && (
        <div role="alert" className="notice notice--error">
          <p>{t(`manage.editSession.deleted.${subject}`, { name })}</p>
          {triedWhileDeleted && (
            <p>
              {subject === 'checkIn' ? (
                t('manage.editSession.deletedRefusedCheckIn')
              ) : (
                <Trans i18nKey="manage.editSession.deletedRefused" values={{ subject: what, name }} components={{ trash: <Link to={paths.trash()} /> }} />
              )}
            </p>
          )}
        </div>
      )}
      {checking && !session.deleted && (
        <p role="status" className="notice">
          {t('manage.editSession.checking', { subject: what, name })}
        </p>
      )}
      {quietlyRebased && !session.deleted && (
        <p role="alert" className="notice">
          {t('manage.editSession.rebasedQuietly', { subject: what, name })}
        </p>
      )}
      {session.changes.length > 0 && !session.deleted && (
        <div role="alert" className="notice" aria-labelledby={`${id}-changed`}>
          <p id={`${id}-changed`}>{t('manage.editSession.changed', { subject: what, name })}</p>
          <ul>
            {session.changes.map((c) => (
              <li key={c.field}>
                {c.conflict ? (
                  <fieldset className="radio-group">
                    <legend>{t('manage.editSession.conflictLegend', { label: labelOf(c.field) })}</legend>
                    <label>
                      <input type="radio" name={`${id}-${c.field}`} checked={session.choices[c.field] === 'mine'} onChange={() => session.choose(c.field, 'mine')} />{' '}
                      {t('manage.editSession.keepMine', { value: shown(c.field, c.mine) })}
                    </label>
                    <label>
                      <input type="radio" name={`${id}-${c.field}`} checked={session.choices[c.field] === 'theirs'} onChange={() => session.choose(c.field, 'theirs')} />{' '}
                      {t('manage.editSession.takeTheirs', { value: shown(c.field, c.stored) })}
                    </label>
                  </fieldset>
                ) : (
                  <>
                    <strong>{labelOf(c.field)}</strong>:{' '}
                    {shown(c.field, c.mine) === shown(c.field, c.stored)
                      ? t('manage.editSession.same', { stored: shown(c.field, c.stored) })
                      : t('manage.editSession.tookStored', { stored: shown(c.field, c.stored), before: shown(c.field, c.mine) })}
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** The message under the form's button when conflicts still wait for a choice, naming the fields. */
export function UnresolvedNotice({ fields }: { fields: string[] }) {
  const { t } = useTranslation();
  if (fields.length === 0) return null;
  return (
    <p role="alert" className="field-error">
      {t('manage.editSession.chooseFirst', { fields: fields.map((f) => `“${f}”`).join(', ') })}
    </p>
  );
}
