/**
 * The conflict log: every field that two laptops changed without knowing of each other's change,
 * with both values, who changed each and when (the merge keeps the later one; see
 * domain/snapshot/merge.ts).
 *
 * "Use the other value" writes the value the merge did not keep as a NEW local change (a fresh
 * clock), so it also wins on every laptop that later imports from here. It goes through the same
 * check as every other way in (domain/snapshot/rules.ts writeProblems: schema, the form's rules,
 * references against everything stored); a value that would break one is refused with the
 * problems, and nothing is written. Choosing again swaps back, again as a new change.
 */
import { diffFields } from '../../domain/editing/history';
import type { AdminUnit, Agreement, CheckIn, Commitment, Party, TargetRevision } from '../../domain/model';
import type { FieldChange } from '../../domain/snapshot/merge';
import { writeProblems } from '../../domain/snapshot/rules';
import { fromSlots, NOT_SLOTS, slotsOf, stamp, type Clocked } from '../../domain/sync/clocks';
import type { CamKetDatabase, ConflictRow } from '../db';
import { attempt, fail, ok, refuse, type Result } from '../errors';
import { readAllData } from '../tables';
import { beginChange, historyTables, recordHistory } from './history';

export const CONFLICTS_LISTED = 500;

export function listConflicts(db: CamKetDatabase): Promise<Result<ConflictRow[]>> {
  return attempt(async () => ok(await db.conflicts.orderBy('createdAt').reverse().limit(CONFLICTS_LISTED).toArray()));
}

/** The value the merge did not keep. */
export const otherValue = (f: FieldChange): unknown => (f.kept === 'local' ? f.incoming : f.local);

/** The record with the conflict's fields set to the values not kept (the clock is stamped later). */
function withOtherValues<T extends Clocked>(record: T, fields: FieldChange[]): T {
  const slots = slotsOf(record);
  for (const f of fields) {
    const value = otherValue(f);
    if (value === null && f.slot.startsWith('milestones.')) slots.delete(f.slot);
    else slots.set(f.slot, value);
  }
  const bookkeeping: Partial<T> = {};
  for (const key of NOT_SLOTS) if (key in record) (bookkeeping as Record<string, unknown>)[key] = (record as Record<string, unknown>)[key];
  return fromSlots<T>(bookkeeping, slots);
}

type Entity = ConflictRow['entity'];

/**
 * Writes the other values of a conflict as a new change. Refused (nothing written) when the record
 * is gone (deleted since) or when the result breaks a rule or a reference.
 */
export function putOtherValuesInUse(db: CamKetDatabase, conflictId: string, now: Date = new Date()): Promise<Result<void>> {
  const at = now.toISOString();
  return attempt(() =>
    db.transaction('rw', [db.conflicts, db.units, db.parties, db.agreements, db.commitments, ...historyTables(db)], async (): Promise<Result<void>> => {
      const row = await db.conflicts.get(conflictId);
      if (!row) return fail({ code: 'not-found', subject: `conflict ${conflictId}` });
      const fields = row.fields.filter((f) => f.concurrent);
      const data = await readAllData(db);
      const clock = await beginChange(db, at);
      const entity: Entity = row.entity;
      let recordId = row.recordId;
      let before: object;
      let after: object;
      if (entity === 'checkIns' || entity === 'revisions') {
        const parent = data.commitments.find((c) => c.id === row.parentId);
        const list: (CheckIn | TargetRevision)[] | undefined = parent?.[entity];
        const child = list?.find((x) => x.id === row.recordId);
        if (!parent || !child) return fail({ code: 'not-found', subject: row.label });
        const changed = withOtherValues(child, fields);
        const next = stamp(parent, { ...parent, [entity]: list!.map((x) => (x.id === child.id ? changed : x)), rev: parent.rev + 1, updatedAt: at }, clock);
        data.commitments = data.commitments.map((c) => (c.id === parent.id ? next : c));
        recordId = parent.id;
        before = child;
        after = changed;
      } else {
        const list = data[entity] as (AdminUnit | Party | Agreement | Commitment)[];
        const record = list.find((r) => r.id === row.recordId);
        if (!record) return fail({ code: 'not-found', subject: row.label });
        const next = stamp(record, { ...withOtherValues(record, fields), rev: record.rev + 1, updatedAt: at }, clock);
        (data[entity] as unknown[]) = list.map((r) => (r.id === record.id ? next : r));
        before = record;
        after = next;
      }
      const problems = writeProblems(data, (e, id) => e === (entity === 'checkIns' || entity === 'revisions' ? 'commitments' : entity) && id === recordId, now);
      // Thrown, not returned: the transaction aborts and the clock it took is not kept either.
      if (problems.length > 0) refuse({ code: 'invalid', subject: 'snapshot', problems: problems.slice(0, 30) });
      const target = entity === 'checkIns' || entity === 'revisions' ? 'commitments' : entity;
      const written = (data[target] as { id: string }[]).find((r) => r.id === recordId)!;
      await (db[target] as unknown as { put(r: unknown): Promise<unknown> }).put(written);
      const subject = entity === 'checkIns' ? 'check-in' : entity === 'revisions' ? 'revision' : entity === 'agreements' ? 'agreement' : 'commitment';
      if (entity !== 'units' && entity !== 'parties') await recordHistory(db, { recordId, subject, action: 'update', label: row.label, changes: diffFields(before, after) }, at, clock);
      await db.conflicts.update(row.id, {
        fields: row.fields.map((f) => (f.concurrent ? { ...f, kept: f.kept === 'local' ? 'incoming' : 'local' } : f)),
        resolvedAt: row.resolvedAt ? null : at,
      });
      return ok(undefined);
    }),
  );
}
