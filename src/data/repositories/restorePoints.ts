/**
 * Restore points: taken automatically by every import, restore, reset and "start empty", inside
 * the same transaction as the change they guard. A point keeps what that change overwrote or
 * removed (data/patch.ts), compressed; the last ten are kept.
 *
 * Restoring a point undoes its change and every later point's change, newest first, in one
 * transaction, and itself takes a point, so a restore can be undone too. Edits made by hand between
 * two imports stay, except where they touched a record that an undone import had changed.
 */
import type { SnapshotData } from '../../domain/snapshot/canonical';
import type { CamKetDatabase, RestorePointReason, RestorePointRow } from '../db';
import { attempt, fail, ok, type Result } from '../errors';
import { applyPatch, compressPatch, decompressPatch, Patch, PATCHABLE_TABLES, type PatchEntry } from '../patch';
import { replaceAllData } from '../tables';

export const RESTORE_POINTS_KEPT = 10;

/** Every table a restore point can touch, for the transactions that take or apply one. */
export function restorePointTables(db: CamKetDatabase) {
  return [...Object.keys(PATCHABLE_TABLES).map((name) => db.table(name)), db.restorePoints, db.restorePointData];
}

/**
 * Saves what `patch` recorded as a restore point and drops the oldest beyond the kept number.
 * Call at the end of the read-write transaction that made the change.
 */
export async function takeRestorePoint(db: CamKetDatabase, patch: Patch, reason: RestorePointReason, label: string, now: Date, id: string = crypto.randomUUID()): Promise<RestorePointRow> {
  const counts = patch.counts();
  const checkIns = patch.entries.reduce((n, e) => n + (e.table === 'commitments' && e.before ? ((e.before as { checkIns?: unknown[] }).checkIns?.length ?? 0) : 0), 0);
  const row: RestorePointRow = {
    id,
    createdAt: now.toISOString(),
    reason,
    label,
    holds: { agreements: counts.agreements ?? 0, commitments: counts.commitments ?? 0, checkIns },
    importCounts: null,
    importMode: null,
  };
  await db.restorePoints.add(row);
  await db.restorePointData.add({ id: row.id, patch: compressPatch(patch.entries) });
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

/** A point of an older version of the app held a whole copy of the data. */
function entriesOf(saved: { patch?: Uint8Array; data?: SnapshotData }): PatchEntry[] | SnapshotData {
  return saved.patch ? decompressPatch(saved.patch) : saved.data!;
}

/** Undoes the change a restore point guards, and every later one; takes a point of its own. */
export function restoreFromPoint(db: CamKetDatabase, id: string, now: Date = new Date()): Promise<Result<RestorePointRow>> {
  return attempt(() =>
    db.transaction('rw', restorePointTables(db), async () => {
      const point = await db.restorePoints.get(id);
      if (!point) return fail({ code: 'not-found', subject: `restore point ${id}` });
      const newer = (await db.restorePoints.orderBy('createdAt').reverse().toArray()).filter((p) => p.createdAt >= point.createdAt);
      const undo = new Patch(db);
      for (const p of newer) {
        const saved = await db.restorePointData.get(p.id);
        if (!saved) return fail({ code: 'not-found', subject: `restore point ${p.id}` });
        const entries = entriesOf(saved);
        if (Array.isArray(entries)) await applyPatch(db, entries, undo);
        else {
          // Whole copy (older app version): remember everything, then put the copy back.
          for (const table of ['units', 'parties', 'agreements', 'commitments'] as const) await undo.remember(table, (await db.table(table).toCollection().primaryKeys()) as string[]);
          await replaceAllData(db, entries);
        }
        if (p.id === point.id) break;
      }
      await db.restorePoints.bulkDelete(newer.map((p) => p.id));
      await db.restorePointData.bulkDelete(newer.map((p) => p.id));
      return ok(await takeRestorePoint(db, undo, 'before-restore', point.createdAt, now));
    }),
  );
}
