/**
 * The trash: deleting an agreement (with its commitments) or a commitment moves it here, in one
 * transaction with its history entry; it comes back exactly as it was, until the trash is emptied.
 */
import type { Commitment } from '../../domain/model';
import type { CamKetDatabase, TrashRow } from '../db';
import { attempt, fail, ok, type Result } from '../errors';
import { historyTables, recordHistory } from './history';
import { USER_NAME_KEY } from './settings';

async function userName(db: CamKetDatabase): Promise<string> {
  const row = await db.settings.get(USER_NAME_KEY);
  return typeof row?.value === 'string' ? row.value : '';
}

const tables = (db: CamKetDatabase) => [db.agreements, db.commitments, db.trash, ...historyTables(db)];

export function deleteAgreement(db: CamKetDatabase, id: string, now: Date = new Date()): Promise<Result<TrashRow>> {
  const at = now.toISOString();
  return attempt(() =>
    db.transaction('rw', tables(db), async () => {
      const agreement = await db.agreements.get(id);
      if (!agreement) return fail({ code: 'not-found', subject: `agreement ${id}` });
      const successors = await db.agreements.filter((a) => a.predecessorId === id).count();
      if (successors > 0) return fail({ code: 'has-successors', subject: `agreement ${id}` });
      const commitments = await db.commitments.where('agreementId').equals(id).toArray();
      const row: TrashRow = { id: crypto.randomUUID(), deletedAt: at, deletedBy: await userName(db), subject: 'agreement', label: agreement.title, agreementId: id, agreement, commitments };
      await db.commitments.bulkDelete(commitments.map((c) => c.id));
      await db.agreements.delete(id);
      await db.trash.add(row);
      await recordHistory(db, { recordId: id, subject: 'agreement', action: 'delete', label: agreement.title, changes: [] }, at);
      return ok(row);
    }),
  );
}

export function deleteCommitment(db: CamKetDatabase, id: string, now: Date = new Date()): Promise<Result<TrashRow>> {
  const at = now.toISOString();
  return attempt(() =>
    db.transaction('rw', tables(db), async () => {
      const commitment = await db.commitments.get(id);
      if (!commitment) return fail({ code: 'not-found', subject: `commitment ${id}` });
      const row: TrashRow = { id: crypto.randomUUID(), deletedAt: at, deletedBy: await userName(db), subject: 'commitment', label: commitment.title, agreementId: commitment.agreementId, agreement: null, commitments: [commitment] };
      await db.commitments.delete(id);
      await db.trash.add(row);
      await recordHistory(db, { recordId: id, subject: 'commitment', action: 'delete', label: commitment.title, changes: [] }, at);
      await recordHistory(db, { recordId: commitment.agreementId, subject: 'commitment', action: 'delete', label: commitment.title, changes: [] }, at);
      return ok(row);
    }),
  );
}

export function listTrash(db: CamKetDatabase): Promise<Result<TrashRow[]>> {
  return attempt(async () => ok((await db.trash.orderBy('deletedAt').reverse().toArray())));
}

/**
 * Puts a trashed record back exactly as it was. Refused (nothing written) when its agreement is no
 * longer there, or when one of its ids is in use again (e.g. the same record came back by import).
 */
export function restoreFromTrash(db: CamKetDatabase, trashId: string, now: Date = new Date()): Promise<Result<TrashRow>> {
  const at = now.toISOString();
  return attempt(() =>
    db.transaction('rw', tables(db), async () => {
      const row = await db.trash.get(trashId);
      if (!row) return fail({ code: 'not-found', subject: `trash ${trashId}` });
      if (row.agreement) {
        if (await db.agreements.get(row.agreement.id)) return fail({ code: 'restore-blocked', subject: row.label });
      } else if (!(await db.agreements.get(row.agreementId))) return fail({ code: 'restore-blocked', subject: row.label });
      const taken = await db.commitments.bulkGet(row.commitments.map((c) => c.id));
      if (taken.some((c): c is Commitment => c !== undefined)) return fail({ code: 'restore-blocked', subject: row.label });
      if (row.agreement) await db.agreements.add(row.agreement);
      await db.commitments.bulkAdd(row.commitments);
      await db.trash.delete(trashId);
      const recordId = row.agreement?.id ?? row.commitments[0]!.id;
      await recordHistory(db, { recordId, subject: row.subject, action: 'restore', label: row.label, changes: [] }, at);
      if (!row.agreement) await recordHistory(db, { recordId: row.agreementId, subject: 'commitment', action: 'restore', label: row.label, changes: [] }, at);
      return ok(row);
    }),
  );
}

/** Deletes a trashed record for good (the UI asks first). */
export function purgeFromTrash(db: CamKetDatabase, trashId: string): Promise<Result<void>> {
  return attempt(async () => {
    await db.trash.delete(trashId);
    return ok(undefined);
  });
}
