/** Editing writes: validated, all-or-nothing, history with the user's name, trash that restores exactly. */
import { describe, expect, it } from 'vitest';
import { openDatabase, type CamKetDatabase } from '../../../src/data/db';
import { loadDemoDataOnFirstRun } from '../../../src/data/repositories/datasets';
import { updateCheckIn } from '../../../src/data/repositories/commitments';
import { createAgreement, createCommitment, renewAgreement, reviseTarget, setAgreementArchived, updateAgreement, updateCommitment } from '../../../src/data/repositories/editing';
import { listHistory } from '../../../src/data/repositories/history';
import { deleteCustomTemplate, listCustomTemplates, saveCustomTemplate } from '../../../src/data/repositories/templates';
import { deleteAgreement, deleteCommitment, listTrash, purgeFromTrash, restoreFromTrash } from '../../../src/data/repositories/trash';
import { setUserName } from '../../../src/data/repositories/settings';
import { readAllData } from '../../../src/data/tables';
import { checkAgreementDraft, emptyAgreementDraft } from '../../../src/domain/editing/agreementRules';
import { checkCommitmentDraft, emptyCommitmentDraft } from '../../../src/domain/editing/commitmentRules';
import { emptyRevisionDraft } from '../../../src/domain/editing/revisionRules';

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
};
const errorCode = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

async function demo(): Promise<CamKetDatabase> {
  const db = openDatabase('t');
  unwrap(await loadDemoDataOnFirstRun(db));
  unwrap(await setUserName(db, 'Trần Văn An'));
  return db;
}

/** A record as it was before a delete and restore: the restore adds only its `$alive` clock. */
function withoutAlive<T extends { clock?: Record<string, string> }>(record: T): T {
  if (!record.clock) return record;
  const { $alive: _alive, ...clock } = record.clock;
  if (Object.keys(clock).length > 0) return { ...record, clock };
  const { clock: _none, ...rest } = record;
  return rest as T;
}

const snapshotOf = (db: CamKetDatabase) => db.transaction('r', [db.units, db.parties, db.agreements, db.commitments], () => readAllData(db));

describe('agreements', () => {
  it('a new province and partner typed by name become records, with the province\'s People\'s Committee', async () => {
    const db = await demo();
    const { fields, problems } = checkAgreementDraft({
      ...emptyAgreementDraft('2026-11-22'),
      title: 'TT Đà Nẵng – CMC',
      newUnitName: 'Đà Nẵng',
      newUnitKind: 'centrally-run-city',
      newPartners: 'Tập đoàn CMC\nviettel',
      signatories: [
        { side: 'committee', name: 'A', title: 'Chủ tịch UBND thành phố', capacity: '' },
        { side: 'new:Tập đoàn CMC', name: 'B', title: 'Tổng Giám đốc', capacity: '' },
      ],
    });
    expect(problems).toEqual([]);
    const a = unwrap(await createAgreement(db, fields));
    const parties = await db.parties.bulkGet(a.partyIds);
    expect(parties.map((p) => p?.name)).toEqual(['UBND thành phố Đà Nẵng', 'Tập đoàn CMC', 'Tập đoàn Công nghiệp - Viễn thông Quân đội']);
    expect((await db.units.get(a.signatoryUnitId))?.name).toBe('Đà Nẵng');
    expect(a.signatories.map((x) => x.partyId)).toEqual([a.partyIds[0], a.partyIds[1]]);
    const history = unwrap(await listHistory(db, a.id));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'create', subject: 'agreement', by: 'Trần Văn An' });
  });

  it('a former province signs, the authority responsible now is its successor', async () => {
    const db = await demo();
    const { fields } = checkAgreementDraft({ ...emptyAgreementDraft('2026-11-22'), title: 'T', unitId: 'hai-duong', partnerIds: ['fpt'] });
    const a = unwrap(await createAgreement(db, fields));
    expect([a.signatoryUnitId, a.responsibleUnitId]).toEqual(['hai-duong', 'hai-phong']);
  });

  it('an edit of a record changed elsewhere is refused and writes nothing', async () => {
    const db = await demo();
    const before = await snapshotOf(db);
    const stored = (await db.agreements.get('agr-thanh-hoa-vnpt-2021'))!;
    const { fields } = checkAgreementDraft({ ...emptyAgreementDraft('2026-11-22'), title: 'Đổi tên', unitId: 'thanh-hoa', partnerIds: ['vnpt'], startYear: '2021', endYear: '2025', signedOn: '2021-11-11' });
    expect(errorCode(await updateAgreement(db, stored.id, fields, stored.rev + 1))).toBe('changed-elsewhere');
    expect(await snapshotOf(db)).toEqual(before);
    const updated = unwrap(await updateAgreement(db, stored.id, fields, stored.rev));
    expect(updated).toMatchObject({ title: 'Đổi tên', rev: stored.rev + 1 });
    const [entry] = unwrap(await listHistory(db, stored.id));
    expect(entry!.changes.find((c) => c.field === 'title')).toEqual({ field: 'title', before: stored.title, after: 'Đổi tên' });
  });

  it('archiving is recorded; deleting moves the agreement and its commitments to the trash, and restoring puts back exactly what was there', async () => {
    const db = await demo();
    unwrap(await setAgreementArchived(db, 'agr-hai-duong-fpt-2021', true));
    const before = await snapshotOf(db);
    const row = unwrap(await deleteAgreement(db, 'agr-hai-duong-fpt-2021'));
    expect(row.commitments.length).toBeGreaterThan(0);
    expect(await db.commitments.where('agreementId').equals('agr-hai-duong-fpt-2021').count()).toBe(0);
    expect(unwrap(await listTrash(db)).map((r) => r.id)).toEqual([row.id]);
    // The deletion travels: a marker for the agreement and each of its commitments.
    const marker = (await db.tombstones.get('agreements:agr-hai-duong-fpt-2021'))!;
    expect(marker).toMatchObject({ entity: 'agreements', id: 'agr-hai-duong-fpt-2021', parentId: null, purged: false });
    expect(await db.tombstones.where('entity').equals('commitments').count()).toBe(row.commitments.length);
    unwrap(await restoreFromTrash(db, row.id));
    const after = await snapshotOf(db);
    expect({ ...after, agreements: after.agreements.map(withoutAlive), commitments: after.commitments.map(withoutAlive) }).toEqual(before);
    // The restore is a change later than the deletion: an old file's deletion cannot win over it.
    const restored = after.agreements.find((a) => a.id === 'agr-hai-duong-fpt-2021')!;
    expect(restored.clock!.$alive! > marker.at).toBe(true);
    expect(unwrap(await listTrash(db))).toEqual([]);
    expect(unwrap(await listHistory(db, 'agr-hai-duong-fpt-2021')).map((e) => e.action)).toEqual(['restore', 'delete', 'archive']);
  });

  it('renewal creates the next agreement and its commitments together; the predecessor can then not be deleted', async () => {
    const db = await demo();
    const source = await db.commitments.where('agreementId').equals('agr-thanh-hoa-vnpt-2021').toArray();
    const next = unwrap(await renewAgreement(db, 'agr-thanh-hoa-vnpt-2021', { title: 'Mới', signedOn: '2026-01-10', startYear: 2026, endYear: 2030, commitmentIds: source.slice(0, 3).map((c) => c.id) }));
    expect(next.predecessorId).toBe('agr-thanh-hoa-vnpt-2021');
    expect(await db.commitments.where('agreementId').equals(next.id).count()).toBe(3);
    const before = await snapshotOf(db);
    expect(errorCode(await deleteAgreement(db, 'agr-thanh-hoa-vnpt-2021'))).toBe('has-successors');
    expect(await snapshotOf(db)).toEqual(before);
  });
});

describe('commitments', () => {
  it('an invalid record is refused and nothing is written', async () => {
    const db = await demo();
    const before = await snapshotOf(db);
    const { fields } = checkCommitmentDraft({ ...emptyCommitmentDraft(), title: 'x', target: { text: '50', chosen: null } }, null);
    // Bypassing the form's rules: the schema still refuses a percentage over 100.
    expect(errorCode(await createCommitment(db, 'agr-thanh-hoa-vnpt-2021', { ...fields, target: 150 }))).toBe('invalid');
    expect(errorCode(await createCommitment(db, 'khong-co', fields))).toBe('not-found');
    expect(await snapshotOf(db)).toEqual(before);
  });

  it('create, edit, revise and correct a report: each raises the revision and is in the history', async () => {
    const db = await demo();
    const { fields } = checkCommitmentDraft({ ...emptyCommitmentDraft(), title: 'Phủ 5G', unit: '% dân số', baseline: { text: '80', chosen: null }, target: { text: '95', chosen: null } }, null);
    const c = unwrap(await createCommitment(db, 'agr-phu-tho-viettel-2025', fields));
    expect(c.territoryUnitId).toBe('phu-tho');
    const edited = unwrap(await updateCommitment(db, c.id, { ...fields, title: 'Phủ sóng 5G' }, c.rev));
    expect(errorCode(await updateCommitment(db, c.id, fields, c.rev))).toBe('changed-elsewhere');
    const revised = unwrap(await reviseTarget(db, c.id, { ...emptyRevisionDraft('2026-11-22'), valueText: '97', decisionRef: 'QĐ 9' }, 97, edited.rev));
    expect(revised).toMatchObject({ target: 97, rev: 3, revisions: [{ oldValue: 95, newValue: 97 }] });

    await db.commitments.update(c.id, { checkIns: [{ id: 'ci', createdAt: revised.createdAt, updatedAt: revised.createdAt, rev: 1, asOf: '2026-06-30', value: 85, done: null, qualifier: null, narrative: '', evidence: [], reportedBy: 'A', enteredAt: revised.createdAt, sample: false }] });
    const ci = unwrap(await updateCheckIn(db, c.id, 'ci', { asOf: '2026-06-30', value: 86, done: null, qualifier: null, narrative: 'sửa', evidence: [], reportedBy: 'A', sample: false }, 1));
    expect(ci).toMatchObject({ value: 86, rev: 2, narrative: 'sửa' });
    expect(errorCode(await updateCheckIn(db, c.id, 'ci', { asOf: '2026-06-30', value: 87, done: null, qualifier: null, narrative: '', evidence: [], reportedBy: 'A', sample: false }, 1))).toBe('changed-elsewhere');

    const history = unwrap(await listHistory(db, c.id));
    expect(history.map((e) => `${e.action} ${e.subject}`).sort()).toEqual(['create commitment', 'update check-in', 'update commitment', 'update revision'].sort());
    expect(history.find((e) => e.subject === 'check-in')!.changes).toEqual([
      { field: 'value', before: 85, after: 86 },
      { field: 'narrative', before: '', after: 'sửa' },
    ]);
  });

  it('a commitment comes back from the trash only while its agreement exists', async () => {
    const db = await demo();
    const row = unwrap(await deleteCommitment(db, 'agr-hai-duong-fpt-2021-c01'));
    const agreementRow = unwrap(await deleteAgreement(db, 'agr-hai-duong-fpt-2021'));
    expect(errorCode(await restoreFromTrash(db, row.id))).toBe('restore-blocked');
    unwrap(await restoreFromTrash(db, agreementRow.id));
    unwrap(await restoreFromTrash(db, row.id));
    expect(withoutAlive((await db.commitments.get('agr-hai-duong-fpt-2021-c01'))!)).toEqual(row.commitments[0]);
    unwrap(await purgeFromTrash(db, 'nothing'));
    // Deleting for good keeps the marker, flagged purged, so that an older file cannot bring it back.
    const again = unwrap(await deleteCommitment(db, 'agr-hai-duong-fpt-2021-c01'));
    unwrap(await purgeFromTrash(db, again.id));
    expect(unwrap(await listTrash(db))).toEqual([]);
    expect(await db.tombstones.get('commitments:agr-hai-duong-fpt-2021-c01')).toMatchObject({ entity: 'commitments', purged: true, parentId: 'agr-hai-duong-fpt-2021' });
  });
});

describe('custom templates', () => {
  it('are saved validated, listed and deleted', async () => {
    const db = await demo();
    expect(errorCode(await saveCustomTemplate(db, { title: ' ', titleEn: '', kind: 'rank', unit: 'hạng', pillar: 'index-ranks', cadence: 'yearly', basis: '' }))).toBe('invalid');
    const t = unwrap(await saveCustomTemplate(db, { title: 'Chỉ số PAPI', titleEn: '', kind: 'rank', unit: 'hạng', pillar: 'index-ranks', cadence: 'yearly', basis: '' }));
    expect(unwrap(await listCustomTemplates(db)).map((x) => x.title)).toEqual(['Chỉ số PAPI']);
    unwrap(await deleteCustomTemplate(db, t.id));
    expect(unwrap(await listCustomTemplates(db))).toEqual([]);
  });
});
