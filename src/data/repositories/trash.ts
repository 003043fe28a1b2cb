/**
 * The trash: deleting an agreement (with its commitments) or a commitment moves it here, in one
 * transaction with its history entry; it comes back exactly as it was, until the trash is emptied.
 *
 * A deletion also leaves a deletion marker (who, when — data/sync.ts) that travels in snapshot
 * files, so that the record does not come back from another laptop's older copy. Restoring is a
 * change later than the deletion (markAlive); deleting for good keeps the marker, flagged purged.
 */
import type { Commitment } from '../../domain/model';
import type { DeletionMarker } from '../../domain/snapshot/merge';
import { markAlive } from '../../domain/sync/clocks';
import type { Hlc } from '../../domain/sync/hlc';
import type { CamKetDatabase, TrashRow } from '../db';
import { attempt, fail, ok, type Result } from '../errors';
import { recordDeletions, tombstoneKey } from '../sync';
import { beginChange, historyTables, recordHistory, userName } from './history';

/** The markers of a trash row: its agreement (if any) and every commitment in it. */
function markersOf(row: TrashRow, at: Hlc): DeletionMarker[] {
  const markers: DeletionMarker[] = row.commitments.map((c) => ({ entity: 'commitments', id: c.id, parentId: c.agreementId, at, by: row.deletedBy, label: c.title }));
  if (row.agreement) markers.unshift({ entity: 'agreements', id: row.agreement.id, parentId: null, at, by: row.deletedBy, label: row.agreement.title });
  return markers;
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
      const clock = await beginChange(db, at);
      await db.commitments.bulkDelete(commitments.map((c) => c.id));
      await db.agreements.delete(id);
      await db.trash.add(row);
      await recordDeletions(db, markersOf(row, clock));
      await recordHistory(db, { recordId: id, subject: 'agreement', action: 'delete', label: agreement.title, changes: [] }, at, clock);
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
      const clock = await beginChange(db, at);
      await db.commitments.delete(id);
      await db.trash.add(row);
      await recordDeletions(db, markersOf(row, clock));
      await recordHistory(db, { recordId: id, subject: 'commitment', action: 'delete', label: commitment.title, changes: [] }, at, clock);
      await recordHistory(db, { recordId: commitment.agreementId, subject: 'commitment', action: 'delete', label: commitment.title, changes: [] }, at, clock);
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
      // A restore is a change later than the deletion: the markers stay, the records outlive them.
      const clock = await beginChange(db, at);
      if (row.agreement) await db.agreements.add(markAlive(row.agreement, clock));
      await db.commitments.bulkAdd(row.commitments.map((c) => markAlive(c, clock)));
      await db.trash.delete(trashId);
      const recordId = row.agreement?.id ?? row.commitments[0]!.id;
      await recordHistory(db, { recordId, subject: row.subject, action: 'restore', label: row.label, changes: [] }, at, clock);
      if (!row.agreement) await recordHistory(db, { recordId: row.agreementId, subject: 'commitment', action: 'restore', label: row.label, changes: [] }, at, clock);
      return ok(row);
    }),
  );
}

/**
 * Deletes a trashed record for good (the UI asks first). Its deletion markers stay, flagged
 * purged, so that an older file cannot bring it back; a marker lost somehow is written again.
 */
export function purgeFromTrash(db: CamKetDatabase, trashId: string, now: Date = new Date()): Promise<Result<void>> {
  return attempt(() =>
    db.transaction('rw', [db.trash, ...historyTables(db)], async () => {
      const row = await db.trash.get(trashId);
      if (!row) return ok(undefined);
      const markers = markersOf(row, await beginChange(db, now.toISOString()));
      const stored = await db.tombstones.bulkGet(markers.map((m) => tombstoneKey(m.entity, m.id)));
      await db.tombstones.bulkPut(markers.map((m, i) => ({ ...(stored[i] ?? m), key: tombstoneKey(m.entity, m.id), purged: true })));
      await db.trash.delete(trashId);
      return ok(undefined);
    }),
  );
}
