/**
 * Export and import through the real repositories on (fake) IndexedDB: round trips, idempotence,
 * all-or-nothing writes, restore points, the conflict log, and exports of a part.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase, type CamKetDatabase } from '../../../src/data/db';
import { listConflicts, putOtherValuesInUse } from '../../../src/data/repositories/conflicts';
import { loadDemoDataOnFirstRun, resetToDemoData, startEmpty } from '../../../src/data/repositories/datasets';
import { RESTORE_POINTS_KEPT, listRestorePoints, restoreFromPoint } from '../../../src/data/repositories/restorePoints';
import { applyImport, exportSnapshot, previewImport } from '../../../src/data/repositories/snapshots';
import { canonicalJson, type SnapshotData } from '../../../src/domain/snapshot/canonical';
import { CURRENT_FORMAT_VERSION, SNAPSHOT_FORMAT, type Snapshot, type SnapshotScope } from '../../../src/domain/snapshot/format';
import { parseSnapshotText } from '../../../src/domain/snapshot/parse';
import { withCompleteClocks } from '../../../src/domain/sync/clocks';
import { dumpDatabase } from './helpers';
import { base, laptop, timeAt } from './edits';

let dbCount = 0;
const freshDb = () => openDatabase(`repo-${++dbCount}`);

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};

/** A full format-2 file holding `data` (records without clocks get their legacy clocks, as an export writes them). */
function snapshotOf(data: SnapshotData, deletions: Snapshot['data']['deletions'] = []): Snapshot {
  const clocked = { units: data.units.map(withCompleteClocks), parties: data.parties.map(withCompleteClocks), agreements: data.agreements.map(withCompleteClocks), commitments: data.commitments.map(withCompleteClocks) };
  return {
    format: SNAPSHOT_FORMAT,
    formatVersion: CURRENT_FORMAT_VERSION,
    appVersion: 'test',
    exportedAt: '2026-11-22T00:00:00.000Z',
    exportedBy: { deviceId: '00000000-0000-4000-8000-0000000000aa', user: '' },
    scope: { kind: 'all' },
    contents: 'full',
    vector: {},
    base: null,
    data: { ...clocked, deletions, history: [] },
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
        unwrap(await applyImport(first, snapshotOf(data), 'merge', { fileName: 'seed.json' }));
        const exported = await exportThroughFile(first);
        const second = freshDb();
        unwrap(await applyImport(second, exported, 'merge', { fileName: 'a.json' }));
        const again = await exportThroughFile(second);
        expect(canonicalJson(again.data)).toBe(canonicalJson(exported.data));
        // The content is the laptop's, field clocks aside (they are spelled out on export).
        const { deletions: _d, history: _h, ...content } = again.data;
        expect(canonicalJson(content, (key) => key !== 'clock')).toBe(canonicalJson(data, (key) => key !== 'clock'));
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
    // `rev` counts edits on each laptop (it tells an open form that the record changed); it is not merged data.
    const content = async (db: CamKetDatabase) => canonicalJson((await exportThroughFile(db)).data, (key) => key !== 'rev');
    expect(await content(one)).toBe(await content(two));
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
    // What the demo holds, counted straight from the tables (the demo's content is not this test's subject).
    const commitments = await db.commitments.toArray();
    const held = { agreements: await db.agreements.count(), commitments: commitments.length, checkIns: commitments.reduce((n, c) => n + c.checkIns.length, 0) };
    expect(held.agreements).toBe(5);
    unwrap(await startEmpty(db));
    expect(await db.agreements.count()).toBe(0);
    const [point] = unwrap(await listRestorePoints(db));
    expect(point).toMatchObject({ reason: 'before-empty', holds: held });
    unwrap(await restoreFromPoint(db, point!.id));
    expect(await db.agreements.count()).toBe(5);
    unwrap(await resetToDemoData(db));
    expect(unwrap(await listRestorePoints(db))[0]?.reason).toBe('before-reset');
  });
});

describe('conflict log', () => {
  it('keeps both values of a field two laptops changed unaware of each other; "use the other value" is a new change, and choosing again swaps back', async () => {
    const db = freshDb();
    await loadDemoDataOnFirstRun(db);
    const id = base.agreements[0]!.id;
    const here = unwrap(await exportSnapshot(db, { kind: 'all' }, { appVersion: 't' })).snapshot.exportedBy.deviceId;
    const hereNode = here.replace(/-/g, '').slice(0, 16);
    const otherNode = '00000000000000aa';
    const stored = (await db.agreements.get(id))!;
    // This laptop renamed the agreement at 00:05; the other laptop, unaware, at 00:09.
    await db.agreements.put({ ...stored, title: 'Tên trên máy này', rev: 2, clock: { ...stored.clock, title: `${timeAt(5)}-0000-${hereNode}` } });
    const file = structuredClone(base);
    Object.assign(file.agreements[0]!, { title: 'Tên trên máy kia', clock: { title: `${timeAt(9)}-0000-${otherNode}` } });

    const preview = unwrap(await previewImport(db, snapshotOf(file), 'merge'));
    expect(preview.counts.agreements.conflict).toBe(1);
    expect(preview.decisions[0]).toMatchObject({ outcome: 'conflict', fields: [{ slot: 'title', local: 'Tên trên máy này', incoming: 'Tên trên máy kia', kept: 'incoming', concurrent: true }] });

    const result = unwrap(await applyImport(db, snapshotOf(file), 'merge', { fileName: 'may-kia.json' }));
    expect(result.conflicts).toBe(1);
    expect((await db.agreements.get(id))?.title).toBe('Tên trên máy kia');
    const [row] = unwrap(await listConflicts(db));
    expect(row).toMatchObject({ entity: 'agreements', recordId: id, fileName: 'may-kia.json', resolvedAt: null });
    expect(row!.fields).toEqual([
      { slot: 'title', local: 'Tên trên máy này', incoming: 'Tên trên máy kia', localClock: `${timeAt(5)}-0000-${hereNode}`, incomingClock: `${timeAt(9)}-0000-${otherNode}`, kept: 'incoming', concurrent: true },
    ]);

    unwrap(await putOtherValuesInUse(db, row!.id, new Date('2026-12-02T06:00:00Z')));
    const chosen = (await db.agreements.get(id))!;
    expect(chosen.title).toBe('Tên trên máy này');
    // A new change of this laptop, later than both: it wins on every laptop that imports from here.
    expect(chosen.clock!.title).toBe(`2026-12-02T06:00:00.000Z-0000-${hereNode}`);
    const [swapped] = unwrap(await listConflicts(db));
    expect(swapped).toMatchObject({ resolvedAt: '2026-12-02T06:00:00.000Z', fields: [{ kept: 'local' }] });
    unwrap(await putOtherValuesInUse(db, row!.id, new Date('2026-12-02T06:01:00Z')));
    expect((await db.agreements.get(id))?.title).toBe('Tên trên máy kia');

    // Undoing the import removes its conflict rows too.
    unwrap(await restoreFromPoint(db, result.restorePointId!));
    expect(unwrap(await listConflicts(db))).toEqual([]);
  });

  it('"use the other value" goes through the same rules as a form: a value that breaks one is refused and nothing is written', async () => {
    const db = freshDb();
    await loadDemoDataOnFirstRun(db);
    const id = base.agreements[0]!.id;
    const stored = (await db.agreements.get(id))!;
    await db.agreements.put({ ...stored, title: 'Tên trên máy này', clock: { ...stored.clock, title: `${timeAt(5)}-0000-00000000000000bb` } });
    const file = structuredClone(base);
    Object.assign(file.agreements[0]!, { title: 'Tên mới', clock: { title: `${timeAt(9)}-0000-00000000000000aa` } });
    const result = unwrap(await applyImport(db, snapshotOf(file), 'merge', { fileName: 'x.json' }));
    expect(result.conflicts).toBe(1);
    const [row] = unwrap(await listConflicts(db));
    // The other value names a party that exists nowhere (as a bad row could): refused.
    await db.conflicts.update(row!.id, { fields: [{ ...row!.fields[0]!, slot: 'partyIds', local: ['ubnd-hai-duong', 'khong-ton-tai'], incoming: ['ubnd-hai-duong', 'fpt'] }] });
    const before = await dumpDatabase(db);
    const refused = await putOtherValuesInUse(db, row!.id);
    expect(refused.ok === false && refused.error.problems?.[0]).toMatchObject({ code: 'missing-reference', targetId: 'khong-ton-tai' });
    expect(await dumpDatabase(db)).toBe(before);
    expect((await db.agreements.get(id))?.title).toBe('Tên mới');
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
    expect(one.snapshot.data.commitments).toHaveLength(await db.commitments.where('agreementId').equals('agr-thanh-hoa-vnpt-2021').count());
    expect(one.snapshot.data.commitments.every((c) => c.agreementId === 'agr-thanh-hoa-vnpt-2021')).toBe(true);
    const missing = await exportSnapshot(db, { kind: 'agreement', agreementId: 'nope', name: 'x' }, { appVersion: 't' });
    expect(missing.ok === false && missing.error.code).toBe('not-found');
  });
});

describe('replace', () => {
  it('with one province\'s file replaces that province only, and counts what goes to the trash', async () => {
    const db = freshDb();
    await loadDemoDataOnFirstRun(db);
    const exported = unwrap(await exportSnapshot(db, { kind: 'province', unitId: 'phu-tho', name: 'Phú Thọ' }, { appVersion: 't' })).snapshot;
    const file = structuredClone(exported);
    // The file no longer has Phú Thọ's commitment c01 (worked by hand: the demo's Phú Thọ agreement has it).
    file.data.commitments = file.data.commitments.filter((c) => c.id !== 'agr-phu-tho-viettel-2025-c01');
    const agreementsBefore = await db.agreements.count();
    const othersBefore = await db.commitments.filter((c) => c.agreementId !== 'agr-phu-tho-viettel-2025').count();

    const preview = unwrap(await previewImport(db, file, 'replace'));
    expect(preview.counts.commitments.deleted).toBe(1);
    expect(preview.counts.agreements.deleted).toBe(0);
    const result = unwrap(await applyImport(db, file, 'replace', { fileName: 'phu-tho.json' }));
    expect(result.counts.commitments.deleted).toBe(1);

    expect(await db.agreements.count()).toBe(agreementsBefore);
    expect(await db.commitments.filter((c) => c.agreementId !== 'agr-phu-tho-viettel-2025').count()).toBe(othersBefore);
    expect(await db.commitments.get('agr-phu-tho-viettel-2025-c01')).toBeUndefined();
    const [row] = (await db.trash.toArray()).filter((r) => r.commitments.some((c) => c.id === 'agr-phu-tho-viettel-2025-c01'));
    expect(row).toBeDefined();
    // The deletion is this laptop's change: it has a marker that will travel.
    expect(await db.tombstones.get('commitments:agr-phu-tho-viettel-2025-c01')).toMatchObject({ entity: 'commitments', parentId: 'agr-phu-tho-viettel-2025' });
  });

  it('is refused for a file of changes only', async () => {
    const db = freshDb();
    await loadDemoDataOnFirstRun(db);
    const file = { ...snapshotOf(base), contents: 'changes' as const, base: {} };
    const refused = await previewImport(db, file, 'replace');
    expect(refused.ok === false && refused.error.problems?.[0]?.code).toBe('replace-needs-full');
  });
});

describe('incremental files', () => {
  it('carry only what the other laptop has not seen, and say so when the base is missing', async () => {
    const a = freshDb();
    const b = freshDb();
    for (const db of [a, b]) await loadDemoDataOnFirstRun(db);
    const { setAgreementArchived } = await import('../../../src/data/repositories/editing');
    const { listPeers } = await import('../../../src/data/repositories/snapshots');
    // A sends B a full file: B now knows A as a peer.
    unwrap(await applyImport(b, await exportThroughFile(a), 'merge', { fileName: 'a.json' }));
    const aNode = unwrap(await listPeers(b))[0]!.node;
    // B archives one agreement, then exports what A has not seen.
    unwrap(await setAgreementArchived(b, 'agr-thanh-hoa-vnpt-2021', true));
    const changes = unwrap(await exportSnapshot(b, { kind: 'all' }, { appVersion: 't', sinceNode: aNode }));
    expect(changes.snapshot.contents).toBe('changes');
    expect(changes.fileName).toMatch(/^camket-thay-doi-toan-bo-/);
    expect(changes.snapshot.data.agreements.map((x) => x.id)).toEqual(['agr-thanh-hoa-vnpt-2021']);
    expect(changes.snapshot.data.commitments).toEqual([]);
    expect(changes.snapshot.data.history.map((h) => h.action)).toEqual(['archive']);
    const parsed = parseSnapshotText(JSON.stringify(changes.snapshot));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    unwrap(await applyImport(a, parsed.snapshot, 'merge', { fileName: 'b-changes.json' }));
    expect((await a.agreements.get('agr-thanh-hoa-vnpt-2021'))?.archived).toBe(true);

    // A third laptop that never saw B's earlier changes: B archives another, and its file of
    // changes for A builds on the first archive, which C lacks.
    unwrap(await setAgreementArchived(b, 'agr-hai-duong-fpt-2021', true));
    unwrap(await applyImport(b, await exportThroughFile(a), 'merge', { fileName: 'a2.json' }));
    const second = unwrap(await exportSnapshot(b, { kind: 'all' }, { appVersion: 't', sinceNode: aNode })).snapshot;
    expect(second.data.agreements.map((x) => x.id)).toEqual(['agr-hai-duong-fpt-2021']);
    const c = freshDb();
    await loadDemoDataOnFirstRun(c);
    const before = await dumpDatabase(c);
    const refused = await previewImport(c, second, 'merge');
    expect(refused.ok === false && refused.error.problems?.[0]?.code).toBe('base-missing');
    expect(await dumpDatabase(c)).toBe(before);
  });
});
