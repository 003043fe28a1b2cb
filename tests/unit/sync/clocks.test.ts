/**
 * Worked cases for the hybrid logical clock, field stamping and the per-field merge, with every
 * expected value written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { mergeFields } from '../../../src/domain/snapshot/merge';
import { markAlive, stamp } from '../../../src/domain/sync/clocks';
import { knows, legacyHlc, missingFrom, receive, tick } from '../../../src/domain/sync/hlc';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const at = (iso: string) => Date.parse(iso);

describe('hybrid logical clock', () => {
  it('follows the wall clock, counts within a millisecond, and never goes back', () => {
    const first = tick(null, at('2026-12-02T08:00:00.000Z'), A);
    expect(first).toBe('2026-12-02T08:00:00.000Z-0000-aaaaaaaaaaaaaaaa');
    const same = tick(first, at('2026-12-02T08:00:00.000Z'), A);
    expect(same).toBe('2026-12-02T08:00:00.000Z-0001-aaaaaaaaaaaaaaaa');
    // The wall clock was set back a minute: the clock keeps its time and counts.
    expect(tick(same, at('2026-12-02T07:59:00.000Z'), A)).toBe('2026-12-02T08:00:00.000Z-0002-aaaaaaaaaaaaaaaa');
  });

  it('after reading a later clock from another laptop, its next change is later than it', () => {
    const mine = '2026-12-02T08:00:00.000Z-0000-aaaaaaaaaaaaaaaa';
    const theirs = '2026-12-02T09:00:00.000Z-0003-bbbbbbbbbbbbbbbb';
    const seen = receive(mine, theirs);
    expect(seen).toBe(theirs);
    const next = tick(seen, at('2026-12-02T08:00:01.000Z'), A);
    expect(next).toBe('2026-12-02T09:00:00.000Z-0004-aaaaaaaaaaaaaaaa');
    expect(next > theirs).toBe(true);
  });

  it('a vector knows a device\'s changes up to its entry; values from before clocks are known to all', () => {
    const vector = { [B]: '2026-12-02T09:00:00.000Z-0003-bbbbbbbbbbbbbbbb' };
    expect(knows(vector, '2026-12-02T08:00:00.000Z-0000-bbbbbbbbbbbbbbbb')).toBe(true);
    expect(knows(vector, '2026-12-02T09:00:00.000Z-0004-bbbbbbbbbbbbbbbb')).toBe(false);
    expect(knows(vector, '2026-12-02T08:00:00.000Z-0000-aaaaaaaaaaaaaaaa')).toBe(false);
    expect(knows({}, legacyHlc('2026-11-01T00:00:00.000Z'))).toBe(true);
    expect(legacyHlc('2026-11-01T00:00:00.000Z')).toBe('2026-11-01T00:00:00.000Z-0000-0000000000000000');
    expect(missingFrom({ [B]: '2026-12-02T08:00:00.000Z-0000-bbbbbbbbbbbbbbbb' }, vector)).toEqual([{ node: B, needed: vector[B], have: '2026-12-02T08:00:00.000Z-0000-bbbbbbbbbbbbbbbb' }]);
  });
});

interface Report {
  id: string;
  updatedAt: string;
  value: number;
  clock?: Record<string, string>;
}
interface Record_ {
  id: string;
  updatedAt: string;
  title: string;
  target: number;
  milestones: { year: number; value: number }[];
  checkIns: Report[];
  revisions: Report[];
  clock?: Record<string, string>;
}

describe('stamping a change', () => {
  const base: Record_ = {
    id: 'c1',
    updatedAt: '2026-11-01T00:00:00.000Z',
    title: 'Phủ sóng 5G',
    target: 80,
    milestones: [{ year: 2026, value: 50 }],
    checkIns: [{ id: 'r1', updatedAt: '2026-11-01T00:00:00.000Z', value: 40 }],
    revisions: [],
  };
  const legacy = '2026-11-01T00:00:00.000Z-0000-0000000000000000';
  const t1 = '2026-12-02T08:00:00.000Z-0000-aaaaaaaaaaaaaaaa';

  it('stamps only the fields that changed; the others keep their time', () => {
    const after = stamp(base, { ...base, title: 'Phủ sóng 5G toàn tỉnh', milestones: [{ year: 2026, value: 50 }, { year: 2027, value: 70 }] }, t1);
    expect(after.clock).toEqual({ title: t1, target: legacy, milestones: legacy, 'milestones.2026': legacy, 'milestones.2027': t1 });
    // The check-in did not change: its field keeps its time (spelled out as its updatedAt, before clocks).
    expect(after.checkIns[0]).toEqual({ ...base.checkIns[0], clock: { value: legacy } });
  });

  it('a changed check-in is stamped on its own field only', () => {
    const after = stamp(base, { ...base, checkIns: [{ ...base.checkIns[0]!, value: 45 }] }, t1);
    expect(after.checkIns[0]!.clock).toEqual({ value: t1 });
    expect(after.clock).toEqual({ title: legacy, target: legacy, milestones: legacy, 'milestones.2026': legacy });
  });

  it('a restore is recorded as $alive', () => {
    expect(markAlive<{ id: string; updatedAt: string; clock?: Record<string, string> }>({ id: 'c1', updatedAt: base.updatedAt }, t1).clock).toEqual({ $alive: t1 });
  });
});

describe('merging one record field by field', () => {
  const legacy = '2026-11-01T00:00:00.000Z-0000-0000000000000000';
  const record = { id: 'c1', updatedAt: '2026-11-01T00:00:00.000Z', title: 'Phủ sóng 5G', targetNote: '' };
  const tA = '2026-12-02T08:00:00.000Z-0000-aaaaaaaaaaaaaaaa';
  const tB = '2026-12-02T09:00:00.000Z-0000-bbbbbbbbbbbbbbbb';

  it('A changed the title, B the note: both survive, and nothing is a conflict', () => {
    const onA = { ...record, title: 'Tên của A', clock: { title: tA, targetNote: legacy } };
    const onB = { ...record, targetNote: 'Ghi chú của B', clock: { title: legacy, targetNote: tB } };
    const { merged, fields } = mergeFields(onA, onB, { [A]: tA }, { [B]: tB });
    expect(merged).toMatchObject({ title: 'Tên của A', targetNote: 'Ghi chú của B', clock: { title: tA, targetNote: tB } });
    expect(fields).toEqual([{ slot: 'targetNote', local: '', incoming: 'Ghi chú của B', localClock: legacy, incomingClock: tB, kept: 'incoming', concurrent: false }]);
  });

  it('both changed the title unaware of each other: the later wins, and it is a conflict', () => {
    const onA = { ...record, title: 'Tên của A', clock: { title: tA } };
    const onB = { ...record, title: 'Tên của B', clock: { title: tB } };
    const { merged, fields } = mergeFields(onA, onB, { [A]: tA }, { [B]: tB });
    expect(merged.title).toBe('Tên của B');
    expect(fields).toEqual([{ slot: 'title', local: 'Tên của A', incoming: 'Tên của B', localClock: tA, incomingClock: tB, kept: 'incoming', concurrent: true }]);
  });

  it('B changed the title after seeing A\'s change: an update, not a conflict', () => {
    const onA = { ...record, title: 'Tên của A', clock: { title: tA } };
    const onB = { ...record, title: 'Tên của B', clock: { title: tB } };
    const { fields } = mergeFields(onA, onB, { [A]: tA }, { [A]: tA, [B]: tB });
    expect(fields[0]).toMatchObject({ slot: 'title', kept: 'incoming', concurrent: false });
  });

  it('three edits in the morning lose to one in the afternoon, whatever the edit counts', () => {
    const morning = { ...record, rev: 4, title: 'Sáng lần 3', clock: { title: '2026-12-02T08:03:00.000Z-0000-aaaaaaaaaaaaaaaa' } };
    const afternoon = { ...record, rev: 2, title: 'Chiều', clock: { title: '2026-12-02T14:00:00.000Z-0000-bbbbbbbbbbbbbbbb' } };
    expect(mergeFields(morning, afternoon, {}, {}).merged.title).toBe('Chiều');
    expect(mergeFields(afternoon, morning, {}, {}).merged.title).toBe('Chiều');
  });
});

describe('counting what an import does', () => {
  it('a record the file deletes counts once, as going to the trash, not also as unchanged', async () => {
    const { planMerge } = await import('../../../src/domain/snapshot/merge');
    const { base } = await import('../snapshot/edits');
    const victim = base.commitments[0]!;
    const at = '2026-12-02T10:00:00.000Z-0000-bbbbbbbbbbbbbbbb';
    const plan = planMerge(
      { data: base, trashed: { agreements: [], commitments: [] }, markers: [], vector: {} },
      { data: base, deletions: [{ entity: 'commitments', id: victim.id, parentId: victim.agreementId, at, by: 'Minh', label: victim.title }], vector: { [B]: at } },
    );
    expect(plan.counts.commitments).toEqual({ new: 0, updated: 0, unchanged: base.commitments.length - 1, conflict: 0, deleted: 1, restored: 0 });
    expect(plan.result.trashed.commitments.map((c) => c.id)).toEqual([victim.id]);
  });
});
