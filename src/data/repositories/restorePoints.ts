/**
 * Restore points: a copy of all data, taken automatically before every import, every restore and
 * every reset, inside the same transaction as the change it guards. The last ten are kept.
 * Restoring one first takes a restore point of the present state, so a restore can be undone too.
 */
import type { SnapshotData } from '../../domain/snapshot/canonical';
import type { CamKetDatabase, RestorePointReason, RestorePointRow } from '../db';
import { attempt, fail, ok, type Result } from '../errors';
import { dataAndHistoryTables, readAllData, replaceAllData } from '../tables';

export const RESTORE_POINTS_KEPT = 10;

function holdings(data: SnapshotData): RestorePointRow['holds'] {
  return {
    agreements: data.agreements.length,
    commitments: data.commitments.length,
    checkIns: data.commitments.reduce((n, c) => n + c.checkIns.length, 0),
  };
}

/**
 * Saves `data` (the state about to change) as a restore point and drops the oldest beyond the
 * kept number. Call inside a read-write transaction over dataAndHistoryTables.
 */
export async function takeRestorePoint(
  db: CamKetDatabase,
  data: SnapshotData,
  reason: RestorePointReason,
  label: string,
  now: Date,
): Promise<RestorePointRow> {
  const row: RestorePointRow = {
    id: crypto.randomUUID(),
    createdAt: now.toISOString(),
    reason,
    label,
    holds: holdings(data),
    importCounts: null,
    importMode: null,
  };
  await db.restorePoints.add(row);
  await db.restorePointData.add({ id: row.id, data });
  const all = await db.restorePoints.orderBy('createdAt').primaryKeys();
  const excess = all.slice(0, Math.max(0, all.length - RESTORE_POINTS_KEPT));
  if (excess.length > 0) {
    await db.restorePoints.bulkDelete(excess);
    await db.restorePointData.bulkDelete(excess);
  }
  return row;
}

/** Newest first, without their data. */
export function listRestorePoints(db: CamKetDatabase): Promise<Result<RestorePointRow[]>> {
  return attempt(async () => ok(await db.restorePoints.orderBy('createdAt').reverse().toArray()));
}

/** Puts back the data of a restore point, after taking one of the present state. */
export function restoreFromPoint(db: CamKetDatabase, id: string, now: Date = new Date()): Promise<Result<RestorePointRow>> {
  return attempt(() =>
    db.transaction('rw', [...dataAndHistoryTables(db)], async () => {
      const [point, saved] = await Promise.all([db.restorePoints.get(id), db.restorePointData.get(id)]);
      if (!point || !saved) return fail({ code: 'not-found', subject: `restore point ${id}` });
      const present = await readAllData(db);
      const undo = await takeRestorePoint(db, present, 'before-restore', point.createdAt, now);
      await replaceAllData(db, saved.data);
      return ok(undo);
    }),
  );
}
