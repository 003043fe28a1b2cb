/**
 * The spreadsheet layout shared by export and import (CSV and XLSX alike): one row per commitment
 * with its status as of a date, and empty "new report" columns a partner fills in. The import
 * reads those columns back as check-ins, row by row, through the report form's own functions
 * (checkInRules.ts: checkDraft, checkInFromDraft) — so a row is accepted exactly when the form
 * would accept it, and the form's warnings (a count falling, a second report for a date) must be
 * confirmed in the preview as they are in the form.
 *
 * Headers are fixed Vietnamese labels (whatever the interface language), the glossary's terms,
 * found by name on import (old names still accepted, see HEADER_ALIASES), so a partner may reorder
 * or add columns.
 *
 * Formulas: the domain returns text as stored. In an .xlsx file every text cell is written with
 * the string type, which a spreadsheet never evaluates, so it needs no mark. In CSV there are no
 * types, so a text that a spreadsheet would run as a formula (OWASP "CSV injection": a leading
 * = + - @, tab or carriage return; also their full-width forms ＝＋－＠ and any leading
 * whitespace before them) is written with a leading apostrophe; the import removes exactly that
 * apostrophe and nothing else.
 */
import { checkDraft, checkInFromDraft, type CheckInDraft, type DraftProblem, type DraftWarning } from '../checkInRules';
import { formatIsoDate, parseVietnameseDate } from '../dates';
import { latestCheckIn, type Agreement, type CheckIn, type Commitment } from '../model';
import { assess, type Status, type StatusRules } from '../status/engine';
import { compareByClause } from '../ordering';
import { foldForSearch } from '../text';

/** A date cell: a real date in .xlsx (shown dd/mm/yyyy), dd/mm/yyyy text in CSV. */
export interface DateCell {
  date: string;
}
export type Cell = string | number | DateCell | null;

export interface SheetModel {
  name: string;
  /** The header row first. */
  rows: Cell[][];
  /** Column widths in characters, one per column. */
  widths: number[];
}

export const COLUMNS = {
  id: 'Mã nội dung cam kết',
  agreement: 'Thỏa thuận',
  province: 'Tỉnh, thành phố',
  clause: 'Điều, khoản',
  title: 'Nội dung cam kết',
  kind: 'Loại chỉ tiêu',
  unit: 'Đơn vị tính',
  baselineQualifier: 'Trên/khoảng/dưới (giá trị ban đầu)',
  baseline: 'Giá trị ban đầu',
  target: 'Chỉ tiêu cuối giai đoạn',
  expected: 'Giá trị cần đạt theo tiến độ',
  latestQualifier: 'Trên/khoảng/dưới (số liệu gần nhất)',
  latest: 'Số liệu gần nhất',
  latestAsOf: 'Ngày số liệu gần nhất',
  status: 'Trạng thái',
  newAsOf: 'Ngày số liệu mới (dd/mm/yyyy)',
  newValue: 'Giá trị mới',
  newDone: 'Hoàn thành (có/không)',
  newNarrative: 'Diễn giải',
  newEvidenceNumber: 'Số, ký hiệu tài liệu kiểm chứng',
  newEvidence: 'Tài liệu kiểm chứng',
  newReportedBy: 'Đơn vị báo cáo',
} as const;
type ColumnKey = keyof typeof COLUMNS;

/** Header names of spreadsheets sent out before the glossary's terms: still read on import. */
export const HEADER_ALIASES: Partial<Record<ColumnKey, readonly string[]>> = {
  baseline: ['Mốc xuất phát'],
  target: ['Chỉ tiêu cuối kỳ'],
  expected: ['Giá trị kỳ vọng'],
  newEvidence: ['Văn bản căn cứ', 'Tên văn bản căn cứ'],
  newEvidenceNumber: ['Số văn bản căn cứ'],
  newReportedBy: ['Người báo cáo'],
};

const COLUMN_WIDTHS: Record<ColumnKey, number> = {
  id: 30,
  agreement: 40,
  province: 16,
  clause: 12,
  title: 50,
  kind: 18,
  unit: 14,
  baselineQualifier: 12,
  baseline: 12,
  target: 12,
  expected: 14,
  latestQualifier: 12,
  latest: 12,
  latestAsOf: 13,
  status: 20,
  newAsOf: 16,
  newValue: 12,
  newDone: 12,
  newNarrative: 40,
  newEvidenceNumber: 18,
  newEvidence: 36,
  newReportedBy: 24,
};

export const CHECK_IN_COLUMNS = [
  'Mã nội dung cam kết',
  'Nội dung cam kết',
  'Ngày số liệu',
  'Trên/khoảng/dưới',
  'Giá trị',
  'Đơn vị tính',
  'Hoàn thành',
  'Diễn giải',
  'Số, ký hiệu tài liệu kiểm chứng',
  'Tài liệu kiểm chứng',
  'Đơn vị báo cáo',
  'Dữ liệu minh họa',
] as const;
const CHECK_IN_WIDTHS = [30, 50, 13, 12, 12, 14, 11, 40, 18, 36, 24, 12];

/** The qualifier as the spreadsheet writes it ("trên 96%" → "trên" in its own column, 96 in the next). */
export const QUALIFIER_WORDS = { over: 'trên', about: 'khoảng', under: 'dưới' } as const;
const qualifierWord = (q: keyof typeof QUALIFIER_WORDS | null | undefined): string | null => (q ? QUALIFIER_WORDS[q] : null);

/**
 * A text a spreadsheet would run as a formula (OWASP, CSV injection): = + - @ first, or their
 * full-width forms ＝＋－＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20), possibly after whitespace; or a tab or
 * carriage return first.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

/** A CSV text cell: a formula-looking text gets a leading apostrophe, shown and never run. */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The text back, without the apostrophe neutralise added (and only that one). */
export function unneutralise(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

const dateCell = (iso: string | null | undefined): DateCell | null => (iso ? { date: iso } : null);
const yesNo = (done: boolean | null): string | null => (done === null ? null : done ? 'có' : 'không');

export interface ExportInput {
  agreements: readonly Agreement[];
  commitments: readonly Commitment[];
  unitName: (agreement: Agreement) => string;
  statusLabel: (status: Status) => string;
  kindLabel: (kind: Commitment['kind']) => string;
  asOf: string;
  /** The status rules chosen on the device (tolerance, sample reports); the defaults when absent. */
  rules?: Partial<StatusRules>;
}

/** The commitments sheet: a header row, then one row per commitment (ordered by agreement, clause). */
export function commitmentSheet(input: ExportInput): SheetModel {
  const byId = new Map(input.agreements.map((a) => [a.id, a]));
  const keys = Object.keys(COLUMNS) as ColumnKey[];
  const rows: Cell[][] = [Object.values(COLUMNS)];
  const agreementOrder = new Map(input.agreements.map((a, i) => [a.id, i]));
  const ordered = [...input.commitments].sort((x, y) => (agreementOrder.get(x.agreementId) ?? 0) - (agreementOrder.get(y.agreementId) ?? 0) || compareByClause(x, y));
  for (const c of ordered) {
    const a = byId.get(c.agreementId);
    if (!a) continue;
    const s = assess(c, a, input.asOf, input.rules);
    const latest = latestCheckIn(c);
    const row: Record<ColumnKey, Cell> = {
      id: c.id,
      agreement: a.title,
      province: input.unitName(a),
      clause: c.clause,
      title: c.title,
      kind: input.kindLabel(c.kind),
      unit: c.unit,
      baselineQualifier: qualifierWord(c.baseline.qualifier),
      baseline: c.baseline.value,
      target: c.target,
      expected: s.expected === null ? null : Math.round(s.expected * 100) / 100,
      latestQualifier: latest?.value != null ? qualifierWord(latest.qualifier) : null,
      latest: latest ? (latest.value ?? yesNo(latest.done)) : null,
      latestAsOf: dateCell(latest?.asOf),
      status: input.statusLabel(s.status),
      newAsOf: null,
      newValue: null,
      newDone: null,
      newNarrative: null,
      newEvidenceNumber: null,
      newEvidence: null,
      newReportedBy: null,
    };
    rows.push(keys.map((k) => (row[k] === '' ? null : row[k])));
  }
  return { name: 'Cam kết', rows, widths: keys.map((k) => COLUMN_WIDTHS[k]) };
}

/** Every check-in, oldest first per commitment; one evidence document per line of its cells. */
export function checkInSheet(input: Pick<ExportInput, 'agreements' | 'commitments'>): SheetModel {
  const ids = new Set(input.agreements.map((a) => a.id));
  const rows: Cell[][] = [[...CHECK_IN_COLUMNS]];
  for (const c of input.commitments) {
    if (!ids.has(c.agreementId)) continue;
    for (const ci of [...c.checkIns].sort((x, y) => x.asOf.localeCompare(y.asOf))) {
      const numbers = ci.evidence.map((e) => e.documentNumber ?? '').join('\n').trim();
      const titles = ci.evidence.map((e) => e.title).join('\n');
      rows.push([c.id, c.title, dateCell(ci.asOf), ci.value === null ? null : qualifierWord(ci.qualifier), ci.value, c.unit || null, yesNo(ci.done), ci.narrative || null, numbers || null, titles || null, ci.reportedBy || null, ci.sample ? 'có' : null]);
    }
  }
  return { name: 'Báo cáo', rows, widths: CHECK_IN_WIDTHS };
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

/**
 * ";" for Excel with Vietnamese regional settings (whose list separator is ";" and decimal mark
 * ","), "," for Excel elsewhere (decimal point).
 */
export type CsvSeparator = ';' | ',';

/** A cell as CSV text: numbers without grouping, with the decimal mark that goes with the separator. */
export function csvCell(value: Cell, separator: CsvSeparator = ';'): string {
  if (value === null) return '';
  if (typeof value === 'number') return separator === ';' ? String(value).replace('.', ',') : String(value);
  if (typeof value === 'object') return formatIsoDate(value.date);
  return neutralise(value);
}

/** The CSV text (without the byte-order mark the file adds): every field quoted, CRLF line ends. */
export function toCsv(rows: readonly Cell[][], separator: CsvSeparator = ';'): string {
  return rows.map((r) => r.map((v) => `"${csvCell(v, separator).replace(/"/g, '""')}"`).join(separator)).join('\r\n');
}

/**
 * `cam-ket-phu-tho-2026-12-02.csv`: what the file holds, its scope (a province, an agreement's
 * title, or "toan-bo" for everything) and the date, folded to ASCII like the snapshot files.
 */
export function sheetFileName(contents: 'cam-ket' | 'bao-cao-tien-do' | 'lich-cam-ket', scopeLabel: string | null, isoDate: string, extension: 'csv' | 'xlsx' | 'ics'): string {
  const slug =
    foldForSearch(scopeLabel ?? 'toàn bộ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'toan-bo';
  return `${contents}-${slug}-${isoDate}.${extension}`;
}

// ---------------------------------------------------------------------------------------------
// Import
// ---------------------------------------------------------------------------------------------

export type RowProblemCode = DraftProblem['code'] | 'unknown-commitment' | 'done-unreadable' | 'duplicate-row';

export interface RowProblem {
  /** The spreadsheet's row number, as the user sees it (the header is row 1). */
  row: number;
  column: string;
  code: RowProblemCode;
  /** What the cell held, for the message. */
  text: string;
}

export interface RowWarning {
  row: number;
  column: string;
  code: DraftWarning['code'];
  previous?: DraftWarning['previous'];
}

export type ImportCheckIn = Omit<CheckIn, 'id' | 'createdAt' | 'updatedAt' | 'rev' | 'enteredAt'>;

export interface ImportRow {
  row: number;
  commitment: Commitment;
  agreement: Agreement;
  checkIn: ImportCheckIn;
}

export interface RecordedRow {
  row: number;
  commitment: Commitment;
  asOf: string;
}

export interface ImportPlan {
  /** Rows that will be recorded. */
  rows: ImportRow[];
  problems: RowProblem[];
  /** The form's warnings for rows that will be recorded: the user confirms them once for the file. */
  warnings: RowWarning[];
  /** Rows equal to a report already stored (see sameReport): left out, with a note. */
  recorded: RecordedRow[];
  /** Rows otherwise ready whose "Đơn vị báo cáo" is empty while no reporter was given for the file. */
  awaitingReporter: number[];
  /** Filled rows whose "Đơn vị báo cáo" cell is empty (they take the reporter given for the file). */
  withoutReporter: number;
  /** Rows with nothing filled in the "new report" columns. */
  skipped: number;
}

export type LayoutProblem = { code: 'empty' } | { code: 'missing-columns'; columns: string[] };

type RawCell = string | number | boolean | Date | null | undefined;

function cellText(value: RawCell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return formatIsoDate(value.toISOString().slice(0, 10));
  return unneutralise(String(value).normalize('NFC').trim()).trim();
}

function cellDate(value: RawCell): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = cellText(value);
  return parseVietnameseDate(text) ?? (/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : text === '' ? '' : `invalid:${text}`);
}

const sameText = (a: string | null | undefined, b: string | null | undefined) => foldSpaces(a) === foldSpaces(b);
const foldSpaces = (text: string | null | undefined) => (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Whether a report from a spreadsheet row is one already stored: the same date and the same
 * statement — value (with its qualifier) or done / not done, narrative and evidence (number and
 * title), compared after Unicode normalisation with runs of spaces folded. Who entered it and the
 * assessment are not compared: the same report re-imported under another reporter name is still
 * the same report. Sample (illustrative) reports are never "already recorded".
 */
export function sameReport(stored: CheckIn, row: ImportCheckIn): boolean {
  return (
    !stored.sample &&
    stored.asOf === row.asOf &&
    stored.value === row.value &&
    stored.done === row.done &&
    (stored.value === null || stored.qualifier === row.qualifier) &&
    sameText(stored.narrative, row.narrative) &&
    stored.evidence.length === row.evidence.length &&
    stored.evidence.every((e, i) => sameText(e.documentNumber, row.evidence[i]!.documentNumber) && sameText(e.title, row.evidence[i]!.title))
  );
}

const REQUIRED: ColumnKey[] = ['id', 'newAsOf', 'newValue'];
const YES = ['co', 'x', 'yes', 'true', '1', 'da hoan thanh', 'hoan thanh'];
const NO = ['khong', 'no', 'false', '0', 'chua', 'chua hoan thanh'];

/**
 * Reads the filled-in "new report" columns. Each row goes through the report form's functions
 * (checkDraft, checkInFromDraft), against the commitment as stored plus the rows before it in the
 * file; a row with any problem is left out and reported with its row number. A row whose
 * "Đơn vị báo cáo" is empty takes `reporter` (asked once for the file); when that is empty too, the
 * row waits for it (awaitingReporter) rather than being refused.
 */
export function planCheckInImport(raw: RawCell[][], commitments: ReadonlyMap<string, { commitment: Commitment; agreement: Agreement }>, reporter: string, today: string): { layout: LayoutProblem } | ImportPlan {
  if (raw.length === 0) return { layout: { code: 'empty' } };
  const header = raw[0]!.map((h) => foldForSearch(cellText(h)));
  const find = (k: ColumnKey) => [COLUMNS[k], ...(HEADER_ALIASES[k] ?? [])].map((name) => header.indexOf(foldForSearch(name))).find((i) => i >= 0) ?? -1;
  const index = Object.fromEntries((Object.keys(COLUMNS) as ColumnKey[]).map((k) => [k, find(k)])) as Record<ColumnKey, number>;
  const missing = REQUIRED.filter((k) => index[k] < 0).map((k) => COLUMNS[k]);
  if (missing.length > 0) return { layout: { code: 'missing-columns', columns: missing } };

  const plan: ImportPlan = { rows: [], problems: [], warnings: [], recorded: [], awaitingReporter: [], withoutReporter: 0, skipped: 0 };
  const seen = new Set<string>();
  // Rows accepted so far, per commitment: the form would see them as stored when the next is entered.
  const accepted = new Map<string, CheckIn[]>();
  const columnOf: Record<DraftProblem['field'], string> = {
    asOf: COLUMNS.newAsOf,
    value: COLUMNS.newValue,
    done: COLUMNS.newDone,
    reportedBy: COLUMNS.newReportedBy,
    evidenceTitle: COLUMNS.newEvidence,
    assessment: COLUMNS.newDone,
  };
  raw.slice(1).forEach((cells, i) => {
    const row = i + 2;
    const get = (k: ColumnKey): RawCell => (index[k] >= 0 ? cells[index[k]] : null);
    const asOf = cellDate(get('newAsOf'));
    const valueCell = get('newValue');
    const doneText = foldForSearch(cellText(get('newDone')));
    if (asOf === '' && cellText(valueCell) === '' && doneText === '') {
      plan.skipped++;
      return;
    }
    const id = cellText(get('id'));
    const found = commitments.get(id);
    if (!found) {
      plan.problems.push({ row, column: COLUMNS.id, code: 'unknown-commitment', text: id });
      return;
    }
    const { commitment: stored, agreement } = found;
    let done: boolean | null = null;
    if (doneText) {
      if (YES.includes(doneText)) done = true;
      else if (NO.includes(doneText)) done = false;
      else {
        plan.problems.push({ row, column: COLUMNS.newDone, code: 'done-unreadable', text: cellText(get('newDone')) });
        return;
      }
    }
    const reporterCell = cellText(get('newReportedBy'));
    if (!reporterCell) plan.withoutReporter++;
    const draft: CheckInDraft = {
      asOf: asOf.startsWith('invalid:') ? 'x' : asOf,
      valueText: typeof valueCell === 'number' ? String(valueCell).replace('.', ',') : cellText(valueCell),
      chosenValue: typeof valueCell === 'number' ? valueCell : null,
      done,
      assessment: null,
      narrative: cellText(get('newNarrative')),
      evidenceNumber: cellText(get('newEvidenceNumber')),
      evidenceTitle: cellText(get('newEvidence')),
      reportedBy: reporterCell || reporter.normalize('NFC').trim(),
      confirmed: false,
    };
    const c = { ...stored, checkIns: [...stored.checkIns, ...(accepted.get(stored.id) ?? [])] };
    const check = checkDraft(c, agreement.period, draft, today);
    // An empty reporter is asked once for the whole file, not refused row by row.
    const waiting = check.errors.some((e) => e.field === 'reportedBy');
    const errors = check.errors.filter((e) => e.field !== 'reportedBy');
    if (errors.length > 0) {
      for (const e of errors) {
        const text = e.field === 'asOf' ? cellText(get('newAsOf')) : e.field === 'value' ? cellText(valueCell) : e.field === 'evidenceTitle' ? draft.evidenceNumber : '';
        plan.problems.push({ row, column: columnOf[e.field], code: e.code, text });
      }
      return;
    }
    const key = `${c.id}|${draft.asOf}`;
    if (seen.has(key)) {
      plan.problems.push({ row, column: COLUMNS.newAsOf, code: 'duplicate-row', text: cellText(get('newAsOf')) });
      return;
    }
    seen.add(key);
    const checkIn = checkInFromDraft(c, draft, check.value);
    if (stored.checkIns.some((x) => sameReport(x, checkIn))) {
      plan.recorded.push({ row, commitment: stored, asOf: checkIn.asOf });
      return;
    }
    if (waiting) {
      plan.awaitingReporter.push(row);
      return;
    }
    for (const w of check.warnings) plan.warnings.push({ row, column: columnOf[w.field], code: w.code, ...(w.previous ? { previous: w.previous } : {}) });
    const at = `${today}T00:00:00.000Z`;
    accepted.set(stored.id, [...(accepted.get(stored.id) ?? []), { ...checkIn, id: `row-${row}`, createdAt: at, updatedAt: at, enteredAt: at, rev: 1 }]);
    plan.rows.push({ row, commitment: stored, agreement, checkIn });
  });
  return plan;
}
