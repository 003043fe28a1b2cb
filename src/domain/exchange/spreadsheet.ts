/**
 * The spreadsheet layout shared by export and import (CSV and XLSX alike): one row per commitment
 * with its status as of a date, and empty "new report" columns a partner fills in. The import
 * reads those columns back as check-ins, row by row, with the same rules as the report form.
 *
 * Headers are fixed Vietnamese labels (whatever the interface language), found by name on import,
 * so a partner may reorder or add columns. Every text cell that a spreadsheet would run as a
 * formula (=, +, -, @, tab, carriage return first) is written with a leading apostrophe.
 */
import { checkDraft, checkInFromDraft, type DraftProblem } from '../checkInRules';
import { parseVietnameseDate } from '../dates';
import { latestCheckIn, type Agreement, type CheckIn, type Commitment } from '../model';
import { assess, type Status, type StatusRules } from '../status/engine';
import { foldForSearch } from '../text';

export type Cell = string | number | null;

export const COLUMNS = {
  id: 'Mã nội dung cam kết',
  agreement: 'Thỏa thuận',
  province: 'Tỉnh, thành phố',
  clause: 'Điều, khoản',
  title: 'Nội dung cam kết',
  kind: 'Loại chỉ tiêu',
  unit: 'Đơn vị tính',
  baseline: 'Mốc xuất phát',
  target: 'Chỉ tiêu cuối kỳ',
  expected: 'Giá trị kỳ vọng',
  latest: 'Số liệu gần nhất',
  latestAsOf: 'Ngày số liệu gần nhất',
  status: 'Trạng thái',
  newAsOf: 'Ngày số liệu mới (dd/mm/yyyy)',
  newValue: 'Giá trị mới',
  newDone: 'Hoàn thành (có/không)',
  newNarrative: 'Diễn giải',
  newEvidence: 'Văn bản căn cứ',
  newReportedBy: 'Người báo cáo',
} as const;
type ColumnKey = keyof typeof COLUMNS;

export const CHECK_IN_COLUMNS = ['Mã nội dung cam kết', 'Nội dung cam kết', 'Ngày số liệu', 'Giá trị', 'Đơn vị tính', 'Hoàn thành', 'Diễn giải', 'Văn bản căn cứ', 'Người báo cáo', 'Dữ liệu minh họa'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text that a spreadsheet would run as a formula gets a leading apostrophe: shown, never run. */
export function neutralise(value: Cell): Cell {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** The text back, without the apostrophe neutralise added. */
export function unneutralise(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

const ddmmyyyy = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : null);

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
export function commitmentSheet(input: ExportInput): Cell[][] {
  const byId = new Map(input.agreements.map((a) => [a.id, a]));
  const rows: Cell[][] = [Object.values(COLUMNS)];
  for (const c of input.commitments) {
    const a = byId.get(c.agreementId);
    if (!a) continue;
    const s = assess(c, a.period, input.asOf, input.rules);
    const latest = latestCheckIn(c);
    const row: Record<ColumnKey, Cell> = {
      id: c.id,
      agreement: a.title,
      province: input.unitName(a),
      clause: c.clause,
      title: c.title,
      kind: input.kindLabel(c.kind),
      unit: c.unit,
      baseline: c.baseline.value,
      target: c.target,
      expected: s.expected === null ? null : Math.round(s.expected * 100) / 100,
      latest: latest ? (latest.value ?? (latest.done === null ? null : latest.done ? 'có' : 'không')) : null,
      latestAsOf: ddmmyyyy(latest?.asOf ?? null),
      status: input.statusLabel(s.status),
      newAsOf: null,
      newValue: null,
      newDone: null,
      newNarrative: null,
      newEvidence: null,
      newReportedBy: null,
    };
    rows.push((Object.keys(COLUMNS) as ColumnKey[]).map((k) => neutralise(row[k])));
  }
  return rows;
}

/** Every check-in, oldest first per commitment. */
export function checkInSheet(input: Pick<ExportInput, 'agreements' | 'commitments'>): Cell[][] {
  const ids = new Set(input.agreements.map((a) => a.id));
  const rows: Cell[][] = [[...CHECK_IN_COLUMNS]];
  for (const c of input.commitments) {
    if (!ids.has(c.agreementId)) continue;
    for (const ci of [...c.checkIns].sort((x, y) => x.asOf.localeCompare(y.asOf))) {
      rows.push(
        [c.id, c.title, ddmmyyyy(ci.asOf), ci.value, c.unit, ci.done === null ? null : ci.done ? 'có' : 'không', ci.narrative, ci.evidence.map((e) => [e.documentNumber, e.title].filter(Boolean).join(': ')).join('; '), ci.reportedBy, ci.sample ? 'có' : null].map(neutralise),
      );
    }
  }
  return rows;
}

/** A cell as CSV text: numbers the Vietnamese way without grouping ("2283", "96,5"). */
export const csvCell = (value: Cell): string => (value === null ? '' : typeof value === 'number' ? String(value).replace('.', ',') : value);

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

export interface ImportRow {
  row: number;
  commitment: Commitment;
  agreement: Agreement;
  checkIn: Omit<CheckIn, 'id' | 'createdAt' | 'updatedAt' | 'rev' | 'enteredAt'>;
}

export interface ImportPlan {
  rows: ImportRow[];
  problems: RowProblem[];
  /** Rows with nothing filled in the "new report" columns. */
  skipped: number;
}

export type LayoutProblem = { code: 'empty' } | { code: 'missing-columns'; columns: string[] };

type RawCell = string | number | boolean | Date | null | undefined;

function cellText(value: RawCell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return unneutralise(String(value).normalize('NFC').trim());
}

function cellDate(value: RawCell): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const text = cellText(value);
  return parseVietnameseDate(text) ?? (/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : text === '' ? '' : `invalid:${text}`);
}

const REQUIRED: ColumnKey[] = ['id', 'newAsOf', 'newValue'];

/**
 * Reads the filled-in "new report" columns. Each row is checked with the report form's own rules
 * (checkInRules.ts); a row with any problem is left out and reported with its row number.
 */
export function planCheckInImport(raw: RawCell[][], commitments: ReadonlyMap<string, { commitment: Commitment; agreement: Agreement }>, defaultReporter: string, today: string): { layout: LayoutProblem } | ImportPlan {
  if (raw.length === 0) return { layout: { code: 'empty' } };
  const header = raw[0]!.map((h) => foldForSearch(cellText(h)));
  const index = Object.fromEntries((Object.keys(COLUMNS) as ColumnKey[]).map((k) => [k, header.indexOf(foldForSearch(COLUMNS[k]))])) as Record<ColumnKey, number>;
  const missing = REQUIRED.filter((k) => index[k] < 0).map((k) => COLUMNS[k]);
  if (missing.length > 0) return { layout: { code: 'missing-columns', columns: missing } };

  const plan: ImportPlan = { rows: [], problems: [], skipped: 0 };
  const seen = new Set<string>();
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
    const { commitment: c, agreement } = found;
    let done: boolean | null = null;
    if (doneText) {
      if (['co', 'x', 'yes', 'true', '1', 'da hoan thanh', 'hoan thanh'].includes(doneText)) done = true;
      else if (['khong', 'no', 'false', '0', 'chua'].includes(doneText)) done = false;
      else {
        plan.problems.push({ row, column: COLUMNS.newDone, code: 'done-unreadable', text: cellText(get('newDone')) });
        return;
      }
    }
    const evidence = cellText(get('newEvidence'));
    const draft = {
      asOf: asOf.startsWith('invalid:') ? 'x' : asOf,
      valueText: typeof valueCell === 'number' ? String(valueCell).replace('.', ',') : cellText(valueCell),
      chosenValue: typeof valueCell === 'number' ? valueCell : null,
      done,
      assessment: null,
      narrative: cellText(get('newNarrative')),
      evidenceNumber: '',
      evidenceTitle: evidence,
      reportedBy: cellText(get('newReportedBy')) || defaultReporter,
      confirmed: true,
    };
    const check = checkDraft(c, agreement.period, draft, today);
    const columnOf: Record<string, string> = { asOf: COLUMNS.newAsOf, value: COLUMNS.newValue, done: COLUMNS.newDone, reportedBy: COLUMNS.newReportedBy, evidenceTitle: COLUMNS.newEvidence, assessment: COLUMNS.newDone };
    if (check.errors.length > 0) {
      for (const e of check.errors) {
        const column = columnOf[e.field] ?? e.field;
        plan.problems.push({ row, column, code: e.code, text: e.field === 'asOf' ? cellText(get('newAsOf')) : e.field === 'value' ? cellText(valueCell) : '' });
      }
      return;
    }
    const key = `${c.id}|${draft.asOf}`;
    if (seen.has(key)) {
      plan.problems.push({ row, column: COLUMNS.newAsOf, code: 'duplicate-row', text: cellText(get('newAsOf')) });
      return;
    }
    seen.add(key);
    plan.rows.push({ row, commitment: c, agreement, checkIn: checkInFromDraft(c, draft, check.value) });
  });
  return plan;
}
