/**
 * Revising a target by decision: the end target, or one year's milestone, changes to a new value,
 * citing the deciding document. The old value is kept in the revision, so the history and the
 * chart can show the original target beside the revised one.
 */
import { isIsoDate } from '../dates';
import type { Commitment, Period, TargetRevision } from '../model';
import { futureDateProblem } from '../recordRules';
import { readKindValue, type NumberProblemCode } from './numberRules';

export interface RevisionDraft {
  /** 'target' or a milestone year ("2027"). */
  appliesTo: string;
  valueText: string;
  chosen: number | null;
  decisionRef: string;
  decidedOn: string;
  note: string;
}

export type RevisionField = 'appliesTo' | 'value' | 'decisionRef' | 'decidedOn';
export interface RevisionProblem {
  field: RevisionField;
  code: NumberProblemCode | 'invalid-date' | 'in-future' | 'unchanged' | 'outside-period';
  candidates?: [number, number];
}

export const emptyRevisionDraft = (today: string): RevisionDraft => ({ appliesTo: 'target', valueText: '', chosen: null, decisionRef: '', decidedOn: today, note: '' });

/** The value in force now for what the draft revises. */
export function currentValue(c: Commitment, appliesTo: string): number | null {
  if (appliesTo === 'target') return c.target;
  return c.milestones.find((m) => m.year === Number(appliesTo))?.value ?? null;
}

export function checkRevisionDraft(c: Commitment, period: Period | null, draft: RevisionDraft, today: string): { problems: RevisionProblem[]; value: number | null } {
  const problems: RevisionProblem[] = [];
  if (draft.appliesTo !== 'target') {
    const year = Number(draft.appliesTo);
    if (!/^\d{4}$/.test(draft.appliesTo)) problems.push({ field: 'appliesTo', code: 'required' });
    else if (period && (year < period.startYear || year > period.endYear)) problems.push({ field: 'appliesTo', code: 'outside-period' });
  }
  const reading = readKindValue(c.kind, draft.valueText, draft.chosen, true);
  if (reading.problem) problems.push({ field: 'value', ...reading.problem });
  else if (reading.value === currentValue(c, draft.appliesTo)) problems.push({ field: 'value', code: 'unchanged' });
  if (!draft.decisionRef.trim()) problems.push({ field: 'decisionRef', code: 'required' });
  if (!draft.decidedOn) problems.push({ field: 'decidedOn', code: 'required' });
  else if (!isIsoDate(draft.decidedOn)) problems.push({ field: 'decidedOn', code: 'invalid-date' });
  else if (futureDateProblem(draft.decidedOn, today)) problems.push({ field: 'decidedOn', code: 'in-future' });
  return { problems, value: reading.problem ? null : reading.value };
}

/** The commitment with the revision applied and recorded (its meta is left to the caller). */
export function applyRevision(c: Commitment, draft: RevisionDraft, value: number, meta: { id: string; now: string }): { commitment: Commitment; revision: TargetRevision } {
  const appliesTo: TargetRevision['appliesTo'] = draft.appliesTo === 'target' ? 'target' : Number(draft.appliesTo);
  const revision: TargetRevision = {
    id: meta.id,
    createdAt: meta.now,
    updatedAt: meta.now,
    rev: 1,
    appliesTo,
    oldValue: currentValue(c, draft.appliesTo),
    newValue: value,
    decisionRef: draft.decisionRef.normalize('NFC').trim(),
    decidedOn: draft.decidedOn,
    note: draft.note.normalize('NFC').trim(),
  };
  const milestones =
    appliesTo === 'target'
      ? c.milestones
      : [...c.milestones.filter((m) => m.year !== appliesTo), { year: appliesTo, value }].sort((a, b) => a.year - b.year);
  return {
    commitment: { ...c, target: appliesTo === 'target' ? value : c.target, milestones, revisions: [...c.revisions, revision] },
    revision,
  };
}
