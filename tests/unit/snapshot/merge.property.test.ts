/**
 * Properties of the merge rule, over random edits made on two laptops from the same base:
 * the order of imports does not matter, importing twice equals once, and no check-in is lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, type SnapshotData } from '../../../src/domain/snapshot/canonical';
import { compareVersions, loserKey, planMerge } from '../../../src/domain/snapshot/merge';
import { base, laptop, timeAt } from './edits';

const merged = (local: SnapshotData, incoming: SnapshotData) => planMerge(local, incoming).result;

describe('merge properties', () => {
  it('importing A then B gives the same data as B then A', () => {
    fc.assert(
      fc.property(laptop, laptop, (a, b) => {
        expect(canonicalJson(merged(merged(base, a), b))).toBe(canonicalJson(merged(merged(base, b), a)));
      }),
      { numRuns: 150 },
    );
  });

  it('importing the same file twice changes nothing the second time', () => {
    fc.assert(
      fc.property(laptop, laptop, (local, file) => {
        const first = planMerge(local, file);
        const once = first.result;
        // As the app does: the losers of the first import are in the conflict log.
        const logged = new Set(first.decisions.filter((d) => d.outcome === 'conflict').map((d) => loserKey(d.entity, d.loser)));
        const again = planMerge(once, file, { alreadyLost: (key) => logged.has(key) });
        expect(again.noChange).toBe(true);
        expect(canonicalJson(again.result)).toBe(canonicalJson(once));
        expect(again.writes).toEqual({ units: [], parties: [], agreements: [], commitments: [] });
        for (const counts of Object.values(again.counts)) expect(counts.new + counts.updated + counts.conflict).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every check-in either laptop wrote, at its greatest version', () => {
    fc.assert(
      fc.property(laptop, laptop, (a, b) => {
        const result = merged(merged(base, a), b);
        const stored = new Map(result.commitments.flatMap((c) => c.checkIns).map((x) => [x.id, x]));
        for (const x of [...a.commitments, ...b.commitments].flatMap((c) => c.checkIns)) {
          const kept = stored.get(x.id);
          expect(kept).toBeDefined();
          expect(compareVersions(kept!, x)).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('reports a conflict, and returns the loser, when both laptops changed a record at the same revision', () => {
    const a = structuredClone(base);
    const b = structuredClone(base);
    Object.assign(a.agreements[0]!, { title: 'Tên của máy A', rev: 2, updatedAt: timeAt(5) });
    Object.assign(b.agreements[0]!, { title: 'Tên của máy B', rev: 2, updatedAt: timeAt(9) });
    const plan = planMerge(a, b);
    expect(plan.counts.agreements.conflict).toBe(1);
    const [decision] = plan.decisions;
    expect(decision).toMatchObject({ entity: 'agreements', kept: 'incoming', reason: 'same-revision', differences: [{ path: 'title', local: 'Tên của máy A', incoming: 'Tên của máy B' }] });
    expect((decision!.loser as { title: string }).title).toBe('Tên của máy A');
  });

  it('counts an update when the file holds a later revision', () => {
    const file = structuredClone(base);
    Object.assign(file.commitments[0]!, { title: 'Đã sửa', rev: 2, updatedAt: timeAt(1) });
    const plan = planMerge(base, file);
    expect(plan.counts.commitments).toMatchObject({ updated: 1, conflict: 0, unchanged: base.commitments.length - 1 });
    expect(plan.writes.commitments.map((c) => c.title)).toEqual(['Đã sửa']);
  });

  it('decides a commitment by its own fields, so a re-import cannot flip the decision (regression)', () => {
    // Found by the idempotence property: the tie-break once included the check-in lists, which the
    // first import changes, so importing the same file again picked the other title.
    const at = timeAt(2);
    const checkIn = (id: string, value: number) => ({ id, createdAt: at, updatedAt: at, rev: 1, asOf: '2026-06-30', value, done: null, qualifier: null, narrative: '', evidence: [], reportedBy: '', enteredAt: at, sample: false });
    const local = structuredClone(base);
    const file = structuredClone(base);
    Object.assign(local.commitments[0]!, { title: '>3', rev: 2, updatedAt: at, checkIns: [checkIn('ci-b', 58)] });
    Object.assign(file.commitments[0]!, { rev: 2, updatedAt: at, checkIns: [checkIn('ci-a', 35)] });
    const first = planMerge(local, file);
    const logged = new Set(first.decisions.filter((d) => d.outcome === 'conflict').map((d) => loserKey(d.entity, d.loser)));
    const again = planMerge(first.result, file, { alreadyLost: (key) => logged.has(key) });
    expect(again.noChange).toBe(true);
    expect(first.result.commitments[0]!.checkIns.map((x) => x.id)).toEqual(['ci-a', 'ci-b']);
  });
});
