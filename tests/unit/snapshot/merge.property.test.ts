/**
 * Model-based properties of the exchange (domain/snapshot/merge.ts), over random schedules of
 * edits, deletions, restores and file exchanges among three laptops that start from the same data
 * and whose wall clocks disagree by up to five seconds.
 *
 * Beside the laptops, the test keeps a model of what users did, written without the merge: for
 * each field, the latest edit by clock; for each record, its latest deletion and latest restore.
 * After every laptop has sent a file to every other (twice round), the laptops must hold the same
 * data, and that data must be what the model says:
 * - a newer edit of a field is never lost to an older one;
 * - a deletion is never undone by an exchange (only by a restore dated after it);
 * - a check-in added anywhere survives unless it was deleted.
 * Along the way: importing the same file again changes nothing, and the order of two imports does
 * not matter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Agreement, CheckIn, Commitment } from '../../../src/domain/model';
import { canonicalJson } from '../../../src/domain/snapshot/canonical';
import { planMerge, type DeletionMarker, type Incoming, type Replica } from '../../../src/domain/snapshot/merge';
import { markAlive, stamp, withCompleteClocks } from '../../../src/domain/sync/clocks';
import { addToVector, mergeVectors, receive, tick, type Hlc, type Vector } from '../../../src/domain/sync/hlc';
import { base as demo } from './edits';

const NODES = ['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb', 'cccccccccccccccc'] as const;
const START = Date.UTC(2026, 11, 2, 8, 0);
/** Two agreements of the demo and their commitments (kept small, so that many schedules run). */
const AGREEMENTS = demo.agreements.slice(0, 2).map((a) => a.id);
const base = { ...demo, agreements: demo.agreements.filter((a) => AGREEMENTS.includes(a.id)), commitments: demo.commitments.filter((c) => AGREEMENTS.includes(c.agreementId)) };
/** Only a few records are touched, so that laptops often meet on the same one. */
const COMMITMENTS = base.commitments.slice(0, 4).map((c) => c.id);

interface Laptop extends Replica {
  node: string;
  clock: Hlc | null;
  skew: number;
  made: number;
}

type Action =
  | { kind: 'edit-commitment'; on: number; record: number; field: 'title' | 'targetNote'; value: string }
  | { kind: 'edit-agreement'; on: number; record: number; value: string }
  | { kind: 'add-check-in'; on: number; record: number; value: number }
  | { kind: 'edit-check-in'; on: number; pick: number; value: number }
  | { kind: 'delete-check-in'; on: number; pick: number }
  | { kind: 'delete-commitment'; on: number; record: number }
  | { kind: 'restore-commitment'; on: number; record: number }
  | { kind: 'exchange'; from: number; to: number };

const on = fc.nat(2);
const word = fc.constantFrom('Một', 'Hai', 'Ba', 'Bốn', 'Năm');
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit-commitment' as const), on, record: fc.nat(3), field: fc.constantFrom('title' as const, 'targetNote' as const), value: word }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('edit-agreement' as const), on, record: fc.nat(1), value: word }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add-check-in' as const), on, record: fc.nat(3), value: fc.nat(100) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('edit-check-in' as const), on, pick: fc.nat(20), value: fc.nat(100) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-check-in' as const), on, pick: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-commitment' as const), on, record: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restore-commitment' as const), on, record: fc.nat(3) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('exchange' as const), from: on, to: on }) },
);
const scheduleArb = fc.record({ skews: fc.tuple(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 })), actions: fc.array(actionArb, { maxLength: 40 }) });

/** What users did, by clock, kept apart from the laptops. */
class Model {
  readonly fields = new Map<string, { at: Hlc; value: unknown }>();
  readonly deleted = new Map<string, Hlc>();
  readonly restored = new Map<string, Hlc>();
  /** Check-in id → its commitment (the base's check-ins too). */
  readonly checkIns = new Map<string, string>(base.commitments.flatMap((c) => c.checkIns.map((x) => [x.id, c.id] as const)));

  edit(key: string, at: Hlc, value: unknown) {
    const known = this.fields.get(key);
    if (!known || known.at < at) this.fields.set(key, { at, value });
  }
  mark(map: Map<string, Hlc>, id: string, at: Hlc) {
    if ((map.get(id) ?? '') < at) map.set(id, at);
  }
  alive(id: string): boolean {
    const deletedAt = this.deleted.get(id);
    return deletedAt === undefined || (this.restored.get(id) ?? '') > deletedAt;
  }
}

function newLaptop(index: number, skew: number): Laptop {
  return { node: NODES[index]!, clock: null, skew, made: 0, data: structuredClone(base), trashed: { agreements: [], commitments: [] }, markers: [], vector: {} };
}

/** A local change: the laptop's next clock (its wall clock is off by its skew). */
function change(l: Laptop, step: number): Hlc {
  l.clock = tick(l.clock, START + step * 1000 + l.skew, l.node);
  addToVector(l.vector, l.clock);
  return l.clock;
}

/** A full file, as exportSnapshot writes it: live records, the trash's records, the deletion markers. */
const fileOf = (l: Laptop): Incoming => ({
  data: structuredClone({ ...l.data, agreements: [...l.data.agreements, ...l.trashed.agreements], commitments: [...l.data.commitments, ...l.trashed.commitments] }),
  deletions: structuredClone(l.markers),
  vector: { ...l.vector },
});
const replicaOf = (l: Laptop): Replica => ({ data: l.data, trashed: l.trashed, markers: l.markers, vector: l.vector });

function receiveFile(l: Laptop, file: Incoming): void {
  const plan = planMerge(replicaOf(l), file);
  l.data = plan.result.data;
  l.trashed = plan.result.trashed;
  l.markers = plan.result.markers;
  const seen: Vector = { ...file.vector };
  l.vector = mergeVectors(l.vector, seen);
  for (const c of Object.values(seen)) l.clock = receive(l.clock, c);
}

function replaceCommitment(l: Laptop, next: Commitment): void {
  l.data = { ...l.data, commitments: l.data.commitments.map((c) => (c.id === next.id ? next : c)) };
}

function liveCheckIns(l: Laptop): { commitment: Commitment; checkIn: CheckIn }[] {
  return l.data.commitments.flatMap((commitment) => commitment.checkIns.map((checkIn) => ({ commitment, checkIn })));
}

function run(action: Action, laptops: Laptop[], model: Model, step: number): void {
  if (action.kind === 'exchange') {
    if (action.from !== action.to) receiveFile(laptops[action.to]!, fileOf(laptops[action.from]!));
    return;
  }
  const l = laptops[action.on]!;
  switch (action.kind) {
    case 'edit-commitment': {
      const c = l.data.commitments.find((x) => x.id === COMMITMENTS[action.record]);
      if (!c || c[action.field] === action.value) return; // saving an unchanged form is no change
      const at = change(l, step);
      replaceCommitment(l, stamp(c, { ...c, [action.field]: action.value, updatedAt: at.slice(0, 24) }, at));
      model.edit(`${c.id}.${action.field}`, at, action.value);
      return;
    }
    case 'edit-agreement': {
      const a = l.data.agreements.find((x) => x.id === AGREEMENTS[action.record]);
      if (!a || a.title === action.value) return;
      const at = change(l, step);
      l.data = { ...l.data, agreements: l.data.agreements.map((x) => (x.id === a.id ? stamp(a, { ...a, title: action.value, updatedAt: at.slice(0, 24) }, at) : x)) };
      model.edit(`${a.id}.title`, at, action.value);
      return;
    }
    case 'add-check-in': {
      const c = l.data.commitments.find((x) => x.id === COMMITMENTS[action.record]);
      if (!c) return;
      const at = change(l, step);
      const id = `ci-${l.node.slice(0, 1)}-${++l.made}`;
      const checkIn: CheckIn = { id, createdAt: at.slice(0, 24), updatedAt: at.slice(0, 24), rev: 1, asOf: '2026-06-30', value: action.value, done: null, qualifier: null, narrative: '', evidence: [], reportedBy: '', enteredAt: at.slice(0, 24), sample: false };
      replaceCommitment(l, stamp(c, { ...c, checkIns: [...c.checkIns, checkIn] }, at));
      model.checkIns.set(id, c.id);
      model.edit(`${id}.value`, at, action.value);
      return;
    }
    case 'edit-check-in': {
      const all = liveCheckIns(l);
      const found = all[action.pick % Math.max(1, all.length)];
      if (!found || found.checkIn.value === action.value) return;
      const at = change(l, step);
      const { commitment, checkIn } = found;
      replaceCommitment(l, stamp(commitment, { ...commitment, checkIns: commitment.checkIns.map((x) => (x.id === checkIn.id ? { ...x, value: action.value, updatedAt: at.slice(0, 24) } : x)) }, at));
      model.edit(`${checkIn.id}.value`, at, action.value);
      return;
    }
    case 'delete-check-in': {
      const all = liveCheckIns(l);
      const found = all[action.pick % Math.max(1, all.length)];
      if (!found) return;
      const at = change(l, step);
      const { commitment, checkIn } = found;
      replaceCommitment(l, { ...commitment, checkIns: commitment.checkIns.filter((x) => x.id !== checkIn.id) });
      l.markers = upsertMarker(l.markers, { entity: 'checkIns', id: checkIn.id, parentId: commitment.id, at, by: l.node, label: checkIn.id });
      model.mark(model.deleted, checkIn.id, at);
      return;
    }
    case 'delete-commitment': {
      const c = l.data.commitments.find((x) => x.id === COMMITMENTS[action.record]);
      if (!c) return;
      const at = change(l, step);
      l.data = { ...l.data, commitments: l.data.commitments.filter((x) => x.id !== c.id) };
      l.trashed = { ...l.trashed, commitments: [...l.trashed.commitments, c] };
      l.markers = upsertMarker(l.markers, { entity: 'commitments', id: c.id, parentId: c.agreementId, at, by: l.node, label: c.title });
      model.mark(model.deleted, c.id, at);
      return;
    }
    case 'restore-commitment': {
      const c = l.trashed.commitments.find((x) => x.id === COMMITMENTS[action.record]);
      if (!c) return;
      const at = change(l, step);
      l.trashed = { ...l.trashed, commitments: l.trashed.commitments.filter((x) => x.id !== c.id) };
      l.data = { ...l.data, commitments: [...l.data.commitments, markAlive(c, at)] };
      model.mark(model.restored, c.id, at);
      return;
    }
  }
}

function upsertMarker(markers: DeletionMarker[], m: DeletionMarker): DeletionMarker[] {
  return [...markers.filter((x) => !(x.entity === m.entity && x.id === m.id)), m];
}

/**
 * The state two laptops must agree on: live data, trash and deletion markers. `rev` is each
 * laptop's own bookkeeping (how often it wrote the record, for its open forms); a
 * clock never written means the record's legacy time, so clocks are compared spelled out, as an
 * export writes them.
 */
const state = (l: Laptop) => {
  const spelled = <T extends Commitment | Agreement>(list: T[]) => list.map((r) => withCompleteClocks(r));
  const data = { ...l.data, agreements: spelled(l.data.agreements), commitments: spelled(l.data.commitments) };
  const trashed = { agreements: spelled(l.trashed.agreements), commitments: spelled(l.trashed.commitments) };
  return canonicalJson({ data, trashed, markers: [...l.markers].sort((a, b) => (a.id < b.id ? -1 : 1)) }, (key) => key !== 'rev');
};

function everyoneExchanges(laptops: Laptop[]): void {
  for (let round = 0; round < 2; round++) for (const from of [0, 1, 2]) for (const to of [0, 1, 2]) if (from !== to) receiveFile(laptops[to]!, fileOf(laptops[from]!));
}

describe('exchange among three laptops (model-based)', () => {
  it('all converge to the same data, which keeps every latest edit, every deletion not restored later, and every check-in not deleted', () => {
    fc.assert(
      fc.property(scheduleArb, ({ skews, actions }) => {
        const laptops = skews.map((s, i) => newLaptop(i, s));
        const model = new Model();
        actions.forEach((a, step) => run(a, laptops, model, step));
        everyoneExchanges(laptops);

        const [a, b, c] = laptops.map(state);
        expect(b).toBe(a);
        expect(c).toBe(a);

        const l = laptops[0]!;
        const commitments = new Map([...l.data.commitments, ...l.trashed.commitments].map((x) => [x.id, x]));
        const live = new Set(l.data.commitments.map((x) => x.id));
        for (const id of COMMITMENTS) expect(live.has(id), `commitment ${id} alive`).toBe(model.alive(id));
        for (const [key, { value }] of model.fields) {
          const [id, field] = key.split('.') as [string, string];
          if (model.checkIns.has(id)) {
            const parent = commitments.get(model.checkIns.get(id)!)!;
            const checkIn = parent.checkIns.find((x) => x.id === id);
            if (model.alive(id)) expect(checkIn?.value, `check-in ${id}`).toBe(value);
            else expect(checkIn, `deleted check-in ${id}`).toBeUndefined();
          } else {
            const record = commitments.get(id) ?? l.data.agreements.find((x) => x.id === id);
            expect((record as unknown as Record<string, unknown>)[field], key).toBe(value);
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('importing the same file again changes nothing', () => {
    fc.assert(
      fc.property(scheduleArb, fc.nat(2), fc.nat(2), ({ skews, actions }, from, to) => {
        fc.pre(from !== to);
        const laptops = skews.map((s, i) => newLaptop(i, s));
        const model = new Model();
        actions.forEach((a, step) => run(a, laptops, model, step));
        const file = fileOf(laptops[from]!);
        receiveFile(laptops[to]!, file);
        expect(planMerge(replicaOf(laptops[to]!), file).noChange).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('the order of two imports does not matter', () => {
    fc.assert(
      fc.property(scheduleArb, ({ skews, actions }) => {
        const laptops = skews.map((s, i) => newLaptop(i, s));
        const model = new Model();
        actions.forEach((a, step) => run(a, laptops, model, step));
        const [x, y] = [fileOf(laptops[0]!), fileOf(laptops[1]!)];
        const one = structuredClone(laptops[2]!);
        const two = structuredClone(laptops[2]!);
        receiveFile(one, x);
        receiveFile(one, y);
        receiveFile(two, y);
        receiveFile(two, x);
        expect(state(one)).toBe(state(two));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
