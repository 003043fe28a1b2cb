/**
 * Merging what another laptop sent into what is stored, as a pure function.
 *
 * The rule, the same on every laptop (format 2):
 * - Field by field, the value whose change is later wins. Every field of every record carries the
 *   hybrid-logical-clock time of its last change (domain/sync/clocks.ts), so a title changed on
 *   laptop A and a target changed on laptop B both survive. Check-ins and target revisions are
 *   records of their own, merged by id; milestones are merged by year.
 * - A deletion is a change too (a marker: what, when, by whom). A record is deleted when a marker
 *   for it is later than its last restore; editing a deleted record elsewhere does not bring it
 *   back, restoring it does. Markers are never removed, so a record deleted for good cannot come
 *   back from an old file. A commitment whose agreement is deleted is in the trash with it.
 * - Where both laptops changed the same field without one knowing of the other's change (version
 *   vectors tell), the later value wins and the other goes to the conflict log.
 * The result depends only on the set of changes seen, so imports commute, and importing the same
 * file twice changes nothing the second time.
 *
 * "Replace" is different: for the part of the data a file covers, the file's version becomes a new
 * local change (so it wins on other laptops too) and what the part holds beyond the file is deleted.
 */
import type { AdminUnit, Agreement, CheckIn, Commitment, Party, TargetRevision } from '../model';
import { aliveClockOf, ALIVE_SLOT, allClocks, clockOf, fromSlots, markAlive, NOT_SLOTS, slotsOf, stamp, type Clocked } from '../sync/clocks';
import { addToVector, knows, legacyHlc, type Hlc, type Vector } from '../sync/hlc';
import { canonicalCommitment, canonicalData, canonicalJson, deepEqual, type SnapshotData } from './canonical';

export const MERGE_ENTITIES = ['units', 'parties', 'agreements', 'commitments', 'checkIns', 'revisions'] as const;
export type MergeEntity = (typeof MERGE_ENTITIES)[number];
export const DELETABLE_ENTITIES = ['agreements', 'commitments', 'checkIns', 'revisions'] as const;
export type DeletableEntity = (typeof DELETABLE_ENTITIES)[number];
export type Outcome = 'new' | 'updated' | 'unchanged' | 'conflict' | 'deleted' | 'restored';

/** A deletion, as it travels: what, when (clock), by whom, and a name for people. */
export interface DeletionMarker {
  entity: DeletableEntity;
  id: string;
  /** For a check-in or revision: its commitment; for a commitment: its agreement. */
  parentId: string | null;
  at: Hlc;
  by: string;
  label: string;
}

/** The records an agreement or commitment deletion put in the trash, with their content. */
export interface Trashed {
  agreements: Agreement[];
  commitments: Commitment[];
}

/** One laptop's state, as the merge sees it. */
export interface Replica {
  data: SnapshotData;
  trashed: Trashed;
  markers: DeletionMarker[];
  /** Ids (entity:id) deleted for good here: their content is gone, only the marker stays. */
  purged?: ReadonlySet<string>;
  vector: Vector;
}

/** What a file brings. */
export interface Incoming {
  data: SnapshotData;
  deletions: DeletionMarker[];
  vector: Vector;
}

/** One field of one record that the import changes or that met a conflict. */
export interface FieldChange {
  /** The field ("title", "milestones.2026", "$alive"). */
  slot: string;
  local: unknown;
  incoming: unknown;
  localClock: Hlc;
  incomingClock: Hlc;
  kept: 'local' | 'incoming';
  /** Both laptops changed it without knowing of the other's change. */
  concurrent: boolean;
}

/** An update, a conflict, a deletion or a restore, as the preview shows it and the conflict log keeps it. */
export interface MergeDecision {
  entity: MergeEntity;
  id: string;
  /** A name a person recognises: the record's title, or for a check-in its commitment and date. */
  label: string;
  parentId?: string;
  outcome: 'updated' | 'conflict' | 'deleted' | 'restored';
  fields: FieldChange[];
  /** For a deletion: who deleted it and when. */
  deletion?: DeletionMarker;
}

export interface MergePlan {
  mode: 'merge' | 'replace';
  /** True when the import would write nothing and log nothing. */
  noChange: boolean;
  counts: Record<MergeEntity, Record<Outcome, number>>;
  decisions: MergeDecision[];
  /** The state after the import. */
  result: Omit<Replica, 'vector' | 'purged'>;
  /** The markers the import adds (new deletions, or later ones). */
  newMarkers: DeletionMarker[];
}

const markerKey = (entity: string, id: string) => `${entity}:${id}`;

/** A record with `clock: {}` means the same as one without a clock (every field from before clocks). */
function withoutEmptyClock<T extends Clocked>(r: T): T {
  if (!r.clock || Object.keys(r.clock).length > 0) return r;
  const { clock: _none, ...rest } = r;
  return rest as T;
}

function emptyCounts(): Record<MergeEntity, Record<Outcome, number>> {
  const zero = () => ({ new: 0, updated: 0, unchanged: 0, conflict: 0, deleted: 0, restored: 0 });
  return { units: zero(), parties: zero(), agreements: zero(), commitments: zero(), checkIns: zero(), revisions: zero() };
}

/** The later of two markers for the same record (ties: by author, then label, so all laptops agree). */
function laterMarker(a: DeletionMarker | undefined, b: DeletionMarker): DeletionMarker {
  if (!a) return b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

/** Deleted: a marker later than the record's last restore. */
export function isDeletedBy(record: Clocked, marker: DeletionMarker | undefined): boolean {
  return marker !== undefined && marker.at > aliveClockOf(record);
}

interface FieldMerge<T> {
  merged: T;
  fields: FieldChange[];
}

/**
 * Merges two copies of one record field by field. `localVector` / `incomingVector` say which
 * changes each side had seen, to tell a later edit (an update) from a concurrent one (a conflict).
 */
export function mergeFields<T extends Clocked>(local: T, incoming: T, localVector: Vector, incomingVector: Vector): FieldMerge<T> {
  const a = slotsOf(local);
  const b = slotsOf(incoming);
  const slots = new Set([...a.keys(), ...b.keys(), ...Object.keys(local.clock ?? {}), ...Object.keys(incoming.clock ?? {})]);
  const merged = new Map<string, unknown>();
  const clock: Record<string, Hlc> = {};
  const fields: FieldChange[] = [];
  // updatedAt: the later of the two copies' (a max, so that every laptop and every order of
  // imports computes the same value, and importing a copy again changes nothing).
  const updatedAt = local.updatedAt >= incoming.updatedAt ? local.updatedAt : incoming.updatedAt;
  // A field whose clock is what its record's updatedAt implies (before clocks) is not written out.
  const implied = legacyHlc(updatedAt);
  for (const slot of [...slots].sort()) {
    const va = a.get(slot);
    const vb = b.get(slot);
    // $alive has no value, only a clock: restored records carry it.
    const ca = slot === ALIVE_SLOT ? aliveClockOf(local) : clockOf(local, slot);
    const cb = slot === ALIVE_SLOT ? aliveClockOf(incoming) : clockOf(incoming, slot);
    let incomingWins: boolean;
    if (ca !== cb) incomingWins = cb > ca;
    else incomingWins = deepEqual(va, vb) ? false : canonicalJson(vb ?? null) > canonicalJson(va ?? null);
    const value = incomingWins ? vb : va;
    if (value !== undefined) merged.set(slot, value);
    const winnerClock = incomingWins ? cb : ca;
    if (winnerClock !== '' && winnerClock !== implied) clock[slot] = winnerClock;
    if (slot === ALIVE_SLOT || deepEqual(va, vb)) continue;
    // The losing change was known to the winner's laptop: it was replaced, not overruled.
    const concurrent = incomingWins ? !knows(incomingVector, ca) : !knows(localVector, cb);
    if (incomingWins || concurrent) fields.push({ slot, local: va ?? null, incoming: vb ?? null, localClock: ca, incomingClock: cb, kept: incomingWins ? 'incoming' : 'local', concurrent });
  }
  const bookkeeping: Partial<T> = {};
  for (const key of NOT_SLOTS) if (key in local) (bookkeeping as Record<string, unknown>)[key] = (local as Record<string, unknown>)[key];
  const record = fromSlots<T>(bookkeeping, merged);
  (record as Clocked).clock = clock;
  (record as Clocked).updatedAt = updatedAt;
  return { merged: record, fields };
}

class Planner {
  readonly counts = emptyCounts();
  readonly decisions: MergeDecision[] = [];
  readonly markers = new Map<string, DeletionMarker>();
  readonly newMarkers: DeletionMarker[] = [];
  /** Records counted unchanged: a deletion or restore found later counts them as that instead. */
  readonly unchanged = new Set<string>();
  /** Records whose values stay but whose clocks move on (a later clock for the same value). */
  clockOnly = 0;

  /** Nothing to write: no new record, marker, decision or clock. */
  nothingToWrite(): boolean {
    return this.newMarkers.length === 0 && this.decisions.length === 0 && this.clockOnly === 0 && MERGE_ENTITIES.every((e) => this.counts[e].new === 0);
  }

  constructor(
    private readonly local: Replica,
    private readonly incoming: Incoming,
  ) {
    for (const m of local.markers) this.markers.set(markerKey(m.entity, m.id), m);
    for (const m of incoming.deletions) {
      const key = markerKey(m.entity, m.id);
      const before = this.markers.get(key);
      const after = laterMarker(before, m);
      if (after !== before) {
        this.markers.set(key, after);
        this.newMarkers.push(after);
      }
    }
  }

  marker(entity: DeletableEntity, id: string) {
    return this.markers.get(markerKey(entity, id));
  }

  purged(entity: DeletableEntity, id: string) {
    return this.local.purged?.has(markerKey(entity, id)) ?? false;
  }

  /** Merges one record; returns the merged copy (or the incoming one when new) and tallies it. */
  record<T extends Clocked>(entity: MergeEntity, local: T | undefined, incoming: T, label: string, parentId?: string): { merged: T; changed: boolean } {
    if (!local) {
      this.counts[entity].new++;
      return { merged: incoming, changed: true };
    }
    if (deepEqual(withoutEmptyClock(local), withoutEmptyClock(incoming))) {
      // The common case of a full file: nothing to merge.
      this.counts[entity].unchanged++;
      this.unchanged.add(markerKey(entity, local.id));
      return { merged: local, changed: false };
    }
    const { merged, fields } = mergeFields(local, incoming, this.local.vector, this.incoming.vector);
    const conflict = fields.some((f) => f.concurrent);
    const changed = fields.some((f) => f.kept === 'incoming') || !deepEqual(merged.clock, local.clock);
    if (changed && fields.length === 0) this.clockOnly++;
    this.counts[entity][conflict ? 'conflict' : fields.length > 0 ? 'updated' : 'unchanged']++;
    if (!conflict && fields.length === 0) this.unchanged.add(markerKey(entity, local.id));
    // Named as it is called after the merge (the kept title), not as the losing copy called it.
    const named = (merged as { title?: unknown }).title ?? (merged as { name?: unknown }).name;
    if (fields.length > 0) this.decisions.push({ entity, id: local.id, label: typeof named === 'string' ? named : label, ...(parentId ? { parentId } : {}), outcome: conflict ? 'conflict' : 'updated', fields });
    return { merged, changed };
  }

  table<T extends Clocked & { title?: string; name?: string }>(entity: 'units' | 'parties', local: T[], incoming: T[]): T[] {
    const merged = new Map(local.map((r) => [r.id, r]));
    for (const inc of incoming) merged.set(inc.id, this.record(entity, merged.get(inc.id), inc, inc.title ?? inc.name ?? inc.id).merged);
    return [...merged.values()];
  }

  /** Check-ins or revisions of one commitment: merged by id, deletions applied both ways. */
  embedded<T extends Clocked>(entity: 'checkIns' | 'revisions', parent: Commitment, local: T[], incoming: T[], label: (r: T) => string): T[] {
    const merged = new Map(local.map((r) => [r.id, r]));
    for (const inc of incoming) {
      const loc = merged.get(inc.id);
      const marker = this.marker(entity, inc.id);
      if (!loc && isDeletedBy(inc, marker)) continue; // deleted here; the file still had it
      merged.set(inc.id, this.record(entity, loc, inc, label(inc), parent.id).merged);
    }
    for (const [id, r] of merged) {
      const marker = this.marker(entity, id);
      if (isDeletedBy(r, marker)) {
        merged.delete(id);
        if (local.some((x) => x.id === id)) {
          if (this.unchanged.delete(markerKey(entity, id))) this.counts[entity].unchanged--;
          this.counts[entity].deleted++;
          this.decisions.push({ entity, id, label: label(r), parentId: parent.id, outcome: 'deleted', fields: [], deletion: marker! });
        }
      }
    }
    return [...merged.values()];
  }

  commitment(local: Commitment | undefined, incoming: Commitment): Commitment {
    const core = ({ checkIns: _c, revisions: _r, ...rest }: Commitment) => rest;
    const { merged } = this.record('commitments', local && core(local), core(incoming), incoming.title);
    const title = (merged as Commitment).title;
    const checkInLabel = (x: CheckIn) => `${title} — ${x.asOf}`;
    const revisionLabel = (x: TargetRevision) => `${title} — ${x.decisionRef}`;
    return canonicalCommitment({
      ...(merged as Commitment),
      checkIns: this.embedded('checkIns', incoming, local?.checkIns ?? [], incoming.checkIns, checkInLabel),
      revisions: this.embedded('revisions', incoming, local?.revisions ?? [], incoming.revisions, revisionLabel),
    });
  }
}

function vectorOfChanges(incoming: Incoming): Vector {
  const vector: Vector = { ...incoming.vector };
  const add = (r: Clocked & { checkIns?: Clocked[]; revisions?: Clocked[] }) => allClocks(r).forEach((c) => addToVector(vector, c));
  for (const list of [incoming.data.units, incoming.data.parties, incoming.data.agreements, incoming.data.commitments]) list.forEach(add);
  for (const m of incoming.deletions) addToVector(vector, m.at);
  return vector;
}

/**
 * Sorts merged agreements and commitments into live and trashed, by their markers. A commitment
 * whose agreement is trashed is trashed with it.
 */
function settle(p: Planner, local: Replica, agreements: Map<string, Agreement>, commitments: Map<string, Commitment>) {
  const wasLive = {
    agreements: new Set(local.data.agreements.map((a) => a.id)),
    commitments: new Set(local.data.commitments.map((c) => c.id)),
  };
  const wasKnown = {
    agreements: new Set([...wasLive.agreements, ...local.trashed.agreements.map((a) => a.id)]),
    commitments: new Set([...wasLive.commitments, ...local.trashed.commitments.map((c) => c.id)]),
  };
  const live: SnapshotData = { units: [], parties: [], agreements: [], commitments: [] };
  const trashed: Trashed = { agreements: [], commitments: [] };
  const liveAgreements = new Set<string>();
  const tally = (entity: 'agreements' | 'commitments', id: string, label: string, alive: boolean, marker: DeletionMarker | undefined) => {
    const movesNow = wasLive[entity].has(id) !== alive && wasKnown[entity].has(id);
    if (movesNow && p.unchanged.delete(markerKey(entity, id))) p.counts[entity].unchanged--;
    if (wasLive[entity].has(id) && !alive) {
      p.counts[entity].deleted++;
      p.decisions.push({ entity, id, label, outcome: 'deleted', fields: [], ...(marker ? { deletion: marker } : {}) });
    } else if (!wasLive[entity].has(id) && wasKnown[entity].has(id) && alive) {
      p.counts[entity].restored++;
      p.decisions.push({ entity, id, label, outcome: 'restored', fields: [] });
    }
  };
  for (const a of agreements.values()) {
    const marker = p.marker('agreements', a.id);
    const alive = !isDeletedBy(a, marker);
    if (!alive && !wasKnown.agreements.has(a.id) && p.purged('agreements', a.id)) continue;
    tally('agreements', a.id, a.title, alive, marker);
    if (alive) {
      live.agreements.push(a);
      liveAgreements.add(a.id);
    } else if (wasKnown.agreements.has(a.id) || !p.purged('agreements', a.id)) trashed.agreements.push(a);
  }
  for (const c of commitments.values()) {
    const marker = p.marker('commitments', c.id);
    const alive = !isDeletedBy(c, marker) && liveAgreements.has(c.agreementId);
    if (!alive && p.purged('commitments', c.id)) continue;
    tally('commitments', c.id, c.title, alive, marker);
    (alive ? live.commitments : trashed.commitments).push(c);
  }
  return { live, trashed };
}

/** Merge mode (the default). */
export function planMerge(local: Replica, incoming: Incoming): MergePlan {
  const effectiveIncoming = { ...incoming, vector: vectorOfChanges(incoming) };
  const p = new Planner(local, effectiveIncoming);
  const units = p.table<AdminUnit>('units', local.data.units, incoming.data.units);
  const parties = p.table<Party>('parties', local.data.parties, incoming.data.parties);

  const agreements = new Map([...local.trashed.agreements, ...local.data.agreements].map((a) => [a.id, a]));
  for (const inc of incoming.data.agreements) {
    const loc = agreements.get(inc.id);
    if (!loc && isDeletedBy(inc, p.marker('agreements', inc.id)) && p.purged('agreements', inc.id)) continue;
    agreements.set(inc.id, p.record('agreements', loc, inc, inc.title).merged);
  }
  const commitments = new Map([...local.trashed.commitments, ...local.data.commitments].map((c) => [c.id, c]));
  for (const inc of incoming.data.commitments) {
    const loc = commitments.get(inc.id);
    if (!loc && isDeletedBy(inc, p.marker('commitments', inc.id)) && p.purged('commitments', inc.id)) continue;
    commitments.set(inc.id, p.commitment(loc, inc));
  }
  // Deletions of check-ins and revisions the file brings for commitments it does not carry.
  for (const m of p.newMarkers) {
    if ((m.entity === 'checkIns' || m.entity === 'revisions') && m.parentId) {
      const parent = commitments.get(m.parentId);
      if (parent && !incoming.data.commitments.some((c) => c.id === m.parentId)) {
        const checkInLabel = (x: CheckIn) => `${parent.title} — ${x.asOf}`;
        const revisionLabel = (x: TargetRevision) => `${parent.title} — ${x.decisionRef}`;
        commitments.set(parent.id, canonicalCommitment({ ...parent, checkIns: p.embedded('checkIns', parent, parent.checkIns, [], checkInLabel), revisions: p.embedded('revisions', parent, parent.revisions, [], revisionLabel) }));
      }
    }
  }
  const { live, trashed } = settle(p, local, agreements, commitments);
  live.units = units;
  live.parties = parties;
  const result = { data: canonicalData(live), trashed: canonicalTrash(trashed), markers: [...p.markers.values()] };
  return {
    mode: 'merge',
    // Decided from what the merge met (comparing the whole data as JSON cost seconds at national scale).
    noChange: p.nothingToWrite(),
    counts: p.counts,
    decisions: p.decisions,
    result,
    newMarkers: p.newMarkers,
  };
}

function canonicalTrash(t: Trashed): Trashed {
  const byId = (x: { id: string }, y: { id: string }) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  return { agreements: [...t.agreements].sort(byId), commitments: t.commitments.map(canonicalCommitment).sort(byId) };
}

const withoutRev = (data: SnapshotData | Trashed): string =>
  canonicalJson(data, (key) => key !== 'rev');

function sameState(local: Replica, result: MergePlan['result']): boolean {
  return withoutRev(canonicalData(local.data)) === withoutRev(result.data) && withoutRev(canonicalTrash(local.trashed)) === withoutRev(result.trashed);
}

export interface ReplaceOptions {
  /** The clock of this replace (a new local change). */
  at: Hlc;
  by: string;
  /** The agreements the file covers here (its scope applied to what is stored); null: everything. */
  scopeAgreementIds: ReadonlySet<string> | null;
}

/**
 * Replace mode: within the part the file covers, each record becomes exactly the file's version,
 * as a new change made here now; agreements, commitments and reports of that part that the file
 * does not hold are deleted (to the trash, with markers). Units and parties are updated, never
 * deleted (other parts name them). Nothing outside the part changes.
 */
export function planReplace(local: Replica, incoming: Incoming, options: ReplaceOptions): MergePlan {
  const counts = emptyCounts();
  const decisions: MergeDecision[] = [];
  const newMarkers: DeletionMarker[] = [];
  const { at, by } = options;
  const inScope = (agreementId: string) => options.scopeAgreementIds === null || options.scopeAgreementIds.has(agreementId);
  const fileAgreements = new Set(incoming.data.agreements.map((a) => a.id));
  const scopeHas = (agreementId: string) => inScope(agreementId) || fileAgreements.has(agreementId);

  const known = <T extends { id: string }>(live: T[], trash: T[]) => new Map([...trash, ...live].map((r) => [r.id, r]));
  const liveIds = { agreements: new Set(local.data.agreements.map((a) => a.id)), commitments: new Set(local.data.commitments.map((c) => c.id)) };
  const replaceOne = <T extends Clocked>(entity: MergeEntity, before: T | undefined, file: T, label: string, wasLive: boolean): T => {
    const strip = (r: T) => ({ ...r, clock: undefined, rev: undefined, updatedAt: undefined, createdAt: undefined });
    let next = stamp(before ?? null, { ...file, clock: undefined } as T, at);
    if (before && !wasLive) next = markAlive(next, at);
    if (!before) counts[entity].new++;
    else if (!wasLive) {
      counts[entity].restored++;
      decisions.push({ entity, id: file.id, label, outcome: 'restored', fields: [] });
    } else if (deepEqual(strip(before), strip(next))) {
      counts[entity].unchanged++;
      return before;
    } else counts[entity].updated++;
    return next;
  };
  const replaceTable = <T extends Clocked & { title?: string; name?: string }>(entity: 'units' | 'parties', live: T[], file: T[]) => {
    const merged = new Map(live.map((r) => [r.id, r]));
    for (const f of file) merged.set(f.id, replaceOne(entity, merged.get(f.id), f, f.title ?? f.name ?? f.id, true));
    return [...merged.values()];
  };
  const units = replaceTable<AdminUnit>('units', local.data.units, incoming.data.units);
  const parties = replaceTable<Party>('parties', local.data.parties, incoming.data.parties);

  const marker = (entity: DeletableEntity, id: string, parentId: string | null, label: string): DeletionMarker => {
    const m = { entity, id, parentId, at, by, label };
    newMarkers.push(m);
    return m;
  };

  const agreementsBefore = known(local.data.agreements, local.trashed.agreements);
  const liveAgreements: Agreement[] = [];
  const trashed: Trashed = { agreements: [...local.trashed.agreements.filter((a) => !fileAgreements.has(a.id))], commitments: [] };
  for (const a of local.data.agreements) {
    if (fileAgreements.has(a.id)) continue;
    if (scopeHas(a.id)) {
      const m = marker('agreements', a.id, null, a.title);
      counts.agreements.deleted++;
      decisions.push({ entity: 'agreements', id: a.id, label: a.title, outcome: 'deleted', fields: [], deletion: m });
      trashed.agreements.push(a);
    } else liveAgreements.push(a);
  }
  for (const f of incoming.data.agreements) liveAgreements.push(replaceOne('agreements', agreementsBefore.get(f.id), f, f.title, liveIds.agreements.has(f.id)));
  const alive = new Set(liveAgreements.map((a) => a.id));

  const commitmentsBefore = known(local.data.commitments, local.trashed.commitments);
  const fileCommitments = new Map(incoming.data.commitments.map((c) => [c.id, c]));
  const liveCommitments: Commitment[] = [];
  for (const c of local.trashed.commitments) if (!fileCommitments.has(c.id)) trashed.commitments.push(c);
  for (const c of local.data.commitments) {
    if (fileCommitments.has(c.id)) continue;
    if (scopeHas(c.agreementId)) {
      const m = marker('commitments', c.id, c.agreementId, c.title);
      counts.commitments.deleted++;
      decisions.push({ entity: 'commitments', id: c.id, label: c.title, outcome: 'deleted', fields: [], deletion: m });
      trashed.commitments.push(c);
    } else if (alive.has(c.agreementId)) liveCommitments.push(c);
    else trashed.commitments.push(c);
  }
  for (const f of incoming.data.commitments) {
    const before = commitmentsBefore.get(f.id);
    const core = ({ checkIns: _c, revisions: _r, ...rest }: Commitment) => rest;
    const next = replaceOne('commitments', before && (core(before) as Commitment), core(f) as Commitment, f.title, liveIds.commitments.has(f.id));
    const lists = {} as Pick<Commitment, 'checkIns' | 'revisions'>;
    for (const entity of ['checkIns', 'revisions'] as const) {
      const old = new Map<string, CheckIn | TargetRevision>((before?.[entity] ?? []).map((x) => [x.id, x]));
      const kept = (f[entity] as (CheckIn | TargetRevision)[]).map((x) => replaceOne(entity, old.get(x.id), x, `${f.title}`, true));
      for (const [id, x] of old) {
        if (f[entity].some((y) => y.id === id)) continue;
        const label = `${f.title} — ${'asOf' in x ? x.asOf : x.decisionRef}`;
        const m = marker(entity, id, f.id, label);
        counts[entity].deleted++;
        decisions.push({ entity, id, label, parentId: f.id, outcome: 'deleted', fields: [], deletion: m });
      }
      (lists as Record<string, unknown>)[entity] = kept;
    }
    const commitment = canonicalCommitment({ ...next, ...lists });
    if (alive.has(commitment.agreementId)) liveCommitments.push(commitment);
    else trashed.commitments.push(commitment);
  }
  const markers = new Map(local.markers.map((m) => [markerKey(m.entity, m.id), m]));
  for (const m of newMarkers) markers.set(markerKey(m.entity, m.id), m);
  const result = {
    data: canonicalData({ units, parties, agreements: liveAgreements, commitments: liveCommitments }),
    trashed: canonicalTrash(trashed),
    markers: [...markers.values()],
  };
  return { mode: 'replace', noChange: newMarkers.length === 0 && sameState(local, result), counts, decisions, result, newMarkers };
}
