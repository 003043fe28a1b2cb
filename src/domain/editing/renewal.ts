/**
 * Renewal: the next period's agreement made from an existing one (Phú Thọ–Viettel 2023-2025 →
 * 2025-2030). The new agreement links back to its predecessor; the commitments the user picks are
 * carried over with the last reported value as the new baseline (sample data never becomes a
 * baseline), with no check-ins, no milestones (they belonged to the old years) and no revisions.
 */
import { isIsoDate } from '../dates';
import { latestCheckIn, type Agreement, type Commitment } from '../model';

export interface RenewalOptions {
  title: string;
  signedOn: string;
  startYear: number;
  endYear: number;
  commitmentIds: readonly string[];
}

/** The latest reported value that may become a baseline: never sample data. */
export function lastReported(c: Commitment) {
  return latestCheckIn({ checkIns: c.checkIns.filter((x) => !x.sample && x.value !== null) });
}

export function planRenewal(
  source: { agreement: Agreement; commitments: readonly Commitment[] },
  options: RenewalOptions,
  meta: { now: string; newId: () => string },
): { agreement: Agreement; commitments: Commitment[] } {
  const a = source.agreement;
  const stamp = { createdAt: meta.now, updatedAt: meta.now, rev: 1 };
  const agreement: Agreement = {
    ...a,
    ...stamp,
    id: meta.newId(),
    title: options.title.normalize('NFC').trim(),
    documentNumber: null,
    signedOn: options.signedOn,
    signedPlace: null,
    signedOnline: false,
    signatories: [],
    period: { startYear: options.startYear, endYear: options.endYear },
    predecessorId: a.id,
    predecessorNote: null,
    sources: [],
    // The authority responsible now signs the renewal (Hải Dương's agreements: Hải Phòng).
    signatoryUnitId: a.responsibleUnitId,
    summary: '',
    attendees: [],
    archived: false,
    // The new period starts open: the old one's closing (tổng kết) stays with the old agreement.
    closing: null,
  };
  const picked = new Set(options.commitmentIds);
  const commitments = source.commitments
    .filter((c) => picked.has(c.id))
    .map((c): Commitment => {
      const last = lastReported(c);
      const baseline = last
        ? { value: last.value, qualifier: last.qualifier, asOf: last.asOf, note: `Số liệu báo cáo ngày ${last.asOf.split('-').reverse().join('/')} của thỏa thuận giai đoạn trước.`, evidence: last.evidence }
        : c.baseline;
      return {
        ...c,
        ...stamp,
        id: meta.newId(),
        agreementId: agreement.id,
        baseline,
        milestones: [],
        dueOn: null,
        manualStatus: null,
        finalAssessment: null,
        checkIns: [],
        revisions: [],
      };
    });
  return { agreement, commitments };
}

export interface RenewalDraft {
  title: string;
  signedOn: string;
  startYear: string;
  endYear: string;
  commitmentIds: string[];
}

export type RenewalField = 'title' | 'signedOn' | 'startYear' | 'endYear';
export interface RenewalProblem {
  field: RenewalField;
  code: 'required' | 'invalid-date' | 'year-invalid' | 'period-order';
}

/** "… giai đoạn 2023-2025" → "… giai đoạn 2025-2030": the title with the new period in it. */
export function renewedTitle(title: string, startYear: number, endYear: number): string {
  const period = `${startYear}-${endYear}`;
  return /\d{4}\s*[-–]\s*\d{4}/.test(title) ? title.replace(/\d{4}\s*[-–]\s*\d{4}/, period) : `${title} giai đoạn ${period}`;
}

/** The next period: from the old period's last year, as long as the old one (at least 5 years). */
export function renewalDraft(agreement: Agreement, commitmentIds: string[], today: string): RenewalDraft {
  const start = agreement.period?.endYear ?? Number(today.slice(0, 4));
  const end = start + Math.max(5, agreement.period ? agreement.period.endYear - agreement.period.startYear : 5);
  return { title: renewedTitle(agreement.title, start, end), signedOn: today, startYear: String(start), endYear: String(end), commitmentIds };
}

const year = (text: string) => (/^\d{4}$/.test(text.trim()) && Number(text) >= 1990 && Number(text) <= 2100 ? Number(text) : null);

export function checkRenewal(draft: RenewalDraft): { problems: RenewalProblem[]; options: RenewalOptions | null } {
  const problems: RenewalProblem[] = [];
  if (!draft.title.trim()) problems.push({ field: 'title', code: 'required' });
  if (!draft.signedOn) problems.push({ field: 'signedOn', code: 'required' });
  else if (!isIsoDate(draft.signedOn)) problems.push({ field: 'signedOn', code: 'invalid-date' });
  const start = year(draft.startYear);
  const end = year(draft.endYear);
  if (start === null) problems.push({ field: 'startYear', code: draft.startYear.trim() ? 'year-invalid' : 'required' });
  if (end === null) problems.push({ field: 'endYear', code: draft.endYear.trim() ? 'year-invalid' : 'required' });
  if (start !== null && end !== null && end < start) problems.push({ field: 'endYear', code: 'period-order' });
  if (problems.length > 0 || start === null || end === null) return { problems, options: null };
  return { problems, options: { title: draft.title, signedOn: draft.signedOn, startYear: start, endYear: end, commitmentIds: draft.commitmentIds } };
}
