/**
 * The change history: written by every edit, in the edit's own transaction (so a change and its
 * history entry are stored together or not at all), and read per record.
 */
import type { HistoryEntry } from '../../domain/editing/history';
import type { Hlc } from '../../domain/sync/hlc';
import type { CamKetDatabase } from '../db';
import { attempt, ok, type Result } from '../errors';
import { nextClock } from '../sync';
import { USER_NAME_KEY } from './settings';

/**
 * The tables an edit's transaction must include: its history, and the clock and deletion markers
 * (settings, tombstones) that make the change travel to other laptops (data/sync.ts).
 */
export const historyTables = (db: CamKetDatabase) => [db.history, db.settings, db.tombstones] as const;

/** The user name from Settings ('' when none was set). */
export async function userName(db: CamKetDatabase): Promise<string> {
  const row = await db.settings.get(USER_NAME_KEY);
  return typeof row?.value === 'string' ? row.value : '';
}

/**
 * Begins a local change: its clock (later than every change made or seen here). Call once per
 * write, inside its transaction over historyTables; stamp the records and history with it.
 */
export const beginChange = (db: CamKetDatabase, now: string): Promise<Hlc> => nextClock(db, new Date(now));

/**
 * Appends an entry signed with the user name from Settings, carrying the change's clock (so that
 * it travels and merges by id). Call inside a transaction over historyTables.
 */
export async function recordHistory(db: CamKetDatabase, entry: Omit<HistoryEntry, 'id' | 'by' | 'at' | 'hlc'>, now: string, hlc: Hlc): Promise<void> {
  await db.history.add({ ...entry, id: crypto.randomUUID(), at: now, by: await userName(db), hlc });
}

/** The history shown on a record's page (an agreement's or a commitment's), newest first. */
export function listHistory(db: CamKetDatabase, recordId: string): Promise<Result<HistoryEntry[]>> {
  return attempt(async () => {
    const rows = await db.history.where('recordId').equals(recordId).toArray();
    return ok(rows.sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id)));
  });
}
