/**
 * Snapshot export and import, restore points and the conflict log. Anything that replaces data
 * invalidates every cached read, since it may touch any record.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listConflicts, putOtherValuesInUse } from '../data/repositories/conflicts';
import { listRestorePoints, restoreFromPoint } from '../data/repositories/restorePoints';
import { exportSnapshot, listPeers } from '../data/repositories/snapshots';
import type { SnapshotScope } from '../domain/snapshot/format';
import { announceChange } from './crossTab';
import { queryKeys } from './keys';
import { run } from './run';

export type { ConflictRow, RestorePointRow } from '../data/db';
export type { Peer } from '../data/sync';
export type { ImportMode, ImportPreview, ImportResult } from '../data/repositories/snapshots';

/** After a change to the data set, every cached read is stale (except the "ready" marker). */
export function useInvalidateData() {
  const client = useQueryClient();
  return () => {
    announceChange();
    return client.invalidateQueries({ predicate: (q) => q.queryKey[1] !== queryKeys.ready()[1] });
  };
}

export function useExportSnapshot() {
  const client = useQueryClient();
  return useMutation({
    /** `sinceNode`: only what changed since the last exchange with that laptop (an incremental file). */
    mutationFn: ({ scope, sinceNode }: { scope: SnapshotScope; sinceNode?: string }) => run((db) => exportSnapshot(db, scope, { appVersion: __APP_VERSION__, ...(sinceNode ? { sinceNode } : {}) })),
    // A full export is a backup: the reminder's clock restarts.
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.backup() }),
  });
}

/** Imports run in a worker, one session per file (see data/importSession.ts). */
export { openImportSession, type ImportSession } from '../data/importSession';
export type { FileProgress, ParsedFile } from '../data/importProtocol';

export const restorePointsQuery = () =>
  queryOptions({ queryKey: queryKeys.restorePoints(), queryFn: () => run((db) => listRestorePoints(db)) });
export const useRestorePoints = () => useQuery(restorePointsQuery());

export function useRestoreFromPoint() {
  const invalidate = useInvalidateData();
  return useMutation({ mutationFn: (id: string) => run((db) => restoreFromPoint(db, id)), onSuccess: invalidate });
}

export const conflictsQuery = () => queryOptions({ queryKey: queryKeys.conflicts(), queryFn: () => run((db) => listConflicts(db)) });
export const useConflicts = () => useQuery(conflictsQuery());

export function useUseOtherValues() {
  const invalidate = useInvalidateData();
  return useMutation({ mutationFn: (id: string) => run((db) => putOtherValuesInUse(db, id)), onSuccess: invalidate });
}

/** The laptops this one has received files from (for "changes since the last exchange with …"). */
export const peersQuery = () => queryOptions({ queryKey: queryKeys.peers(), queryFn: () => run((db) => listPeers(db)) });
export const usePeers = () => useQuery(peersQuery());
