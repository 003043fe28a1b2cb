/**
 * The record rules of the forms, run on a snapshot file's records (see domain/recordRules.ts): a
 * report of 150 % for a percentage, a negative count, a report dated years ahead, two milestones
 * for one year — whatever the form refuses is refused from a file too, with the record and field.
 *
 * "Today" is passed in (the parser's `now`); a file's date may be up to one day ahead of today's
 * date in UTC, since a file carries no time zone (dates.ts, FUTURE_DATE_TOLERANCE_DAYS).
 */
import { latestAcceptedDate } from '../dates';
import type { Commitment } from '../model';
import { commitmentRuleProblems } from '../recordRules';
import type { SnapshotData } from './canonical';
import type { SnapshotProblem } from './parse';

function titleOf(c: Commitment): string {
  return c.title.length > 80 ? `${c.title.slice(0, 77)}…` : c.title;
}

/** Every broken record rule of the file's records, as problems that name the record and the field. */
export function recordRuleProblems(data: SnapshotData, now: Date): SnapshotProblem[] {
  const latest = latestAcceptedDate(now);
  const problems: SnapshotProblem[] = [];
  data.commitments.forEach((c, index) => {
    for (const issue of commitmentRuleProblems(c, latest)) {
      problems.push({
        code: 'invalid-field',
        entity: 'commitments',
        position: index + 1,
        recordId: c.id,
        recordTitle: titleOf(c),
        path: issue.path,
        issue: issue.code,
        received: issue.received,
        ...(issue.limit ? { limit: issue.limit } : {}),
      });
    }
  });
  return problems;
}
