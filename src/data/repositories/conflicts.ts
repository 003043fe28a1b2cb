/**
 * The conflict log: the losing version of every merge conflict. Choosing a losing version writes it
 * back as a new revision (so it also wins on every other laptop that imports from here), and the
 * log entry then holds the version it replaced: choosing again swaps back.
 */
import type { CheckIn, Commitment, TargetRevision } from '../../domain/model';
import type { CamKetDatabase, ConflictRow } from '../db';
import { attempt, fail, ok, type Result } from '../errors';

export const CONFLICTS_LISTED = 500;

export function listConflicts(db: CamKetDatabase): Promise<Result<ConflictRow[]>> {
  return attempt(async () => ok(await db.conflicts.orderBy('createdAt').reverse().limit(CONFLICTS_LISTED).toArray()));
}

interface Versioned {
  id: string;
  rev: number;
  updatedAt: string;
}

function revived<T extends Versioned>(chosen: T, current: Versioned | undefined, now: string): T {
  return { ...chosen, rev: Math.max(chosen.rev, current?.rev ?? 0) + 1, updatedAt: now };
}

function swapEmbedded<T extends Versioned>(list: T[], chosen: T, now: string): { next: T[]; replaced: T | undefined } {
  const replaced = list.find((x) => x.id === chosen.id);
  const version = revived(chosen, replaced, now);
  return { next: replaced ? list.map((x) => (x.id === chosen.id ? version : x)) : [...list, version], replaced };
}

export function chooseLosingVersion(db: CamKetDatabase, conflictId: string, now: Date = new Date()): Promise<Result<void>> {
  const at = now.toISOString();
  return attempt(() =>
    db.transaction('rw', [db.conflicts, db.units, db.parties, db.agreements, db.commitments], async () => {
      const row = await db.conflicts.get(conflictId);
      if (!row) return fail({ code: 'not-found', subject: `conflict ${conflictId}` });
      let replaced: unknown;
      switch (row.entity) {
        case 'units':
        case 'parties':
        case 'agreements': {
          const table = db[row.entity] as unknown as { get(id: string): Promise<Versioned | undefined>; put(r: Versioned): Promise<unknown> };
          replaced = await table.get(row.recordId);
          await table.put(revived(row.loser as Versioned, replaced as Versioned | undefined, at));
          break;
        }
        case 'commitments': {
          const current = await db.commitments.get(row.recordId);
          replaced = current;
          // The log keeps a commitment's own fields only (see domain/snapshot/merge.ts).
          const chosen = row.loser as Omit<Commitment, 'checkIns' | 'revisions'>;
          // The commitment's own fields come back; its check-ins and revisions stay as merged.
          await db.commitments.put({ ...revived(chosen, current, at), checkIns: current?.checkIns ?? [], revisions: current?.revisions ?? [] });
          break;
        }
        case 'checkIns':
        case 'revisions': {
          const parent = row.parentId ? await db.commitments.get(row.parentId) : undefined;
          if (!parent) return fail({ code: 'not-found', subject: `commitment ${row.parentId ?? ''}` });
          const swap =
            row.entity === 'checkIns'
              ? swapEmbedded<CheckIn>(parent.checkIns, row.loser as CheckIn, at)
              : swapEmbedded<TargetRevision>(parent.revisions, row.loser as TargetRevision, at);
          replaced = swap.replaced;
          await db.commitments.put({ ...parent, [row.entity]: swap.next, rev: parent.rev + 1, updatedAt: at });
          break;
        }
      }
      const next: Partial<ConflictRow> = { loser: replaced ?? null, restoredAt: at, kept: row.kept === 'local' ? 'incoming' : 'local' };
      await db.conflicts.update(row.id, next);
      return ok(undefined);
    }),
  );
}
