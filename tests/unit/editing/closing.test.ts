/** Closing a period (tổng kết giai đoạn): the form's rules, the write, reopening, and what the statuses say after. */
import { describe, expect, it } from 'vitest';
import { openDatabase, type CamKetDatabase } from '../../../src/data/db';
import { loadDemoDataOnFirstRun } from '../../../src/data/repositories/datasets';
import { closeAgreement, reopenAgreement } from '../../../src/data/repositories/editing';
import { listHistory } from '../../../src/data/repositories/history';
import { readAllData } from '../../../src/data/tables';
import { carriedOver, checkClosing, closingDraft, resultCounts, type ClosingDraft } from '../../../src/domain/editing/closingRules';
import { buildDashboard } from '../../../src/domain/status/dashboard';

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
};

const AGREEMENT = { signedOn: '2021-06-26' };
const ITEMS = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
const draft = (over: Partial<ClosingDraft> = {}): ClosingDraft => ({
  closedOn: '2026-01-15',
  documentNumber: ' 12/BC-UBND ',
  note: '',
  results: { a: { result: 'achieved', note: '' }, b: { result: 'partly-achieved', note: 'Đạt 27/30 điểm cầu.' }, c: { result: 'carried-over', note: '' } },
  ...over,
});

describe('the closing form', () => {
  it('accepts a complete closing and trims the number', () => {
    const { problems, plan } = checkClosing(AGREEMENT, ITEMS, draft(), '2026-12-02');
    expect(problems).toEqual([]);
    expect(plan!.closing).toEqual({ closedOn: '2026-01-15', documentNumber: '12/BC-UBND', note: '' });
    expect(plan!.results.get('b')).toEqual({ result: 'partly-achieved', note: 'Đạt 27/30 điểm cầu.' });
  });

  it('needs a result for every commitment, and a reason where it was not fully achieved', () => {
    const { problems, plan } = checkClosing(AGREEMENT, ITEMS, draft({ results: { a: { result: '', note: '' }, b: { result: 'not-achieved', note: '  ' } } }), '2026-12-02');
    expect(plan).toBeNull();
    expect(problems).toEqual([
      { commitmentId: 'a', field: 'result', code: 'required' },
      { commitmentId: 'b', field: 'reason', code: 'required' },
      { commitmentId: 'c', field: 'result', code: 'required' },
    ]);
  });

  it('refuses a date in the future, before the signing, or not a date', () => {
    expect(checkClosing(AGREEMENT, ITEMS, draft({ closedOn: '2026-12-03' }), '2026-12-02').problems).toEqual([{ field: 'closedOn', code: 'in-future', limit: '2026-12-02' }]);
    expect(checkClosing(AGREEMENT, ITEMS, draft({ closedOn: '2021-06-25' }), '2026-12-02').problems).toEqual([{ field: 'closedOn', code: 'before-signing', limit: '2021-06-26' }]);
    expect(checkClosing(AGREEMENT, ITEMS, draft({ closedOn: '2026-02-30' }), '2026-12-02').problems).toEqual([{ field: 'closedOn', code: 'invalid-date' }]);
    expect(checkClosing(AGREEMENT, ITEMS, draft({ closedOn: '' }), '2026-12-02').problems).toEqual([{ field: 'closedOn', code: 'required' }]);
  });

  it('refuses a number over 100 characters and a note over 2,000', () => {
    const { problems } = checkClosing(AGREEMENT, ITEMS, draft({ documentNumber: 'x'.repeat(101), note: 'y'.repeat(2001) }), '2026-12-02');
    expect(problems).toEqual([
      { field: 'documentNumber', code: 'too-long', limit: 100 },
      { field: 'note', code: 'too-long', limit: 2000 },
    ]);
  });

  it('suggests "đạt" only where the latest report met the target; nothing else is guessed', () => {
    const status = { a: 'achieved', b: 'overdue', c: 'achieved-late' } as const;
    const d = closingDraft([{ id: 'a' }, { id: 'b' }, { id: 'c' }], (id) => status[id as 'a'], '2026-12-02');
    expect(d.results).toEqual({ a: { result: 'achieved', note: '' }, b: { result: '', note: '' }, c: { result: 'achieved', note: '' } });
    expect(d.closedOn).toBe('2026-12-02');
  });

  it('counts results and lists what a renewal carries over', () => {
    const list = [{ id: 'a', finalAssessment: { result: 'achieved' as const, note: '' } }, { id: 'b', finalAssessment: { result: 'carried-over' as const, note: '' } }, { id: 'c', finalAssessment: null }];
    expect(resultCounts(list)).toEqual({ achieved: 1, 'partly-achieved': 0, 'not-achieved': 0, 'carried-over': 1, unassessed: 1 });
    expect(carriedOver(list)).toEqual(['b']);
  });
});

const TH = 'agr-thanh-hoa-vnpt-2021';

async function demo(): Promise<CamKetDatabase> {
  const db = openDatabase(`closing-${Math.random()}`);
  unwrap(await loadDemoDataOnFirstRun(db));
  return db;
}

async function closeThanhHoa(db: CamKetDatabase) {
  const agreement = (await db.agreements.get(TH))!;
  const commitments = await db.commitments.where('agreementId').equals(TH).toArray();
  const results: ClosingDraft['results'] = {};
  // The first commitment not achieved (with its reason), the second carried over, the rest achieved.
  commitments.forEach((c, i) => (results[c.id] = i === 0 ? { result: 'not-achieved', note: 'Chưa có báo cáo kết quả.' } : { result: i === 1 ? 'carried-over' : 'achieved', note: '' }));
  const { plan } = checkClosing(agreement, commitments, { closedOn: '2026-01-15', documentNumber: '12/BC-UBND', note: 'Tổng kết 5 năm.', results }, '2026-12-02');
  return { agreement, commitments, result: await closeAgreement(db, TH, plan!, agreement.rev, { now: new Date('2026-12-02T08:00:00Z') }) };
}

describe('closing and reopening an agreement', () => {
  it('writes the closing and every final assessment in one go, with history', async () => {
    const db = await demo();
    const { commitments, result } = await closeThanhHoa(db);
    const closed = unwrap(result);
    expect(closed.closing).toEqual({ closedOn: '2026-01-15', documentNumber: '12/BC-UBND', note: 'Tổng kết 5 năm.' });
    const after = await db.commitments.where('agreementId').equals(TH).toArray();
    expect(after.every((c) => c.finalAssessment)).toBe(true);
    expect(after.find((c) => c.id === commitments[0]!.id)!.finalAssessment).toEqual({ result: 'not-achieved', note: 'Chưa có báo cáo kết quả.' });
    const history = unwrap(await listHistory(db, TH));
    expect(history[0]!.action).toBe('close');
  });

  it('takes the agreement out of the overdue counts and the due dates', async () => {
    const db = await demo();
    const data = await db.transaction('r', [db.units, db.parties, db.agreements, db.commitments], () => readAllData(db));
    const before = buildDashboard(data, '2026-12-02', { province: 'thanh-hoa' });
    // Thanh Hóa–VNPT 2021-2025 has ended: its commitments read overdue or "period ended", none closed.
    expect(before.overall.counts['final-achieved']).toBe(0);
    expect(before.overall.counts.overdue + before.overall.counts['period-ended']).toBeGreaterThan(0);
    await closeThanhHoa(db);
    const closedData = await db.transaction('r', [db.units, db.parties, db.agreements, db.commitments], () => readAllData(db));
    const after = buildDashboard(closedData, '2026-12-02', { province: 'thanh-hoa' });
    const n = data.commitments.filter((c) => c.agreementId === TH).length;
    expect(after.overall.counts.overdue).toBe(0);
    expect(after.overall.counts['period-ended']).toBe(0);
    expect(after.overall.counts['final-not-achieved']).toBe(1);
    expect(after.overall.counts['carried-over']).toBe(1);
    expect(after.overall.counts['final-achieved']).toBe(n - 2);
    expect(after.tiles.overdue).toBe(0);
    expect(after.tiles.dueThisQuarter).toBe(0);
    expect(after.slippages).toEqual([]);
    // Replayed before the closing date, the quarter still reads as it did.
    const replay = buildDashboard(closedData, '2025-12-31', { province: 'thanh-hoa' });
    expect(replay.overall.counts['final-achieved']).toBe(0);
  });

  it('refuses when a commitment was added since the form was opened, and writes nothing', async () => {
    const db = await demo();
    const agreement = (await db.agreements.get(TH))!;
    const commitments = await db.commitments.where('agreementId').equals(TH).toArray();
    const results: ClosingDraft['results'] = {};
    commitments.slice(1).forEach((c) => (results[c.id] = { result: 'achieved', note: '' }));
    const { plan } = checkClosing(agreement, commitments.slice(1), { closedOn: '2026-01-15', documentNumber: '', note: '', results }, '2026-12-02');
    const result = await closeAgreement(db, TH, plan!, agreement.rev);
    expect(result.ok ? 'ok' : result.error.code).toBe('changed-elsewhere');
    expect((await db.agreements.get(TH))!.closing ?? null).toBeNull();
    expect((await db.commitments.where('agreementId').equals(TH).toArray()).some((c) => c.finalAssessment)).toBe(false);
  });

  it('reopening clears the closing and the assessments; the history keeps them', async () => {
    const db = await demo();
    const closed = unwrap((await closeThanhHoa(db)).result);
    const reopened = unwrap(await reopenAgreement(db, TH, closed.rev));
    expect(reopened.closing).toBeNull();
    expect((await db.commitments.where('agreementId').equals(TH).toArray()).some((c) => c.finalAssessment)).toBe(false);
    const history = unwrap(await listHistory(db, TH));
    expect(history.map((h) => h.action).slice(0, 2)).toEqual(['reopen', 'close']);
    expect(history[0]!.changes.find((c) => c.field === 'closing')?.before).toEqual({ closedOn: '2026-01-15', documentNumber: '12/BC-UBND', note: 'Tổng kết 5 năm.' });
  });
});
