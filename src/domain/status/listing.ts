/**
 * The lists of agreements and commitments: diacritic-insensitive search, filters (province with
 * its former provinces, partner with its alliances, pillar, status, period, kind) and sorting.
 * Pure functions over the same data the dashboard reads; the pages keep the choices in the URL.
 */
import type { Agreement, AgreementKind, Commitment, CommitmentKind, Party, Pillar } from '../model';
import { searchItems, vietnameseCollator } from '../text';
import { filterAgreements, rollup, type DashboardData, type Rollup } from './dashboard';
import { assess, STATUSES, type Assessment, type Status, type StatusRules } from './engine';
import { compareByClause } from '../ordering';

export interface ListFilters {
  q?: string;
  period?: string;
  province?: string;
  partner?: string;
  pillar?: Pillar;
  status?: Status;
  /** Agreements: the agreement's kind; commitments: the commitment's kind. */
  kind?: string;
  archived?: 'include' | 'only';
}

export const AGREEMENT_SORTS = ['signed-desc', 'signed-asc', 'title', 'province', 'on-track'] as const;
export type AgreementSort = (typeof AGREEMENT_SORTS)[number];
export const COMMITMENT_SORTS = ['agreement', 'status', 'title', 'progress', 'due'] as const;
export type CommitmentSort = (typeof COMMITMENT_SORTS)[number];

export interface AgreementRow {
  agreement: Agreement;
  partners: Party[];
  unitName: string;
  /** The signatory's name when it has since been merged into another unit. */
  formerName: string | null;
  commitmentCount: number;
  rollup: Rollup;
}

export interface CommitmentRow {
  commitment: Commitment;
  agreement: Agreement;
  assessment: Assessment;
  unitName: string;
  /** The agreement's partners (enterprises and alliances, short and full names), for search. */
  partnerNames: string[];
}

function lookups(data: DashboardData) {
  return {
    parties: new Map(data.parties.map((p) => [p.id, p])),
    units: new Map(data.units.map((u) => [u.id, u])),
  };
}

function commitmentsByAgreement(commitments: readonly Commitment[]) {
  const map = new Map<string, Commitment[]>();
  for (const c of commitments) {
    const list = map.get(c.agreementId);
    if (list) list.push(c);
    else map.set(c.agreementId, [c]);
  }
  return map;
}

export function listAgreementRows(data: DashboardData, filters: ListFilters, sort: AgreementSort, asOf: string, rules: Partial<StatusRules> = {}): AgreementRow[] {
  const { parties, units } = lookups(data);
  const byAgreement = commitmentsByAgreement(data.commitments);
  let agreements = filterAgreements(data, filters, filters.archived ?? 'exclude');
  if (filters.kind) agreements = agreements.filter((a) => a.kind === (filters.kind as AgreementKind));
  let rows = agreements.map((agreement): AgreementRow & { statuses: Status[]; pillars: Set<Pillar> } => {
    const commitments = byAgreement.get(agreement.id) ?? [];
    const assessments = commitments.map((c) => assess(c, agreement, asOf, rules));
    const signatory = units.get(agreement.signatoryUnitId);
    return {
      agreement,
      partners: agreement.partyIds.map((id) => parties.get(id)).filter((p): p is Party => p !== undefined && p.kind !== 'people-committee'),
      unitName: units.get(agreement.responsibleUnitId)?.name ?? agreement.responsibleUnitId,
      formerName: agreement.signatoryUnitId !== agreement.responsibleUnitId ? (signatory?.name ?? agreement.signatoryUnitId) : null,
      commitmentCount: commitments.length,
      rollup: rollup(assessments),
      statuses: assessments.map((s) => s.status),
      pillars: new Set(commitments.map((c) => c.pillar)),
    };
  });
  if (filters.pillar) rows = rows.filter((r) => r.pillars.has(filters.pillar!));
  if (filters.status) rows = rows.filter((r) => r.statuses.includes(filters.status!));
  const compare: Record<AgreementSort, (x: AgreementRow, y: AgreementRow) => number> = {
    'signed-desc': (x, y) => y.agreement.signedOn.localeCompare(x.agreement.signedOn),
    'signed-asc': (x, y) => x.agreement.signedOn.localeCompare(y.agreement.signedOn),
    title: (x, y) => vietnameseCollator.compare(x.agreement.title, y.agreement.title),
    province: (x, y) => vietnameseCollator.compare(x.unitName, y.unitName) || y.agreement.signedOn.localeCompare(x.agreement.signedOn),
    // Least on track first: the ones that need attention; those that cannot be judged last.
    'on-track': (x, y) => (x.rollup.onTrackShare ?? 2) - (y.rollup.onTrackShare ?? 2),
  };
  const sorted = rows.map(({ statuses: _s, pillars: _p, ...row }) => row).sort((x, y) => compare[sort](x, y) || x.agreement.id.localeCompare(y.agreement.id));
  return searchAgreementRows(sorted, filters.q ?? '');
}

/** The search step alone, keeping the order (see searchCommitmentRows). */
export function searchAgreementRows(rows: readonly AgreementRow[], q: string): AgreementRow[] {
  return searchItems(
    rows,
    (r) => [r.agreement.title, r.agreement.summary, r.agreement.documentNumber ?? '', r.unitName, r.formerName ?? '', ...r.partners.flatMap((p) => [p.name, p.shortName]), ...r.agreement.signatories.map((s) => s.name ?? '')].join(' '),
    q,
  );
}

const SEVERITY: Record<Status, number> = Object.fromEntries(
  ([
    'overdue',
    'period-ended',
    'off-track',
    'reached-then-lost',
    'needs-acceleration',
    'not-started',
    'no-recent-data',
    'no-report',
    'on-track',
    'achieved-late',
    'achieved',
    'no-target',
    'paused',
    'dropped',
    'closed-unassessed',
    'final-not-achieved',
    'final-partly',
    'carried-over',
    'final-achieved',
  ] satisfies Status[]).map((s, i) => [s, i]),
) as Record<Status, number>;

export function listCommitmentRows(data: DashboardData, filters: ListFilters, sort: CommitmentSort, asOf: string, rules: Partial<StatusRules> = {}): CommitmentRow[] {
  const { units, parties } = lookups(data);
  const agreements = new Map(filterAgreements(data, filters, filters.archived ?? 'exclude').map((a) => [a.id, a]));
  const partnersOf = new Map<string, string[]>();
  for (const a of agreements.values()) {
    partnersOf.set(a.id, a.partyIds.map((id) => parties.get(id)).filter((p): p is Party => p !== undefined && p.kind !== 'people-committee').flatMap((p) => [p.shortName, p.name]));
  }
  let rows: CommitmentRow[] = [];
  for (const commitment of data.commitments) {
    const agreement = agreements.get(commitment.agreementId);
    if (!agreement) continue;
    if (filters.pillar && commitment.pillar !== filters.pillar) continue;
    if (filters.kind && commitment.kind !== (filters.kind as CommitmentKind)) continue;
    rows.push({ commitment, agreement, assessment: assess(commitment, agreement, asOf, rules), unitName: units.get(agreement.responsibleUnitId)?.name ?? agreement.responsibleUnitId, partnerNames: partnersOf.get(agreement.id) ?? [] });
  }
  if (filters.status) rows = rows.filter((r) => r.assessment.status === filters.status);
  const dueOf = (r: CommitmentRow) => r.assessment.dueDate ?? '9999';
  const compare: Record<CommitmentSort, (x: CommitmentRow, y: CommitmentRow) => number> = {
    agreement: (x, y) => vietnameseCollator.compare(x.agreement.title, y.agreement.title) || compareByClause(x.commitment, y.commitment),
    status: (x, y) => SEVERITY[x.assessment.status] - SEVERITY[y.assessment.status],
    title: (x, y) => vietnameseCollator.compare(x.commitment.title, y.commitment.title),
    progress: (x, y) => (x.assessment.progress ?? 2) - (y.assessment.progress ?? 2),
    due: (x, y) => dueOf(x).localeCompare(dueOf(y)),
  };
  rows.sort((x, y) => compare[sort](x, y) || x.commitment.id.localeCompare(y.commitment.id));
  return searchCommitmentRows(rows, filters.q ?? '');
}

/**
 * The search step alone, keeping the order: a page computes the (costlier) filtered, assessed and
 * sorted rows once per filter change, and only this on each keystroke.
 */
/**
 * The search step alone, keeping the order: a commitment is found by its title, description, unit,
 * agreement, province, partners, and its pillar's name (`pillarNames`: the names shown, e.g. in
 * Vietnamese and English, so "ha tang so" finds the digital-infrastructure commitments).
 */
export function searchCommitmentRows(rows: readonly CommitmentRow[], q: string, pillarNames: (pillar: Pillar) => string[] = () => []): CommitmentRow[] {
  return searchItems(rows, (r) => [r.commitment.title, r.commitment.description, r.commitment.unit, r.agreement.title, r.unitName, ...r.partnerNames, ...pillarNames(r.commitment.pillar)].join(' '), q);
}

export const isStatus = (value: string | null): value is Status => value !== null && (STATUSES as readonly string[]).includes(value);
