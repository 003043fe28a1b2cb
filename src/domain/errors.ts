/**
 * The typed errors the data layer returns. Kept here, free of Dexie and React, so that every layer
 * can name them and the UI can turn each code into a message in the user's language.
 */
import type { SnapshotProblem } from './snapshot/parse';

export type DataErrorCode =
  | 'not-found'
  | 'invalid'
  /** The record was changed elsewhere (another tab, an import) since the form was opened. */
  | 'changed-elsewhere'
  /** A trashed record cannot go back: its id is in use again, or its agreement is gone. */
  | 'restore-blocked'
  /** The agreement is the predecessor of another: delete (or unlink) that one first. */
  | 'has-successors'
  | 'quota-exceeded'
  | 'database-closed'
  | 'database-newer'
  | 'database-blocked'
  | 'unknown';

export interface DataError {
  code: DataErrorCode;
  /** What was looked for or written, for the message ("agreement agr-…"). */
  subject?: string;
  /** For 'invalid': the field paths and issue codes. */
  issues?: { path: string; code: string }[];
  /** For a refused import: what is wrong with the file (or with the data it would produce). */
  problems?: SnapshotProblem[];
  /** The underlying error's text, for the details shown under the message. */
  detail?: string;
}

/** Reads a DataError out of anything thrown (errors that carry one expose it as `.error`). */
export function dataErrorFrom(thrown: unknown): DataError {
  const carried = (thrown as { error?: Partial<DataError> } | null)?.error;
  if (carried && typeof carried.code === 'string') return carried as DataError;
  return { code: 'unknown', detail: thrown instanceof Error ? thrown.message : String(thrown) };
}
