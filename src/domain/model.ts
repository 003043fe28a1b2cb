/**
 * The domain model of Cam kết, as valibot schemas.
 *
 * The TypeScript types of every stored record are inferred from these schemas, so the code that
 * writes IndexedDB and the code that validates an imported file can never drift apart.
 * See docs/data-model.md for the prose version.
 */
import * as v from 'valibot';
import { isIsoDate, isIsoTimestamp } from './dates';
import { MAX_REV } from './recordRules';
import { isHlc } from './sync/hlc';

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

/** A calendar date `YYYY-MM-DD` that exists (31/02 is refused). */
export const IsoDate = v.pipe(
  v.string(),
  v.check(isIsoDate, 'invalid-date'),
);
/** An instant, `2025-08-21T10:00:00.000Z`. */
export const IsoTimestamp = v.pipe(v.string(), v.check(isIsoTimestamp, 'invalid-timestamp'));
export const Id = v.pipe(v.string(), v.minLength(1, 'required'), v.maxLength(200, 'too-long'));
const Text = v.pipe(v.string(), v.maxLength(20_000, 'too-long'));
const RequiredText = v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(2_000, 'too-long'));
const Year = v.pipe(v.number(), v.integer('not-integer'), v.minValue(1990, 'year-range'), v.maxValue(2100, 'year-range'));
const FiniteNumber = v.pipe(v.number('not-a-number'), v.finite('not-finite'));

/**
 * Every stored record carries these, so that two laptops' copies of the same record can later be
 * merged deterministically: a stable string id, when it was made and last changed, and a revision
 * counter raised by one on every change.
 */
export const recordMeta = {
  id: Id,
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
  /** 1 … MAX_REV: far beyond any real count of edits, and well inside the integers a number holds exactly. */
  rev: v.pipe(v.number(), v.integer('not-integer'), v.minValue(1, 'rev-range'), v.maxValue(MAX_REV, 'rev-range')),
  /**
   * When each field last changed, as hybrid-logical-clock timestamps (domain/sync/clocks.ts).
   * Optional in storage (records written before format 2 have none); required in format-2 files.
   */
  clock: v.optional(v.record(v.pipe(v.string(), v.maxLength(64, 'too-long')), v.pipe(v.string(), v.check((s: string) => isHlc(s), 'invalid-clock')))),
} as const;

// Enumerations live in ./enums (free of valibot, so that screens needing only a list of codes do
// not download the schema library); re-exported here so that the model stays one import.
export * from './enums';
import { COMMITMENT_KINDS, isNumericKind, PILLARS, AGREEMENT_KINDS, PARTY_KINDS, UNIT_KINDS, REPORTING_CADENCES, MANUAL_STATUSES, ASSESSMENTS, EXPECTATIONS, FINAL_RESULTS } from './enums';

// ---------------------------------------------------------------------------------------------
// Administrative units and parties
// ---------------------------------------------------------------------------------------------

/**
 * A province or centrally-run city. A unit that was merged away keeps its record, with the unit
 * that succeeded it, the date the successor took over and the resolution that decided it
 * (Hải Dương → TP Hải Phòng, 01/7/2025, NQ 202/2025/QH15).
 */
export const AdminUnitSchema = v.object({
  ...recordMeta,
  name: RequiredText,
  kind: v.picklist(UNIT_KINDS, 'unknown-value'),
  successorId: v.nullable(Id),
  mergedOn: v.nullable(IsoDate),
  mergeResolution: v.nullable(Text),
});
export type AdminUnit = v.InferOutput<typeof AdminUnitSchema>;

/** A signing party: a province's People's Committee, an enterprise, or an alliance of enterprises. */
export const PartySchema = v.object({
  ...recordMeta,
  kind: v.picklist(PARTY_KINDS, 'unknown-value'),
  name: RequiredText,
  shortName: RequiredText,
  /** For a People's Committee: the unit it governs. */
  unitId: v.nullable(Id),
  /** For an alliance: the enterprises it is made of. */
  memberIds: v.array(Id),
});
export type Party = v.InferOutput<typeof PartySchema>;

// ---------------------------------------------------------------------------------------------
// Agreements
// ---------------------------------------------------------------------------------------------

export const SignatorySchema = v.object({
  partyId: Id,
  /** Null where the source does not name the person. */
  name: v.nullable(Text),
  title: Text,
  /** e.g. "thừa ủy quyền" when a department head signs on the committee's behalf. */
  capacity: v.nullable(Text),
});
export type Signatory = v.InferOutput<typeof SignatorySchema>;

export const LegalBasisSchema = v.object({
  reference: RequiredText,
  issuedOn: v.nullable(IsoDate),
  title: Text,
});
export type LegalBasis = v.InferOutput<typeof LegalBasisSchema>;

export const SourceDocumentSchema = v.object({
  title: RequiredText,
  publisher: Text,
  publishedOn: v.nullable(IsoDate),
  url: v.nullable(Text),
  /** The seed article the record was built from, if any (file name under shared/seeds). */
  seedFile: v.nullable(Text),
});
export type SourceDocument = v.InferOutput<typeof SourceDocumentSchema>;

export const PeriodSchema = v.pipe(
  v.object({ startYear: Year, endYear: Year }),
  v.check((p) => p.endYear >= p.startYear, 'period-order'),
);
export type Period = v.InferOutput<typeof PeriodSchema>;

/**
 * The closing of an agreement's period (tổng kết giai đoạn): from `closedOn` on, every commitment
 * of the agreement shows its final assessment instead of a computed status, and the agreement
 * leaves the overdue and due-soon counts.
 */
export const ClosingSchema = v.object({
  closedOn: IsoDate,
  /** The closing report's number and symbol ("125/BC-UBND"), where there is one. */
  documentNumber: v.nullable(Text),
  note: Text,
});
export type Closing = v.InferOutput<typeof ClosingSchema>;

export const AgreementSchema = v.object({
  ...recordMeta,
  kind: v.picklist(AGREEMENT_KINDS, 'unknown-value'),
  title: RequiredText,
  documentNumber: v.nullable(Text),
  signedOn: IsoDate,
  signedPlace: v.nullable(Text),
  signedOnline: v.boolean(),
  /** At least two, each named once: the same party twice is not a second party. */
  partyIds: v.pipe(v.array(Id), v.checkItems((id, index, ids) => ids.indexOf(id) === index, 'duplicate-party'), v.minLength(2, 'two-parties')),
  signatories: v.array(SignatorySchema),
  /** Null where the document states no period (some MOUs). */
  period: v.nullable(PeriodSchema),
  predecessorId: v.nullable(Id),
  /** The predecessor in words, where it is not a record here ("Thỏa thuận 2015-2020"). */
  predecessorNote: v.nullable(Text),
  legalBases: v.array(LegalBasisSchema),
  governance: v.object({
    steeringCommitteeHead: v.nullable(Text),
    executiveBoardHead: v.nullable(Text),
    note: v.nullable(Text),
  }),
  sources: v.array(SourceDocumentSchema),
  /** The unit whose People's Committee signed (history: it may since have been merged away). */
  signatoryUnitId: Id,
  /** The unit whose authority is responsible now (after the 2025 mergers). */
  responsibleUnitId: Id,
  summary: Text,
  attendees: v.array(Text),
  archived: v.boolean(),
  /** Absent or null while the period is open. */
  closing: v.optional(v.nullable(ClosingSchema)),
});
export type Agreement = v.InferOutput<typeof AgreementSchema>;

// ---------------------------------------------------------------------------------------------
// Commitments, their check-ins and target revisions
// ---------------------------------------------------------------------------------------------

export const EvidenceSchema = v.object({
  documentNumber: v.nullable(Text),
  title: RequiredText,
  url: v.nullable(Text),
});
export type Evidence = v.InferOutput<typeof EvidenceSchema>;

/** A progress report: the value (or done / not done) as of a date, and what backs it. */
export const CheckInSchema = v.object({
  ...recordMeta,
  asOf: IsoDate,
  /** For numeric kinds. */
  value: v.nullable(FiniteNumber),
  /** For milestones. */
  done: v.nullable(v.boolean()),
  /** "trên 96%" is stored as 96 with qualifier "over". */
  qualifier: v.nullable(v.picklist(['over', 'about', 'under'], 'unknown-value')),
  narrative: Text,
  evidence: v.array(EvidenceSchema),
  reportedBy: Text,
  enteredAt: IsoTimestamp,
  /** Illustrative data, not a reported fact: always shown with a "sample data" mark. */
  sample: v.boolean(),
  /** The reporter's judgment; it is the status of a qualitative commitment. Optional. */
  assessment: v.optional(v.nullable(v.picklist(ASSESSMENTS, 'unknown-value'))),
});
export type CheckIn = v.InferOutput<typeof CheckInSchema>;

/** A change of the end target or of one year's milestone, by a decision. */
export const TargetRevisionSchema = v.object({
  ...recordMeta,
  /** 'target' for the end-of-period target, otherwise the milestone year. */
  appliesTo: v.union([v.literal('target'), Year]),
  oldValue: v.nullable(FiniteNumber),
  newValue: v.nullable(FiniteNumber),
  decisionRef: RequiredText,
  decidedOn: IsoDate,
  note: Text,
});
export type TargetRevision = v.InferOutput<typeof TargetRevisionSchema>;

/** A commitment's result at the closing of the period, with the reason where it was not fully achieved. */
export const FinalAssessmentSchema = v.object({
  result: v.picklist(FINAL_RESULTS, 'unknown-value'),
  note: Text,
});
export type FinalAssessment = v.InferOutput<typeof FinalAssessmentSchema>;

export const MilestoneSchema = v.object({ year: Year, value: FiniteNumber });
export type Milestone = v.InferOutput<typeof MilestoneSchema>;

/**
 * One itemised commitment of an agreement.
 *
 * Storage note: the commitment's check-ins and target revisions are stored inside the commitment
 * record. They are always read together (a chart, a status), and IndexedDB charges per record, so
 * a national data set of ~120,000 check-ins is ~6,000 records rather than ~126,000. Each embedded
 * check-in still has its own id, timestamps and revision for merging.
 */
export const CommitmentSchema = v.pipe(
  v.object({
    ...recordMeta,
    agreementId: Id,
    clause: Text,
    title: RequiredText,
    description: Text,
    pillar: v.picklist(PILLARS, 'unknown-value'),
    kind: v.picklist(COMMITMENT_KINDS, 'unknown-value'),
    unit: Text,
    baseline: v.object({
      value: v.nullable(FiniteNumber),
      qualifier: v.nullable(v.picklist(['over', 'about', 'under'], 'unknown-value')),
      asOf: v.nullable(IsoDate),
      note: Text,
      evidence: v.array(EvidenceSchema),
    }),
    milestones: v.array(MilestoneSchema),
    /** The end-of-period target; null where the agreement states no figure. */
    target: v.nullable(FiniteNumber),
    targetNote: Text,
    dueOn: v.nullable(IsoDate),
    leadPartyId: v.nullable(Id),
    supportPartyIds: v.array(Id),
    /** The territory the figures are measured on (coverage of an old province ≠ the merged one). */
    territoryUnitId: v.nullable(Id),
    territoryNote: Text,
    cadence: v.picklist(REPORTING_CADENCES, 'unknown-value'),
    /** Optional; absent means the kind's default (see domain/status/engine.ts). */
    expectation: v.optional(v.picklist(EXPECTATIONS, 'unknown-value')),
    /** Lower is better (processing time, incidents). Ranks always are; absent means higher is better. */
    lowerIsBetter: v.optional(v.boolean()),
    manualStatus: v.nullable(v.picklist(MANUAL_STATUSES, 'unknown-value')),
    /** Set when the agreement's period is closed; absent or null before. */
    finalAssessment: v.optional(v.nullable(FinalAssessmentSchema)),
    checkIns: v.array(CheckInSchema),
    revisions: v.array(TargetRevisionSchema),
  }),
  v.forward(
    v.check((c) => c.kind !== 'capped-percentage' || c.target === null || (c.target >= 0 && c.target <= 100), 'percent-range'),
    ['target'],
  ),
  v.forward(
    v.check((c) => c.unit.trim() !== '' || !isNumericKind(c.kind), 'unit-required'),
    ['unit'],
  ),
);
export type Commitment = v.InferOutput<typeof CommitmentSchema>;

export type RecordMeta = Pick<Commitment, 'id' | 'createdAt' | 'updatedAt' | 'rev'>;

/** The latest check-in by as-of date (ties: the one entered last). */
export function latestCheckIn(commitment: Pick<Commitment, 'checkIns'>): CheckIn | undefined {
  let latest: CheckIn | undefined;
  for (const c of commitment.checkIns) {
    if (!latest || c.asOf > latest.asOf || (c.asOf === latest.asOf && c.enteredAt > latest.enteredAt)) latest = c;
  }
  return latest;
}
