/**
 * Whole-database use cases: "reset to demo data" and "start empty" (the first run: firstRun.ts).
 * Each runs in one read-write transaction over every table, so a second tab or a crash never
 * leaves half a data set behind.
 */
import type { CamKetDatabase } from '../db';
import { Patch } from '../patch';
import { dataTables } from '../tables';
import { INITIALIZED_KEY, loadDemoData, type InitializedMarker } from './firstRun';
import { restorePointTables, takeRestorePoint } from './restorePoints';
import { attempt, ok, type Result } from '../errors';

/**
 * Empties the data, the trash and the deletion markers (a fresh start: nothing deleted before
 * should stop a record of the new data set), remembering all of it in `patch`.
 */
async function clearData(db: CamKetDatabase, patch: Patch): Promise<void> {
  for (const table of ['units', 'parties', 'agreements', 'commitments', 'trash', 'tombstones'] as const) {
    await patch.delete(table, (await db.table(table).toCollection().primaryKeys()) as string[]);
  }
}


/** Replaces everything stored with the demo data (after a restore point of what was there). */
export function resetToDemoData(db: CamKetDatabase, now: Date = new Date()): Promise<Result<void>> {
  return attempt(async () => {
    const demo = await loadDemoData();
    return db.transaction('rw', restorePointTables(db), async () => {
      const patch = new Patch(db);
      await clearData(db, patch);
      await patch.put('units', demo.units);
      await patch.put('parties', demo.parties);
      await patch.put('agreements', demo.agreements);
      await patch.put('commitments', demo.commitments);
      await takeRestorePoint(db, patch, 'before-reset', '', now);
      const value: InitializedMarker = { dataset: 'demo', at: now.toISOString() };
      await db.settings.put({ key: INITIALIZED_KEY, value });
      return ok(undefined);
    });
  });
}

/**
 * Removes every agreement, commitment, party and unit (after a restore point of them); the
 * database stays empty on reload.
 */
export function startEmpty(db: CamKetDatabase, now: Date = new Date()): Promise<Result<void>> {
  return attempt(() =>
    db.transaction('rw', restorePointTables(db), async () => {
      const patch = new Patch(db);
      await clearData(db, patch);
      await takeRestorePoint(db, patch, 'before-empty', '', now);
      const value: InitializedMarker = { dataset: 'empty', at: now.toISOString() };
      await db.settings.put({ key: INITIALIZED_KEY, value });
      return ok(undefined);
    }),
  );
}

export interface DatabaseCounts {
  agreements: number;
  commitments: number;
  parties: number;
  units: number;
}

export function countRecords(db: CamKetDatabase): Promise<Result<DatabaseCounts>> {
  return attempt(() =>
    db.transaction('r', dataTables(db), async () =>
      ok({
        agreements: await db.agreements.count(),
        commitments: await db.commitments.count(),
        parties: await db.parties.count(),
        units: await db.units.count(),
      }),
    ),
  );
}

export { INITIALIZED_KEY, loadDemoDataOnFirstRun, type InitializedMarker } from './firstRun';
