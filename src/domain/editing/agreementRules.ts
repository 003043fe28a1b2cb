/**
 * The agreement form as pure functions: the draft, its rules, and the fields to store. The province
 * and the partners are picked from the directory, or typed as new names (the repository then
 * creates the unit, its People's Committee and the enterprise).
 */
import { isIsoDate } from '../dates';
import type { Agreement, AgreementKind, Commitment } from '../model';

export interface AgreementDraft {
  kind: AgreementKind;
  title: string;
  documentNumber: string;
  signedOn: string;
  signedPlace: string;
  signedOnline: boolean;
  /** An existing unit's id; '' when a new province is typed in `newUnitName`. */
  unitId: string;
  newUnitName: string;
  newUnitKind: 'province' | 'centrally-run-city';
  partnerIds: string[];
  /** New partners, one per line. */
  newPartners: string;
  hasPeriod: boolean;
  startYear: string;
  endYear: string;
  summary: string;
  signatories: SignatoryDraft[];
}

/**
 * A signatory row: which side signs — `committee` (the province's People's Committee), a picked
 * partner's id, or `new:<name>` for a partner typed as new — and the person.
 */
export interface SignatoryDraft {
  side: string;
  name: string;
  title: string;
  capacity: string;
}

export type AgreementField = 'title' | 'signedOn' | 'unit' | 'partners' | 'startYear' | 'endYear' | `signatory.${number}.side` | `signatory.${number}.title`;
export type AgreementProblemCode = 'required' | 'invalid-date' | 'year-invalid' | 'period-order' | 'signed-after-period' | 'too-long' | 'side-not-a-party' | 'commitments-outside-period';
export interface AgreementProblem {
  field: AgreementField;
  code: AgreementProblemCode;
  /** For 'commitments-outside-period': the titles of the commitments concerned. */
  titles?: string[];
}

export function emptyAgreementDraft(today: string): AgreementDraft {
  const year = Number(today.slice(0, 4));
  return {
    kind: 'cooperation-agreement',
    title: '',
    documentNumber: '',
    signedOn: today,
    signedPlace: '',
    signedOnline: false,
    unitId: '',
    newUnitName: '',
    newUnitKind: 'province',
    partnerIds: [],
    newPartners: '',
    hasPeriod: true,
    startYear: String(year),
    endYear: String(year + 5),
    summary: '',
    signatories: [],
  };
}

/** @param committeeIds the People's Committees among the agreement's parties (they sign as `committee`) */
export function draftFromAgreement(a: Agreement, partnerIds: string[], committeeIds: readonly string[] = []): AgreementDraft {
  return {
    kind: a.kind,
    title: a.title,
    documentNumber: a.documentNumber ?? '',
    signedOn: a.signedOn,
    signedPlace: a.signedPlace ?? '',
    signedOnline: a.signedOnline,
    unitId: a.signatoryUnitId,
    newUnitName: '',
    newUnitKind: 'province',
    partnerIds,
    newPartners: '',
    hasPeriod: a.period !== null,
    startYear: a.period ? String(a.period.startYear) : '',
    endYear: a.period ? String(a.period.endYear) : '',
    summary: a.summary,
    signatories: a.signatories.map((x) => ({ side: committeeIds.includes(x.partyId) ? 'committee' : x.partyId, name: x.name ?? '', title: x.title, capacity: x.capacity ?? '' })),
  };
}

const clean = (s: string) => s.normalize('NFC').trim();
const yearOf = (text: string) => (/^\d{4}$/.test(text.trim()) && Number(text) >= 1990 && Number(text) <= 2100 ? Number(text) : null);

export interface AgreementFields {
  kind: AgreementKind;
  title: string;
  documentNumber: string | null;
  signedOn: string;
  signedPlace: string | null;
  signedOnline: boolean;
  period: { startYear: number; endYear: number } | null;
  summary: string;
  unit: { id: string } | { name: string; kind: 'province' | 'centrally-run-city' };
  partnerIds: string[];
  newPartners: string[];
  signatories: { side: 'committee' | { id: string } | { newName: string }; name: string | null; title: string; capacity: string | null }[];
}

/**
 * @param commitments the agreement's commitments, when editing: a new period must still hold their
 *   yearly milestones and due dates (otherwise their status would be judged against a path outside it).
 */
export function checkAgreementDraft(draft: AgreementDraft, commitments: readonly Pick<Commitment, 'title' | 'milestones' | 'dueOn'>[] = []): { problems: AgreementProblem[]; fields: AgreementFields } {
  const problems: AgreementProblem[] = [];
  const title = clean(draft.title);
  if (!title) problems.push({ field: 'title', code: 'required' });
  else if (title.length > 2_000) problems.push({ field: 'title', code: 'too-long' });
  if (!draft.signedOn) problems.push({ field: 'signedOn', code: 'required' });
  else if (!isIsoDate(draft.signedOn)) problems.push({ field: 'signedOn', code: 'invalid-date' });
  const newUnit = clean(draft.newUnitName);
  if (!draft.unitId && !newUnit) problems.push({ field: 'unit', code: 'required' });
  const newPartners = [...new Set(draft.newPartners.split('\n').map(clean).filter(Boolean))];
  if (draft.partnerIds.length === 0 && newPartners.length === 0) problems.push({ field: 'partners', code: 'required' });

  let period: AgreementFields['period'] = null;
  if (draft.hasPeriod) {
    const start = yearOf(draft.startYear);
    const end = yearOf(draft.endYear);
    if (start === null) problems.push({ field: 'startYear', code: draft.startYear.trim() ? 'year-invalid' : 'required' });
    if (end === null) problems.push({ field: 'endYear', code: draft.endYear.trim() ? 'year-invalid' : 'required' });
    if (start !== null && end !== null) {
      if (end < start) problems.push({ field: 'endYear', code: 'period-order' });
      else period = { startYear: start, endYear: end };
    }
    if (period && isIsoDate(draft.signedOn) && Number(draft.signedOn.slice(0, 4)) > period.endYear) problems.push({ field: 'signedOn', code: 'signed-after-period' });
    if (period) {
      const p = period;
      const outside = (year: number) => year < p.startYear || year > p.endYear;
      const titles = commitments.filter((c) => c.milestones.some((m) => outside(m.year)) || (c.dueOn !== null && outside(Number(c.dueOn.slice(0, 4))))).map((c) => c.title);
      if (titles.length > 0) problems.push({ field: 'endYear', code: 'commitments-outside-period', titles });
    }
  }

  const signatories: AgreementFields['signatories'] = [];
  draft.signatories.forEach((x, i) => {
    const title = clean(x.title);
    if (!title) problems.push({ field: `signatory.${i}.title`, code: 'required' });
    let side: AgreementFields['signatories'][number]['side'] | null = null;
    if (x.side === 'committee') side = 'committee';
    else if (x.side.startsWith('new:') && newPartners.includes(clean(x.side.slice(4)))) side = { newName: clean(x.side.slice(4)) };
    else if (draft.partnerIds.includes(x.side)) side = { id: x.side };
    if (!side) problems.push({ field: `signatory.${i}.side`, code: x.side ? 'side-not-a-party' : 'required' });
    else if (title) signatories.push({ side, name: clean(x.name) || null, title, capacity: clean(x.capacity) || null });
  });

  return {
    problems,
    fields: {
      signatories,
      kind: draft.kind,
      title,
      documentNumber: clean(draft.documentNumber) || null,
      signedOn: draft.signedOn,
      signedPlace: clean(draft.signedPlace) || null,
      signedOnline: draft.signedOnline,
      period,
      summary: clean(draft.summary),
      unit: draft.unitId ? { id: draft.unitId } : { name: newUnit, kind: draft.newUnitKind },
      partnerIds: draft.partnerIds,
      newPartners,
    },
  };
}
