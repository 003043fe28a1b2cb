import { describe, expect, it } from 'vitest';
import { openCheckedDatabase, installedSchemaVersion } from '../../../src/data/db';
import { dumpDatabase, toJsonValue } from '../../../src/data/rawDump';

/** Opens the database at a higher version, as a newer build would (no new stores: enough here). */
function bumpVersion(name: string, version: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name, version);
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
    open.onerror = () => reject(open.error);
  });
}

describe('the plain copy of a database written by a newer app', () => {
  it('holds every store, record for record, and changes nothing', async () => {
    const db = await openCheckedDatabase('newer');
    await db.settings.put({ key: 'userName', value: 'Thư ký BCĐ' });
    await db.restorePointData.put({ id: 'rp-1', patch: new Uint8Array([0, 1, 2, 250, 255]) });
    const storeNames = db.tables.map((t) => t.name).sort();
    db.close();
    await bumpVersion('newer', 1000);

    const dump = await dumpDatabase('0.1.0', 'newer', new Date('2026-12-02T09:30:00Z'));
    expect(dump.format).toBe('cam-ket-raw-dump');
    expect(dump.formatVersion).toBe(1);
    expect(dump.exportedAt).toBe('2026-12-02T09:30:00.000Z');
    expect(dump.exportedBy).toEqual({ app: 'cam-ket', version: '0.1.0', schemaVersion: 5 });
    expect(dump.database).toEqual({ name: 'newer', version: 1000 });
    expect(Object.keys(dump.stores).sort()).toEqual(storeNames);
    expect(dump.stores.settings).toMatchObject({ keyPath: 'key', autoIncrement: false, records: [{ key: 'userName', value: 'Thư ký BCĐ' }] });
    // 0 1 2 250 255 in base64 is AAEC+v8=.
    expect(dump.stores.restorePointData!.records).toEqual([{ id: 'rp-1', patch: { $type: 'Uint8Array', base64: 'AAEC+v8=' } }]);
    expect(dump.stores.agreements!.records).toEqual([]);
    // Plain JSON: survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(dump))).toEqual(dump);
    // Nothing was upgraded or rewritten.
    expect(await installedSchemaVersion('newer')).toBe(100);
  });

  it('creates nothing when there is no database', async () => {
    await expect(dumpDatabase('0.1.0', 'none')).rejects.toThrow();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('none');
  });

  it('tags what JSON cannot hold', () => {
    expect(toJsonValue({ at: new Date('2026-01-02T03:04:05Z'), list: [new Uint8Array([104, 105])] })).toEqual({
      at: { $type: 'Date', iso: '2026-01-02T03:04:05.000Z' },
      list: [{ $type: 'Uint8Array', base64: 'aGk=' }],
    });
  });
});
