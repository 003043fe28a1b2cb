/**
 * Migrations of older snapshot files, one step per format version: MIGRATIONS[n] turns a version-n
 * file into a version-(n+1) one. Never edit a shipped step; add the next one, and keep a golden file
 * of every version under tests/fixtures/snapshots/ (tests/unit/snapshot/golden.test.ts imports each).
 */
import { CURRENT_FORMAT_VERSION } from './format';

type RawSnapshot = Record<string, unknown>;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * A format-1 record's clocks: none written. A field without a clock is taken to have changed at its
 * record's `updatedAt` (and `rev`), by no known device (domain/sync/clocks.ts clockOf) — spelling
 * that out for every field would triple a national file (38 → 105 MB) for no information.
 */
function withLegacyClock(record: unknown): unknown {
  if (!isObject(record) || typeof record.updatedAt !== 'string' || typeof record.id !== 'string') return record;
  const out: Record<string, unknown> = { ...record, clock: isObject(record.clock) ? record.clock : {} };
  for (const list of ['checkIns', 'revisions']) if (Array.isArray(record[list])) out[list] = (record[list] as unknown[]).map(withLegacyClock);
  return out;
}

export const MIGRATIONS: Record<number, (file: RawSnapshot) => RawSnapshot> = {
  /**
   * 1 → 2: field clocks, deletions and history. A format-1 file is a full copy that knows no
   * clocks: its fields are dated by their record's `updatedAt`; it deletes nothing.
   */
  1: (file) => {
    const envelope = { ...file, contents: 'full', vector: {}, base: null };
    if (!isObject(file.data)) return envelope;
    const data = file.data;
    const migrated: Record<string, unknown> = { ...data, deletions: [], history: [] };
    for (const section of ['units', 'parties', 'agreements', 'commitments']) {
      if (Array.isArray(data[section])) migrated[section] = (data[section] as unknown[]).map(withLegacyClock);
    }
    return { ...envelope, data: migrated };
  },
};

/** Brings an older file up to the current version; null when a step is missing. */
export function migrateSnapshot(file: RawSnapshot, fromVersion: number): RawSnapshot | null {
  let current = file;
  for (let version = fromVersion; version < CURRENT_FORMAT_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) return null;
    current = { ...step(current), formatVersion: version + 1 };
  }
  return current;
}
