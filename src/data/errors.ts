/**
 * Repositories never throw across their boundary: they return a Result whose error is one of a
 * few typed codes, which the UI turns into a message in the user's language.
 */

import type { DataError } from '../domain/errors';

export type { DataError, DataErrorCode } from '../domain/errors';

export type Result<T> = { ok: true; value: T } | { ok: false; error: DataError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: DataError): Result<T> => ({ ok: false, error });

/** Maps what IndexedDB or Dexie threw to a DataError. */
export function toDataError(e: unknown): DataError {
  const name = e instanceof Error ? e.name : '';
  const inner = (e as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const detail = e instanceof Error ? e.message : String(e);
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return { code: 'quota-exceeded', detail };
  if (name === 'DatabaseClosedError') return { code: 'database-closed', detail };
  if (name === 'DatabaseNewerError' || name === 'VersionError' || inner === 'VersionError') return { code: 'database-newer', detail };
  if (name === 'BlockedError' || inner === 'BlockedError') return { code: 'database-blocked', detail };
  return { code: 'unknown', detail };
}

/** Runs a repository body and turns anything thrown into a typed error. */
export async function attempt<T>(body: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await body();
  } catch (e) {
    return fail(toDataError(e));
  }
}
