/**
 * The change history: written by every edit, in the edit's own transaction (so a change and its
 * history entry are stored together or not at all), and read per record.
 */
import type { HistoryEntry } from '../../domain/editing/history';
import type { CamKetDatabase } from '../db';
import { attempt, ok, type Result } from '../errors';
import { USER_NAME_KEY } from './settings';

/** The tables an edit's transaction must include to write its history. */
export const historyTables = (db: CamKetDatabase) => [db.history, db.settings] as const;

/** Appends an entry signed with the user name from Settings. Call inside a transaction over historyTables. */
export async function recordHistory(db: CamKetDatabase, entry: Omit<HistoryEntry, 'id' | 'by' | 'at'>, now: string): Promise<void> {
  const row = await db.settings.get(USER_NAME_KEY);
  await db.history.add({ ...entry, id: crypto.randomUUID(), at: now, by: typeof row?.value === 'string' ? row.value : '' });
}

/** The history shown on a record's page (an agreement's or a commitment's), newest first. */
export function listHistory(db: CamKetDatabase, recordId: string): Promise<Result<HistoryEntry[]>> {
  return attempt(async () => {
    const rows = await db.history.where('recordId').equals(recordId).toArray();
    return ok(rows.sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id)));
  });
}
