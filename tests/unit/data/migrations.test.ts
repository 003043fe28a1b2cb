import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, DatabaseNewerError, SCHEMA_V1, installedSchemaVersion, openCheckedDatabase } from '../../../src/data/db';
import { currentSuccessor } from '../../../src/domain/lineage';
import { buildDemoData } from '../../../src/data/demo/demoData';

/** Writes data the way version 1 of the app stored it: agreements without responsibleUnitId. */
async function writeVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  const data = buildDemoData();
  const v1Agreements = data.agreements.map(({ responsibleUnitId: _dropped, ...rest }) => rest);
  await v1.table('units').bulkAdd(data.units);
  await v1.table('parties').bulkAdd(data.parties);
  await v1.table('agreements').bulkAdd(v1Agreements);
  await v1.table('commitments').bulkAdd(data.commitments);
  await v1.table('settings').put({ key: 'userName', value: 'Thư ký BCĐ' });
  v1.close();
  return data;
}

describe('schema migrations', () => {
  it('upgrades a version 1 database to the current version without losing anything', async () => {
    const data = await writeVersion1('migrate');
    const db = await openCheckedDatabase('migrate');
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);

    // Everything survived, record for record.
    expect(await db.units.toArray()).toEqual(expect.arrayContaining(data.units));
    expect(await db.commitments.count()).toBe(data.commitments.length);
    expect(await db.commitments.get('agr-phu-tho-viettel-2025-c07')).toEqual(data.commitments.find((c) => c.id === 'agr-phu-tho-viettel-2025-c07'));
    expect((await db.settings.get('userName'))?.value).toBe('Thư ký BCĐ');

    // The new field was filled by following the merger: Hải Dương → Hải Phòng.
    const agreements = await db.agreements.toArray();
    expect(agreements).toEqual(expect.arrayContaining(data.agreements));
    // …and the new index answers.
    expect(await db.agreements.where('responsibleUnitId').equals('hai-phong').count()).toBe(3);
    db.close();
  });

  it('refuses to open a database made by a newer app, without touching it', async () => {
    const newer = new Dexie('newer');
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...SCHEMA_V1, extra: 'id' });
    await newer.open();
    await newer.table('extra').put({ id: 'x' });
    newer.close();

    await expect(openCheckedDatabase('newer')).rejects.toBeInstanceOf(DatabaseNewerError);
    // Untouched: still the newer version, the extra table and its row still there.
    expect(await installedSchemaVersion('newer')).toBe(CURRENT_SCHEMA_VERSION + 1);
    const again = new Dexie('newer');
    await again.open();
    expect(await again.table('extra').get('x')).toEqual({ id: 'x' });
    again.close();
  });

  it('follows successor chains and stops on a cycle', () => {
    const links: Record<string, string> = { a: 'b', b: 'c', x: 'y', y: 'x' };
    expect(currentSuccessor('a', (id) => links[id])).toBe('c');
    expect(currentSuccessor('c', (id) => links[id])).toBe('c');
    expect(['x', 'y']).toContain(currentSuccessor('x', (id) => links[id]));
  });
});
