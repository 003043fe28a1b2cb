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

export const LAST_EXPORT_KEY = 'lastFullExportAt';
export const REMINDER_DAYS_KEY = 'backupReminderDays';
export const DEFAULT_REMINDER_DAYS = 7;

export interface BackupStatus {
  /** When everything was last exported to a file; null if never. */
  lastFullExportAt: string | null;
  reminderDays: number;
  /** When this database was set up (the first run). */
  initializedAt: string | null;
}

export function getBackupStatus(db: CamKetDatabase): Promise<Result<BackupStatus>> {
  return attempt(async () => {
    const [last, days, initialized] = await Promise.all([db.settings.get(LAST_EXPORT_KEY), db.settings.get(REMINDER_DAYS_KEY), db.settings.get('initialized')]);
    const at = (initialized?.value as { at?: unknown } | undefined)?.at;
    return ok({
      lastFullExportAt: typeof last?.value === 'string' ? last.value : null,
      reminderDays: typeof days?.value === 'number' ? days.value : DEFAULT_REMINDER_DAYS,
      initializedAt: typeof at === 'string' ? at : null,
    });
  });
}

export function setReminderDays(db: CamKetDatabase, days: number): Promise<Result<void>> {
  if (!Number.isInteger(days) || days < 1 || days > 365) return Promise.resolve({ ok: false, error: { code: 'invalid', issues: [{ path: 'reminderDays', code: 'reminder-range' }] } });
  return attempt(async () => {
    await db.settings.put({ key: REMINDER_DAYS_KEY, value: days });
    return ok(undefined);
  });
}

/** The backup reminder is due when the last full export is older than the chosen number of days. */
export function backupDue(status: BackupStatus, now: Date): boolean {
  const since = status.lastFullExportAt ?? status.initializedAt;
  if (!since) return false;
  return now.getTime() - Date.parse(since) > status.reminderDays * 86_400_000;
}
