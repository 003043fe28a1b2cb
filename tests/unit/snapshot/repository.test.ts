/**
 * Export and import through the real repositories on (fake) IndexedDB: round trips, idempotence,
 * all-or-nothing writes, restore points, the conflict log, and exports of a part.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase, type CamKetDatabase } from '../../../src/data/db';
import { chooseLosingVersion, listConflicts } from '../../../src/data/repositories/conflicts';
import { loadDemoDataOnFirstRun, resetToDemoData, startEmpty } from '../../../src/data/repositories/datasets';
import { RESTORE_POINTS_KEPT, listRestorePoints, restoreFromPoint } from '../../../src/data/repositories/restorePoints';
import { applyImport, exportSnapshot, previewImport } from '../../../src/data/repositories/snapshots';
import { canonicalJson, type SnapshotData } from '../../../src/domain/snapshot/canonical';
import { CURRENT_FORMAT_VERSION, SNAPSHOT_FORMAT, type Snapshot, type SnapshotScope } from '../../../src/domain/snapshot/format';
import { parseSnapshotText } from '../../../src/domain/snapshot/parse';
import { dumpDatabase } from './helpers';
import { base, laptop, timeAt } from './edits';

let dbCount = 0;
const freshDb = () => openDatabase(`repo-${++dbCount}`);

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

function snapshotOf(data: SnapshotData): Snapshot {
  return {
    format: SNAPSHOT_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    appVersion: 'test',
    exportedAt: '2026-11-22T00:00:00.000Z',
    exportedBy: { deviceId: 'test', user: '' },
    scope: { kind: 'all' },
    data,
  };
}

/** Export → file text → parse, as a file travels between laptops. */
async function exportThroughFile(db: CamKetDatabase, scope: SnapshotScope = { kind: 'all' }): Promise<Snapshot> {
  const exported = unwrap(await exportSnapshot(db, scope, { appVersion: 'test' }));
  const parsed = parseSnapshotText(JSON.stringify(exported.snapshot));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.snapshot;
}

describe('round trip', () => {
  it('export, import into an empty database, export again: the same content', async () => {
    await fc.assert(
      fc.asyncProperty(laptop, async (data) => {
        const first = freshDb();
        unwrap(await applyImport(first, snapshotOf(data), 'replace', { fileName: 'seed.json' }));
        const exported = await exportThroughFile(first);
        const second = freshDb();
        unwrap(await applyImport(second, exported, 'merge', { fileName: 'a.json' }));
        const again = await exportThroughFile(second);
        expect(canonicalJson(again.data)).toBe(canonicalJson(exported.data));
        expect(canonicalJson(again.data)).toBe(canonicalJson(data));
      }),
      { numRuns: 12 },
    );
  });

  it('importing the same file twice: the second import changes nothing at all', async () => {
    const db = freshDb();
    await loadDemoDataOnFirstRun(db);
    const file = structuredClone(base);
    Object.assign(file.agreements[0]!, { title: 'Tên sửa trên máy khác', rev: 1, updatedAt: timeAt(0) });
    Object.assign(file.commitments[1]!, { title: 'Nội dung sửa', rev: 3, updatedAt: timeAt(1) });
    const first = unwrap(await applyImport(db, snapshotOf(file), 'merge', { fileName: 'b.json' }));
    expect(first.restorePointId).not.toBeNull();
    const after = await dumpDatabase(db);
    const second = unwrap(await applyImport(db, snapshotOf(file), 'merge', { fileName: 'b.json' }));
    expect(second.restorePointId).toBeNull();
    expect(await dumpDatabase(db)).toBe(after);
  });

  it('A then B equals B then A, in the database too', async () => {
    const [a, b] = fc.sample(fc.tuple(laptop, laptop), { numRuns: 1, seed: 42 })[0]!;
    const one = freshDb();
    const two = freshDb();
    for (const db of [one, two]) await loadDemoDataOnFirstRun(db);
    unwrap(await applyImport(one, snapshotOf(a), 'merge', { fileName: 'a' }));
    unwrap(await applyImport(one, snapshotOf(b), 'merge', { fileName: 'b' }));
    unwrap(await applyImport(two, snapshotOf(b), 'merge', { fileName: 'b' }));
    unwrap(await applyImport(two, snapshotOf(a), 'merge', { fileName: 'a' }));
    expect(canonicalJson((await exportThroughFile(one)).data)).toBe(canonicalJson((await exportThroughFile(two)).data));
  });
});

describe('all or nothing', () => {
  it('a failure midway leaves the database exactly as it was, restore point included', async () => {
    const db = freshDb();
    await loadDemoDataOnFirstRun(db);
    const before = await dumpDatabase(db);
    const file = structuredClone(base);
    file.commitments.push({ ...structuredClone(file.commitments[0]!), id: 'brand-new', title: 'Mới' });
    Object.assign(file.agreements[0]!, { title: 'Sẽ không được ghi', rev: 2 });
    // Dexie runs hooks inside the transaction: throwing here aborts the import after other writes.
    db.commitments.hook('creating', () => {
      throw new Error('disk on fire');
    });
    const result = await applyImport(db, snapshotOf(file), 'merge', { fileName: 'c.json' });
    expect(result.ok).toBe(false);
    expect(await dumpDatabase(db)).toBe(before);
  });
});

describe('restore points', () => {
  it('are taken before every import, the last ten kept, and restoring undoes the import', async () => {
    const db = freshDb();
    await loadDemoDataOnFirstRun(db);
    const original = canonicalJson((await exportThroughFile(db)).data);
    let firstImport: string | null = null;
    for (let i = 0; i < RESTORE_POINTS_KEPT + 2; i++) {
      const file = structuredClone(base);
      Object.assign(file.agreements[0]!, { title: `Lần ${i}`, rev: 2 + i, updatedAt: timeAt(i) });
      const r = unwrap(await applyImport(db, snapshotOf(file), 'merge', { fileName: `f${i}.json` }));
      firstImport ??= r.restorePointId;
    }
    const points = unwrap(await listRestorePoints(db));
    expect(points).toHaveLength(RESTORE_POINTS_KEPT);
    expect(points.map((p) => p.label)).toEqual(Array.from({ length: 10 }, (_, i) => `f${11 - i}.json`));
    expect(points.every((p) => p.reason === 'before-import' && p.importMode === 'merge')).toBe(true);
    expect(await db.restorePointData.count()).toBe(RESTORE_POINTS_KEPT);
    expect(points.some((p) => p.id === firstImport)).toBe(false);

    // Undo the last import.
    unwrap(await restoreFromPoint(db, points[0]!.id));
    expect((await db.agreements.get(base.agreements[0]!.id))?.title).toBe('Lần 10');
    // The restore is itself undoable.
    const undo = unwrap(await listRestorePoints(db))[0]!;
    expect(undo.reason).toBe('before-restore');
    unwrap(await restoreFromPoint(db, undo.id));
    expect((await db.agreements.get(base.agreements[0]!.id))?.title).toBe('Lần 11');
    expect(original).not.toBe(canonicalJson((await exportThroughFile(db)).data));
  });

  it('are taken before "reset to demo data" and "start empty", so both can be undone', async () => {
    const db = freshDb();
    await loadDemoDataOnFirstRun(db);
    unwrap(await startEmpty(db));
    expect(await db.agreements.count()).toBe(0);
    const [point] = unwrap(await listRestorePoints(db));
    expect(point).toMatchObject({ reason: 'before-empty', holds: { agreements: 5, commitments: 53, checkIns: 4 } });
    unwrap(await restoreFromPoint(db, point!.id));
    expect(await db.agreements.count()).toBe(5);
    unwrap(await resetToDemoData(db));
    expect(unwrap(await listRestorePoints(db))[0]?.reason).toBe('before-reset');
  });
});

describe('conflict log', () => {
  it('keeps the losing version, and choosing it writes it back as a new revision; choosing again swaps back', async () => {
    const db = freshDb();
    await loadDemoDataOnFirstRun(db);
    const id = base.agreements[0]!.id;
    await db.agreements.update(id, { title: 'Tên trên máy này', rev: 2, updatedAt: timeAt(5) });
    const file = structuredClone(base);
    Object.assign(file.agreements[0]!, { title: 'Tên trên máy kia', rev: 2, updatedAt: timeAt(9) });

    const preview = unwrap(await previewImport(db, snapshotOf(file), 'merge'));
    expect(preview.counts.agreements.conflict).toBe(1);
    expect(preview.decisions[0]).toMatchObject({ kept: 'incoming', differences: [{ path: 'title', local: 'Tên trên máy này', incoming: 'Tên trên máy kia' }] });

    const result = unwrap(await applyImport(db, snapshotOf(file), 'merge', { fileName: 'may-kia.json' }));
    expect(result.conflicts).toBe(1);
    expect((await db.agreements.get(id))?.title).toBe('Tên trên máy kia');
    const [row] = unwrap(await listConflicts(db));
    expect(row).toMatchObject({ entity: 'agreements', recordId: id, fileName: 'may-kia.json', kept: 'incoming', reason: 'same-revision' });
    expect((row!.loser as { title: string }).title).toBe('Tên trên máy này');

    unwrap(await chooseLosingVersion(db, row!.id, new Date('2026-11-22T06:00:00Z')));
    const restored = await db.agreements.get(id);
    expect(restored).toMatchObject({ title: 'Tên trên máy này', rev: 3, updatedAt: '2026-11-22T06:00:00.000Z' });
    const [swapped] = unwrap(await listConflicts(db));
    expect((swapped!.loser as { title: string }).title).toBe('Tên trên máy kia');
    unwrap(await chooseLosingVersion(db, row!.id));
    expect((await db.agreements.get(id))?.title).toBe('Tên trên máy kia');
  });
});

describe('exporting a part', () => {
  it('one province takes its former provinces along, and imports into an empty database', async () => {
    const db = freshDb();
    await loadDemoDataOnFirstRun(db);
    const exported = unwrap(await exportSnapshot(db, { kind: 'province', unitId: 'hai-phong', name: 'Hải Phòng' }, { appVersion: 't', now: new Date('2025-11-22T08:00:00Z') }));
    expect(exported.fileName).toBe('camket-hai-phong-2025-11-22.json');
    const data = exported.snapshot.data;
    expect(data.agreements.map((a) => a.id).sort()).toEqual(['agr-hai-duong-fpt-2021', 'agr-hai-duong-saigontel-ngs-2022', 'agr-hai-duong-viettel-2022']);
    expect(data.units.map((u) => u.id).sort()).toEqual(['hai-duong', 'hai-phong']);
    expect(data.parties.map((p) => p.id)).toEqual(expect.arrayContaining(['lien-minh-saigontel-ngs', 'saigontel', 'ngs', 'fpt', 'viettel']));
    expect(data.commitments.every((c) => c.agreementId.startsWith('agr-hai-duong'))).toBe(true);

    const empty = freshDb();
    unwrap(await applyImport(empty, exported.snapshot, 'merge', { fileName: exported.fileName }));
    expect(await empty.agreements.count()).toBe(3);
  });

  it('one partner includes the alliances it belongs to; one agreement only itself', async () => {
    const db = freshDb();
    await loadDemoDataOnFirstRun(db);
    const ngs = unwrap(await exportSnapshot(db, { kind: 'partner', partyId: 'ngs', name: 'NGS' }, { appVersion: 't' }));
    expect(ngs.snapshot.data.agreements.map((a) => a.id)).toEqual(['agr-hai-duong-saigontel-ngs-2022']);
    const viettel = unwrap(await exportSnapshot(db, { kind: 'partner', partyId: 'viettel', name: 'Viettel' }, { appVersion: 't' }));
    expect(viettel.snapshot.data.agreements).toHaveLength(2);
    const one = unwrap(await exportSnapshot(db, { kind: 'agreement', agreementId: 'agr-thanh-hoa-vnpt-2021', name: 'Thanh Hóa – VNPT 2021-2025' }, { appVersion: 't', now: new Date('2025-11-22T08:00:00Z') }));
    expect(one.fileName).toBe('camket-thanh-hoa-vnpt-2021-2025-2025-11-22.json');
    expect(one.snapshot.data.commitments).toHaveLength(15);
    const missing = await exportSnapshot(db, { kind: 'agreement', agreementId: 'nope', name: 'x' }, { appVersion: 't' });
    expect(missing.ok === false && missing.error.code).toBe('not-found');
  });
});
