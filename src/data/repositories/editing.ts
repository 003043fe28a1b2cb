/**
 * Creating, editing, archiving, revising and renewing agreements and commitments. Every write:
 * - validates the record it would store against the model's schema first (nothing half-valid is
 *   ever written);
 * - refuses when the record changed since the form was opened (another tab, an import), instead
 *   of silently overwriting that change;
 * - runs in one transaction with its change-history entry and takes one clock (data/sync.ts) that
 *   stamps every field it changes, so that a snapshot merge keeps, field by field, the later change.
 */
import type { AgreementFields } from '../../domain/editing/agreementRules';
import { commitmentFromFields, type CommitmentFields } from '../../domain/editing/commitmentRules';
import { diffFields, type HistoryAction } from '../../domain/editing/history';
import type { ClosingPlan } from '../../domain/editing/closingRules';
import { planRenewal, type RenewalOptions } from '../../domain/editing/renewal';
import { applyRevision, type RevisionDraft } from '../../domain/editing/revisionRules';
import { AgreementSchema, CommitmentSchema, type AdminUnit, type Agreement, type Commitment, type Party, type Signatory } from '../../domain/model';
import { deepEqual } from '../../domain/snapshot/canonical';
import { foldForSearch } from '../../domain/text';
import { validate } from '../../domain/validation';
import { currentSuccessor } from '../../domain/lineage';
import type { CamKetDatabase } from '../db';
import { attempt, fail, ok, type Result } from '../errors';
import { stamp } from '../../domain/sync/clocks';
import type { Hlc } from '../../domain/sync/hlc';
import { beginChange, historyTables, recordHistory } from './history';

export interface WriteOptions {
  now?: Date;
  newId?: () => string;
}

const stampOf = (options: WriteOptions) => ({ now: (options.now ?? new Date()).toISOString(), newId: options.newId ?? (() => crypto.randomUUID()) });

function invalid<T>(subject: string, issues: { path: string; code: string }[]): Result<T> {
  return fail({ code: 'invalid', subject, issues });
}

/** The People's Committee of a unit: the stored one, or a new record to add. */
function committeeFor(unit: AdminUnit, parties: Party[], now: string, newId: () => string): { party: Party; isNew: boolean } {
  const found = parties.find((p) => p.kind === 'people-committee' && p.unitId === unit.id);
  if (found) return { party: found, isNew: false };
  const name = `UBND ${unit.kind === 'province' ? 'tỉnh' : 'thành phố'} ${unit.name}`;
  return { party: { id: newId(), createdAt: now, updatedAt: now, rev: 1, kind: 'people-committee', name, shortName: name, unitId: unit.id, memberIds: [] }, isNew: true };
}

/**
 * Resolves the form's province and partners to records, creating the ones typed as new (a new
 * partner whose name matches a stored one, diacritics ignored, is that one).
 */
async function resolveParties(db: CamKetDatabase, fields: AgreementFields, now: string, newId: () => string) {
  const [units, parties] = await Promise.all([db.units.toArray(), db.parties.toArray()]);
  let unit: AdminUnit | undefined;
  const added: { units: AdminUnit[]; parties: Party[] } = { units: [], parties: [] };
  if ('id' in fields.unit) unit = units.find((u) => u.id === (fields.unit as { id: string }).id);
  else {
    const wanted = foldForSearch(fields.unit.name);
    unit = units.find((u) => foldForSearch(u.name) === wanted);
    if (!unit) {
      unit = { id: newId(), createdAt: now, updatedAt: now, rev: 1, name: fields.unit.name, kind: fields.unit.kind, successorId: null, mergedOn: null, mergeResolution: null };
      added.units.push(unit);
    }
  }
  if (!unit) return null;
  const committee = committeeFor(unit, parties, now, newId);
  if (committee.isNew) added.parties.push(committee.party);
  const partnerIds = [...fields.partnerIds];
  const newPartnerIds = new Map<string, string>();
  for (const name of fields.newPartners) {
    const wanted = foldForSearch(name);
    const existing = [...parties, ...added.parties].find((p) => p.kind !== 'people-committee' && (foldForSearch(p.name) === wanted || foldForSearch(p.shortName) === wanted));
    const party: Party = existing ?? { id: newId(), createdAt: now, updatedAt: now, rev: 1, kind: 'enterprise', name, shortName: name, unitId: null, memberIds: [] };
    if (!existing) added.parties.push(party);
    if (!partnerIds.includes(party.id)) partnerIds.push(party.id);
    newPartnerIds.set(name, party.id);
  }
  const signatories: Signatory[] = fields.signatories.map((x) => ({
    partyId: x.side === 'committee' ? committee.party.id : 'id' in x.side ? x.side.id : newPartnerIds.get(x.side.newName)!,
    name: x.name,
    title: x.title,
    capacity: x.capacity,
  }));
  const successor = new Map([...units, ...added.units].map((u) => [u.id, u.successorId]));
  return { unit, committee: committee.party, partnerIds, signatories, added, responsibleUnitId: currentSuccessor(unit.id, (id) => successor.get(id)) };
}

/** The form's fields that are stored as they are (the parties and units are resolved apart). */
function storedFields(fields: AgreementFields): Pick<Agreement, 'kind' | 'title' | 'documentNumber' | 'signedOn' | 'signedPlace' | 'signedOnline' | 'period' | 'summary'> {
  const { kind, title, documentNumber, signedOn, signedPlace, signedOnline, period, summary } = fields;
  return { kind, title, documentNumber, signedOn, signedPlace, signedOnline, period, summary };
}

/** Stores the provinces and partners a form typed as new, stamped with the change's clock. */
async function addResolved(db: CamKetDatabase, added: { units: AdminUnit[]; parties: Party[] }, at: Hlc): Promise<void> {
  await db.units.bulkAdd(added.units.map((u) => stamp(null, u, at)));
  await db.parties.bulkAdd(added.parties.map((p) => stamp(null, p, at)));
}

const writeTables = (db: CamKetDatabase) => [db.units, db.parties, db.agreements, db.commitments, ...historyTables(db)];

export function createAgreement(db: CamKetDatabase, fields: AgreementFields, options: WriteOptions = {}): Promise<Result<Agreement>> {
  const { now, newId } = stampOf(options);
  return attempt(() =>
    db.transaction('rw', writeTables(db), async () => {
      const resolved = await resolveParties(db, fields, now, newId);
      if (!resolved) return fail({ code: 'not-found', subject: 'unit' });
      const agreement: Agreement = {
        id: newId(),
        createdAt: now,
        updatedAt: now,
        rev: 1,
        ...storedFields(fields),
        partyIds: [resolved.committee.id, ...resolved.partnerIds],
        signatories: resolved.signatories,
        predecessorId: null,
        predecessorNote: null,
        legalBases: [],
        governance: { steeringCommitteeHead: null, executiveBoardHead: null, note: null },
        sources: [],
        signatoryUnitId: resolved.unit.id,
        responsibleUnitId: resolved.responsibleUnitId,
        attendees: [],
        archived: false,
      };
      const at = await beginChange(db, now);
      const checked = validate(AgreementSchema, stamp(null, agreement, at));
      if (!checked.ok) return invalid('agreement', checked.issues);
      await addResolved(db, resolved.added, at);
      await db.agreements.add(checked.value);
      await recordHistory(db, { recordId: agreement.id, subject: 'agreement', action: 'create', label: agreement.title, changes: diffFields(null, agreement) }, now, at);
      return ok(checked.value);
    }),
  );
}

/** Reads a record for an edit, refusing when it changed since the form read revision `expectedRev`. */
async function forEdit<T extends { rev: number }>(record: T | undefined, expectedRev: number | undefined, subject: string): Promise<Result<T>> {
  if (!record) return fail({ code: 'not-found', subject });
  if (expectedRev !== undefined && record.rev !== expectedRev) return fail({ code: 'changed-elsewhere', subject });
  return ok(record);
}

async function putAgreement(db: CamKetDatabase, before: Agreement, after: Agreement, action: HistoryAction, now: string, at: Hlc): Promise<Result<Agreement>> {
  const next = stamp(before, { ...after, rev: before.rev + 1, updatedAt: now }, at);
  const checked = validate(AgreementSchema, next);
  if (!checked.ok) return invalid(`agreement ${before.id}`, checked.issues);
  await db.agreements.put(checked.value);
  await recordHistory(db, { recordId: before.id, subject: 'agreement', action, label: next.title, changes: diffFields(before, next) }, now, at);
  return ok(checked.value);
}

export function updateAgreement(db: CamKetDatabase, id: string, fields: AgreementFields, expectedRev: number, options: WriteOptions = {}): Promise<Result<Agreement>> {
  const { now, newId } = stampOf(options);
  return attempt(() =>
    db.transaction('rw', writeTables(db), async () => {
      const found = await forEdit(await db.agreements.get(id), expectedRev, `agreement ${id}`);
      if (!found.ok) return found;
      const before = found.value;
      const resolved = await resolveParties(db, fields, now, newId);
      if (!resolved) return fail({ code: 'not-found', subject: 'unit' });
      const at = await beginChange(db, now);
      await addResolved(db, resolved.added, at);
      // The committee of the (possibly changed) province first, then the partners in the form's order.
      const parties = new Map((await db.parties.toArray()).map((p) => [p.id, p]));
      const otherCommittees = before.partyIds.filter((pid) => parties.get(pid)?.kind === 'people-committee' && pid !== resolved.committee.id && parties.get(pid)?.unitId !== before.signatoryUnitId);
      return putAgreement(
        db,
        before,
        {
          ...before,
          ...storedFields(fields),
          partyIds: [resolved.committee.id, ...otherCommittees, ...resolved.partnerIds],
          signatories: resolved.signatories,
          signatoryUnitId: resolved.unit.id,
          responsibleUnitId: resolved.responsibleUnitId,
        },
        'update',
        now,
        at,
      );
    }),
  );
}

export function setAgreementArchived(db: CamKetDatabase, id: string, archived: boolean, options: WriteOptions = {}): Promise<Result<Agreement>> {
  const { now } = stampOf(options);
  return attempt(() =>
    db.transaction('rw', [db.agreements, ...historyTables(db)], async () => {
      const found = await forEdit(await db.agreements.get(id), undefined, `agreement ${id}`);
      if (!found.ok) return found;
      if (found.value.archived === archived) return ok(found.value);
      return putAgreement(db, found.value, { ...found.value, archived }, archived ? 'archive' : 'unarchive', now, await beginChange(db, now));
    }),
  );
}

export function createCommitment(db: CamKetDatabase, agreementId: string, fields: CommitmentFields, options: WriteOptions = {}): Promise<Result<Commitment>> {
  const { now, newId } = stampOf(options);
  return attempt(() =>
    db.transaction('rw', [db.agreements, db.commitments, ...historyTables(db)], async () => {
      const agreement = await db.agreements.get(agreementId);
      if (!agreement) return fail({ code: 'not-found', subject: `agreement ${agreementId}` });
      const commitment = commitmentFromFields(fields, { agreementId, territoryUnitId: agreement.signatoryUnitId, id: newId(), now });
      const at = await beginChange(db, now);
      const checked = validate(CommitmentSchema, stamp(null, commitment, at));
      if (!checked.ok) return invalid('commitment', checked.issues);
      await db.commitments.add(checked.value);
      await recordHistory(db, { recordId: commitment.id, subject: 'commitment', action: 'create', label: commitment.title, changes: diffFields(null, commitment) }, now, at);
      await recordHistory(db, { recordId: agreementId, subject: 'commitment', action: 'create', label: commitment.title, changes: [] }, now, at);
      return ok(checked.value);
    }),
  );
}

async function putCommitment(db: CamKetDatabase, before: Commitment, after: Commitment, now: string, history: { subject: 'commitment' | 'revision'; label?: string }): Promise<Result<Commitment>> {
  const at = await beginChange(db, now);
  const next = stamp(before, { ...after, rev: before.rev + 1, updatedAt: now }, at);
  const checked = validate(CommitmentSchema, next);
  if (!checked.ok) return invalid(`commitment ${before.id}`, checked.issues);
  await db.commitments.put(checked.value);
  await recordHistory(db, { recordId: before.id, subject: history.subject, action: 'update', label: history.label ?? next.title, changes: diffFields(before, next) }, now, at);
  return ok(checked.value);
}

export function updateCommitment(db: CamKetDatabase, id: string, fields: CommitmentFields, expectedRev: number, options: WriteOptions = {}): Promise<Result<Commitment>> {
  const { now } = stampOf(options);
  return attempt(() =>
    db.transaction('rw', [db.commitments, ...historyTables(db)], async () => {
      const found = await forEdit(await db.commitments.get(id), expectedRev, `commitment ${id}`);
      if (!found.ok) return found;
      return putCommitment(db, found.value, commitmentFromFields(fields, { existing: found.value }), now, { subject: 'commitment' });
    }),
  );
}

/** Revises the end target or a milestone by decision; the old value stays in the revision. */
export function reviseTarget(db: CamKetDatabase, id: string, draft: RevisionDraft, value: number, expectedRev: number, options: WriteOptions = {}): Promise<Result<Commitment>> {
  const { now, newId } = stampOf(options);
  return attempt(() =>
    db.transaction('rw', [db.commitments, ...historyTables(db)], async () => {
      const found = await forEdit(await db.commitments.get(id), expectedRev, `commitment ${id}`);
      if (!found.ok) return found;
      const { commitment, revision } = applyRevision(found.value, draft, value, { id: newId(), now });
      return putCommitment(db, found.value, commitment, now, { subject: 'revision', label: revision.decisionRef });
    }),
  );
}

/**
 * Creates the next period's agreement from `sourceId` with the picked commitments (see
 * domain/editing/renewal.ts). One transaction: the new agreement and its commitments appear together.
 */
export function renewAgreement(db: CamKetDatabase, sourceId: string, renewal: RenewalOptions, options: WriteOptions = {}): Promise<Result<Agreement>> {
  const { now, newId } = stampOf(options);
  return attempt(() =>
    db.transaction('rw', [db.agreements, db.commitments, ...historyTables(db)], async () => {
      const agreement = await db.agreements.get(sourceId);
      if (!agreement) return fail({ code: 'not-found', subject: `agreement ${sourceId}` });
      const commitments = await db.commitments.where('agreementId').equals(sourceId).toArray();
      const planned = planRenewal({ agreement, commitments }, renewal, { now, newId });
      const at = await beginChange(db, now);
      const plan = { agreement: stamp(null, planned.agreement, at), commitments: planned.commitments.map((c) => stamp(null, c, at)) };
      const checkedAgreement = validate(AgreementSchema, plan.agreement);
      if (!checkedAgreement.ok) return invalid('agreement', checkedAgreement.issues);
      for (const c of plan.commitments) {
        const checked = validate(CommitmentSchema, c);
        if (!checked.ok) return invalid(`commitment ${c.title}`, checked.issues);
      }
      await db.agreements.add(checkedAgreement.value);
      await db.commitments.bulkAdd(plan.commitments);
      await recordHistory(db, { recordId: plan.agreement.id, subject: 'agreement', action: 'renew', label: agreement.title, changes: diffFields(null, planned.agreement) }, now, at);
      await recordHistory(db, { recordId: sourceId, subject: 'agreement', action: 'renew', label: plan.agreement.title, changes: [] }, now, at);
      return ok(checkedAgreement.value);
    }),
  );
}

/**
 * Closes an agreement's period (domain/editing/closingRules.ts): the closing on the agreement and
 * each commitment's final assessment, in one transaction with one clock. Refused when the
 * agreement changed since the form was opened, or when its commitments are not the ones the form
 * assessed (one was added or deleted meanwhile) — nothing is written then.
 */
export function closeAgreement(db: CamKetDatabase, id: string, plan: ClosingPlan, expectedRev: number, options: WriteOptions = {}): Promise<Result<Agreement>> {
  const { now } = stampOf(options);
  return attempt(() =>
    db.transaction('rw', [db.agreements, db.commitments, ...historyTables(db)], async () => {
      const found = await forEdit(await db.agreements.get(id), expectedRev, `agreement ${id}`);
      if (!found.ok) return found;
      const before = found.value;
      const commitments = await db.commitments.where('agreementId').equals(id).toArray();
      if (commitments.length !== plan.results.size || commitments.some((c) => !plan.results.has(c.id))) return fail({ code: 'changed-elsewhere', subject: `agreement ${id}` });
      const at = await beginChange(db, now);
      const agreement = stamp(before, { ...before, closing: plan.closing, rev: before.rev + 1, updatedAt: now }, at);
      const checkedAgreement = validate(AgreementSchema, agreement);
      if (!checkedAgreement.ok) return invalid(`agreement ${id}`, checkedAgreement.issues);
      const changed = commitments
        .map((c) => ({ before: c, after: { ...c, finalAssessment: plan.results.get(c.id)! } }))
        .filter((x) => !deepEqual(x.before.finalAssessment ?? null, x.after.finalAssessment))
        .map((x) => ({ before: x.before, after: stamp(x.before, { ...x.after, rev: x.before.rev + 1, updatedAt: now }, at) }));
      for (const x of changed) {
        const checked = validate(CommitmentSchema, x.after);
        if (!checked.ok) return invalid(`commitment ${x.before.title}`, checked.issues);
      }
      await db.agreements.put(checkedAgreement.value);
      await db.commitments.bulkPut(changed.map((x) => x.after));
      await recordHistory(db, { recordId: id, subject: 'agreement', action: 'close', label: before.title, changes: diffFields(before, agreement) }, now, at);
      for (const x of changed) await recordHistory(db, { recordId: x.before.id, subject: 'commitment', action: 'close', label: x.before.title, changes: diffFields(x.before, x.after) }, now, at);
      return ok(checkedAgreement.value);
    }),
  );
}

/** Reopens a closed period: the closing and every final assessment are cleared (the history keeps them). */
export function reopenAgreement(db: CamKetDatabase, id: string, expectedRev: number, options: WriteOptions = {}): Promise<Result<Agreement>> {
  const { now } = stampOf(options);
  return attempt(() =>
    db.transaction('rw', [db.agreements, db.commitments, ...historyTables(db)], async () => {
      const found = await forEdit(await db.agreements.get(id), expectedRev, `agreement ${id}`);
      if (!found.ok) return found;
      const before = found.value;
      if (!before.closing) return ok(before);
      const at = await beginChange(db, now);
      const agreement = stamp(before, { ...before, closing: null, rev: before.rev + 1, updatedAt: now }, at);
      const commitments = (await db.commitments.where('agreementId').equals(id).toArray()).filter((c) => c.finalAssessment);
      const cleared = commitments.map((c) => ({ before: c, after: stamp(c, { ...c, finalAssessment: null, rev: c.rev + 1, updatedAt: now }, at) }));
      await db.agreements.put(agreement);
      await db.commitments.bulkPut(cleared.map((x) => x.after));
      await recordHistory(db, { recordId: id, subject: 'agreement', action: 'reopen', label: before.title, changes: diffFields(before, agreement) }, now, at);
      for (const x of cleared) await recordHistory(db, { recordId: x.before.id, subject: 'commitment', action: 'reopen', label: x.before.title, changes: diffFields(x.before, x.after) }, now, at);
      return ok(agreement);
    }),
  );
}
