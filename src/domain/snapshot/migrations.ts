/**
 * Migrations of older snapshot files, one step per format version: MIGRATIONS[n] turns a version-n
 * file into a version-(n+1) one. Never edit a shipped step; add the next one, and keep a golden file
 * of every version under tests/fixtures/snapshots/ (tests/unit/snapshot/golden.test.ts imports each).
 *
 * Version 1 is the first format, so there is nothing to migrate yet.
 */
import { CURRENT_FORMAT_VERSION } from './format';

type RawSnapshot = Record<string, unknown>;

export const MIGRATIONS: Record<number, (file: RawSnapshot) => RawSnapshot> = {};

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
