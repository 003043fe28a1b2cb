/**
 * The official report's settings, kept per scope (all agreements, a province, one agreement) so
 * that the next period's report starts filled in: who issues it, its number, whom it goes to, who
 * signs it, and what the user typed (causes, tasks, proposals). One home for their limits and for
 * what a final (not draft) document needs.
 */
import { isIsoDate } from '../dates';

/** Quyền hạn of the signer (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.7): none, or TM./KT./TL./TUQ. */
export const AUTHORITIES = ['', 'TM.', 'KT.', 'TL.', 'TUQ.'] as const;
export type Authority = (typeof AUTHORITIES)[number];

export interface OfficialReportSettings {
  /** Cơ quan chủ quản ("UBND TỈNH PHÚ THỌ"); may be empty. */
  parentAgency: string;
  /** Cơ quan ban hành ("SỞ KHOA HỌC VÀ CÔNG NGHỆ"). */
  agency: string;
  /** Its abbreviation in the ký hiệu: "Số: 12/BC-SKHCN". */
  agencyCode: string;
  /** The number; empty until the office gives one (the line then reads "Số:     /BC-…"). */
  number: string;
  /** Địa danh: "Phú Thọ". */
  place: string;
  /** The date the report is issued, YYYY-MM-DD; empty leaves the day and month blank. */
  issuedOn: string;
  /** Kính gửi: one recipient a line. */
  recipients: string;
  /** Nơi nhận besides "Như trên" and "Lưu": one a line. */
  copyTo: string;
  authority: Authority;
  /** With TM.: the collective ("ỦY BAN NHÂN DÂN"); with KT./TL./TUQ.: the head's title ("GIÁM ĐỐC"). */
  authorityOf: string;
  /** Chức vụ of the signer ("PHÓ GIÁM ĐỐC"). */
  signerTitle: string;
  signerName: string;
  /** Final: the "DỰ THẢO" mark goes away, and the fields a sent document needs are required. */
  final: boolean;
  /** Causes of shortcomings typed by the user, by commitment id. */
  causes: Record<string, string>;
  /** Tasks for the next period, one a line (printed after the milestones that fall due). */
  tasks: string;
  /** Proposals, one a line. */
  proposals: string;
}

export const EMPTY_REPORT_SETTINGS: OfficialReportSettings = {
  parentAgency: '',
  agency: '',
  agencyCode: '',
  number: '',
  place: '',
  issuedOn: '',
  recipients: '',
  copyTo: '',
  authority: '',
  authorityOf: '',
  signerTitle: '',
  signerName: '',
  final: false,
  causes: {},
  tasks: '',
  proposals: '',
};

/** Limits, in characters. */
export const REPORT_LIMITS = {
  parentAgency: 120,
  agency: 120,
  agencyCode: 20,
  number: 10,
  place: 60,
  recipients: 1000,
  copyTo: 1000,
  authorityOf: 80,
  signerTitle: 80,
  signerName: 60,
  cause: 1000,
  tasks: 4000,
  proposals: 4000,
} as const;

export type ReportField = keyof typeof REPORT_LIMITS | 'issuedOn';

/** What a final document cannot go without. */
export const REQUIRED_WHEN_FINAL: readonly ReportField[] = ['agency', 'agencyCode', 'place', 'issuedOn', 'recipients', 'signerTitle', 'signerName'];

export type ReportIssue =
  | { field: ReportField; code: 'too-long'; limit: number; length: number; commitmentId?: string }
  | { field: ReportField; code: 'required-when-final' }
  | { field: 'issuedOn'; code: 'invalid-date' }
  | { field: 'number'; code: 'number-format' }
  | { field: 'agencyCode'; code: 'code-format' }
  | { field: 'authorityOf'; code: 'authority-needs-whom' };

/** Every problem with the settings, in the order of the form. */
export function validateReportSettings(s: OfficialReportSettings): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const text: Record<Exclude<ReportField, 'issuedOn' | 'cause'>, string> = {
    parentAgency: s.parentAgency,
    agency: s.agency,
    agencyCode: s.agencyCode,
    number: s.number,
    place: s.place,
    recipients: s.recipients,
    copyTo: s.copyTo,
    authorityOf: s.authorityOf,
    signerTitle: s.signerTitle,
    signerName: s.signerName,
    tasks: s.tasks,
    proposals: s.proposals,
  };
  for (const [field, value] of Object.entries(text) as [keyof typeof text, string][]) {
    const limit = REPORT_LIMITS[field];
    if (value.length > limit) issues.push({ field, code: 'too-long', limit, length: value.length });
    if (field === 'number' && value.trim() !== '' && !/^\d{1,10}$/.test(value.trim())) issues.push({ field: 'number', code: 'number-format' });
    if (field === 'agencyCode' && value.trim() !== '' && !/^[\p{Lu}\d&.-]+$/u.test(value.trim())) issues.push({ field: 'agencyCode', code: 'code-format' });
    if (field === 'authorityOf' && s.authority !== '' && value.trim() === '') issues.push({ field: 'authorityOf', code: 'authority-needs-whom' });
  }
  for (const [id, cause] of Object.entries(s.causes)) {
    if (cause.length > REPORT_LIMITS.cause) issues.push({ field: 'cause', code: 'too-long', limit: REPORT_LIMITS.cause, length: cause.length, commitmentId: id });
  }
  if (s.issuedOn !== '' && !isIsoDate(s.issuedOn)) issues.push({ field: 'issuedOn', code: 'invalid-date' });
  if (s.final) {
    for (const field of REQUIRED_WHEN_FINAL) {
      const value = field === 'issuedOn' ? s.issuedOn : text[field as keyof typeof text];
      if (value.trim() === '') issues.push({ field, code: 'required-when-final' });
    }
  }
  return issues;
}

/**
 * Settings read back from storage: whatever was stored, kept only where it has the right shape
 * (a value from an older or damaged row never breaks the page).
 */
export function readReportSettings(stored: unknown): OfficialReportSettings {
  const out: OfficialReportSettings = { ...EMPTY_REPORT_SETTINGS, causes: {} };
  if (!stored || typeof stored !== 'object') return out;
  const row = stored as Record<string, unknown>;
  for (const key of Object.keys(EMPTY_REPORT_SETTINGS) as (keyof OfficialReportSettings)[]) {
    const value = row[key];
    if (key === 'final') out.final = value === true;
    else if (key === 'authority') out.authority = (AUTHORITIES as readonly unknown[]).includes(value) ? (value as Authority) : '';
    else if (key === 'causes') {
      if (value && typeof value === 'object') for (const [id, text] of Object.entries(value)) if (typeof text === 'string') out.causes[id] = text;
    } else if (typeof value === 'string') out[key] = value;
  }
  return out;
}

/** "Số: 12/BC-SKHCN"; a number below 10 takes a 0 in front (Phụ lục I, mục II.3); blank until given. */
export function documentNumberLine(s: Pick<OfficialReportSettings, 'number' | 'agencyCode'>, kindCode = 'BC'): { number: string; symbol: string } {
  const n = s.number.trim();
  const number = n === '' ? '' : /^\d+$/.test(n) && Number(n) < 10 ? n.padStart(2, '0') : n;
  return { number, symbol: `${kindCode}-${s.agencyCode.trim() || '…'}` };
}
