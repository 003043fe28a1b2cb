/**
 * Snapshot export and import (format 2). An import is previewed first (nothing written), then
 * applied in one read-write transaction that also writes the deletion markers, the trash, the
 * history, the conflict log and the restore point: if anything fails midway, nothing has changed.
 */
import { canonicalData, deepEqual, type SnapshotData } from '../../domain/snapshot/canonical';
import { CURRENT_FORMAT_VERSION, SNAPSHOT_FORMAT, type Snapshot, type SnapshotScope } from '../../domain/snapshot/format';
import { planMerge, planReplace, type DeletionMarker, type MergeDecision, type MergePlan, type Replica, type Trashed } from '../../domain/snapshot/merge';
import type { SnapshotProblem } from '../../domain/snapshot/parse';
import { cutTitle, writeProblems } from '../../domain/snapshot/rules';
import { agreementsInScope, selectScope, snapshotFileName } from '../../domain/snapshot/scope';
import { allClocks, withClockField } from '../../domain/sync/clocks';
import { addToVector, hlcNode, knows, missingFrom, nodeFromDeviceId, type Vector } from '../../domain/sync/hlc';
import type { HistoryEntry } from '../../domain/editing/history';
import type { CamKetDatabase, ConflictRow, TrashRow } from '../db';
import { attempt, fail, ok, refuse, type Result } from '../errors';
import { Patch } from '../patch';
import { deviceId, deviceNode, markerOf, nextClock, observe, readPeers, readVector, rememberPeer, tombstoneKey } from '../sync';
import { readAllData } from '../tables';
import { restorePointTables, takeRestorePoint } from './restorePoints';
import { userName } from './history';
import { LAST_EXPORT_KEY } from './settings';

export type ImportMode = 'merge' | 'replace';

export interface ExportedSnapshot {
  snapshot: Snapshot;
  fileName: string;
  /** For a file of changes: how many records it carries. */
  records: number;
  /** The live (not trashed) agreements and commitments in the file, for the message. */
  live: { agreements: number; commitments: number };
}

export interface ExportOptions {
  appVersion: string;
  now?: Date;
  /** Only what laptop `sinceNode` has not seen, as far as this laptop knows (its last file). */
  sinceNode?: string;
}

/** Keeps, of each record, what `base` has not seen; a commitment keeps only its unseen reports. */
function changesSince(data: SnapshotData, base: Vector): SnapshotData {
  const unseen = (r: Parameters<typeof allClocks>[0]) => allClocks(r).some((c) => !knows(base, c));
  const ownUnseen = (r: { clock?: Record<string, string> }) => Object.values(r.clock ?? {}).some((c) => !knows(base, c));
  return {
    units: data.units.filter(unseen),
    parties: data.parties.filter(unseen),
    agreements: data.agreements.filter(unseen),
    commitments: data.commitments.filter(unseen).map((c) => ({ ...c, checkIns: c.checkIns.filter(ownUnseen), revisions: c.revisions.filter(ownUnseen) })),
  };
}

/**
 * Every record travels with a `clock` (format 2 requires it); a field it does not name changed at
 * the record's `updatedAt`, before clocks (clockOf) — so that is not spelled out.
 */
function completeClocks(data: SnapshotData): SnapshotData {
  return { units: data.units.map(withClockField), parties: data.parties.map(withClockField), agreements: data.agreements.map(withClockField), commitments: data.commitments.map(withClockField) };
}

export function exportSnapshot(db: CamKetDatabase, scope: SnapshotScope, options: ExportOptions): Promise<Result<ExportedSnapshot>> {
  return attempt(async () => {
    const now = options.now ?? new Date();
    const device = await db.transaction('rw', db.settings, () => deviceId(db));
    const state = await db.transaction('r', [db.units, db.parties, db.agreements, db.commitments, db.settings, db.tombstones, db.history, db.trash], async () => ({
      data: await readAllData(db),
      trash: await db.trash.toArray(),
      user: await userName(db),
      markers: (await db.tombstones.toArray()).map(markerOf),
      history: await db.history.toArray(),
      vector: await readVector(db),
      peers: await readPeers(db),
    }));
    if (scope.kind === 'agreement' && !state.data.agreements.some((a) => a.id === scope.agreementId)) {
      return fail({ code: 'not-found', subject: `agreement ${scope.agreementId}` });
    }
    // The trash travels too (its records are named in `deletions`): an edit made on another laptop
    // while this one deleted the record is kept, and a restore anywhere brings back the latest content.
    const withTrash: SnapshotData = {
      ...state.data,
      agreements: [...state.data.agreements, ...state.trash.flatMap((r) => (r.agreement ? [r.agreement] : []))],
      commitments: [...state.data.commitments, ...state.trash.flatMap((r) => r.commitments)],
    };
    const live = { agreements: new Set(state.data.agreements.map((a) => a.id)), commitments: new Set(state.data.commitments.map((c) => c.id)) };
    let data = completeClocks(canonicalData(selectScope(withTrash, scope)));
    let markers: DeletionMarker[] = state.markers;
    let history: HistoryEntry[] = state.history;
    let base: Vector | null = null;
    if (options.sinceNode) {
      const peer = state.peers[options.sinceNode];
      if (!peer) return fail({ code: 'not-found', subject: `device ${options.sinceNode}` });
      base = peer.vector;
      data = changesSince(data, base);
      markers = markers.filter((m) => !knows(peer.vector, m.at));
      history = history.filter((h) => h.hlc !== undefined && !knows(peer.vector, h.hlc));
    } else if (scope.kind !== 'all') {
      const ids = new Set([...data.agreements.map((a) => a.id), ...data.commitments.map((c) => c.id)]);
      history = history.filter((h) => ids.has(h.recordId));
    }
    // A full backup: remember when, for the reminder.
    if (scope.kind === 'all' && !options.sinceNode) await db.settings.put({ key: LAST_EXPORT_KEY, value: now.toISOString() });
    const snapshot: Snapshot = {
      format: SNAPSHOT_FORMAT,
      formatVersion: CURRENT_FORMAT_VERSION,
      appVersion: options.appVersion,
      exportedAt: now.toISOString(),
      exportedBy: { deviceId: device, user: state.user },
      scope,
      contents: base ? 'changes' : 'full',
      vector: state.vector,
      base,
      data: { ...data, deletions: markers, history: [...history].sort((a, b) => (a.id < b.id ? -1 : 1)) },
    };
    const records = data.agreements.length + data.commitments.length + data.units.length + data.parties.length + markers.length;
    const fileName = snapshotFileName(scope, now.toISOString().slice(0, 10), base ? 'changes' : 'full');
    const liveCounts = { agreements: data.agreements.filter((a) => live.agreements.has(a.id)).length, commitments: data.commitments.filter((c) => live.commitments.has(c.id)).length };
    return ok({ snapshot, fileName, records, live: liveCounts });
  });
}

/** The laptops this one has received files from, for "changes since my last exchange with …". */
export function listPeers(db: CamKetDatabase) {
  return attempt(async () => ok(Object.values(await readPeers(db)).sort((a, b) => b.lastImportAt.localeCompare(a.lastImportAt))));
}

// ---------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------

const importTables = (db: CamKetDatabase) => restorePointTables(db);

interface LocalState {
  replica: Replica;
  trashRows: TrashRow[];
  history: Set<string>;
  names: Record<string, string>;
}

async function readLocal(db: CamKetDatabase): Promise<LocalState> {
  const [data, trashRows, tombstones, vector, historyIds, peers, me, node] = await Promise.all([
    readAllData(db),
    db.trash.toArray(),
    db.tombstones.toArray(),
    readVector(db),
    db.history.toCollection().primaryKeys(),
    readPeers(db),
    userName(db),
    deviceNode(db),
  ]);
  const trashed: Trashed = {
    agreements: trashRows.flatMap((r) => (r.agreement ? [r.agreement] : [])),
    commitments: trashRows.flatMap((r) => r.commitments),
  };
  const names: Record<string, string> = { [node]: me };
  for (const p of Object.values(peers)) names[p.node] = p.user;
  return {
    replica: { data, trashed, markers: tombstones.map(markerOf), purged: new Set(tombstones.filter((t) => t.purged).map((t) => t.key)), vector },
    trashRows,
    history: new Set(historyIds as string[]),
    names,
  };
}

/** Ids that the file puts under one commitment but that are stored under another. */
function idsInUse(local: Replica, incoming: SnapshotData): SnapshotProblem[] {
  const owner = new Map<string, { id: string; title: string }>();
  for (const c of [...local.data.commitments, ...local.trashed.commitments]) {
    for (const x of [...c.checkIns, ...c.revisions]) owner.set(x.id, { id: c.id, title: c.title });
  }
  const problems: SnapshotProblem[] = [];
  for (const c of incoming.commitments) {
    for (const entity of ['checkIns', 'revisions'] as const) {
      for (const x of c[entity]) {
        const other = owner.get(x.id);
        if (other && other.id !== c.id) problems.push({ code: 'id-in-use', entity, id: x.id, recordTitle: c.title, otherTitle: other.title });
      }
    }
  }
  return problems;
}

/** The records the import would write, checked by the same rules as a form's. */
function checkResult(plan: MergePlan, now: Date): SnapshotProblem[] {
  const touched = new Set(plan.decisions.map((d) => `${d.entity}:${d.id}`));
  const problems = writeProblems(plan.result.data, (entity, id) => touched.has(`${entity}:${id}`), now);
  // A commitment whose agreement exists nowhere would otherwise land in the trash, silently.
  const agreements = new Set([...plan.result.data.agreements, ...plan.result.trashed.agreements].map((a) => a.id));
  plan.result.trashed.commitments.forEach((c) => {
    if (!agreements.has(c.agreementId)) problems.push({ code: 'missing-reference', entity: 'commitments', recordId: c.id, recordTitle: cutTitle(c.title), path: 'agreementId', target: 'agreements', targetId: c.agreementId });
  });
  return problems;
}

interface Planned {
  local: LocalState;
  plan: MergePlan;
}

async function planImport(db: CamKetDatabase, snapshot: Snapshot, mode: ImportMode, now: Date, clockForReplace: () => Promise<string>): Promise<Result<Planned>> {
  const local = await readLocal(db);
  if (snapshot.contents === 'changes') {
    if (mode === 'replace') return fail({ code: 'invalid', subject: 'snapshot', problems: [{ code: 'replace-needs-full' }] });
    // This laptop has all of its own changes, whatever the file's base says of them.
    const own = await deviceNode(db);
    const lacking = missingFrom(local.replica.vector, snapshot.base ?? {}).filter((m) => m.node !== own);
    if (lacking.length > 0) {
      const names = { ...local.names, [nodeFromDeviceId(snapshot.exportedBy.deviceId)]: snapshot.exportedBy.user };
      return fail({ code: 'invalid', subject: 'snapshot', problems: [{ code: 'base-missing', missing: lacking.map((m) => ({ device: m.node, name: names[m.node] ?? '', needed: m.needed, have: m.have })) }] });
    }
  }
  const idProblems = idsInUse(local.replica, snapshot.data);
  if (idProblems.length > 0) return fail({ code: 'invalid', subject: 'snapshot', problems: idProblems.slice(0, 30) });
  const incoming = { data: snapshot.data, deletions: snapshot.data.deletions, vector: snapshot.scope.kind === 'all' && snapshot.contents === 'full' ? snapshot.vector : {} };
  let plan: MergePlan;
  if (mode === 'replace') {
    const scopeIds = snapshot.scope.kind === 'all' ? null : agreementsInScope(local.replica.data, snapshot.scope);
    plan = planReplace(local.replica, incoming, { at: await clockForReplace(), by: (await userName(db)) || '', scopeAgreementIds: scopeIds });
  } else plan = planMerge(local.replica, incoming);
  const problems = checkResult(plan, now);
  if (problems.length > 0) return fail({ code: 'invalid', subject: 'snapshot', problems: problems.slice(0, 30) });
  return ok({ local, plan });
}

export interface ImportPreview {
  mode: ImportMode;
  noChange: boolean;
  counts: MergePlan['counts'];
  /** Updates, conflicts, deletions and restores, the first few hundred, for the preview. */
  decisions: MergeDecision[];
  decisionCount: number;
  /** Device id → user name, to say who made a change. */
  names: Record<string, string>;
  /** For a replace of part of the data: which part. */
  scope: SnapshotScope;
}

export const PREVIEW_DECISIONS_SHOWN = 200;

/** What an import would do. Reads only. Refused when the result would break a rule or a reference. */
export function previewImport(db: CamKetDatabase, snapshot: Snapshot, mode: ImportMode, now: Date = new Date()): Promise<Result<ImportPreview>> {
  return attempt(async () => {
    // The device id is made on first use (a write): before the read-only transaction.
    await db.transaction('rw', db.settings, () => deviceId(db));
    return db.transaction('r', importTables(db), async () => {
      // A preview of a replace needs a clock only to stamp records it does not write.
      const planned = await planImport(db, snapshot, mode, now, async () => `${now.toISOString()}-0000-${await deviceNode(db)}`);
      if (!planned.ok) return fail(planned.error);
      const { plan, local } = planned.value;
      const names = { ...local.names, [nodeFromDeviceId(snapshot.exportedBy.deviceId)]: snapshot.exportedBy.user };
      // What a user must not miss first: deletions, conflicts, restores, then plain updates.
      const order = { deleted: 0, conflict: 1, restored: 2, updated: 3 } as const;
      const decisions = [...plan.decisions].sort((a, b) => order[a.outcome] - order[b.outcome]);
      return ok({ mode, noChange: plan.noChange, counts: plan.counts, decisions: decisions.slice(0, PREVIEW_DECISIONS_SHOWN), decisionCount: decisions.length, names, scope: snapshot.scope });
    });
  });
}

export interface ImportResult {
  /** The restore point taken by the import (restoring it undoes the import); null when nothing changed. */
  restorePointId: string | null;
  counts: MergePlan['counts'];
  conflicts: number;
  /**
   * Where the time went, for `npm run bench`: the whole write, and the part the restore point
   * added (reading the rows as they were, compressing and storing them).
   */
  timings?: { applyMs: number; restorePointMs: number; restorePointBytes: number };
}

/** The trash as the merge result says: one row per deleted agreement (with its commitments) or commitment. */
async function writeTrash(patch: Patch, local: LocalState, result: MergePlan['result'], markers: Map<string, DeletionMarker>, now: string): Promise<void> {
  const existing = new Map(local.trashRows.map((r) => [r.agreement?.id ?? r.commitments[0]?.id ?? r.id, r]));
  const deadAgreements = new Set(result.trashed.agreements.map((a) => a.id));
  const desired: Omit<TrashRow, 'id' | 'deletedAt' | 'deletedBy'>[] = [
    ...result.trashed.agreements.map((a) => ({ subject: 'agreement' as const, label: a.title, agreementId: a.id, agreement: a, commitments: result.trashed.commitments.filter((c) => c.agreementId === a.id) })),
    ...result.trashed.commitments.filter((c) => !deadAgreements.has(c.agreementId)).map((c) => ({ subject: 'commitment' as const, label: c.title, agreementId: c.agreementId, agreement: null, commitments: [c] })),
  ];
  const puts: TrashRow[] = [];
  const keep = new Set<string>();
  for (const d of desired) {
    const subjectId = d.agreement?.id ?? d.commitments[0]!.id;
    keep.add(subjectId);
    const old = existing.get(subjectId);
    const marker = markers.get(tombstoneKey(d.agreement ? 'agreements' : 'commitments', subjectId));
    const row: TrashRow = { id: old?.id ?? crypto.randomUUID(), deletedAt: old?.deletedAt ?? (marker ? marker.at.slice(0, 24) : now), deletedBy: old?.deletedBy ?? marker?.by ?? '', ...d };
    if (!old || JSON.stringify(old) !== JSON.stringify(row)) puts.push(row);
  }
  await patch.put('trash', puts);
  await patch.delete('trash', local.trashRows.filter((r) => !keep.has(r.agreement?.id ?? r.commitments[0]?.id ?? r.id)).map((r) => r.id));
}

/** Writes the live records that changed and removes the ones no longer live. */
async function writeLive(patch: Patch, local: Replica, result: SnapshotData): Promise<void> {
  for (const entity of ['units', 'parties', 'agreements', 'commitments'] as const) {
    const before = new Map<string, { rev: number }>((local.data[entity] as { id: string; rev: number }[]).map((r) => [r.id, r]));
    const trashedBefore = new Map<string, { rev: number }>(entity === 'agreements' || entity === 'commitments' ? (local.trashed[entity] as { id: string; rev: number }[]).map((r) => [r.id, r]) : []);
    const puts: { id: string; rev: number }[] = [];
    const live = new Set<string>();
    for (const r of result[entity] as { id: string; rev: number }[]) {
      live.add(r.id);
      const old = before.get(r.id) ?? trashedBefore.get(r.id);
      // Compared as values (a merged record's keys may come in another order): only real changes are written.
      if (old && before.has(r.id) && deepEqual(old, r)) continue;
      // The record's own counter moves on, so that a form opened before the import sees the change.
      puts.push(old ? { ...r, rev: Math.max(old.rev, r.rev) + 1 } : r);
    }
    await patch.put(entity, puts);
    await patch.delete(entity, [...before.keys()].filter((id) => !live.has(id)));
  }
}

/** Applies an import in one transaction, with its restore point and conflict log. */
export function applyImport(db: CamKetDatabase, snapshot: Snapshot, mode: ImportMode, options: { fileName: string; now?: Date }): Promise<Result<ImportResult>> {
  const now = options.now ?? new Date();
  const at = now.toISOString();
  const started = performance.now();
  return attempt(() =>
    db.transaction('rw', importTables(db), async (): Promise<Result<ImportResult>> => {
      const planned = await planImport(db, snapshot, mode, now, () => nextClock(db, now));
      // Thrown, not returned: a replace has taken a clock already, which must not be kept.
      if (!planned.ok) refuse(planned.error);
      const { local, plan } = planned.value;
      const exporter = nodeFromDeviceId(snapshot.exportedBy.deviceId);
      const newHistory = snapshot.data.history.filter((h) => !local.history.has(h.id));
      if (plan.noChange && newHistory.length === 0) {
        // A file seen before leaves no trace at all (the same file twice is once).
        if (!(await alreadyObserved(db, snapshot, exporter))) await observeFile(db, snapshot, exporter, now);
        return ok({ restorePointId: null, counts: plan.counts, conflicts: 0 });
      }
      const patch = new Patch(db);
      await writeLive(patch, local.replica, plan.result.data);
      const markers = new Map(plan.result.markers.map((m) => [tombstoneKey(m.entity, m.id), m]));
      await writeTrash(patch, local, plan.result, markers, at);
      const oldTombstones = new Map((await db.tombstones.bulkGet(plan.newMarkers.map((m) => tombstoneKey(m.entity, m.id)))).flatMap((t) => (t ? [[t.key, t] as const] : [])));
      await patch.put('tombstones', plan.newMarkers.map((m) => ({ ...m, key: tombstoneKey(m.entity, m.id), purged: oldTombstones.get(tombstoneKey(m.entity, m.id))?.purged ?? false })));
      await patch.put('history', newHistory);
      const names = { ...local.names, [exporter]: snapshot.exportedBy.user };
      const pointId = crypto.randomUUID();
      const conflicts: ConflictRow[] = plan.decisions
        .filter((d) => d.outcome === 'conflict')
        .map((d) => ({
          id: crypto.randomUUID(),
          createdAt: at,
          importId: pointId,
          fileName: options.fileName,
          entity: d.entity,
          recordId: d.id,
          parentId: d.parentId ?? null,
          label: d.label,
          fields: d.fields.filter((f) => f.concurrent),
          names: Object.fromEntries(d.fields.flatMap((f) => [hlcNode(f.localClock), hlcNode(f.incomingClock)]).map((n) => [n, names[n] ?? ''])),
          resolvedAt: null,
        }));
      // The conflict rows are part of the import: undoing it removes them.
      await patch.put('conflicts', conflicts);
      // Settings the undo must put back: what this laptop knows of others.
      await patch.remember('settings', ['vector', 'peers']);
      await observeFile(db, snapshot, exporter, now);
      const pointStarted = performance.now();
      const point = await takeRestorePoint(db, patch, 'before-import', options.fileName, now, pointId);
      await db.restorePoints.update(point.id, { importCounts: plan.counts, importMode: mode });
      const restorePointMs = patch.rememberMs + (performance.now() - pointStarted);
      const restorePointBytes = (await db.restorePointData.get(point.id))?.patch?.byteLength ?? 0;
      return ok({ restorePointId: point.id, counts: plan.counts, conflicts: conflicts.length, timings: { applyMs: performance.now() - started, restorePointMs, restorePointBytes } });
    }),
  );
}

/** After reading a file: the clock and vector move past it, and its laptop is remembered. */
/** True when this laptop already knows everything the file's laptop knew (and, for a full file, remembers it so). */
async function alreadyObserved(db: CamKetDatabase, snapshot: Snapshot, exporter: string): Promise<boolean> {
  if (missingFrom(await readVector(db), snapshot.vector).length > 0) return false;
  if (snapshot.scope.kind !== 'all') return true;
  const peer = (await readPeers(db))[exporter];
  return peer !== undefined && missingFrom(peer.vector, snapshot.vector).length === 0;
}

async function observeFile(db: CamKetDatabase, snapshot: Snapshot, exporter: string, now: Date): Promise<void> {
  const seen: Vector = {};
  let latest: string | null = null;
  const data = snapshot.data;
  for (const r of [...data.units, ...data.parties, ...data.agreements, ...data.commitments]) {
    for (const c of allClocks(r)) {
      if (latest === null || c > latest) latest = c;
      addToVector(seen, c);
    }
  }
  for (const m of data.deletions) if (latest === null || m.at > latest) latest = m.at;
  const full = snapshot.scope.kind === 'all';
  await observe(db, full ? { ...seen, ...mergeKnown(seen, snapshot.vector) } : seen, latest);
  if (full) {
    await rememberPeer(db, { node: exporter, user: snapshot.exportedBy.user, deviceId: snapshot.exportedBy.deviceId, vector: snapshot.vector, lastImportAt: now.toISOString() });
  }
}

function mergeKnown(a: Vector, b: Vector): Vector {
  const out = { ...a };
  for (const [node, c] of Object.entries(b)) if (!out[node] || out[node]! < c) out[node] = c;
  return out;
}

