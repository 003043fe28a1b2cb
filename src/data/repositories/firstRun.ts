/**
 * The first run: the demo agreements, loaded once. Kept apart from "reset" and "start empty"
 * (datasets.ts), which take restore points and so pull in the compressor: the first screen needs
 * only this.
 */
import type { Dataset } from '../demo/demoData';
import type { CamKetDatabase } from '../db';
import { attempt, ok, type Result } from '../errors';
import { deviceId } from '../sync';
import { dataTables } from '../tables';

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
export async function loadDemoData(): Promise<Dataset> {
  const { buildDemoData } = await import('../demo/demoData');
  return buildDemoData();
}

export async function writeDataset(db: CamKetDatabase, data: Dataset): Promise<void> {
  await db.units.bulkAdd(data.units);
  await db.parties.bulkAdd(data.parties);
  await db.agreements.bulkAdd(data.agreements);
  await db.commitments.bulkAdd(data.commitments);
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
