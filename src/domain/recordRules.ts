/**
 * The rules a record must meet beyond its shape, each with one home: the forms (checkInRules.ts,
 * editing/numberRules.ts, editing/revisionRules.ts), the spreadsheet import (through checkDraft) and
 * the snapshot parser (snapshot/rules.ts) all call these functions, so a value the form refuses is
 * refused from a file too, with the same rule and the same limit.
 *
 * The shape rules (types, date and instant patterns, years 1990–2100, `rev` ≤ 1,000,000,000, distinct
 * parties) live in the valibot schemas of model.ts, which every write and every import runs.
 */
import { isNumericKind, type CommitmentKind } from './enums';
import type { Agreement, CheckIn, Commitment, TargetRevision } from './model';

/**
 * The highest `rev` a record may carry: far beyond any real count of edits, and far inside the
 * integers a number holds exactly (a file's 2^53 could be stored but never raised). model.ts checks it.
 */
export const MAX_REV = 1_000_000_000;

/** The range of a figure for a commitment's kind: a percentage 0–100, a rank 1, 2, 3 …, otherwise ≥ 0. */
export type KindValueCode = 'percent-range' | 'rank-range' | 'negative';

export function kindValueProblem(kind: CommitmentKind, value: number): KindValueCode | null {
  if (kind === 'capped-percentage' && (value < 0 || value > 100)) return 'percent-range';
  if (kind === 'rank' && (value < 1 || !Number.isInteger(value))) return 'rank-range';
  if (value < 0) return 'negative';
  return null;
}

/**
 * A report or a decision may not be dated after `latest`: today's date for a form (the user's own
 * calendar), `latestAcceptedDate(now)` for a file (today plus a day for time zones, see dates.ts).
 * Both are `YYYY-MM-DD`, so the comparison is on the calendar.
 */
export function futureDateProblem(date: string, latest: string): 'in-future' | null {
  return date > latest ? 'in-future' : null;
}

export type RuleCode = KindValueCode | 'in-future' | 'duplicate-year' | 'before-signing';

/** A broken rule: the field's dotted path within the record, the rule, what was found and the limit. */
export interface RuleIssue {
  path: string;
  code: RuleCode;
  /** What was found, printed as in JSON: `150`, `"2031-03-15"`. */
  received: string;
  /** For 'in-future': the latest date accepted. */
  limit?: string;
}

function valueIssue(kind: CommitmentKind, value: number | null, path: string): RuleIssue | null {
  if (value === null || !isNumericKind(kind)) return null;
  const code = kindValueProblem(kind, value);
  return code ? { path, code, received: String(value) } : null;
}

function dateIssue(date: string, latest: string | null, path: string): RuleIssue | null {
  if (latest === null) return null;
  const code = futureDateProblem(date, latest);
  return code ? { path, code, received: JSON.stringify(date), limit: latest } : null;
}

const present = (issues: (RuleIssue | null)[]): RuleIssue[] => issues.filter((x): x is RuleIssue => x !== null);

/** A progress report against its commitment's kind: its value in range, its date not ahead of `latest`. */
export function checkInRuleProblems(kind: CommitmentKind, checkIn: Pick<CheckIn, 'value' | 'asOf'>, latest: string | null, prefix = ''): RuleIssue[] {
  return present([valueIssue(kind, checkIn.value, `${prefix}value`), dateIssue(checkIn.asOf, latest, `${prefix}asOf`)]);
}

/** A target revision: the new value in the kind's range, decided no later than `latest`. */
export function revisionRuleProblems(kind: CommitmentKind, revision: Pick<TargetRevision, 'newValue' | 'decidedOn'>, latest: string | null, prefix = ''): RuleIssue[] {
  return present([valueIssue(kind, revision.newValue, `${prefix}newValue`), dateIssue(revision.decidedOn, latest, `${prefix}decidedOn`)]);
}

/**
 * Every rule of a commitment and the reports and revisions it holds: baseline, target and
 * milestones in the kind's range, one milestone per year, and — when `latest` is given — no report
 * or decision dated after it. Paths are as in the stored record ("checkIns.3.value").
 */
export function commitmentRuleProblems(c: Commitment, latest: string | null): RuleIssue[] {
  const issues: RuleIssue[] = present([valueIssue(c.kind, c.baseline.value, 'baseline.value'), valueIssue(c.kind, c.target, 'target')]);
  const years = new Set<number>();
  c.milestones.forEach((m, i) => {
    if (years.has(m.year)) issues.push({ path: `milestones.${i}.year`, code: 'duplicate-year', received: String(m.year) });
    years.add(m.year);
    const value = valueIssue(c.kind, m.value, `milestones.${i}.value`);
    if (value) issues.push(value);
  });
  c.checkIns.forEach((ci, i) => issues.push(...checkInRuleProblems(c.kind, ci, latest, `checkIns.${i}.`)));
  c.revisions.forEach((r, i) => issues.push(...revisionRuleProblems(c.kind, r, latest, `revisions.${i}.`)));
  return issues;
}

/**
 * An agreement's closing (tổng kết giai đoạn): dated no later than `latest` and not before the
 * agreement was signed.
 */
export function agreementRuleProblems(a: Pick<Agreement, 'signedOn' | 'closing'>, latest: string | null): RuleIssue[] {
  if (!a.closing) return [];
  const issues = present([dateIssue(a.closing.closedOn, latest, 'closing.closedOn')]);
  if (a.closing.closedOn < a.signedOn) issues.push({ path: 'closing.closedOn', code: 'before-signing', received: JSON.stringify(a.closing.closedOn), limit: a.signedOn });
  return issues;
}
