/**
 * Closing a period (tổng kết giai đoạn): the standing body records, for each commitment of an
 * agreement, its final assessment — đạt, đạt một phần, không đạt, chuyển sang giai đoạn sau — with
 * the reason where it was not fully achieved, and the date and number of the closing report.
 *
 * From the closing date on the agreement is closed: its commitments show their final assessment
 * instead of a computed status and leave the overdue and due-soon counts (status/engine.ts). A
 * closing can be reopened (the final assessments are then cleared, and kept in the history).
 */
import { isIsoDate } from '../dates';
import type { FinalResult } from '../enums';
import type { Agreement, Closing, Commitment, FinalAssessment } from '../model';
import { futureDateProblem } from '../recordRules';
import type { Status } from '../status/engine';

/** How long the short texts may be: a document number, and a reason or a closing note. */
export const MAX_DOCUMENT_NUMBER = 100;
export const MAX_CLOSING_NOTE = 2_000;

export interface ClosingDraft {
  closedOn: string;
  documentNumber: string;
  note: string;
  /** Per commitment id: the result chosen ('' until chosen) and the reason. */
  results: Record<string, { result: FinalResult | ''; note: string }>;
}

export type ClosingField = 'closedOn' | 'documentNumber' | 'note';
export type ClosingProblem =
  | { field: ClosingField; code: 'required' | 'invalid-date' | 'in-future' | 'before-signing' | 'too-long'; limit?: string | number }
  | { commitmentId: string; field: 'result' | 'reason'; code: 'required' | 'too-long'; limit?: number };

/** Results that need a reason (nguyên nhân): what was not fully achieved. */
export const NEEDS_REASON: readonly FinalResult[] = ['partly-achieved', 'not-achieved'];

/**
 * The result a status suggests at the closing: a target met by the latest report is "đạt";
 * nothing else is guessed — the committee decides.
 */
export function suggestedResult(status: Status): FinalResult | '' {
  return status === 'achieved' || status === 'achieved-late' ? 'achieved' : '';
}

/** A new closing form: dated today, each commitment's result suggested by its status on that day. */
export function closingDraft(commitments: readonly Pick<Commitment, 'id' | 'finalAssessment'>[], statusOf: (id: string) => Status, today: string): ClosingDraft {
  const results: ClosingDraft['results'] = {};
  for (const c of commitments) results[c.id] = c.finalAssessment ? { result: c.finalAssessment.result, note: c.finalAssessment.note } : { result: suggestedResult(statusOf(c.id)), note: '' };
  return { closedOn: today, documentNumber: '', note: '', results };
}

export interface ClosingPlan {
  closing: Closing;
  /** Per commitment id. */
  results: Map<string, FinalAssessment>;
}

/**
 * Checks a closing form against its agreement: the date is real, not before the signing and not
 * after today; every commitment has a result, and a reason when it was not fully achieved.
 */
export function checkClosing(agreement: Pick<Agreement, 'signedOn'>, commitments: readonly Pick<Commitment, 'id'>[], draft: ClosingDraft, today: string): { problems: ClosingProblem[]; plan: ClosingPlan | null } {
  const problems: ClosingProblem[] = [];
  if (!draft.closedOn) problems.push({ field: 'closedOn', code: 'required' });
  else if (!isIsoDate(draft.closedOn)) problems.push({ field: 'closedOn', code: 'invalid-date' });
  else if (futureDateProblem(draft.closedOn, today)) problems.push({ field: 'closedOn', code: 'in-future', limit: today });
  else if (draft.closedOn < agreement.signedOn) problems.push({ field: 'closedOn', code: 'before-signing', limit: agreement.signedOn });
  if (draft.documentNumber.trim().length > MAX_DOCUMENT_NUMBER) problems.push({ field: 'documentNumber', code: 'too-long', limit: MAX_DOCUMENT_NUMBER });
  if (draft.note.trim().length > MAX_CLOSING_NOTE) problems.push({ field: 'note', code: 'too-long', limit: MAX_CLOSING_NOTE });
  const results = new Map<string, FinalAssessment>();
  for (const c of commitments) {
    const entry = draft.results[c.id] ?? { result: '', note: '' };
    const note = entry.note.normalize('NFC').trim();
    if (!entry.result) problems.push({ commitmentId: c.id, field: 'result', code: 'required' });
    else if (NEEDS_REASON.includes(entry.result) && !note) problems.push({ commitmentId: c.id, field: 'reason', code: 'required' });
    if (note.length > MAX_CLOSING_NOTE) problems.push({ commitmentId: c.id, field: 'reason', code: 'too-long', limit: MAX_CLOSING_NOTE });
    if (entry.result) results.set(c.id, { result: entry.result, note });
  }
  if (problems.length > 0) return { problems, plan: null };
  const documentNumber = draft.documentNumber.normalize('NFC').trim();
  return { problems, plan: { closing: { closedOn: draft.closedOn, documentNumber: documentNumber || null, note: draft.note.normalize('NFC').trim() }, results } };
}

/** How many commitments got each result: the closing's summary line. */
export function resultCounts(commitments: readonly Pick<Commitment, 'finalAssessment'>[]): Record<FinalResult | 'unassessed', number> {
  const counts = { achieved: 0, 'partly-achieved': 0, 'not-achieved': 0, 'carried-over': 0, unassessed: 0 };
  for (const c of commitments) counts[c.finalAssessment?.result ?? 'unassessed']++;
  return counts;
}

/** The commitments a renewal carries over by default: those the closing sent to the next period. */
export function carriedOver(commitments: readonly Pick<Commitment, 'id' | 'finalAssessment'>[]): string[] {
  return commitments.filter((c) => c.finalAssessment?.result === 'carried-over').map((c) => c.id);
}
