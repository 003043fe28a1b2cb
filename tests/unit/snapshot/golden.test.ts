/**
 * Every snapshot format version ever shipped has a golden file under tests/fixtures/snapshots/
 * (vN-*.json). Each must import forever, through whatever migrations lie between it and today.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/data/db';
import { countRecords } from '../../../src/data/repositories/datasets';
import { applyImport } from '../../../src/data/repositories/snapshots';
import { CURRENT_FORMAT_VERSION } from '../../../src/domain/snapshot/format';
import { parseSnapshotText } from '../../../src/domain/snapshot/parse';
import { FIXTURES, fixtureText } from './helpers';

const golden = readdirSync(new URL('snapshots/', FIXTURES)).filter((f) => /^v\d+-.*\.json$/.test(f));

describe('golden snapshot files', () => {
  it('there is one for every format version up to the current one', () => {
    const versions = new Set(golden.map((f) => Number(/^v(\d+)-/.exec(f)![1])));
    for (let v = 1; v <= CURRENT_FORMAT_VERSION; v++) expect(versions.has(v), `a golden file for format version ${v}`).toBe(true);
  });

  it.each(golden)('%s imports into an empty database', async (name) => {
    const parsed = parseSnapshotText(fixtureText(`snapshots/${name}`));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const db = openDatabase(`golden-${name}`);
    const result = await applyImport(db, parsed.snapshot, 'merge', { fileName: name });
    expect(result.ok).toBe(true);
    const counts = await countRecords(db);
    expect(counts.ok && counts.value.agreements).toBe(5);
    const pt = await db.commitments.get('agr-phu-tho-viettel-2025-c07');
    expect(pt?.baseline.value).toBe(2283);
    // What the file says was deleted stays deleted here, and the marker is kept to travel on.
    for (const m of parsed.snapshot.data.deletions) {
      expect(await db.commitments.get(m.id)).toBeUndefined();
      expect(await db.tombstones.get(`${m.entity}:${m.id}`)).toMatchObject({ at: m.at, by: m.by });
    }
    // History entries travel and are kept by id.
    expect(await db.history.count()).toBe(parsed.snapshot.data.history.length);
  });

  it('v2-demo-2026-12-02.json carries its deletion (written by hand: commitment c09 of Hải Dương–FPT, by Nguyễn Thị Lan)', () => {
    const parsed = parseSnapshotText(fixtureText('snapshots/v2-demo-2026-12-02.json'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.snapshot.data.deletions).toEqual([
      { entity: 'commitments', id: 'agr-hai-duong-fpt-2021-c09', parentId: 'agr-hai-duong-fpt-2021', at: '2026-12-02T02:05:00.000Z-0000-3f6c2a107d4e4b1a', by: 'Nguyễn Thị Lan', label: 'Có sản phẩm chuyển đổi số ứng dụng trong thực tiễn ngay trong năm 2021' },
    ]);
    expect(parsed.snapshot.data.agreements.find((a) => a.id === 'agr-hai-duong-fpt-2021')?.clock?.archived).toBe('2026-12-02T02:00:00.000Z-0000-3f6c2a107d4e4b1a');
  });
});
