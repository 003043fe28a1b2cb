/**
 * The record rules of the forms, run on a snapshot file's records (see domain/recordRules.ts): a
 * report of 150 % for a percentage, a negative count, a report dated years ahead, two milestones
 * for one year — whatever the form refuses is refused from a file too, with the record and field.
 *
 * "Today" is passed in (the parser's `now`); a file's date may be up to one day ahead of today's
 * date in UTC, since a file carries no time zone (dates.ts, FUTURE_DATE_TOLERANCE_DAYS).
 */
import { latestAcceptedDate } from '../dates';
import { AdminUnitSchema, AgreementSchema, CommitmentSchema, PartySchema, type Commitment } from '../model';
import { agreementRuleProblems, commitmentRuleProblems } from '../recordRules';
import { validate } from '../validation';
import type { SnapshotData } from './canonical';
import type { SnapshotProblem } from './parse';
import { findMissingReferences } from './references';

/** A record's title as a message names it: about 80 characters at most. */
export function cutTitle(title: string): string {
  return title.length > 80 ? `${title.slice(0, 77)}…` : title;
}

const titleOf = (c: Commitment): string => cutTitle(c.title);

/** Every broken record rule of the file's records, as problems that name the record and the field. */
export function recordRuleProblems(data: SnapshotData, now: Date): SnapshotProblem[] {
  const latest = latestAcceptedDate(now);
  const problems: SnapshotProblem[] = [];
  data.agreements.forEach((a, index) => {
    for (const issue of agreementRuleProblems(a, latest)) {
      problems.push({ code: 'invalid-field', entity: 'agreements', position: index + 1, recordId: a.id, recordTitle: cutTitle(a.title), path: issue.path, issue: issue.code, received: issue.received, ...(issue.limit ? { limit: issue.limit } : {}) });
    }
  });
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

/**
 * The check before anything is written, whatever the way in (an import's merge result, the
 * conflict log's "use the other values"): every reference of the whole resulting data resolves,
 * and every record about to be written passes the model's schema and the form's rules.
 * `written(entity, id)` says which records the write touches (a commitment is written when one of
 * its check-ins is).
 */
export function writeProblems(result: SnapshotData, written: (entity: string, id: string) => boolean, now: Date): SnapshotProblem[] {
  const problems: SnapshotProblem[] = [...findMissingReferences(result)];
  const touched: SnapshotData = {
    units: result.units.filter((r) => written('units', r.id)),
    parties: result.parties.filter((r) => written('parties', r.id)),
    agreements: result.agreements.filter((r) => written('agreements', r.id)),
    commitments: result.commitments.filter((r) => written('commitments', r.id) || r.checkIns.some((x) => written('checkIns', x.id)) || r.revisions.some((x) => written('revisions', x.id))),
  };
  const schemas = { units: AdminUnitSchema, parties: PartySchema, agreements: AgreementSchema, commitments: CommitmentSchema } as const;
  for (const entity of ['units', 'parties', 'agreements', 'commitments'] as const) {
    for (const record of touched[entity]) {
      const checked = validate(schemas[entity], record);
      if (checked.ok) continue;
      const title = 'title' in record ? record.title : record.name;
      for (const issue of checked.issues) problems.push({ code: 'invalid-field', entity, recordId: record.id, recordTitle: title, path: issue.path, issue: issue.code, expected: issue.expected, received: issue.received });
    }
  }
  problems.push(...recordRuleProblems(touched, now));
  return problems;
}
