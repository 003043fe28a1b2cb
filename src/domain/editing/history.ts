/**
 * The change history: which fields of a record changed, with the old and new value. Kept apart
 * from the record (see data/repositories/editing.ts), written in the same transaction as the change.
 */
import { deepEqual } from '../snapshot/canonical';

export type HistorySubject = 'agreement' | 'commitment' | 'check-in' | 'revision';
export type HistoryAction = 'create' | 'update' | 'delete' | 'restore' | 'archive' | 'unarchive' | 'renew' | 'close' | 'reopen';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface HistoryEntry {
  id: string;
  /** The agreement or commitment whose page shows this entry. */
  recordId: string;
  subject: HistorySubject;
  action: HistoryAction;
  /** What the entry is about: a title, a decision's reference, or for a check-in its as-of date. */
  label: string;
  at: string;
  /** The user name set in Settings; '' when none was set. */
  by: string;
  changes: FieldChange[];
  /**
   * The change's clock (domain/sync/hlc.ts): entries travel in snapshot files and are merged by id;
   * an incremental file carries the ones the other laptop has not seen. Absent on older entries.
   */
  hlc?: string;
}

/** Bookkeeping and embedded lists are not "fields the user changed". */
const IGNORED = new Set(['createdAt', 'updatedAt', 'rev', 'clock', 'checkIns', 'revisions']);


/** The top-level fields whose value differs, in the order of the newer record's keys. */
export function diffFields(before: object | null, after: object | null): FieldChange[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !IGNORED.has(k));
  return keys.filter((k) => !deepEqual(b[k], a[k])).map((k) => ({ field: k, before: b[k] ?? null, after: a[k] ?? null }));
}
