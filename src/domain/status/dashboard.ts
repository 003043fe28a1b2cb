/**
 * Roll-ups and the dashboard's data, shaped before anything is drawn: charts receive a handful of
 * aggregated rows, never thousands of points.
 *
 * Roll-up rule (stated in the UI): every commitment weighs the same. "On track" counts achieved
 * and on-track commitments among those that can be judged (not "no target", paused or dropped).
 * "Share of the expected value reached" averages, over commitments with a measurable path, the
 * share of the progress expected by the as-of date that was reported (capped at 100% each).
 */
import { quarterBounds } from '../dates';
import type { AdminUnit, Agreement, Commitment, CommitmentKind, Party, Pillar } from '../model';
import { agreementsOfPartner, agreementsOfProvince } from '../lineage';
import { vietnameseCollator } from '../text';
import { assess, closingOn, CLOSED_STATUSES, isClosedStatus, STATUSES, type Assessment, type Status, type StatusRules } from './engine';
import { endOfYear } from './path';

/**
 * Not judged for "on track": nothing to judge against, nothing reported yet (no report is not a
 * failure), set aside by hand, or closed (a closed period has a final assessment, not a pace).
 */
export const NOT_JUDGED: readonly Status[] = ['no-target', 'no-report', 'paused', 'dropped', ...CLOSED_STATUSES];
export const ON_TRACK: readonly Status[] = ['achieved', 'on-track'];

export interface Rollup {
  total: number;
  counts: Record<Status, number>;
  judged: number;
  onTrack: number;
  /** onTrack / judged; null when nothing can be judged. */
  onTrackShare: number | null;
  /** Mean share of the expected progress reached; null when no commitment has a measurable path. */
  progressShare: number | null;
}

export function rollup(assessments: readonly Assessment[]): Rollup {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let progressSum = 0;
  let progressCount = 0;
  for (const a of assessments) {
    counts[a.status]++;
    if (a.progress !== null && !NOT_JUDGED.includes(a.status)) {
      progressSum += Math.min(1, a.progress);
      progressCount++;
    }
  }
  const judged = assessments.length - NOT_JUDGED.reduce((n, s) => n + counts[s], 0);
  const onTrack = ON_TRACK.reduce((n, s) => n + counts[s], 0);
  return {
    total: assessments.length,
    counts,
    judged,
    onTrack,
    onTrackShare: judged > 0 ? onTrack / judged : null,
    progressShare: progressCount > 0 ? progressSum / progressCount : null,
  };
}

export interface DashboardData {
  agreements: Agreement[];
  commitments: Commitment[];
  parties: Party[];
  units: AdminUnit[];
}

export interface DashboardFilters {
  /** "2021-2025" */
  period?: string;
  /** A unit id; includes the units merged into it. */
  province?: string;
  /** A party id; includes the alliances it belongs to. */
  partner?: string;
  pillar?: Pillar;
  kind?: CommitmentKind;
}

export interface AssessedCommitment {
  commitment: Commitment;
  agreement: Agreement;
  assessment: Assessment;
}

export interface UpcomingDate {
  commitment: Commitment;
  agreement: Agreement;
  date: string;
  what: 'milestone' | 'target' | 'due';
  value: number | null;
}

export interface DashboardModel {
  asOf: string;
  tiles: {
    activeAgreements: number;
    commitments: number;
    onTrackShare: number | null;
    overdue: number;
    dueThisQuarter: number;
    stale: number;
  };
  overall: Rollup;
  byPillar: { pillar: Pillar; rollup: Rollup }[];
  byPartner: { partyId: string; name: string; rollup: Rollup }[];
  byProvince: { unitId: string; name: string; formerNames: string[]; agreements: number; rollup: Rollup }[];
  timeline: { agreementId: string; label: string; start: number; end: number; active: boolean }[];
  slippages: AssessedCommitment[];
  upcoming: UpcomingDate[];
  items: AssessedCommitment[];
  /** Sample (illustrative) reports up to the as-of date: left out of the statuses, or counted. */
  samples: { leftOut: number; counted: number };
}

export const periodLabel = (a: Agreement) => (a.period ? `${a.period.startYear}-${a.period.endYear}` : null);

/** What the filters offer: the periods, the provinces responsible now, and the partners in the data. */
export function filterChoices(data: DashboardData) {
  const responsible = new Set(data.agreements.map((a) => a.responsibleUnitId));
  const partnerIds = new Set(data.agreements.flatMap((a) => a.partyIds));
  return {
    periods: [...new Set(data.agreements.map(periodLabel).filter((p): p is string => p !== null))].sort(),
    provinces: data.units.filter((u) => responsible.has(u.id)).sort((a, b) => vietnameseCollator.compare(a.name, b.name)),
    partners: data.parties.filter((p) => p.kind !== 'people-committee' && partnerIds.has(p.id)).sort((a, b) => vietnameseCollator.compare(a.shortName, b.shortName)),
  };
}

/** The agreements a filter keeps (archived ones only when asked for). */
export function filterAgreements(data: DashboardData, filters: Pick<DashboardFilters, 'period' | 'province' | 'partner'>, archived: 'exclude' | 'include' | 'only' = 'exclude'): Agreement[] {
  let list = archived === 'include' ? data.agreements : data.agreements.filter((a) => a.archived === (archived === 'only'));
  if (filters.period) list = list.filter((a) => periodLabel(a) === filters.period);
  if (filters.province) list = agreementsOfProvince(data.units, list, filters.province);
  if (filters.partner) list = agreementsOfPartner(data.parties, list, filters.partner);
  return list;
}

const SHOWN = 10;

export function buildDashboard(data: DashboardData, asOf: string, filters: DashboardFilters = {}, rules: Partial<StatusRules> = {}): DashboardModel {
  const agreements = filterAgreements(data, filters);
  const byId = new Map(agreements.map((a) => [a.id, a]));
  const items: AssessedCommitment[] = [];
  for (const c of data.commitments) {
    const agreement = byId.get(c.agreementId);
    if (!agreement) continue;
    if (filters.pillar && c.pillar !== filters.pillar) continue;
    if (filters.kind && c.kind !== filters.kind) continue;
    items.push({ commitment: c, agreement, assessment: assess(c, agreement, asOf, rules) });
  }
  const overall = rollup(items.map((i) => i.assessment));
  const group = <K>(key: (i: AssessedCommitment) => K[]) => {
    const map = new Map<K, Assessment[]>();
    for (const i of items) {
      for (const k of key(i)) {
        const list = map.get(k);
        if (list) list.push(i.assessment);
        else map.set(k, [i.assessment]);
      }
    }
    return map;
  };

  const pillars = group((i) => [i.commitment.pillar]);
  const partiesById = new Map(data.parties.map((p) => [p.id, p]));
  const partners = group((i) => i.agreement.partyIds.filter((id) => partiesById.get(id)?.kind !== 'people-committee'));
  const unitsById = new Map(data.units.map((u) => [u.id, u]));
  const provinces = group((i) => [i.agreement.responsibleUnitId]);
  const year = Number(asOf.slice(0, 4));
  const [quarterStart, quarterEnd] = quarterBounds(asOf);

  const upcoming: UpcomingDate[] = [];
  let dueThisQuarter = 0;
  for (const i of items) {
    const { commitment: c, agreement: a, assessment: s } = i;
    const dates: UpcomingDate[] = c.milestones.map((m) => ({ commitment: c, agreement: a, date: endOfYear(m.year), what: 'milestone' as const, value: m.value }));
    if (s.dueDate) dates.push({ commitment: c, agreement: a, date: s.dueDate, what: c.target !== null ? 'target' : 'due', value: c.target });
    const open = s.status !== 'achieved' && s.status !== 'achieved-late' && s.status !== 'dropped' && !isClosedStatus(s.status);
    if (open && dates.some((d) => d.date >= quarterStart && d.date <= quarterEnd)) dueThisQuarter++;
    if (open) upcoming.push(...dates.filter((d) => d.date >= asOf));
  }
  upcoming.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.commitment.id < y.commitment.id ? -1 : 1));

  // Biggest slippages: overdue first, then off track, then needs acceleration; least progress first.
  const severity: Partial<Record<Status, number>> = { overdue: 0, 'off-track': 1, 'reached-then-lost': 2, 'needs-acceleration': 3 };
  const slippages = items
    .filter((i) => severity[i.assessment.status] !== undefined)
    .sort((x, y) => severity[x.assessment.status]! - severity[y.assessment.status]! || (x.assessment.progress ?? 0) - (y.assessment.progress ?? 0) || (x.commitment.id < y.commitment.id ? -1 : 1))
    .slice(0, SHOWN);

  return {
    asOf,
    tiles: {
      activeAgreements: agreements.filter((a) => a.period && a.period.startYear <= year && year <= a.period.endYear && a.signedOn <= asOf && !closingOn(a, asOf)).length,
      commitments: items.length,
      onTrackShare: overall.onTrackShare,
      overdue: overall.counts.overdue,
      dueThisQuarter,
      stale: overall.counts['no-recent-data'],
    },
    overall,
    byPillar: [...pillars.entries()].map(([pillar, list]) => ({ pillar, rollup: rollup(list) })),
    byPartner: [...partners.entries()]
      .map(([partyId, list]) => ({ partyId, name: partiesById.get(partyId)?.shortName ?? partyId, rollup: rollup(list) }))
      .sort((x, y) => x.name.localeCompare(y.name, 'vi')),
    byProvince: [...provinces.entries()]
      .map(([unitId, list]) => {
        const former = agreements.filter((a) => a.responsibleUnitId === unitId && a.signatoryUnitId !== unitId).map((a) => unitsById.get(a.signatoryUnitId)?.name ?? a.signatoryUnitId);
        return {
          unitId,
          name: unitsById.get(unitId)?.name ?? unitId,
          formerNames: [...new Set(former)].sort((x, y) => x.localeCompare(y, 'vi')),
          agreements: agreements.filter((a) => a.responsibleUnitId === unitId).length,
          rollup: rollup(list),
        };
      })
      .sort((x, y) => x.name.localeCompare(y.name, 'vi')),
    timeline: agreements
      .filter((a) => a.period)
      .map((a) => {
        const partners = a.partyIds.map((id) => partiesById.get(id)).filter((p) => p && p.kind !== 'people-committee').map((p) => p!.shortName);
        return {
          agreementId: a.id,
          label: `${unitsById.get(a.signatoryUnitId)?.name ?? ''} – ${partners.join(', ')}`,
          start: a.period!.startYear,
          end: a.period!.endYear,
          active: a.period!.startYear <= year && year <= a.period!.endYear && !closingOn(a, asOf),
        };
      })
      .sort((x, y) => x.start - y.start || x.label.localeCompare(y.label, 'vi')),
    slippages,
    upcoming: upcoming.slice(0, SHOWN),
    items,
    samples: {
      leftOut: items.reduce((n, i) => n + i.assessment.samplesLeftOut, 0),
      counted: items.reduce((n, i) => n + i.assessment.samplesCounted, 0),
    },
  };
}
