/**
 * Reading a number typed in a form, the Vietnamese way, against the rules of a commitment's kind.
 * Shared by every form that takes a figure (progress reports, targets, baselines, milestones,
 * revisions) so that "2.283", "96,5" and the ambiguous "1,234" mean the same thing everywhere.
 */
import type { CommitmentKind } from '../model';
import { parseVietnameseNumber } from '../numbers';
import { kindValueProblem } from '../recordRules';

export type NumberProblemCode = 'required' | 'not-a-number' | 'ambiguous' | 'percent-range' | 'negative' | 'rank-range';

export interface NumberReading {
  /** The value to store; null when empty (and allowed) or unreadable. */
  value: number | null;
  problem?: { code: NumberProblemCode; candidates?: [number, number] };
}

/**
 * @param chosen the reading the user picked when the text was ambiguous ("1,234")
 * @param required whether an empty field is a problem
 */
export function readKindValue(kind: CommitmentKind, text: string, chosen: number | null, required: boolean): NumberReading {
  const parsed = parseVietnameseNumber(text);
  let value: number | null = null;
  if (parsed.ok) value = parsed.value;
  else if (parsed.reason === 'ambiguous') {
    if (chosen !== null && parsed.candidates.includes(chosen)) value = chosen;
    else return { value: null, problem: { code: 'ambiguous', candidates: parsed.candidates } };
  } else if (parsed.reason === 'empty') return required ? { value: null, problem: { code: 'required' } } : { value: null };
  else return { value: null, problem: { code: 'not-a-number' } };

  // The kind's range has one home, shared with the snapshot parser (see recordRules.ts).
  const range = kindValueProblem(kind, value);
  return range ? { value, problem: { code: range } } : { value };
}

/** The two readings of an ambiguous text, for the question shown to the user; undefined otherwise. */
export function ambiguousReadings(text: string): [number, number] | undefined {
  const parsed = parseVietnameseNumber(text);
  return !parsed.ok && parsed.reason === 'ambiguous' ? parsed.candidates : undefined;
}
