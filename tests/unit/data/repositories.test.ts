import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/data/db';
import { getAgreementDetail, listAgreements } from '../../../src/data/repositories/agreements';
import { addCheckIn, deleteCheckIn, getCommitmentDetail, restoreCheckIn } from '../../../src/data/repositories/commitments';
import { countRecords, loadDemoDataOnFirstRun, resetToDemoData, startEmpty } from '../../../src/data/repositories/datasets';
import { getUserName, setUserName } from '../../../src/data/repositories/settings';

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
};

describe('first run and data sets', () => {
  it('loads the demo data once, and never again', async () => {
    const db = openDatabase('t');
    expect(unwrap(await loadDemoDataOnFirstRun(db))).toEqual({ loaded: true });
    expect(unwrap(await loadDemoDataOnFirstRun(db))).toEqual({ loaded: false });
    const counts = unwrap(await countRecords(db));
    expect(counts.agreements).toBe(5);
    expect(counts.commitments).toBeGreaterThan(40);
  });

  it('stays empty after "start empty", and "reset" brings the demo back', async () => {
    const db = openDatabase('t');
    await loadDemoDataOnFirstRun(db);
    unwrap(await startEmpty(db));
    expect(unwrap(await loadDemoDataOnFirstRun(db))).toEqual({ loaded: false });
    expect(unwrap(await countRecords(db))).toEqual({ agreements: 0, commitments: 0, parties: 0, units: 0 });
    unwrap(await resetToDemoData(db));
    expect(unwrap(await countRecords(db)).agreements).toBe(5);
  });

  it('two tabs starting at once load the demo data exactly once', async () => {
    const a = openDatabase('t');
    const b = openDatabase('t');
    const results = await Promise.all([loadDemoDataOnFirstRun(a), loadDemoDataOnFirstRun(b)]);
    expect(results.map((r) => unwrap(r).loaded).sort()).toEqual([false, true]);
    expect(unwrap(await countRecords(a)).agreements).toBe(5);
  });
});

describe('agreements', () => {
  it('lists every agreement with partners, units and commitment counts, newest first', async () => {
    const db = openDatabase('t');
    await loadDemoDataOnFirstRun(db);
    const list = unwrap(await listAgreements(db));
    expect(list.map((s) => s.agreement.signedOn)).toEqual(['2025-08-21', '2022-03-09', '2022-01-17', '2021-11-11', '2021-08-24']);
    const fpt = list.find((s) => s.agreement.id === 'agr-hai-duong-fpt-2021')!;
    expect(fpt.partners.map((p) => p.shortName)).toEqual(['FPT']);
    expect(fpt.signatoryUnit?.name).toBe('Hải Dương');
    expect(fpt.responsibleUnit?.name).toBe('Hải Phòng');
    expect(fpt.commitmentCount).toBe(9);
    const alliance = list.find((s) => s.agreement.kind === 'memorandum-of-understanding')!;
    expect(alliance.partners[0]?.memberIds).toEqual(['saigontel', 'ngs']);
  });

  it('returns one agreement with its commitments in clause order', async () => {
    const db = openDatabase('t');
    await loadDemoDataOnFirstRun(db);
    const detail = unwrap(await getAgreementDetail(db, 'agr-phu-tho-viettel-2025'));
    expect(detail.commitments).toHaveLength(17);
    expect(detail.commitments[0]?.clause).toBe('1');
    expect(detail.commitments.at(-1)?.clause).toBe('—');
    expect(detail.commitments.some((c) => c.baseline.value === 2283)).toBe(true);
  });

  it('answers a typed not-found for an unknown id', async () => {
    const db = openDatabase('t');
    const result = await getAgreementDetail(db, 'nope');
    expect(result).toEqual({ ok: false, error: { code: 'not-found', subject: 'agreement nope' } });
  });

});

describe('check-ins', () => {
  const input = {
    asOf: '2026-09-30',
    value: 98.5,
    done: null,
    qualifier: null,
    narrative: 'Báo cáo quý III',
    evidence: [{ documentNumber: '123/BC-VTPT', title: 'Báo cáo quý III/2026', url: null }],
    reportedBy: 'Viettel Phú Thọ',
    sample: false,
  };

  it('adds a check-in inside its commitment and raises the revision', async () => {
    const db = openDatabase('t');
    await loadDemoDataOnFirstRun(db);
    const id = 'agr-phu-tho-viettel-2025-c04';
    const before = unwrap(await getCommitmentDetail(db, id)).commitment;
    const stored = unwrap(await addCheckIn(db, id, input, { now: new Date('2026-10-01T00:00:00Z'), newId: () => 'ci-1' }));
    expect(stored).toMatchObject({ id: 'ci-1', rev: 1, enteredAt: '2026-10-01T00:00:00.000Z' });
    const after = unwrap(await getCommitmentDetail(db, id)).commitment;
    expect(after.rev).toBe(before.rev + 1);
    expect(after.checkIns.map((c) => c.id)).toEqual([...before.checkIns.map((c) => c.id), 'ci-1']);
  });

  it('refuses an invalid check-in with the field named, and writes nothing', async () => {
    const db = openDatabase('t');
    await loadDemoDataOnFirstRun(db);
    const id = 'agr-phu-tho-viettel-2025-c04';
    const before = unwrap(await getCommitmentDetail(db, id)).commitment;
    const result = await addCheckIn(db, id, { ...input, asOf: '2025-02-31', value: Number.NaN });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid');
      expect(result.error.issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: 'asOf', code: 'invalid-date', received: '"2025-02-31"' }),
          expect.objectContaining({ path: 'value', code: 'not-a-number' }),
        ]),
      );
    }
    expect(unwrap(await getCommitmentDetail(db, id)).commitment).toEqual(before);
  });

  it('deletes a check-in, and the undo puts exactly that check-in back', async () => {
    const db = openDatabase('t');
    await loadDemoDataOnFirstRun(db);
    const id = 'agr-phu-tho-viettel-2025-c07';
    const before = unwrap(await getCommitmentDetail(db, id)).commitment;
    const victim = before.checkIns[0]!;
    const removed = unwrap(await deleteCheckIn(db, id, victim.id));
    expect(removed).toEqual(victim);
    const after = unwrap(await getCommitmentDetail(db, id)).commitment;
    expect(after.checkIns.map((x) => x.id)).not.toContain(victim.id);
    expect(after.rev).toBe(before.rev + 1);
    unwrap(await restoreCheckIn(db, id, removed));
    unwrap(await restoreCheckIn(db, id, removed)); // twice is once
    const restored = unwrap(await getCommitmentDetail(db, id)).commitment;
    // Exactly that check-in, with one more clock: the restore, later than the deletion's marker.
    const back = restored.checkIns.filter((x) => x.id === victim.id);
    expect(back.map(({ clock: _c, ...rest }) => rest)).toEqual([(({ clock: _c, ...rest }) => rest)(victim)]);
    const marker = (await db.tombstones.get(`checkIns:${victim.id}`))!;
    expect(marker).toMatchObject({ entity: 'checkIns', parentId: id });
    expect(back[0]!.clock!.$alive! > marker.at).toBe(true);
    expect((await deleteCheckIn(db, id, 'nope')).ok).toBe(false);
  });

  it('answers not-found for a check-in on a missing commitment', async () => {
    const db = openDatabase('t');
    const result = await addCheckIn(db, 'missing', input);
    expect(result.ok === false && result.error.code).toBe('not-found');
  });
});

describe('settings', () => {
  it('keeps the user name, stored NFC', async () => {
    const db = openDatabase('t');
    unwrap(await setUserName(db, '  Nguyễn Văn A '.normalize('NFD')));
    expect(unwrap(await getUserName(db))).toBe('Nguyễn Văn A'.normalize('NFC'));
  });
});
