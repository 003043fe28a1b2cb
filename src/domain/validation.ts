/**
 * Runs a valibot schema and returns the issues as (path, code) pairs: the code is the message key
 * the UI translates ("required", "percent-range", "invalid-date" …), the path names the field.
 */
import * as v from 'valibot';

export interface ValidationIssue {
  /** Dotted path to the field, e.g. "checkIns.3.asOf"; "" for the record itself. */
  path: string;
  /** A stable code: the message given in the schema, or valibot's own issue type. */
  code: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export function validate<TSchema extends v.GenericSchema>(schema: TSchema, input: unknown): Validated<v.InferOutput<TSchema>> {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      path: (issue.path ?? []).map((p) => String(p.key)).join('.'),
      // Our schemas name their own codes; valibot's defaults are sentences, so use the issue type.
      code: /^[a-z-]+$/.test(issue.message) ? issue.message : issue.type,
    })),
  };
}
