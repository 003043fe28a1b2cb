/**
 * Runs a valibot schema and returns the issues as stable codes with the field's path, what was
 * expected and what was found — enough for a message in the user's language that names the field.
 */
import * as v from 'valibot';

export interface ValidationIssue {
  /** Dotted path to the field, e.g. "checkIns.3.asOf"; "" for the record itself. */
  path: string;
  /**
   * A stable code: our schemas' own ("required", "invalid-date", "percent-range" …), or
   * "missing" (no such field), "wrong-type" (e.g. a number given as text), "unknown-value" (none of
   * the allowed choices), "not-integer", "out-of-range" (a bound: see `expected`), and "invalid" for
   * anything else — never valibot's own issue type, which is no word for a person.
   */
  code: string;
  /** What was expected, for wrong-type: "string", "number" … */
  expected?: string;
  /** What was found, as valibot prints it: `"2025-02-31"`, `undefined`, `1`. */
  received?: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

const TYPE_ISSUES = new Set(['string', 'number', 'boolean', 'array', 'object', 'null', 'nullable', 'literal']);

/** valibot's issue types that have a word of ours; any other becomes "invalid". */
const OTHER_ISSUES: Record<string, string> = {
  variant: 'unknown-value',
  union: 'unknown-value',
  picklist: 'unknown-value',
  integer: 'not-integer',
  min_value: 'out-of-range',
  max_value: 'out-of-range',
  min_length: 'too-short',
  max_length: 'too-long',
};

function codeOf(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'object' && issue.received === 'undefined') return 'missing';
  if (/^[a-z-]+$/.test(issue.message)) return issue.message;
  if (TYPE_ISSUES.has(issue.type)) return 'wrong-type';
  return OTHER_ISSUES[issue.type] ?? 'invalid';
}

export function validate<TSchema extends v.GenericSchema>(schema: TSchema, input: unknown): Validated<v.InferOutput<TSchema>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => {
      const out: ValidationIssue = { path: (issue.path ?? []).map((p) => String(p.key)).join('.'), code: codeOf(issue) };
      if (issue.expected) out.expected = issue.expected;
      if (issue.received) out.received = issue.received;
      return out;
    }),
  };
}
