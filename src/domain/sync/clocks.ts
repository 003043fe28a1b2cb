/**
 * Field clocks: every stored record carries, in `clock`, the HLC timestamp of the last change of
 * each of its fields. Merging two copies of a record keeps, field by field, the value with the
 * later clock (see domain/snapshot/merge.ts), so edits of different fields on different laptops
 * both survive.
 *
 * The unit of merging is a "slot": a top-level field of the record, except that a commitment's
 * yearly milestones are one slot per year (`milestones.2026`), and check-ins and target revisions
 * are records of their own with their own clocks. The slot `$alive` holds the time the record was
 * last restored from the trash: a deletion wins only if it is later than that.
 *
 * A record written before clocks existed has none; each of its slots is taken to have changed at
 * the record's `updatedAt`, by no device in particular (LEGACY_NODE).
 */
import { deepEqual } from '../snapshot/canonical';
import { legacyHlc, type Hlc } from './hlc';

export type Clock = Record<string, Hlc>;

export interface Clocked {
  id: string;
  updatedAt: string;
  rev?: number;
  clock?: Clock;
}

/** Kept per record but never merged as data: identity, bookkeeping and the embedded lists. */
export const NOT_SLOTS = new Set(['id', 'createdAt', 'updatedAt', 'rev', 'clock', 'checkIns', 'revisions']);
export const ALIVE_SLOT = '$alive';
const MILESTONES = 'milestones';

/** The record's data as slots: field → value (milestones split by year). */
export function slotsOf(record: object): Map<string, unknown> {
  const slots = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    if (NOT_SLOTS.has(key)) continue;
    if (key === MILESTONES && Array.isArray(value)) {
      for (const m of value as { year: number; value: number }[]) slots.set(`${MILESTONES}.${m.year}`, m.value);
      // An empty list still needs a slot so that the field exists; years carry the data.
      slots.set(MILESTONES, null);
    } else slots.set(key, value);
  }
  return slots;
}

/** Puts slots back into a record shape (milestones re-assembled in year order). */
export function fromSlots<T extends object>(bookkeeping: Partial<T>, slots: Map<string, unknown>): T {
  const out: Record<string, unknown> = { ...bookkeeping };
  const milestones: { year: number; value: number }[] = [];
  let hasMilestones = false;
  for (const [key, value] of slots) {
    if (key === MILESTONES) hasMilestones = true;
    else if (key.startsWith(`${MILESTONES}.`)) {
      hasMilestones = true;
      if (value !== undefined) milestones.push({ year: Number(key.slice(MILESTONES.length + 1)), value: value as number });
    } else if (value !== undefined) out[key] = value;
  }
  if (hasMilestones) out[MILESTONES] = milestones.sort((a, b) => a.year - b.year);
  return out as T;
}

/** When a slot last changed. A slot never written has the record's legacy time. */
export function clockOf(record: Clocked, slot: string): Hlc {
  return record.clock?.[slot] ?? legacyHlc(record.updatedAt);
}

/** When the record was last restored; '' (earlier than any deletion) when never. */
export function aliveClockOf(record: Clocked): Hlc {
  return record.clock?.[ALIVE_SLOT] ?? '';
}

/** Every clock a record holds, its embedded check-ins' and revisions' included. */
export function allClocks(record: Clocked & { checkIns?: Clocked[]; revisions?: Clocked[] }): Hlc[] {
  const own = Object.values(record.clock ?? {});
  for (const list of [record.checkIns, record.revisions]) for (const child of list ?? []) own.push(...Object.values(child.clock ?? {}));
  return own;
}

/** The clock map with a slot for every field, legacy times filling the ones never stamped. */
export function completeClock(record: Clocked): Clock {
  const clock: Clock = { ...(record.clock ?? {}) };
  for (const slot of slotsOf(record).keys()) clock[slot] ??= legacyHlc(record.updatedAt);
  return clock;
}

type Nested = Clocked & { checkIns?: Clocked[]; revisions?: Clocked[] };

/**
 * Stamps a change: `after` gets a clock in which every slot that differs from `before` (or every
 * slot, for a new record) is `at`; the other slots keep their clock. Embedded check-ins and
 * revisions are stamped the same way, each against its own earlier version.
 */
export function stamp<T extends Nested>(before: T | null | undefined, after: T, at: Hlc): T {
  const clock: Clock = before ? completeClock(before) : {};
  const was = before ? slotsOf(before) : new Map<string, unknown>();
  const now = slotsOf(after);
  for (const slot of new Set([...was.keys(), ...now.keys()])) {
    if (!before || !deepEqual(was.get(slot), now.get(slot))) clock[slot] = at;
  }
  const out = { ...after, clock } as T;
  for (const list of ['checkIns', 'revisions'] as const) {
    const items = after[list];
    if (!items) continue;
    const previous = new Map((before?.[list] ?? []).map((x) => [x.id, x]));
    (out as Nested)[list] = items.map((item) => {
      const old = previous.get(item.id);
      if (old && deepEqual(old, item) && old.clock) return item;
      // Same data, only bookkeeping differs: the clocks stay. (Maps compared as entries: deepEqual sees no keys in a Map.)
      if (old && deepEqual(Object.fromEntries(slotsOf(old)), Object.fromEntries(slotsOf(item)))) return { ...item, clock: completeClock(old) };
      return stamp(old ?? null, item, at);
    });
  }
  return out;
}

/** Marks a record restored at `at` (a restore is a change, later than the deletion it undoes). */
export function markAlive<T extends Clocked>(record: T, at: Hlc): T {
  // Slots never stamped keep their legacy time (clockOf), so only $alive needs writing.
  return { ...record, clock: { ...(record.clock ?? {}), [ALIVE_SLOT]: at } };
}

/** A record as it travels in a format-2 file: a clock for every slot, its check-ins' and revisions' too. */
export function withCompleteClocks<T extends Nested>(record: T): T {
  const out = { ...record, clock: completeClock(record) } as T;
  for (const list of ['checkIns', 'revisions'] as const) {
    const items = record[list];
    if (items) (out as Nested)[list] = items.map((item) => ({ ...item, clock: completeClock(item) }));
  }
  return out;
}

/** A record as a format-2 file carries it: a `clock` on it and on each check-in and revision ({} when none). */
export function withClockField<T extends Nested>(record: T): T {
  const out = record.clock ? { ...record } : { ...record, clock: {} };
  for (const list of ['checkIns', 'revisions'] as const) {
    const items = record[list];
    if (items && items.some((x) => !x.clock)) (out as Nested)[list] = items.map((item) => (item.clock ? item : { ...item, clock: {} }));
  }
  return out;
}
