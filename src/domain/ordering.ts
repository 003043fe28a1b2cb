/**
 * Clause order — the one rule for "in the order of the agreement", used by the agreement page,
 * the lists, the report and the spreadsheet.
 *
 * Clauses are read as people number them: digit runs compare as numbers ("2" before "10",
 * "2.9" before "2.10"), the rest in Vietnamese order; a commitment with no clause ("" or "—")
 * comes last; equal clauses keep the order they were entered in (by id).
 */
const clauseCollator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

const NO_CLAUSE = /^[\s—–-]*$/;

export function compareClauses(a: string, b: string): number {
  const noA = NO_CLAUSE.test(a);
  const noB = NO_CLAUSE.test(b);
  if (noA || noB) return noA === noB ? 0 : noA ? 1 : -1;
  return clauseCollator.compare(a.trim(), b.trim());
}

/** Commitments in clause order, then in the order they were entered. */
export function compareByClause(x: { clause: string; id: string }, y: { clause: string; id: string }): number {
  return compareClauses(x.clause, y.clause) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
}
