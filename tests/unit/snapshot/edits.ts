/** Random edits made on a laptop, from the demo data as the common base (for property tests). */
import fc from 'fast-check';
import { buildDemoData } from '../../../src/data/demo/demoData';
import { canonicalData, type SnapshotData } from '../../../src/domain/snapshot/canonical';

export const base = canonicalData(buildDemoData());

type Edit =
  | { kind: 'retitle-agreement'; index: number; title: string; bump: number; minute: number }
  | { kind: 'retitle-commitment'; index: number; title: string; bump: number; minute: number }
  | { kind: 'check-in'; index: number; slot: number; value: number; minute: number; bump: number };

export const timeAt = (minute: number) => new Date(Date.UTC(2026, 10, 22, 0, minute)).toISOString();

/** Valid titles: the schema trims and refuses blank ones. */
const titleArb = fc.string({ minLength: 1, maxLength: 12 }).map((t) => t.trim()).filter((t) => t.length > 0);

export const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('retitle-agreement' as const), index: fc.nat(4), title: titleArb, bump: fc.integer({ min: 0, max: 2 }), minute: fc.nat(2) }),
  fc.record({ kind: fc.constant('retitle-commitment' as const), index: fc.nat(52), title: titleArb, bump: fc.integer({ min: 0, max: 2 }), minute: fc.nat(2) }),
  // A small pool of check-in ids, so both laptops sometimes write "the same" check-in differently.
  fc.record({ kind: fc.constant('check-in' as const), index: fc.nat(52), slot: fc.nat(3), value: fc.integer({ min: 0, max: 100 }), minute: fc.nat(2), bump: fc.integer({ min: 0, max: 1 }) }),
);

/** One laptop's edits on a copy of the base, raising revisions the way the app does. */
export function edited(edits: Edit[]): SnapshotData {
  const data = structuredClone(base);
  for (const e of edits) {
    if (e.kind === 'retitle-agreement') {
      const a = data.agreements[e.index % data.agreements.length]!;
      Object.assign(a, { title: e.title, rev: a.rev + e.bump, updatedAt: timeAt(e.minute) });
    } else if (e.kind === 'retitle-commitment') {
      const c = data.commitments[e.index % data.commitments.length]!;
      Object.assign(c, { title: e.title, rev: c.rev + e.bump, updatedAt: timeAt(e.minute) });
    } else {
      const c = data.commitments[e.index % data.commitments.length]!;
      const id = `ci-${c.id}-${e.slot}`;
      const existing = c.checkIns.find((x) => x.id === id);
      const at = timeAt(e.minute);
      const checkIn = {
        id,
        createdAt: existing?.createdAt ?? at,
        updatedAt: at,
        rev: (existing?.rev ?? 0) + 1 + e.bump,
        asOf: '2026-06-30',
        // The form's range for the kind (domain/recordRules.ts): a rank starts at 1.
        value: c.kind === 'rank' ? Math.max(1, e.value) : e.value,
        done: null,
        qualifier: null,
        narrative: '',
        evidence: [],
        reportedBy: '',
        enteredAt: at,
        sample: false,
      };
      c.checkIns = existing ? c.checkIns.map((x) => (x.id === id ? checkIn : x)) : [...c.checkIns, checkIn];
      Object.assign(c, { rev: c.rev + 1, updatedAt: at });
    }
  }
  return canonicalData(data);
}


/** One laptop's data after a random list of edits. */
export const laptop = fc.array(editArb, { maxLength: 12 }).map(edited);
