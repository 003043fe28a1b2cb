/**
 * Whole-database use cases: the first-run demo data, "reset to demo data" and "start empty".
 * Each runs in one read-write transaction over every table, so a second tab or a crash never
 * leaves half a data set behind.
 */
import type { Dataset } from '../demo/demoData';
import type { CamKetDatabase } from '../db';
import { Patch } from '../patch';
import { deviceId } from '../sync';
import { dataTables } from '../tables';
import { restorePointTables, takeRestorePoint } from './restorePoints';
import { attempt, ok, type Result } from '../errors';

/** Marks that the database was set up once, so an empty database stays empty after "start empty". */
export const INITIALIZED_KEY = 'initialized';

export interface InitializedMarker {
  dataset: 'demo' | 'empty' | 'imported';
  at: string;
}

/**
 * The demo data is a lazy chunk: only the first run and "reset" need it. It must be loaded before
 * a transaction starts, because awaiting anything but IndexedDB inside one commits it early.
 */
async function loadDemoData(): Promise<Dataset> {
  const { buildDemoData } = await import('../demo/demoData');
  return buildDemoData();
}

async function writeDataset(db: CamKetDatabase, data: Dataset): Promise<void> {
  await db.units.bulkAdd(data.units);
  await db.parties.bulkAdd(data.parties);
  await db.agreements.bulkAdd(data.agreements);
  await db.commitments.bulkAdd(data.commitments);
}

/**
 * Empties the data, the trash and the deletion markers (a fresh start: nothing deleted before
 * should stop a record of the new data set), remembering all of it in `patch`.
 */
async function clearData(db: CamKetDatabase, patch: Patch): Promise<void> {
  for (const table of ['units', 'parties', 'agreements', 'commitments', 'trash', 'tombstones'] as const) {
    await patch.delete(table, (await db.table(table).toCollection().primaryKeys()) as string[]);
  }
}

/**
 * On the very first run, loads the demo agreements. Does nothing on later runs, nor after the user
 * chose "start empty". Safe when two tabs start at once: the check and the write share one
 * transaction.
 */
export function loadDemoDataOnFirstRun(db: CamKetDatabase, now: Date = new Date()): Promise<Result<{ loaded: boolean }>> {
  return attempt(async () => {
    // The common case, every later start: one read, and the demo chunk is never fetched.
    if (await db.settings.get(INITIALIZED_KEY)) return ok({ loaded: false });
    const demo = await loadDemoData();
    return db.transaction('rw', [...dataTables(db), db.settings], async () => {
      // Checked again inside the transaction: another tab may have set up the database meanwhile.
      const marker = await db.settings.get(INITIALIZED_KEY);
      if (marker) return ok({ loaded: false });
      const existing = await db.agreements.count();
      if (existing === 0) await writeDataset(db, demo);
      const value: InitializedMarker = { dataset: existing === 0 ? 'demo' : 'imported', at: now.toISOString() };
      await db.settings.put({ key: INITIALIZED_KEY, value });
      // This laptop's identity in the exchange, made once with the database.
      await deviceId(db);
      return ok({ loaded: existing === 0 });
    });
  });
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
