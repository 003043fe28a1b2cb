/**
 * The rules a new progress report (check-in) must meet before it is saved, as pure functions:
 * errors block saving, warnings ask the user to confirm. Codes are translated by the UI.
 */
import { isIsoDate } from './dates';
import { latestCheckIn, type Assessment, type CheckIn, type Commitment, type Period } from './model';
import { readKindValue } from './editing/numberRules';
import { futureDateProblem } from './recordRules';

export interface CheckInDraft {
  asOf: string;
  /** The value as typed, Vietnamese style ("2.283", "96,5"). */
  valueText: string;
  /** When the typed value was ambiguous ("1,234"), the reading the user chose. */
  chosenValue: number | null;
  done: boolean | null;
  assessment: Assessment | null;
  narrative: string;
  evidenceNumber: string;
  evidenceTitle: string;
  reportedBy: string;
  /** The user confirmed the warnings shown. */
  confirmed: boolean;
}

/** A blank report dated today, signed by the given reporter. */
export function emptyDraft(today: string, reportedBy: string): CheckInDraft {
  return { asOf: today, valueText: '', chosenValue: null, done: null, assessment: null, narrative: '', evidenceNumber: '', evidenceTitle: '', reportedBy, confirmed: false };
}

export type DraftField = 'asOf' | 'value' | 'done' | 'assessment' | 'evidenceTitle' | 'reportedBy';

export interface DraftProblem {
  field: DraftField;
  code:
    | 'required'
    | 'invalid-date'
    | 'before-period'
    | 'after-period'
    | 'in-future'
    | 'not-a-number'
    | 'ambiguous'
    | 'percent-range'
    | 'negative'
    | 'rank-range'
    | 'evidence-title-required'
    /** A value for a commitment that takes done / not done, or the reverse (only a spreadsheet can give one). */
    | 'not-for-kind';
  /** For 'ambiguous': the two readings. */
  candidates?: [number, number];
}

export interface DraftWarning {
  field: DraftField;
  code: 'goes-backwards' | 'rank-worse' | 'same-date';
  previous?: { asOf: string; value: number | null };
}

export interface DraftCheck {
  errors: DraftProblem[];
  warnings: DraftWarning[];
  /** The value that would be stored (numeric kinds), once it parses. */
  value: number | null;
}

const NUMERIC = new Set(['capped-percentage', 'cumulative-count', 'count-per-year', 'rank']);

/**
 * Checks a draft against its commitment and agreement period. A report may be dated in the
 * period or in the first half of the year after it (the final report is often written then).
 */
export function checkDraft(c: Commitment, period: Period | null, draft: CheckInDraft, today: string, editingId?: string): DraftCheck {
  // When correcting a report, it is compared with the others, never with itself.
  const others = editingId ? c.checkIns.filter((x) => x.id !== editingId) : c.checkIns;
  const errors: DraftProblem[] = [];
  const warnings: DraftWarning[] = [];
  let value: number | null = null;

  if (!draft.asOf) errors.push({ field: 'asOf', code: 'required' });
  else if (!isIsoDate(draft.asOf)) errors.push({ field: 'asOf', code: 'invalid-date' });
  else {
    if (period && draft.asOf < `${period.startYear}-01-01`) errors.push({ field: 'asOf', code: 'before-period' });
    if (period && draft.asOf > `${period.endYear + 1}-06-30`) errors.push({ field: 'asOf', code: 'after-period' });
    // Shared with the snapshot parser, which allows a day for time zones (recordRules.ts, dates.ts).
    if (futureDateProblem(draft.asOf, today)) errors.push({ field: 'asOf', code: 'in-future' });
  }

  if (NUMERIC.has(c.kind)) {
    const reading = readKindValue(c.kind, draft.valueText, draft.chosenValue, true);
    // An out-of-range value is still read back to the user, but never stored.
    value = reading.problem && reading.problem.code !== 'percent-range' && reading.problem.code !== 'rank-range' && reading.problem.code !== 'negative' ? null : reading.value;
    if (reading.problem) errors.push({ field: 'value', ...reading.problem });
  } else if (c.kind === 'milestone' && draft.done === null) errors.push({ field: 'done', code: 'required' });
  // What the kind takes: a number for numeric kinds, done / not done for the others (see checkInFromDraft).
  if (!NUMERIC.has(c.kind) && draft.valueText.trim()) errors.push({ field: 'value', code: 'not-for-kind' });
  if (NUMERIC.has(c.kind) && draft.done !== null) errors.push({ field: 'done', code: 'not-for-kind' });

  if (draft.evidenceNumber.trim() && !draft.evidenceTitle.trim()) errors.push({ field: 'evidenceTitle', code: 'evidence-title-required' });
  if (!draft.reportedBy.trim()) errors.push({ field: 'reportedBy', code: 'required' });

  // Warnings: a cumulative count that falls, a rank that worsens, a second report for one date.
  const earlier = others.filter((x) => draft.asOf && x.asOf <= draft.asOf && !x.sample);
  const previous = latestCheckIn({ checkIns: earlier });
  if (value !== null && previous?.value != null) {
    const before = { asOf: previous.asOf, value: previous.value };
    if (c.kind === 'cumulative-count' && value < previous.value) warnings.push({ field: 'value', code: 'goes-backwards', previous: before });
    if (c.kind === 'rank' && value > previous.value) warnings.push({ field: 'value', code: 'rank-worse', previous: before });
  }
  if (draft.asOf && others.some((x) => x.asOf === draft.asOf && !x.sample)) warnings.push({ field: 'asOf', code: 'same-date' });

  return { errors, warnings, value };
}

/** The check-in to store, once checkDraft has no errors and the warnings are confirmed. */
export function checkInFromDraft(c: Commitment, draft: CheckInDraft, value: number | null): Omit<CheckIn, 'id' | 'createdAt' | 'updatedAt' | 'rev' | 'enteredAt'> {
  return {
    asOf: draft.asOf,
    value: NUMERIC.has(c.kind) ? value : null,
    done: c.kind === 'milestone' || c.kind === 'qualitative' ? draft.done : null,
    qualifier: null,
    narrative: draft.narrative.normalize('NFC').trim(),
    evidence: draft.evidenceTitle.trim() ? [{ documentNumber: draft.evidenceNumber.trim() || null, title: draft.evidenceTitle.normalize('NFC').trim(), url: null }] : [],
    reportedBy: draft.reportedBy.normalize('NFC').trim(),
    sample: false,
    assessment: c.kind === 'milestone' || c.kind === 'qualitative' ? draft.assessment : null,
  };
}

/** The draft that shows a stored report in the form, for correcting it. */
export function draftFromCheckIn(ci: CheckIn): CheckInDraft {
  const e = ci.evidence[0];
  return {
    asOf: ci.asOf,
    valueText: ci.value === null ? '' : String(ci.value).replace('.', ','),
    // "1,234" would be asked about: the stored value is the reading already chosen.
    chosenValue: ci.value,
    done: ci.done,
    assessment: ci.assessment ?? null,
    narrative: ci.narrative,
    evidenceNumber: e?.documentNumber ?? '',
    evidenceTitle: e?.title ?? '',
    reportedBy: ci.reportedBy,
    confirmed: false,
  };
}
