/**
 * Commitments and their check-ins. A check-in lives inside its commitment record (see db.ts), so
 * recording one is a read-modify-write of that record in one transaction, stamped with the change's
 * clock (the check-in is a record of its own when merging); a deleted check-in leaves a deletion
 * marker so that it does not come back from another laptop's file.
 */
import { CheckInSchema, type AdminUnit, type Agreement, type CheckIn, type Commitment, type Party } from '../../domain/model';
import { validate } from '../../domain/validation';
import type { CamKetDatabase } from '../db';
import { attempt, fail, ok, type Result } from '../errors';
import { diffFields } from '../../domain/editing/history';
import { markAlive, stamp } from '../../domain/sync/clocks';
import { recordDeletions } from '../sync';
import { beginChange, historyTables, recordHistory, userName } from './history';

/** A report is named in the history by its figures' date; the page phrases it in the user's language. */
const reportLabel = (ci: CheckIn) => ci.asOf;

export interface CommitmentDetail {
  commitment: Commitment;
  agreement: Agreement;
  parties: Map<string, Party>;
  units: Map<string, AdminUnit>;
}

export function getCommitmentDetail(db: CamKetDatabase, id: string): Promise<Result<CommitmentDetail>> {
  return attempt(() =>
    db.transaction('r', [db.commitments, db.agreements, db.parties, db.units], async () => {
      const commitment = await db.commitments.get(id);
      if (!commitment) return fail({ code: 'not-found', subject: `commitment ${id}` });
      const agreement = await db.agreements.get(commitment.agreementId);
      if (!agreement) return fail({ code: 'not-found', subject: `agreement ${commitment.agreementId}` });
      const [parties, units] = await Promise.all([db.parties.toArray(), db.units.toArray()]);
      return ok({
        commitment,
        agreement,
        parties: new Map(parties.map((p) => [p.id, p])),
        units: new Map(units.map((u) => [u.id, u])),
      });
    }),
  );
}

export type NewCheckIn = Omit<CheckIn, 'id' | 'createdAt' | 'updatedAt' | 'rev' | 'enteredAt'>;

/** Records a check-in. Validates first, then writes in one transaction; returns the stored check-in. */
export function addCheckIn(
  db: CamKetDatabase,
  commitmentId: string,
  input: NewCheckIn,
  options: { now?: Date; newId?: () => string } = {},
): Promise<Result<CheckIn>> {
  const now = (options.now ?? new Date()).toISOString();
  const candidate: CheckIn = {
    ...input,
    id: (options.newId ?? (() => crypto.randomUUID()))(),
    createdAt: now,
    updatedAt: now,
    rev: 1,
    enteredAt: now,
  };
  const checked = validate(CheckInSchema, candidate);
  if (!checked.ok) return Promise.resolve(fail({ code: 'invalid', subject: `check-in of ${commitmentId}`, issues: checked.issues }));
  return attempt(() =>
    db.transaction('rw', [db.commitments, ...historyTables(db)], async () => {
      const stored = await db.commitments.get(commitmentId);
      if (!stored) return fail({ code: 'not-found', subject: `commitment ${commitmentId}` });
      const at = await beginChange(db, now);
      await recordHistory(db, { recordId: commitmentId, subject: 'check-in', action: 'create', label: reportLabel(checked.value), changes: diffFields(null, checked.value) }, now, at);
      // Never mutate what Dexie returned (it breaks live queries): write a copy.
      const next = stamp(stored, { ...stored, checkIns: [...stored.checkIns, checked.value], updatedAt: now, rev: stored.rev + 1 }, at);
      await db.commitments.put(next);
      return ok(next.checkIns.at(-1)!);
    }),
  );
}


/**
 * Removes a check-in (a mistaken report) and returns it, so that the UI can offer an undo that
 * puts back exactly what was removed. One transaction; the commitment's revision rises.
 */
export function deleteCheckIn(db: CamKetDatabase, commitmentId: string, checkInId: string, now: Date = new Date()): Promise<Result<CheckIn>> {
  return attempt(() =>
    db.transaction('rw', [db.commitments, ...historyTables(db)], async () => {
      const stored = await db.commitments.get(commitmentId);
      const removed = stored?.checkIns.find((x) => x.id === checkInId);
      if (!stored || !removed) return fail({ code: 'not-found', subject: `check-in ${checkInId}` });
      const at = await beginChange(db, now.toISOString());
      await recordHistory(db, { recordId: commitmentId, subject: 'check-in', action: 'delete', label: reportLabel(removed), changes: diffFields(removed, null) }, now.toISOString(), at);
      await recordDeletions(db, [{ entity: 'checkIns', id: checkInId, parentId: commitmentId, at, by: await userName(db), label: `${stored.title} — ${removed.asOf}` }]);
      await db.commitments.put({ ...stored, checkIns: stored.checkIns.filter((x) => x.id !== checkInId), rev: stored.rev + 1, updatedAt: now.toISOString() });
      return ok(removed);
    }),
  );
}

/** Puts back a check-in removed by deleteCheckIn (the undo). */
export function restoreCheckIn(db: CamKetDatabase, commitmentId: string, checkIn: CheckIn, now: Date = new Date()): Promise<Result<void>> {
  return attempt(() =>
    db.transaction('rw', [db.commitments, ...historyTables(db)], async () => {
      const stored = await db.commitments.get(commitmentId);
      if (!stored) return fail({ code: 'not-found', subject: `commitment ${commitmentId}` });
      if (stored.checkIns.some((x) => x.id === checkIn.id)) return ok(undefined);
      // A restore is a change later than the deletion it undoes: the marker stays, the record outlives it.
      const at = await beginChange(db, now.toISOString());
      await recordHistory(db, { recordId: commitmentId, subject: 'check-in', action: 'restore', label: reportLabel(checkIn), changes: diffFields(null, checkIn) }, now.toISOString(), at);
      await db.commitments.put({ ...stored, checkIns: [...stored.checkIns, markAlive(checkIn, at)], rev: stored.rev + 1, updatedAt: now.toISOString() });
      return ok(undefined);
    }),
  );
}

/**
 * Corrects a stored report: its fields are replaced, its own revision raised (so a merge prefers
 * the correction), and the change recorded field by field.
 */
export function updateCheckIn(db: CamKetDatabase, commitmentId: string, checkInId: string, input: NewCheckIn, expectedRev: number, now: Date = new Date()): Promise<Result<CheckIn>> {
  const at = now.toISOString();
  return attempt(() =>
    db.transaction('rw', [db.commitments, ...historyTables(db)], async () => {
      const stored = await db.commitments.get(commitmentId);
      const before = stored?.checkIns.find((x) => x.id === checkInId);
      if (!stored || !before) return fail({ code: 'not-found', subject: `check-in ${checkInId}` });
      if (before.rev !== expectedRev) return fail({ code: 'changed-elsewhere', subject: `check-in ${checkInId}` });
      // A corrected sample stays marked as sample: the mark is removed only by replacing the data.
      const checked = validate(CheckInSchema, { ...before, ...input, sample: before.sample, rev: before.rev + 1, updatedAt: at });
      if (!checked.ok) return fail({ code: 'invalid', subject: `check-in ${checkInId}`, issues: checked.issues });
      const clock = await beginChange(db, at);
      const next = stamp(stored, { ...stored, checkIns: stored.checkIns.map((x) => (x.id === checkInId ? checked.value : x)), rev: stored.rev + 1, updatedAt: at }, clock);
      await db.commitments.put(next);
      await recordHistory(db, { recordId: commitmentId, subject: 'check-in', action: 'update', label: reportLabel(checked.value), changes: diffFields(before, checked.value) }, at, clock);
      return ok(next.checkIns.find((x) => x.id === checkInId)!);
    }),
  );
}

/**
 * Records many reports at once (a spreadsheet import): every one is validated first, then all are
 * written in one transaction — all of them or, on any failure, none.
 */
export function addCheckIns(db: CamKetDatabase, items: readonly { commitmentId: string; input: NewCheckIn }[], now: Date = new Date()): Promise<Result<number>> {
  const at = now.toISOString();
  const built: { commitmentId: string; checkIn: CheckIn }[] = [];
  for (const item of items) {
    const checked = validate(CheckInSchema, { ...item.input, id: crypto.randomUUID(), createdAt: at, updatedAt: at, rev: 1, enteredAt: at });
    if (!checked.ok) return Promise.resolve(fail({ code: 'invalid', subject: `check-in of ${item.commitmentId}`, issues: checked.issues }));
    built.push({ commitmentId: item.commitmentId, checkIn: checked.value });
  }
  return attempt(() =>
    db.transaction('rw', [db.commitments, ...historyTables(db)], async () => {
      const ids = [...new Set(built.map((b) => b.commitmentId))];
      const stored = await db.commitments.bulkGet(ids);
      const clock = await beginChange(db, at);
      const next = new Map<string, Commitment>();
      for (const [i, c] of stored.entries()) {
        if (!c) return fail({ code: 'not-found', subject: `commitment ${ids[i]}` });
        next.set(c.id, { ...c, rev: c.rev + 1, updatedAt: at });
      }
      for (const b of built) {
        const c = next.get(b.commitmentId)!;
        next.set(c.id, { ...c, checkIns: [...c.checkIns, b.checkIn] });
        await recordHistory(db, { recordId: c.id, subject: 'check-in', action: 'create', label: reportLabel(b.checkIn), changes: diffFields(null, b.checkIn) }, at, clock);
      }
      await db.commitments.bulkPut(stored.map((c) => stamp(c!, next.get(c!.id)!, clock)));
      return ok(built.length);
    }),
  );
}
