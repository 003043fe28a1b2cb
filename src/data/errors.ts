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
    if (e instanceof Refusal) return e.result as Result<T>;
    return fail(toDataError(e));
  }
}

/**
 * Thrown inside a transaction to refuse a write after it began (a clock taken, a row written):
 * the transaction aborts, so nothing of it is kept, and `attempt` returns the refusal as it is.
 */
export class Refusal extends Error {
  constructor(readonly result: Result<never>) {
    super('refused');
  }
}

/** Refuses the write in progress (see Refusal). */
export function refuse(error: DataError): never {
  throw new Refusal(fail(error));
}
