/** The official report's settings are kept per scope in the key–value settings table. */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/data/db';
import { getReportSettings, reportSettingsKey, setReportSettings } from '../../../src/data/repositories/reportSettings';
import { EMPTY_REPORT_SETTINGS } from '../../../src/domain/exchange/reportSettings';

describe('report settings storage', () => {
  it('keeps each scope apart and reads them back', async () => {
    const db = openDatabase('report-settings-1');
    expect(await getReportSettings(db, 'province:phu-tho')).toEqual({ ok: true, value: null });
    const phuTho = { ...EMPTY_REPORT_SETTINGS, agency: 'Sở Khoa học và Công nghệ', number: '7', causes: { c1: 'Thiếu kinh phí' } };
    expect(await setReportSettings(db, 'province:phu-tho', phuTho)).toEqual({ ok: true, value: undefined });
    expect(await getReportSettings(db, 'province:phu-tho')).toEqual({ ok: true, value: phuTho });
    expect(await getReportSettings(db, 'all')).toEqual({ ok: true, value: null });
    expect((await db.settings.get('officialReport:province:phu-tho'))?.value).toEqual(phuTho);
    expect(reportSettingsKey('')).toBe('officialReport:all');
    db.close();
  });

  it('refuses settings over a limit and writes nothing', async () => {
    const db = openDatabase('report-settings-2');
    const result = await setReportSettings(db, 'all', { ...EMPTY_REPORT_SETTINGS, signerName: 'A'.repeat(61) });
    expect(result).toEqual({ ok: false, error: { code: 'invalid', issues: [{ path: 'signerName', code: 'too-long' }] } });
    expect(await db.settings.get('officialReport:all')).toBeUndefined();
    db.close();
  });
});
