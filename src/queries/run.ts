/**
 * Bridges repositories (which return Results) and React Query (which wants a thrown error):
 * a failed Result becomes a DataErrorException carrying the typed error for the UI.
 */
import { appDatabase } from '../data/appDatabase';
import type { CamKetDatabase } from '../data/db';
import { toDataError, type DataError, type Result } from '../data/errors';

export { appDatabase };

export class DataErrorException extends Error {
  constructor(readonly error: DataError) {
    super(error.detail ?? error.code);
    this.name = 'DataErrorException';
  }
}

/** Opens the database, runs one repository call, and unwraps its Result. */
export async function run<T>(call: (db: CamKetDatabase) => Promise<Result<T>>): Promise<T> {
  let db: CamKetDatabase;
  try {
    db = await appDatabase();
  } catch (e) {
    throw new DataErrorException(toDataError(e));
  }
  const result = await call(db);
  if (!result.ok) throw new DataErrorException(result.error);
  return result.value;
}
