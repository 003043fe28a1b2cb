/**
 * The enumerations of the domain model, stored as stable English codes (labels live in the locale
 * files). Kept apart from model.ts, which builds valibot schemas from them, so that a screen that
 * only lists codes (the overview's filters) does not load the schema library.
 */

export const PILLARS = [
  'digital-infrastructure',
  'digital-government',
  'digital-economy',
  'digital-society',
  'smart-city',
  'information-security',
  'human-resources',
  'innovation',
  'index-ranks',
] as const;
export type Pillar = (typeof PILLARS)[number];

/**
 * How a commitment is measured. The kind decides how progress is read:
 * - capped-percentage: 0–100, higher is better (5G population coverage);
 * - cumulative-count: grows over the period (BTS sites built);
 * - count-per-year: resets every year (training courses per year);
 * - rank: a position in a national ranking, lower is better (DTI rank);
 * - milestone: done / not done by a date (smart-city pilot launched);
 * - qualitative: narrative only, status set by hand (consult on DX strategy).
 */
export const COMMITMENT_KINDS = [
  'capped-percentage',
  'cumulative-count',
  'count-per-year',
  'rank',
  'milestone',
  'qualitative',
] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

export const NUMERIC_KINDS: readonly CommitmentKind[] = ['capped-percentage', 'cumulative-count', 'count-per-year', 'rank'];
export const isNumericKind = (kind: CommitmentKind): boolean => NUMERIC_KINDS.includes(kind);

export const AGREEMENT_KINDS = ['cooperation-agreement', 'memorandum-of-understanding'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const PARTY_KINDS = ['people-committee', 'enterprise', 'alliance'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

export const UNIT_KINDS = ['province', 'centrally-run-city'] as const;

export const REPORTING_CADENCES = ['quarterly', 'half-yearly', 'yearly'] as const;
export type ReportingCadence = (typeof REPORTING_CADENCES)[number];

/**
 * The final assessment of a commitment when its agreement's period is closed (tổng kết giai đoạn):
 * đạt, đạt một phần, không đạt, chuyển sang giai đoạn sau.
 */
export const FINAL_RESULTS = ['achieved', 'partly-achieved', 'not-achieved', 'carried-over'] as const;
export type FinalResult = (typeof FINAL_RESULTS)[number];

/** Statuses a person sets by hand; every other status is computed from the check-ins. */
export const MANUAL_STATUSES = ['paused', 'dropped'] as const;

/**
 * A reporter's own judgment, the status of a qualitative commitment (set by hand). "not-started" is
 * the only way a commitment becomes "Chưa triển khai": a report has to say so.
 */
export const ASSESSMENTS = ['on-track', 'needs-acceleration', 'off-track', 'not-started'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

/**
 * How the expected value moves between the baseline, the yearly milestones and the end target:
 * along a straight line, or in steps ("by the end of the year": nothing is expected before then).
 */
export const EXPECTATIONS = ['linear', 'step'] as const;
export type Expectation = (typeof EXPECTATIONS)[number];

