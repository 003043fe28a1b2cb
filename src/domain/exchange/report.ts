/**
 * The periodic report's content, as reports to the steering committee are written: results per
 * agreement (a status table per commitment), the shortcomings (what slips, and why), the next
 * milestones due, all as of one date, for everything, a province (with its former provinces) or
 * one agreement.
 */
import { latestCheckIn, type Agreement, type CheckIn, type Commitment } from '../model';
import { filterAgreements, rollup, type DashboardData, type Rollup } from '../status/dashboard';
import { assess, DEFAULT_RULES, isClosedStatus, type Assessment, type StatusRules } from '../status/engine';
import { endOfYear } from '../status/path';
import { vietnameseCollator } from '../text';
import { compareByClause } from '../ordering';
import { addDays, halfYearBounds, quarterOf, romanQuarter } from '../dates';

export type ReportScope = { kind: 'all' } | { kind: 'province'; unitId: string } | { kind: 'agreement'; agreementId: string };
export type ReportPeriod = 'quarter' | 'half' | 'year' | 'period';

export interface ReportLine {
  commitment: Commitment;
  assessment: Assessment;
  latest: CheckIn | undefined;
}

export interface ReportSection {
  agreement: Agreement;
  lines: ReportLine[];
  rollup: Rollup;
}

export interface ReportModel {
  asOf: string;
  sections: ReportSection[];
  overall: Rollup;
  slippages: (ReportLine & { agreement: Agreement })[];
  upcoming: { date: string; what: 'milestone' | 'due'; value: number | null; line: ReportLine; agreement: Agreement }[];
}

/** The period a report covers, in the words reports use ("Quý III/2025", "6 tháng đầu năm 2025"). */
export function periodWords(kind: ReportPeriod, asOf: string, agreements: readonly Agreement[]): { key: 'quarter' | 'firstHalf' | 'secondHalf' | 'year' | 'period'; values: Record<string, string | number> } {
  const year = Number(asOf.slice(0, 4));
  if (kind === 'quarter') return { key: 'quarter', values: { quarter: romanQuarter(quarterOf(asOf)), year } };
  if (kind === 'half') return { key: halfYearBounds(asOf)[0].endsWith('-01-01') ? 'firstHalf' : 'secondHalf', values: { year } };
  if (kind === 'year') return { key: 'year', values: { year } };
  const periods = agreements.map((a) => a.period).filter((p) => p !== null);
  const start = periods.length ? Math.min(...periods.map((p) => p.startYear)) : year;
  const end = periods.length ? Math.max(...periods.map((p) => p.endYear)) : year;
  return { key: 'period', values: { start, end } };
}

/** Section II (shortcomings): what slips, what was lost, what a report says has not started, what has no recent or final report. */
const SLIPPING = new Set(['overdue', 'period-ended', 'reached-then-lost', 'off-track', 'needs-acceleration', 'not-started', 'no-recent-data', 'final-not-achieved', 'final-partly']);

export function buildReport(data: DashboardData, scope: ReportScope, asOf: string, horizonDays = 366, rules: Partial<StatusRules> = {}): ReportModel {
  const includeSample = rules.includeSample ?? DEFAULT_RULES.includeSample;
  let agreements = filterAgreements(data, scope.kind === 'province' ? { province: scope.unitId } : {});
  if (scope.kind === 'agreement') agreements = data.agreements.filter((a) => a.id === scope.agreementId);
  agreements = agreements.filter((a) => a.signedOn <= asOf).sort((x, y) => x.signedOn.localeCompare(y.signedOn) || vietnameseCollator.compare(x.title, y.title));
  const byAgreement = new Map<string, Commitment[]>();
  for (const c of data.commitments) byAgreement.set(c.agreementId, [...(byAgreement.get(c.agreementId) ?? []), c]);
  const until = addDays(asOf, horizonDays);

  const sections: ReportSection[] = [];
  const slippages: ReportModel['slippages'] = [];
  const upcoming: ReportModel['upcoming'] = [];
  for (const agreement of agreements) {
    const lines = (byAgreement.get(agreement.id) ?? [])
      .sort(compareByClause)
      .map((commitment) => ({
        commitment,
        assessment: assess(commitment, agreement, asOf, rules),
        latest: latestCheckIn({ checkIns: commitment.checkIns.filter((c) => c.asOf <= asOf && (includeSample || !c.sample)) }),
      }));
    sections.push({ agreement, lines, rollup: rollup(lines.map((l) => l.assessment)) });
    for (const line of lines) {
      if (SLIPPING.has(line.assessment.status)) slippages.push({ ...line, agreement });
      // Nothing is due any more once achieved, dropped, or closed with the period (tổng kết).
      const open = !['achieved', 'achieved-late', 'dropped'].includes(line.assessment.status) && !isClosedStatus(line.assessment.status);
      if (!open) continue;
      for (const m of line.commitment.milestones) {
        const date = endOfYear(m.year);
        if (date > asOf && date <= until) upcoming.push({ date, what: 'milestone', value: m.value, line, agreement });
      }
      const due = line.assessment.dueDate;
      if (due && due > asOf && due <= until) upcoming.push({ date: due, what: 'due', value: line.commitment.target, line, agreement });
    }
  }
  upcoming.sort((x, y) => x.date.localeCompare(y.date) || x.line.commitment.id.localeCompare(y.line.commitment.id));
  return { asOf, sections, overall: rollup(sections.flatMap((s) => s.lines.map((l) => l.assessment))), slippages, upcoming };
}
