/**
 * The official report's settings, one row per scope in the key–value `settings` table
 * (`officialReport:all`, `officialReport:province:phu-tho`, `officialReport:agreement:<id>`): no
 * schema change. Rows stay on this device; snapshots carry the data, not these choices.
 */
import type { CamKetDatabase } from '../db';
import { attempt, ok, type Result } from '../errors';
import { readReportSettings, validateReportSettings, type OfficialReportSettings } from '../../domain/exchange/reportSettings';

export const reportSettingsKey = (scope: string) => `officialReport:${scope || 'all'}`;

/** The settings kept for a scope; null when none were saved yet. */
export function getReportSettings(db: CamKetDatabase, scope: string): Promise<Result<OfficialReportSettings | null>> {
  return attempt(async () => {
    const row = await db.settings.get(reportSettingsKey(scope));
    return ok(row ? readReportSettings(row.value) : null);
  });
}

/** Saves a scope's settings; refused (nothing written) while they break a limit. */
export function setReportSettings(db: CamKetDatabase, scope: string, settings: OfficialReportSettings): Promise<Result<void>> {
  const issues = validateReportSettings({ ...settings, final: false });
  if (issues.length) return Promise.resolve({ ok: false, error: { code: 'invalid', issues: issues.map((i) => ({ path: i.field, code: i.code })) } });
  return attempt(async () => {
    await db.settings.put({ key: reportSettingsKey(scope), value: structuredClone(settings) });
    return ok(undefined);
  });
}
