/**
 * The way out for a database written by a newer version of the app: a plain copy of everything
 * stored, as a JSON file (data/rawDump.ts). Loaded only when that happens.
 */
import type { RawDump } from '../data/rawDump';

/** Reads the whole database as it is, without opening it through the app's schema. */
export async function dumpStoredDatabase(appVersion: string, now: Date = new Date()): Promise<RawDump> {
  const { dumpDatabase } = await import('../data/rawDump');
  return dumpDatabase(appVersion, undefined, now);
}

