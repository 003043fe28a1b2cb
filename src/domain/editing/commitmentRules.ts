/**
 * The commitment form as pure functions: a draft of what the user typed, the rules it must meet
 * (errors block saving; each names its field and a code the UI translates), and the fields to
 * store. Figures are read the Vietnamese way (see numberRules.ts).
 */
import { isIsoDate } from '../dates';
import { isNumericKind, type Commitment, type CommitmentKind, type Expectation, type Milestone, type Period, type Pillar, type ReportingCadence } from '../model';
import { readKindValue, type NumberProblemCode } from './numberRules';
import type { CommitmentTemplate } from './templates';

export interface NumberDraft {
  text: string;
  /** The reading the user chose for an ambiguous text. */
  chosen: number | null;
}

export interface CommitmentDraft {
  clause: string;
  title: string;
  description: string;
  pillar: Pillar;
  kind: CommitmentKind;
  unit: string;
  cadence: ReportingCadence;
  /** '' for the kind's default. */
  expectation: Expectation | '';
  /** Lower is better (processing time, incidents): a choice only where the kind allows it (see canChooseDirection). */
  lowerIsBetter: boolean;
  baseline: NumberDraft;
  baselineAsOf: string;
  baselineNote: string;
  milestones: { year: string; value: NumberDraft }[];
  target: NumberDraft;
  targetNote: string;
  dueOn: string;
  leadPartyId: string;
  manualStatus: '' | 'paused' | 'dropped';
}

const blank = (): NumberDraft => ({ text: '', chosen: null });
const numberText = (value: number | null): NumberDraft => ({ text: value === null ? '' : String(value).replace('.', ','), chosen: value });

export function emptyCommitmentDraft(): CommitmentDraft {
  return {
    clause: '',
    title: '',
    description: '',
    pillar: 'digital-infrastructure',
    kind: 'capped-percentage',
    unit: '%',
    cadence: 'half-yearly',
    expectation: '',
    lowerIsBetter: false,
    baseline: blank(),
    baselineAsOf: '',
    baselineNote: '',
    milestones: [],
    target: blank(),
    targetNote: '',
    dueOn: '',
    leadPartyId: '',
    manualStatus: '',
  };
}

/** Fills what a template decides; leaves the figures and dates the user already typed. */
export function applyTemplate(draft: CommitmentDraft, template: CommitmentTemplate): CommitmentDraft {
  return {
    ...draft,
    title: template.title,
    pillar: template.pillar,
    kind: template.kind,
    unit: template.unit,
    cadence: template.cadence,
    expectation: template.expectation ?? '',
    lowerIsBetter: template.lowerIsBetter ?? false,
    targetNote: draft.targetNote || template.basis,
  };
}

export function draftFromCommitment(c: Commitment): CommitmentDraft {
  return {
    clause: c.clause === '—' ? '' : c.clause,
    title: c.title,
    description: c.description,
    pillar: c.pillar,
    kind: c.kind,
    unit: c.unit,
    cadence: c.cadence,
    expectation: c.expectation ?? '',
    lowerIsBetter: c.lowerIsBetter === true,
    baseline: numberText(c.baseline.value),
    baselineAsOf: c.baseline.asOf ?? '',
    baselineNote: c.baseline.note,
    milestones: c.milestones.map((m) => ({ year: String(m.year), value: numberText(m.value) })),
    target: numberText(c.target),
    targetNote: c.targetNote,
    dueOn: c.dueOn ?? '',
    leadPartyId: c.leadPartyId ?? '',
    manualStatus: c.manualStatus ?? '',
  };
}

/** A field of the form: a plain name, or `milestone.<index>.year|value`. */
export type CommitmentField = 'title' | 'unit' | 'baseline' | 'baselineAsOf' | 'target' | 'dueOn' | `milestone.${number}.year` | `milestone.${number}.value`;

export type CommitmentProblemCode =
  | NumberProblemCode
  | 'invalid-date'
  | 'year-invalid'
  | 'outside-period'
  | 'duplicate-year'
  | 'unit-required'
  | 'too-long';

export interface CommitmentProblem {
  field: CommitmentField;
  code: CommitmentProblemCode;
  candidates?: [number, number];
}

/** What the form stores, once it has no problems. */
export type CommitmentFields = Pick<
  Commitment,
  'clause' | 'title' | 'description' | 'pillar' | 'kind' | 'unit' | 'cadence' | 'milestones' | 'target' | 'targetNote' | 'dueOn' | 'leadPartyId' | 'manualStatus'
> & { expectation: Expectation | undefined; lowerIsBetter: boolean; baseline: { value: number | null; asOf: string | null; note: string } };

/**
 * Where the direction is the user's choice: a share or a count can be lower-is-better (processing
 * time, incidents, late files). A rank always is; a per-year count (a plan to reach each year),
 * a milestone and a qualitative commitment have none.
 */
export const canChooseDirection = (kind: CommitmentKind): boolean => kind === 'capped-percentage' || kind === 'cumulative-count';

export interface CommitmentCheck {
  problems: CommitmentProblem[];
  fields: CommitmentFields;
}

const clean = (s: string) => s.normalize('NFC').trim();

export function checkCommitmentDraft(draft: CommitmentDraft, period: Period | null): CommitmentCheck {
  const problems: CommitmentProblem[] = [];
  const numeric = isNumericKind(draft.kind);
  const read = (field: CommitmentField, n: NumberDraft, required = false): number | null => {
    if (!numeric) return null;
    const r = readKindValue(draft.kind, n.text, n.chosen, required);
    if (r.problem) problems.push({ field, ...r.problem });
    return r.problem ? null : r.value;
  };

  const title = clean(draft.title);
  if (!title) problems.push({ field: 'title', code: 'required' });
  else if (title.length > 2_000) problems.push({ field: 'title', code: 'too-long' });
  if (numeric && !clean(draft.unit)) problems.push({ field: 'unit', code: 'unit-required' });

  const baseline = read('baseline', draft.baseline);
  if (draft.baselineAsOf && !isIsoDate(draft.baselineAsOf)) problems.push({ field: 'baselineAsOf', code: 'invalid-date' });
  const target = read('target', draft.target);

  const milestones: Milestone[] = [];
  const seen = new Set<number>();
  draft.milestones.forEach((m, i) => {
    const year = Number(m.year.trim());
    const yearOk = /^\d{4}$/.test(m.year.trim());
    if (!yearOk) problems.push({ field: `milestone.${i}.year`, code: m.year.trim() ? 'year-invalid' : 'required' });
    else if (period && (year < period.startYear || year > period.endYear)) problems.push({ field: `milestone.${i}.year`, code: 'outside-period' });
    else if (seen.has(year)) problems.push({ field: `milestone.${i}.year`, code: 'duplicate-year' });
    seen.add(year);
    const value = numeric ? read(`milestone.${i}.value`, m.value, true) : null;
    if (yearOk && value !== null) milestones.push({ year, value });
  });
  milestones.sort((a, b) => a.year - b.year);

  if (draft.dueOn) {
    if (!isIsoDate(draft.dueOn)) problems.push({ field: 'dueOn', code: 'invalid-date' });
    else if (period && (Number(draft.dueOn.slice(0, 4)) < period.startYear || Number(draft.dueOn.slice(0, 4)) > period.endYear)) problems.push({ field: 'dueOn', code: 'outside-period' });
  }

  return {
    problems,
    fields: {
      clause: clean(draft.clause) || '—',
      title,
      description: clean(draft.description),
      pillar: draft.pillar,
      kind: draft.kind,
      unit: clean(draft.unit),
      cadence: draft.cadence,
      expectation: draft.expectation || undefined,
      lowerIsBetter: canChooseDirection(draft.kind) && draft.lowerIsBetter,
      baseline: { value: baseline, asOf: draft.baselineAsOf && isIsoDate(draft.baselineAsOf) ? draft.baselineAsOf : null, note: clean(draft.baselineNote) },
      milestones,
      target,
      targetNote: clean(draft.targetNote),
      dueOn: draft.dueOn && isIsoDate(draft.dueOn) ? draft.dueOn : null,
      leadPartyId: draft.leadPartyId || null,
      manualStatus: draft.manualStatus || null,
    },
  };
}

/**
 * The record to store: a new commitment, or the edited one with the form's fields over it. The
 * baseline keeps its qualifier ("trên 98%") and evidence while its value is unchanged.
 */
export function commitmentFromFields(
  fields: CommitmentFields,
  base: { existing: Commitment } | { agreementId: string; territoryUnitId: string | null; id: string; now: string },
): Commitment {
  const { expectation, lowerIsBetter, baseline, ...rest } = fields;
  if ('existing' in base) {
    const e = base.existing;
    const sameBaseline = e.baseline.value === baseline.value;
    const next: Commitment = {
      ...e,
      ...rest,
      baseline: { ...e.baseline, ...baseline, qualifier: sameBaseline ? e.baseline.qualifier : null, evidence: e.baseline.evidence },
    };
    if (expectation) next.expectation = expectation;
    else delete next.expectation;
    if (lowerIsBetter) next.lowerIsBetter = true;
    else delete next.lowerIsBetter;
    return next;
  }
  const created: Commitment = {
    id: base.id,
    createdAt: base.now,
    updatedAt: base.now,
    rev: 1,
    agreementId: base.agreementId,
    ...rest,
    baseline: { ...baseline, qualifier: null, evidence: [] },
    supportPartyIds: [],
    territoryUnitId: base.territoryUnitId,
    territoryNote: '',
    checkIns: [],
    revisions: [],
  };
  if (expectation) created.expectation = expectation;
  if (lowerIsBetter) created.lowerIsBetter = true;
  return created;
}
