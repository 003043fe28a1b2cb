/**
 * Table groups and whole-data reads shared by the repositories. Free of Dexie values (types only),
 * so that importing it never pulls the database code into the first chunk.
 */
import type { SnapshotData } from '../domain/snapshot/canonical';
import { canonicalData } from '../domain/snapshot/canonical';
import type { CamKetDatabase } from './db';

/** The tables holding the user's data (not settings, restore points or the conflict log). */
export function dataTables(db: CamKetDatabase) {
  return [db.units, db.parties, db.agreements, db.commitments] as const;
}

/** Data tables plus what a restore point or an import writes alongside them. */
export function dataAndHistoryTables(db: CamKetDatabase) {
  return [...dataTables(db), db.restorePoints, db.restorePointData, db.conflicts] as const;
}

/** Everything stored, in canonical order. Call inside a transaction over dataTables. */
export async function readAllData(db: CamKetDatabase): Promise<SnapshotData> {
  const [units, parties, agreements, commitments] = await Promise.all([
    db.units.toArray(),
    db.parties.toArray(),
    db.agreements.toArray(),
    db.commitments.toArray(),
  ]);
  return canonicalData({ units, parties, agreements, commitments });
}

/** Replaces everything stored with `data`. Call inside a read-write transaction over dataTables. */
export async function replaceAllData(db: CamKetDatabase, data: SnapshotData): Promise<void> {
  for (const table of dataTables(db)) await table.clear();
  await db.units.bulkAdd(data.units);
  await db.parties.bulkAdd(data.parties);
  await db.agreements.bulkAdd(data.agreements);
  await db.commitments.bulkAdd(data.commitments);
}
