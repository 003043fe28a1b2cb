/** Small per-device settings kept in IndexedDB (the user name that signs check-ins …). */
import type { CamKetDatabase } from '../db';
import { attempt, ok, type Result } from '../errors';

export const USER_NAME_KEY = 'userName';

export function getUserName(db: CamKetDatabase): Promise<Result<string>> {
  return attempt(async () => {
    const row = await db.settings.get(USER_NAME_KEY);
    return ok(typeof row?.value === 'string' ? row.value : '');
  });
}

export function setUserName(db: CamKetDatabase, name: string): Promise<Result<void>> {
  return attempt(async () => {
    await db.settings.put({ key: USER_NAME_KEY, value: name.normalize('NFC').trim() });
    return ok(undefined);
  });
}
