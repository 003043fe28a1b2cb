/**
 * Hybrid logical clock (HLC) timestamps: the time of every change, comparable across laptops.
 *
 * A timestamp is a string `2026-12-02T06:14:03.123Z-0001-a1b2c3d4e5f60718`: the wall-clock time in
 * milliseconds (ISO 8601, UTC), a counter for changes within the same millisecond, and the id of the
 * device that made the change. Because every part has a fixed width, comparing two timestamps as
 * strings compares them as clocks, and two devices can never make the same timestamp.
 *
 * A device never issues a timestamp lower than one it has already issued or received (`tick`,
 * `receive`), so an edit made after importing a file is always later than everything in that file,
 * even when this laptop's clock is behind the other one's. A timestamp too far ahead of this
 * laptop's clock (MAX_CLOCK_AHEAD_MS) is refused on import: a laptop whose clock is wrong could
 * otherwise win every later exchange.
 *
 * After Actual Budget's `crdt/timestamp.ts` (same layout), written for this app's needs.
 */

export type Hlc = string;

export const HLC_PATTERN = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;

/** The device of changes made before clocks existed (format-1 files, older stored records). */
export const LEGACY_NODE = '0000000000000000';

/** How far ahead of this laptop's clock an imported change may be: one day. */
export const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

const MAX_COUNTER = 0xffff;

export interface HlcParts {
  millis: number;
  counter: number;
  node: string;
}

export function isHlc(value: unknown): value is Hlc {
  if (typeof value !== 'string') return false;
  const m = HLC_PATTERN.exec(value);
  if (!m) return false;
  const millis = Date.parse(m[1]!);
  // Date.parse accepts 30 February; the round trip does not.
  return !Number.isNaN(millis) && new Date(millis).toISOString() === m[1];
}

export function parseHlc(value: Hlc): HlcParts {
  const m = HLC_PATTERN.exec(value);
  if (!m) throw new Error(`not a clock value: ${value.slice(0, 80)}`);
  return { millis: Date.parse(m[1]!), counter: parseInt(m[2]!, 16), node: m[3]! };
}

export function formatHlc({ millis, counter, node }: HlcParts): Hlc {
  return `${new Date(millis).toISOString()}-${counter.toString(16).padStart(4, '0')}-${node}`;
}

/** A device id of 16 hex digits, made from any stable id (a UUID's first 16 hex digits). */
export function nodeFromDeviceId(deviceId: string): string {
  const hex = deviceId.toLowerCase().replace(/[^0-9a-f]/g, '');
  return (hex + '0'.repeat(16)).slice(0, 16);
}

/** The clock a change made before clocks existed is taken to have: its record's `updatedAt`. */
export function legacyHlc(updatedAt: string): Hlc {
  const millis = Date.parse(updatedAt);
  return formatHlc({ millis: Number.isNaN(millis) ? 0 : millis, counter: 0, node: LEGACY_NODE });
}

export const maxHlc = (a: Hlc, b: Hlc): Hlc => (a >= b ? a : b);

/** The next timestamp for a local change: later than `last` and not earlier than the wall clock. */
export function tick(last: Hlc | null, wallMillis: number, node: string): Hlc {
  const previous = last ? parseHlc(last) : { millis: 0, counter: 0, node };
  if (wallMillis > previous.millis) return formatHlc({ millis: wallMillis, counter: 0, node });
  if (previous.counter >= MAX_COUNTER) return formatHlc({ millis: previous.millis + 1, counter: 0, node });
  return formatHlc({ millis: previous.millis, counter: previous.counter + 1, node });
}

/** The device's clock after seeing `remote`: never behind anything it has seen. */
export function receive(last: Hlc | null, remote: Hlc): Hlc {
  return last === null || remote > last ? remote : last;
}

/** The physical time of a clock, as an ISO instant (for messages). */
export const hlcInstant = (value: Hlc): string => value.slice(0, 24);
export const hlcNode = (value: Hlc): string => value.slice(-16);

/**
 * A version vector: for each device, the latest of its changes known here. "Known" means this
 * laptop has it or something that replaced it, so a change ≤ vector[device] is not news.
 */
export type Vector = Record<string, Hlc>;

export function knows(vector: Vector, clock: Hlc): boolean {
  const node = hlcNode(clock);
  // A value from before clocks (format 1, the demo data) is common ground: every laptop is taken to
  // know it. So replacing it is an update, not a conflict, and a file of changes does not carry it.
  if (node === LEGACY_NODE) return true;
  const seen = vector[node];
  return seen !== undefined && seen >= clock;
}

export function addToVector(vector: Vector, clock: Hlc): void {
  const node = hlcNode(clock);
  if (node === LEGACY_NODE) return;
  const seen = vector[node];
  if (seen === undefined || clock > seen) vector[node] = clock;
}

export function mergeVectors(a: Vector, b: Vector): Vector {
  const out: Vector = { ...a };
  for (const clock of Object.values(b)) addToVector(out, clock);
  return out;
}

/** The devices whose changes `base` names but `mine` lacks (for an incremental file). */
export function missingFrom(mine: Vector, base: Vector): { node: string; needed: Hlc; have: Hlc | null }[] {
  return Object.entries(base)
    .filter(([node, clock]) => !(mine[node] !== undefined && mine[node]! >= clock))
    .map(([node, clock]) => ({ node, needed: clock, have: mine[node] ?? null }));
}
