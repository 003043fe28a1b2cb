/**
 * Canonical forms, so that two equal data sets are equal byte for byte and a merge decides the same
 * way on every laptop: JSON with sorted keys, and every list in a fixed order.
 */
import type { AdminUnit, Agreement, CheckIn, Commitment, Party, TargetRevision } from '../model';

export interface SnapshotData {
  units: AdminUnit[];
  parties: Party[];
  agreements: Agreement[];
  commitments: Commitment[];
}

export const ENTITY_KINDS = ['units', 'parties', 'agreements', 'commitments'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** JSON with object keys sorted at every level; `keep` can leave keys out (e.g. bookkeeping). */
export function canonicalJson(value: unknown, keep?: (key: string) => boolean): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) if (!keep || keep(k)) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

/** Structural equality of JSON-like values (key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
const byAsOf = (x: CheckIn, y: CheckIn) => (x.asOf < y.asOf ? -1 : x.asOf > y.asOf ? 1 : byId(x, y));
const byDecidedOn = (x: TargetRevision, y: TargetRevision) => (x.decidedOn < y.decidedOn ? -1 : x.decidedOn > y.decidedOn ? 1 : byId(x, y));

export function canonicalCommitment(c: Commitment): Commitment {
  return { ...c, checkIns: [...c.checkIns].sort(byAsOf), revisions: [...c.revisions].sort(byDecidedOn) };
}

/** Every list sorted: records by id, check-ins by date, revisions by decision date. */
export function canonicalData(data: SnapshotData): SnapshotData {
  return {
    units: [...data.units].sort(byId),
    parties: [...data.parties].sort(byId),
    agreements: [...data.agreements].sort(byId),
    commitments: data.commitments.map(canonicalCommitment).sort(byId),
  };
}
