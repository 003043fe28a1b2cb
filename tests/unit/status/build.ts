/** Builds commitments for status tests: only what a case needs, the rest defaulted. */
import type { CheckIn, Commitment, CommitmentKind } from '../../../src/domain/model';

export const PERIOD = { startYear: 2025, endYear: 2030 };

export function checkIn(asOf: string, value: number | null, extra: Partial<CheckIn> = {}): CheckIn {
  return {
    id: `ci-${asOf}-${value}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    rev: 1,
    asOf,
    value,
    done: null,
    qualifier: null,
    narrative: '',
    evidence: [],
    reportedBy: '',
    enteredAt: `${asOf}T12:00:00.000Z`,
    sample: false,
    ...extra,
  };
}

export function commitment(kind: CommitmentKind, over: Partial<Commitment> = {}): Commitment {
  return {
    id: 'c1',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    rev: 1,
    agreementId: 'a1',
    clause: '1',
    title: 'Test',
    description: '',
    pillar: 'digital-infrastructure',
    kind,
    unit: kind === 'capped-percentage' ? '%' : kind === 'rank' ? 'hạng' : 'trạm',
    baseline: { value: null, qualifier: null, asOf: null, note: '', evidence: [] },
    milestones: [],
    target: null,
    targetNote: '',
    dueOn: null,
    leadPartyId: null,
    supportPartyIds: [],
    territoryUnitId: null,
    territoryNote: '',
    cadence: 'quarterly',
    manualStatus: null,
    checkIns: [],
    revisions: [],
    ...over,
  };
}

export const baseline = (value: number, asOf: string) => ({ value, qualifier: null, asOf, note: '', evidence: [] });
