/**
 * Merging a snapshot into what is stored, as a pure function.
 *
 * The rule, the same on every laptop: of two versions of a record (same id), the one with the
 * higher `rev` wins; at equal `rev`, the later `updatedAt`; at equal time, the one whose canonical
 * JSON sorts last. That is a total order, so the stored result is always the greatest version ever
 * seen: importing A then B equals B then A, and importing a file twice changes nothing the second
 * time. Check-ins and target revisions are merged by their own ids, so two laptops that each added
 * a check-in to the same commitment both keep theirs.
 *
 * Outcomes, per record: new (not stored yet); unchanged (same content — at most the bookkeeping
 * fields differ); updated (the file has a later revision of it); conflict (both sides changed it
 * differently at the same revision, or the stored one is already later). The losing side of every
 * conflict is returned, for the conflict log.
 */
import type { AdminUnit, Agreement, CheckIn, Commitment, Party, TargetRevision } from '../model';
import { canonicalCommitment, canonicalData, canonicalJson, deepEqual, type EntityKind, type SnapshotData } from './canonical';

export const MERGE_ENTITIES = ['units', 'parties', 'agreements', 'commitments', 'checkIns', 'revisions'] as const;
export type MergeEntity = (typeof MERGE_ENTITIES)[number];
export type Outcome = 'new' | 'updated' | 'unchanged' | 'conflict' | 'removed';
export type ConflictReason = 'incoming-newer' | 'local-newer' | 'same-revision';

interface Versioned {
  id: string;
  rev: number;
  updatedAt: string;
}

export interface FieldDifference {
  path: string;
  local: unknown;
  incoming: unknown;
}

/** An update or a conflict, as the preview shows it and the conflict log keeps it. */
export interface MergeDecision {
  entity: MergeEntity;
  id: string;
  /** A name a person recognises: the record's title, or for a check-in its commitment and date. */
  label: string;
  /** For check-ins and revisions: the commitment they belong to. */
  parentId?: string;
  outcome: 'updated' | 'conflict';
  kept: 'local' | 'incoming';
  reason: ConflictReason;
  differences: FieldDifference[];
  /** The version that lost. */
  loser: unknown;
}

export interface MergePlan {
  mode: 'merge' | 'replace';
  /** True when the import would write nothing and log nothing. */
  noChange: boolean;
  counts: Record<MergeEntity, Record<Outcome, number>>;
  decisions: MergeDecision[];
  /** The whole data set as it will be after the import (canonical order). */
  result: SnapshotData;
  /** Only the records that must be written (all of `result` for a replace). */
  writes: SnapshotData;
}

/** > 0 when a beats b under the merge rule. */
export function compareVersions(a: Versioned, b: Versioned): number {
  if (a.rev !== b.rev) return a.rev - b.rev;
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? -1 : 1;
  const ca = canonicalJson(a);
  const cb = canonicalJson(b);
  return ca === cb ? 0 : ca < cb ? -1 : 1;
}

const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'rev', 'checkIns', 'revisions']);

function content(record: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (!BOOKKEEPING.has(k)) out[k] = v;
  return out;
}

function flatten(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (value && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (entries.length === 0) out.set(prefix, value);
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, value);
}

const MAX_DIFFERENCES = 25;

export function fieldDifferences(local: object, incoming: object): FieldDifference[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  flatten(content(local), '', a);
  flatten(content(incoming), '', b);
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort();
  const diffs: FieldDifference[] = [];
  for (const path of paths) {
    if (!deepEqual(a.get(path), b.get(path))) diffs.push({ path, local: a.get(path) ?? null, incoming: b.get(path) ?? null });
    if (diffs.length >= MAX_DIFFERENCES) break;
  }
  return diffs;
}

interface Decided<T> {
  outcome: Exclude<Outcome, 'removed'>;
  winner: T;
  decision?: Omit<MergeDecision, 'entity' | 'label' | 'parentId'>;
}

/** The conflict-log key of a losing version: the same version never needs logging twice. */
export function loserKey(entity: MergeEntity, version: unknown): string {
  return `${entity}|${canonicalJson(version)}`;
}

function decide<T extends Versioned>(local: T | undefined, incoming: T, alreadyLost: (key: string) => boolean, entity: MergeEntity): Decided<T> {
  if (!local) return { outcome: 'new', winner: incoming };
  if (deepEqual(local, incoming)) return { outcome: 'unchanged', winner: local };
  const incomingWins = compareVersions(incoming, local) > 0;
  const winner = incomingWins ? incoming : local;
  if (deepEqual(content(local), content(incoming))) return { outcome: 'unchanged', winner };
  // The file's version lost before and is in the conflict log: importing it again changes nothing.
  if (!incomingWins && alreadyLost(loserKey(entity, incoming))) return { outcome: 'unchanged', winner };
  const reason: ConflictReason = incoming.rev > local.rev ? 'incoming-newer' : incoming.rev < local.rev ? 'local-newer' : 'same-revision';
  return {
    outcome: reason === 'incoming-newer' ? 'updated' : 'conflict',
    winner,
    decision: {
      id: local.id,
      outcome: reason === 'incoming-newer' ? 'updated' : 'conflict',
      kept: incomingWins ? 'incoming' : 'local',
      reason,
      differences: fieldDifferences(local, incoming),
      loser: incomingWins ? local : incoming,
    },
  };
}

function emptyCounts(): Record<MergeEntity, Record<Outcome, number>> {
  const zero = () => ({ new: 0, updated: 0, unchanged: 0, conflict: 0, removed: 0 });
  return { units: zero(), parties: zero(), agreements: zero(), commitments: zero(), checkIns: zero(), revisions: zero() };
}

const labelOf = (r: { title?: string; name?: string; id: string }) => r.title ?? r.name ?? r.id;

class Planner {
  readonly counts = emptyCounts();
  readonly decisions: MergeDecision[] = [];

  constructor(private readonly alreadyLost: (key: string) => boolean) {}

  record<T extends Versioned>(entity: MergeEntity, local: T | undefined, incoming: T, label: string, parentId?: string): T {
    const d = decide(local, incoming, this.alreadyLost, entity);
    this.counts[entity][d.outcome]++;
    if (d.decision) this.decisions.push({ ...d.decision, entity, label, ...(parentId ? { parentId } : {}) });
    return d.winner;
  }

  /** Merges records of one kind; returns the merged list and the records to write. */
  table<T extends Versioned & { title?: string; name?: string }>(entity: EntityKind, local: T[], incoming: T[]) {
    const merged = new Map(local.map((r) => [r.id, r]));
    const writes: T[] = [];
    for (const inc of incoming) {
      const loc = merged.get(inc.id);
      const winner = this.record(entity, loc, inc, labelOf(inc));
      if (winner !== loc) {
        merged.set(inc.id, winner);
        writes.push(winner);
      }
    }
    return { merged: [...merged.values()], writes };
  }

  embedded<T extends Versioned>(entity: 'checkIns' | 'revisions', local: T[], incoming: T[], label: (r: T) => string, parentId: string): T[] {
    const merged = new Map(local.map((r) => [r.id, r]));
    for (const inc of incoming) merged.set(inc.id, this.record(entity, merged.get(inc.id), inc, label(inc), parentId));
    return [...merged.values()];
  }

  commitments(local: Commitment[], incoming: Commitment[]) {
    const merged = new Map(local.map((c) => [c.id, c]));
    const writes: Commitment[] = [];
    // A commitment's own fields are decided apart from its check-ins and revisions: compared (and
    // tie-broken) with them, the decision would change once the lists had been merged.
    const coreOf = ({ checkIns: _c, revisions: _r, ...rest }: Commitment) => rest;
    for (const inc of incoming) {
      const loc = merged.get(inc.id);
      const core = this.record('commitments', loc && coreOf(loc), coreOf(inc), inc.title);
      const checkInLabel = (x: CheckIn) => `${inc.title} — ${x.asOf}`;
      const revisionLabel = (x: TargetRevision) => `${inc.title} — ${x.decisionRef}`;
      const next = canonicalCommitment({
        ...core,
        checkIns: this.embedded('checkIns', loc?.checkIns ?? [], inc.checkIns, checkInLabel, inc.id),
        revisions: this.embedded('revisions', loc?.revisions ?? [], inc.revisions, revisionLabel, inc.id),
      });
      if (!loc || !deepEqual(canonicalCommitment(loc), next)) {
        merged.set(inc.id, next);
        writes.push(next);
      }
    }
    return { merged: [...merged.values()], writes };
  }
}

export interface MergeOptions {
  /** Whether a losing version (by loserKey) is already in the conflict log. */
  alreadyLost?: (key: string) => boolean;
}

/** Merge mode (the default): nothing stored is removed; every record's greatest version wins. */
export function planMerge(local: SnapshotData, incoming: SnapshotData, options: MergeOptions = {}): MergePlan {
  const p = new Planner(options.alreadyLost ?? (() => false));
  const units = p.table<AdminUnit>('units', local.units, incoming.units);
  const parties = p.table<Party>('parties', local.parties, incoming.parties);
  const agreements = p.table<Agreement>('agreements', local.agreements, incoming.agreements);
  const commitments = p.commitments(local.commitments, incoming.commitments);
  const writes = canonicalData({ units: units.writes, parties: parties.writes, agreements: agreements.writes, commitments: commitments.writes });
  return {
    mode: 'merge',
    noChange: p.decisions.length === 0 && Object.values(writes).every((list) => list.length === 0),
    counts: p.counts,
    decisions: p.decisions,
    result: canonicalData({ units: units.merged, parties: parties.merged, agreements: agreements.merged, commitments: commitments.merged }),
    writes,
  };
}

/**
 * Replace mode: the database becomes exactly the file. Counts say what happens to each record
 * (new, changed, unchanged, removed); nothing is a conflict, and the restore point keeps the rest.
 */
export function planReplace(local: SnapshotData, incoming: SnapshotData): MergePlan {
  const counts = emptyCounts();
  const tally = <T extends { id: string }>(entity: MergeEntity, before: T[], after: T[]) => {
    const old = new Map(before.map((r) => [r.id, r]));
    for (const r of after) {
      const o = old.get(r.id);
      counts[entity][!o ? 'new' : deepEqual(o, r) ? 'unchanged' : 'updated']++;
      old.delete(r.id);
    }
    counts[entity].removed += old.size;
  };
  tally('units', local.units, incoming.units);
  tally('parties', local.parties, incoming.parties);
  tally('agreements', local.agreements, incoming.agreements);
  // A commitment counts as changed by its own fields; its check-ins and revisions are counted apart.
  const core = ({ checkIns: _c, revisions: _r, ...rest }: Commitment) => rest;
  tally('commitments', local.commitments.map(core), incoming.commitments.map(core));
  tally('checkIns', local.commitments.flatMap((c) => c.checkIns), incoming.commitments.flatMap((c) => c.checkIns));
  tally('revisions', local.commitments.flatMap((c) => c.revisions), incoming.commitments.flatMap((c) => c.revisions));
  const result = canonicalData(incoming);
  const noChange = canonicalJson(result) === canonicalJson(canonicalData(local));
  return { mode: 'replace', noChange, counts, decisions: [], result, writes: result };
}
