/**
 * Snapshot export and import. An import is previewed first (nothing written), then applied in one
 * read-write transaction that also takes the restore point and writes the conflict log: if
 * anything fails midway, nothing at all has changed.
 */
import type { SnapshotData } from '../../domain/snapshot/canonical';
import { CURRENT_FORMAT_VERSION, SNAPSHOT_FORMAT, type Snapshot, type SnapshotScope } from '../../domain/snapshot/format';
import { loserKey, planMerge, planReplace, type MergeDecision, type MergePlan } from '../../domain/snapshot/merge';
import { findMissingReferences } from '../../domain/snapshot/references';
import { selectScope, snapshotFileName } from '../../domain/snapshot/scope';
import type { CamKetDatabase, ConflictRow } from '../db';
import { attempt, fail, ok, type Result } from '../errors';
import { dataAndHistoryTables, dataTables, readAllData, replaceAllData } from '../tables';
import { takeRestorePoint } from './restorePoints';
import { LAST_EXPORT_KEY, USER_NAME_KEY } from './settings';

export type ImportMode = 'merge' | 'replace';

const DEVICE_ID_KEY = 'deviceId';

/** This laptop's id, made once; it names the device in the snapshots it exports. */
async function deviceId(db: CamKetDatabase): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(DEVICE_ID_KEY);
    if (typeof row?.value === 'string') return row.value;
    const id = crypto.randomUUID();
    await db.settings.put({ key: DEVICE_ID_KEY, value: id });
    return id;
  });
}

export interface ExportedSnapshot {
  snapshot: Snapshot;
  fileName: string;
}

export function exportSnapshot(
  db: CamKetDatabase,
  scope: SnapshotScope,
  options: { appVersion: string; now?: Date },
): Promise<Result<ExportedSnapshot>> {
  return attempt(async () => {
    const now = options.now ?? new Date();
    const device = await deviceId(db);
    const { data, user } = await db.transaction('r', [...dataTables(db), db.settings], async () => ({
      data: await readAllData(db),
      user: (await db.settings.get(USER_NAME_KEY))?.value,
    }));
    if (scope.kind === 'agreement' && !data.agreements.some((a) => a.id === scope.agreementId)) {
      return fail({ code: 'not-found', subject: `agreement ${scope.agreementId}` });
    }
    // A full export is a backup: remember when, for the reminder.
    if (scope.kind === 'all') await db.settings.put({ key: LAST_EXPORT_KEY, value: now.toISOString() });
    const snapshot: Snapshot = {
      format: SNAPSHOT_FORMAT,
      formatVersion: CURRENT_FORMAT_VERSION,
      appVersion: options.appVersion,
      exportedAt: now.toISOString(),
      exportedBy: { deviceId: device, user: typeof user === 'string' ? user : '' },
      scope,
      data: selectScope(data, scope),
    };
    return ok({ snapshot, fileName: snapshotFileName(scope, now.toISOString().slice(0, 10)) });
  });
}

/** Reads what the import is measured against: the data, and the versions already in the conflict log. */
async function plan(db: CamKetDatabase, incoming: SnapshotData, mode: ImportMode): Promise<{ local: SnapshotData; plan: MergePlan }> {
  const [local, conflicts] = await Promise.all([readAllData(db), db.conflicts.toArray()]);
  if (mode === 'replace') return { local, plan: planReplace(local, incoming) };
  const logged = new Set(conflicts.map((c) => loserKey(c.entity, c.loser)));
  return { local, plan: planMerge(local, incoming, { alreadyLost: (key) => logged.has(key) }) };
}

export interface ImportPreview {
  mode: ImportMode;
  noChange: boolean;
  counts: MergePlan['counts'];
  /** Updates and conflicts, the first few hundred, for the side-by-side view. */
  decisions: MergeDecision[];
  decisionCount: number;
}

export const PREVIEW_DECISIONS_SHOWN = 200;

/** What an import would do. Reads only. Refused when the result would name missing records. */
export function previewImport(db: CamKetDatabase, snapshot: Snapshot, mode: ImportMode): Promise<Result<ImportPreview>> {
  return attempt(() =>
    db.transaction('r', [...dataTables(db), db.conflicts], async () => {
      const { plan: p } = await plan(db, snapshot.data, mode);
      const missing = findMissingReferences(p.result);
      if (missing.length > 0) return fail({ code: 'invalid', subject: 'snapshot', problems: missing.slice(0, 30) });
      return ok({ mode, noChange: p.noChange, counts: p.counts, decisions: p.decisions.slice(0, PREVIEW_DECISIONS_SHOWN), decisionCount: p.decisions.length });
    }),
  );
}

export interface ImportResult {
  /** The restore point taken before the import (restoring it undoes the import); null when nothing changed. */
  restorePointId: string | null;
  counts: MergePlan['counts'];
  conflicts: number;
}

/** Applies an import in one transaction, with its restore point and conflict log. */
export function applyImport(
  db: CamKetDatabase,
  snapshot: Snapshot,
  mode: ImportMode,
  options: { fileName: string; now?: Date },
): Promise<Result<ImportResult>> {
  const now = options.now ?? new Date();
  return attempt(() =>
    db.transaction('rw', [...dataAndHistoryTables(db)], async () => {
      const { local, plan: p } = await plan(db, snapshot.data, mode);
      const missing = findMissingReferences(p.result);
      if (missing.length > 0) return fail({ code: 'invalid', subject: 'snapshot', problems: missing.slice(0, 30) });
      // Nothing to write and nothing to log: no restore point either, the database stays as it is.
      if (p.noChange) return ok({ restorePointId: null, counts: p.counts, conflicts: 0 });

      const point = await takeRestorePoint(db, local, 'before-import', options.fileName, now);
      await db.restorePoints.update(point.id, { importCounts: p.counts, importMode: mode });
      if (mode === 'replace') await replaceAllData(db, p.result);
      else {
        await db.units.bulkPut(p.writes.units);
        await db.parties.bulkPut(p.writes.parties);
        await db.agreements.bulkPut(p.writes.agreements);
        await db.commitments.bulkPut(p.writes.commitments);
      }
      const conflicts: ConflictRow[] = p.decisions
        .filter((d) => d.outcome === 'conflict')
        .map((d) => ({
          id: crypto.randomUUID(),
          createdAt: now.toISOString(),
          importId: point.id,
          fileName: options.fileName,
          entity: d.entity,
          recordId: d.id,
          parentId: d.parentId ?? null,
          label: d.label,
          kept: d.kept,
          reason: d.reason,
          differences: d.differences,
          loser: d.loser,
          restoredAt: null,
        }));
      await db.conflicts.bulkAdd(conflicts);
      return ok({ restorePointId: point.id, counts: p.counts, conflicts: conflicts.length });
    }),
  );
}
