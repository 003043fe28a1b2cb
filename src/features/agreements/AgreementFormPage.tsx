import '../../lib/manageI18n';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { EditSessionNotices, UnresolvedNotice } from '../../components/EditSessionNotices';
import { useEditSession } from '../../components/editSession';
import { FormFooter } from '../../components/FormFooter';
import { fieldAria, FormRow } from '../../components/FormRow';
import { QueryView } from '../../components/QueryView';
import { checkAgreementDraft, draftFromAgreement, emptyAgreementDraft, type AgreementDraft, type AgreementField } from '../../domain/editing/agreementRules';
import { formatIsoDate } from '../../domain/dates';
import { dataErrorFrom } from '../../domain/errors';
import { AGREEMENT_KINDS, type AgreementKind } from '../../domain/model';
import { paths } from '../../lib/paths';
import { todayIso } from '../../lib/today';
import { useAgreement, type AgreementDetail } from '../../queries/agreements';
import { useDirectory, type Directory } from '../../queries/directory';
import { useCreateAgreement, useUpdateAgreement } from '../../queries/editing';

/** `/agreements/new` and `/agreements/:agreementId/edit`. */
export function AgreementFormPage() {
  const { agreementId } = useParams();
  const directory = useDirectory();
  return (
    <QueryView query={directory}>
      {(dir) => (agreementId ? <EditAgreement id={agreementId} directory={dir} /> : <AgreementForm directory={dir} initial={emptyAgreementDraft(todayIso())} />)}
    </QueryView>
  );
}

function EditAgreement({ id, directory }: { id: string; directory: Directory }) {
  const { t } = useTranslation();
  const query = useAgreement(id);
  // Deleted elsewhere while the form is open: the form stays, with the last version read.
  const gone = query.isError && dataErrorFrom(query.error).code === 'not-found';
  const detail = query.data;
  if (!detail || (query.isError && !gone)) {
    return (
      <QueryView query={query} notFoundMessage={t('agreement.notFound')}>
        {() => null}
      </QueryView>
    );
  }
  return (
    <AgreementForm
      directory={directory}
      existing={detail}
      deleted={gone}
      reread={() => void query.refetch()}
      initial={draftFromAgreement(detail.agreement, detail.partners.map((p) => p.id), detail.committees.map((p) => p.id))}
    />
  );
}

function AgreementForm({
  directory,
  existing,
  deleted = false,
  reread,
  initial,
}: {
  directory: Directory;
  existing?: AgreementDetail;
  deleted?: boolean;
  /** Re-reads the record (after a save refused because it changed or vanished elsewhere). */
  reread?: () => void;
  initial: AgreementDraft;
}) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [tried, setTried] = useState(false);
  const [triedWhileDeleted, setTriedWhileDeleted] = useState(false);
  const create = useCreateAgreement();
  const update = useUpdateAgreement(existing?.agreement.id ?? '');
  const write = existing ? update : create;
  const session = useEditSession({
    key: `agreement:${existing?.agreement.id ?? 'new'}`,
    initial,
    initialRev: existing?.agreement.rev ?? 0,
    stored: deleted ? null : initial,
    rev: existing?.agreement.rev ?? 0,
    busy: write.isPending || write.isSuccess,
  });
  const draft = session.draft;
  const setDraft = session.setDraft;
  const refusedCode = write.isError ? dataErrorFrom(write.error).code : null;
  const check = checkAgreementDraft(draft, existing?.commitments ?? []);
  const set = (patch: Partial<AgreementDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const unitsById = new Map(directory.units.map((u) => [u.id, u]));
  const partners = directory.parties.filter((p) => p.kind !== 'people-committee');
  const partyName = (pid: string) => directory.parties.find((p) => p.id === pid)?.name ?? pid;
  const labelOf = (field: keyof AgreementDraft): string => {
    if (field === 'unitId') return t('manage.agreementForm.unit');
    if (field === 'partnerIds') return t('manage.agreementForm.partners');
    if (field === 'hasPeriod') return t('manage.fields.period');
    return t(`manage.agreementForm.${field}`);
  };
  const valueOf = (field: keyof AgreementDraft, value: unknown): string => {
    if (value === '' || value === null || value === undefined) return '';
    switch (field) {
      case 'kind':
        return t(`enums.agreementKind.${value as AgreementKind}`);
      case 'unitId':
        return unitsById.get(String(value))?.name ?? String(value);
      case 'partnerIds':
        return (value as string[]).map(partyName).join('; ');
      case 'signedOnline':
      case 'hasPeriod':
        return t(value ? 'manage.editSession.yes' : 'manage.editSession.no');
      case 'signedOn':
        return formatIsoDate(String(value));
      case 'newUnitKind':
        return t(value === 'province' ? 'manage.agreementForm.province' : 'manage.agreementForm.city');
      case 'signatories':
        return (value as AgreementDraft['signatories']).map((x) => [x.name, x.title].filter(Boolean).join(', ')).join('; ');
      default:
        return String(value);
    }
  };
  const newPartnerNames = [...new Set(draft.newPartners.split('\n').map((x) => x.normalize('NFC').trim()).filter(Boolean))];

  const error = (field: AgreementField): string | null => {
    const problem = tried ? check.problems.find((p) => p.field === field) : undefined;
    if (!problem) return null;
    if (problem.code === 'required' && (field === 'partners' || field === 'unit')) return t(`manage.agreementForm.errors.${field}`);
    if (problem.code === 'commitments-outside-period') return t('manage.agreementForm.errors.commitments-outside-period', { count: problem.titles?.length ?? 0, titles: problem.titles?.join('; ') ?? '' });
    return t(`manage.agreementForm.errors.${problem.code}`);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (check.problems.length > 0) return;
    if (existing && session.deleted) {
      setTriedWhileDeleted(true);
      return;
    }
    if (session.unresolved.length > 0) return;
    // Checked against the version the user started from (or last merged with), never a newer one read since.
    if (existing)
      update.mutate(
        { fields: check.fields, rev: session.baseRev },
        {
          onSuccess: (a) => {
            session.forget();
            navigate(paths.agreement(a.id));
          },
          onError: (error) => {
            if (dataErrorFrom(error).code === 'not-found') setTriedWhileDeleted(true);
            reread?.();
          },
        },
      );
    else create.mutate(check.fields, { onSuccess: (a) => navigate(paths.agreement(a.id)) });
  };

  const title = existing ? t('manage.agreementForm.editTitle') : t('manage.agreementForm.newTitle');
  return (
    <section aria-labelledby={`${id}-title`}>
      <p>
        <Link to={existing ? paths.agreement(existing.agreement.id) : paths.agreements()}>← {t('common.back')}</Link>
      </p>
      <h1 id={`${id}-title`}>{title}</h1>
      {existing && (
        <EditSessionNotices
          session={session}
          subject="agreement"
          name={session.base.title}
          labelOf={labelOf}
          valueOf={valueOf}
          triedWhileDeleted={triedWhileDeleted}
          refusedRev={refusedCode === 'changed-elsewhere' ? (update.variables?.rev ?? null) : null}
        />
      )}
      <form className="form-grid" noValidate onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
        <FormRow label={t('manage.agreementForm.kind')} htmlFor={`${id}-kind`}>
          <select id={`${id}-kind`} value={draft.kind} onChange={(e) => set({ kind: e.target.value as AgreementKind })}>
            {AGREEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`enums.agreementKind.${k}`)}
              </option>
            ))}
          </select>
        </FormRow>
        <FormRow label={t('manage.agreementForm.title')} htmlFor={`${id}-name`} error={error('title')}>
          <input id={`${id}-name`} value={draft.title} onChange={(e) => set({ title: e.target.value })} required {...fieldAria(`${id}-name`, error('title'))} />
        </FormRow>
        <FormRow label={t('manage.agreementForm.unit')} htmlFor={`${id}-unit`} error={error('unit')}>
          <select id={`${id}-unit`} value={draft.unitId} onChange={(e) => set({ unitId: e.target.value })} {...fieldAria(`${id}-unit`, error('unit'))}>
            <option value="">{t('manage.agreementForm.unitOther')}</option>
            {directory.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.successorId ? t('manage.agreementForm.unitMerged', { name: u.name, successor: unitsById.get(u.successorId)?.name ?? u.successorId }) : u.name}
              </option>
            ))}
          </select>
        </FormRow>
        {!draft.unitId && (
          <>
            <FormRow label={t('manage.agreementForm.newUnitName')} htmlFor={`${id}-newUnit`}>
              <input id={`${id}-newUnit`} value={draft.newUnitName} onChange={(e) => set({ newUnitName: e.target.value })} />
            </FormRow>
            <FormRow label={t('manage.agreementForm.newUnitKind')} htmlFor={`${id}-newUnitKind`}>
              <select id={`${id}-newUnitKind`} value={draft.newUnitKind} onChange={(e) => set({ newUnitKind: e.target.value as AgreementDraft['newUnitKind'] })}>
                <option value="province">{t('manage.agreementForm.province')}</option>
                <option value="centrally-run-city">{t('manage.agreementForm.city')}</option>
              </select>
            </FormRow>
          </>
        )}
        <fieldset className="checkbox-group" {...fieldAria(`${id}-partners`, error('partners'))}>
          <legend>{t('manage.agreementForm.partners')}</legend>
          {partners.map((p) => (
            <label key={p.id}>
              <input
                type="checkbox"
                checked={draft.partnerIds.includes(p.id)}
                onChange={(e) => set({ partnerIds: e.target.checked ? [...draft.partnerIds, p.id] : draft.partnerIds.filter((x) => x !== p.id) })}
              />{' '}
              {p.name}
            </label>
          ))}
          {error('partners') && (
            <p id={`${id}-partners-error`} className="field-error">
              {error('partners')}
            </p>
          )}
        </fieldset>
        <FormRow label={t('manage.agreementForm.newPartners')} htmlFor={`${id}-newPartners`}>
          <textarea id={`${id}-newPartners`} rows={2} value={draft.newPartners} onChange={(e) => set({ newPartners: e.target.value })} />
        </FormRow>
        <fieldset className="checkbox-group">
          <legend>{t('manage.agreementForm.signatories')}</legend>
          {draft.signatories.map((x, i) => {
            const n = i + 1;
            const setRow = (patch: Partial<typeof x>) => set({ signatories: draft.signatories.map((y, j) => (j === i ? { ...y, ...patch } : y)) });
            return (
              <div key={i} className="signatory-row">
                <FormRow label={t('manage.agreementForm.signatorySide', { n })} htmlFor={`${id}-s${i}-side`} error={error(`signatory.${i}.side`)}>
                  <select id={`${id}-s${i}-side`} value={x.side} onChange={(e) => setRow({ side: e.target.value })} {...fieldAria(`${id}-s${i}-side`, error(`signatory.${i}.side`))}>
                    <option value="committee">{t('manage.agreementForm.committeeSide')}</option>
                    {partners
                      .filter((p) => draft.partnerIds.includes(p.id) || p.id === x.side)
                      .map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.name}
                        </option>
                      ))}
                    {newPartnerNames.map((name) => (
                      <option key={name} value={`new:${name}`}>
                        {name}
                      </option>
                    ))}
                  </select>
                </FormRow>
                <FormRow label={t('manage.agreementForm.signatoryName', { n })} htmlFor={`${id}-s${i}-name`}>
                  <input id={`${id}-s${i}-name`} value={x.name} onChange={(e) => setRow({ name: e.target.value })} />
                </FormRow>
                <FormRow label={t('manage.agreementForm.signatoryTitle', { n })} htmlFor={`${id}-s${i}-title`} error={error(`signatory.${i}.title`)}>
                  <input id={`${id}-s${i}-title`} value={x.title} onChange={(e) => setRow({ title: e.target.value })} {...fieldAria(`${id}-s${i}-title`, error(`signatory.${i}.title`))} />
                </FormRow>
                <FormRow label={t('manage.agreementForm.signatoryCapacity', { n })} htmlFor={`${id}-s${i}-capacity`}>
                  <input id={`${id}-s${i}-capacity`} value={x.capacity} onChange={(e) => setRow({ capacity: e.target.value })} />
                </FormRow>
                <div>
                  <button type="button" onClick={() => set({ signatories: draft.signatories.filter((_, j) => j !== i) })}>
                    {t('manage.agreementForm.removeSignatory', { n })}
                  </button>
                </div>
              </div>
            );
          })}
          <div>
            <button type="button" onClick={() => set({ signatories: [...draft.signatories, { side: 'committee', name: '', title: '', capacity: '' }] })}>
              + {t('manage.agreementForm.addSignatory')}
            </button>
          </div>
        </fieldset>
        <FormRow label={t('manage.agreementForm.documentNumber')} htmlFor={`${id}-number`}>
          <input id={`${id}-number`} value={draft.documentNumber} onChange={(e) => set({ documentNumber: e.target.value })} />
        </FormRow>
        <FormRow label={t('manage.agreementForm.signedOn')} htmlFor={`${id}-signedOn`} error={error('signedOn')}>
          <input id={`${id}-signedOn`} type="date" value={draft.signedOn} onChange={(e) => set({ signedOn: e.target.value })} required {...fieldAria(`${id}-signedOn`, error('signedOn'))} />
        </FormRow>
        <FormRow label={t('manage.agreementForm.signedPlace')} htmlFor={`${id}-place`}>
          <input id={`${id}-place`} value={draft.signedPlace} onChange={(e) => set({ signedPlace: e.target.value })} />
        </FormRow>
        <label className="checkbox">
          <input type="checkbox" checked={draft.signedOnline} onChange={(e) => set({ signedOnline: e.target.checked })} /> {t('manage.agreementForm.signedOnline')}
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={!draft.hasPeriod} onChange={(e) => set({ hasPeriod: !e.target.checked })} /> {t('manage.agreementForm.noPeriod')}
        </label>
        {draft.hasPeriod && (
          <>
            <FormRow label={t('manage.agreementForm.startYear')} htmlFor={`${id}-start`} error={error('startYear')}>
              <input id={`${id}-start`} inputMode="numeric" value={draft.startYear} onChange={(e) => set({ startYear: e.target.value })} {...fieldAria(`${id}-start`, error('startYear'))} />
            </FormRow>
            <FormRow label={t('manage.agreementForm.endYear')} htmlFor={`${id}-end`} error={error('endYear')}>
              <input id={`${id}-end`} inputMode="numeric" value={draft.endYear} onChange={(e) => set({ endYear: e.target.value })} {...fieldAria(`${id}-end`, error('endYear'))} />
            </FormRow>
          </>
        )}
        <FormRow label={t('manage.agreementForm.summary')} htmlFor={`${id}-summary`}>
          <textarea id={`${id}-summary`} rows={3} value={draft.summary} onChange={(e) => set({ summary: e.target.value })} />
        </FormRow>
        <FormFooter
          submitLabel={existing ? t('manage.common.saveChanges') : t('manage.agreementForm.create')}
          busy={write.isPending}
          problems={tried ? check.problems.length : 0}
          writeError={refusedCode === 'changed-elsewhere' || (existing && refusedCode === 'not-found') ? null : write.error}
        />
        {tried && <UnresolvedNotice fields={session.unresolved.map(labelOf)} />}
      </form>
    </section>
  );
}
