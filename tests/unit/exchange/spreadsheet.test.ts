/**
 * Spreadsheets out and back in: the layout, CSV text for Vietnamese and other Excel, formula
 * guarding (CSV only; .xlsx text is string-typed), the .xlsx read back with the libraries the app
 * uses, and the import through the report form's rules — re-imports recognised, the reporter
 * asked once. Expected values are written out by hand.
 */
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import readXlsx from 'read-excel-file/node';
import writeXlsx from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { buildDemoData } from '../../../src/data/demo/demoData';
import type { CheckIn, Commitment } from '../../../src/domain/model';
import { checkInSheet, commitmentSheet, COLUMNS, neutralise, planCheckInImport, sheetFileName, toCsv, unneutralise, type Cell, type ImportPlan } from '../../../src/domain/exchange/spreadsheet';
import { xlsxWorkbook } from '../../../src/features/reports/spreadsheetFiles';

const data = buildDemoData();
const TODAY = '2026-11-22';
const agreementOf = (c: Commitment) => data.agreements.find((a) => a.id === c.agreementId)!;
const lookupOf = (commitments: readonly Commitment[]) => new Map(commitments.map((c) => [c.id, { commitment: c, agreement: agreementOf(c) }]));
const lookup = lookupOf(data.commitments);
const exportInput = { agreements: data.agreements, commitments: data.commitments, unitName: () => 'X', statusLabel: (s: string) => s, kindLabel: (k: string) => k, asOf: TODAY };
const header = Object.values(COLUMNS);
const col = (name: keyof typeof COLUMNS) => header.indexOf(COLUMNS[name]);
const BTS = 'agr-phu-tho-viettel-2025-c07'; // cumulative count, "vị trí trạm", period 2025-2030
const COVERAGE = 'agr-phu-tho-viettel-2025-c04'; // capped percentage, "% dân số"
const CITY = 'agr-phu-tho-viettel-2025-c10'; // milestone

type Raw = (string | number | Date | null)[];
function row(values: Partial<Record<keyof typeof COLUMNS, string | number | Date | null>>): Raw {
  const r: Raw = header.map(() => null);
  for (const [k, v] of Object.entries(values)) r[col(k as keyof typeof COLUMNS)] = v;
  return r;
}
const plan = (rows: Raw[], reporter = 'Tổ CĐS', lk = lookup) => planCheckInImport([header, ...rows], lk, reporter, TODAY) as ImportPlan;

/** The commitments with the plan's rows stored, as the repository would store them. */
function stored(p: ImportPlan, commitments: readonly Commitment[] = data.commitments): Commitment[] {
  return commitments.map((c) => ({
    ...c,
    checkIns: [...c.checkIns, ...p.rows.filter((r) => r.commitment.id === c.id).map((r, i): CheckIn => ({ ...r.checkIn, id: `ci-${c.id}-${i}`, createdAt: '2026-11-22T08:00:00.000Z', updatedAt: '2026-11-22T08:00:00.000Z', enteredAt: '2026-11-22T08:00:00.000Z', rev: 1 }))],
  }));
}

describe('formula guarding', () => {
  it('a CSV text that a spreadsheet would run gets an apostrophe: ASCII, full-width ＝＋－＠, after whitespace, tab or CR first', () => {
    expect(['=1+1', '+84 912', '-5', '@SUM(A1)', '\tx', '\rx', '＝SUM(A1:A9)', '＋84', '－5', '＠Sở', ' =1', '\u3000＝1', '  @x'].map(neutralise)).toEqual([
      "'=1+1",
      "'+84 912",
      "'-5",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      "'＝SUM(A1:A9)",
      "'＋84",
      "'－5",
      "'＠Sở",
      "' =1",
      "'\u3000＝1",
      "'  @x",
    ]);
    expect(['Hải Dương', "'quoted", 'a=b', '5-3', 'Hạ tầng số'].map(neutralise)).toEqual(['Hải Dương', "'quoted", 'a=b', '5-3', 'Hạ tầng số']);
  });

  it('the import removes only the apostrophe the export added', () => {
    expect(["'=1+1", "'＝SUM(A1)", "' =1", "'quoted", "'Sở", '=1+1', "''=1"].map(unneutralise)).toEqual(['=1+1', '＝SUM(A1)', ' =1', "'quoted", "'Sở", '=1+1', "''=1"]);
  });
});

describe('CSV text', () => {
  const rows: Cell[][] = [
    ['Mã', 'Giá trị', 'Ngày', 'Ghi chú'],
    ['=HYPERLINK("x")', 96.5, { date: '2026-09-30' }, 'a;b'],
    ['＠Sở', null, null, '-Hạ tầng'],
    ['c', 2283, null, 'x,y'],
  ];

  it('";" for Vietnamese Excel, decimal comma; every field quoted; CRLF', () => {
    expect(toCsv(rows, ';')).toBe(['"Mã";"Giá trị";"Ngày";"Ghi chú"', '"\'=HYPERLINK(""x"")";"96,5";"30/09/2026";"a;b"', '"\'＠Sở";"";"";"\'-Hạ tầng"', '"c";"2283";"";"x,y"'].join('\r\n'));
  });

  it('"," for other Excel, decimal point', () => {
    expect(toCsv(rows, ',')).toBe(['"Mã","Giá trị","Ngày","Ghi chú"', '"\'=HYPERLINK(""x"")","96.5","30/09/2026","a;b"', '"\'＠Sở","","","\'-Hạ tầng"', '"c","2283","","x,y"'].join('\r\n'));
  });

  it('papaparse, as the import reads it, finds either separator', () => {
    for (const separator of [';', ','] as const) {
      const parsed = Papa.parse<string[]>(toCsv(rows, separator), { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });
      expect(parsed.meta.delimiter).toBe(separator);
      expect(parsed.data[1]).toEqual(['\'=HYPERLINK("x")', separator === ';' ? '96,5' : '96.5', '30/09/2026', 'a;b']);
    }
  });
});

describe('spreadsheet export', () => {
  it('the glossary\'s column names, one row per commitment, empty "new report" columns', () => {
    const sheet = commitmentSheet(exportInput);
    expect(sheet.rows[0]).toEqual([
      'Mã nội dung cam kết',
      'Thỏa thuận',
      'Tỉnh, thành phố',
      'Điều, khoản',
      'Nội dung cam kết',
      'Loại chỉ tiêu',
      'Đơn vị tính',
      'Trên/khoảng/dưới (giá trị ban đầu)',
      'Giá trị ban đầu',
      'Chỉ tiêu cuối giai đoạn',
      'Giá trị cần đạt theo tiến độ',
      'Trên/khoảng/dưới (số liệu gần nhất)',
      'Số liệu gần nhất',
      'Ngày số liệu gần nhất',
      'Trạng thái',
      'Ngày số liệu mới (dd/mm/yyyy)',
      'Giá trị mới',
      'Hoàn thành (có/không)',
      'Diễn giải',
      'Số, ký hiệu tài liệu kiểm chứng',
      'Tài liệu kiểm chứng',
      'Đơn vị báo cáo',
    ]);
    expect(sheet.rows).toHaveLength(data.commitments.length + 1);
    expect(sheet.widths).toHaveLength(22);
    const bts = sheet.rows.find((r) => r[0] === BTS)!;
    expect([bts[col('baselineQualifier')], bts[col('baseline')], bts[col('latest')], bts[col('latestAsOf')]]).toEqual([null, 2283, 2410, { date: '2026-06-30' }]);
    expect([bts[col('newAsOf')], bts[col('newValue')], bts[col('newReportedBy')]]).toEqual([null, null, null]);
  });

  it('rows follow the agreements, then clause order ("2.9" before "2.10", no clause last)', () => {
    const c = data.commitments.find((x) => x.id === COVERAGE)!;
    const withClause = (id: string, clause: string): Commitment => ({ ...c, id, clause });
    const sheet = commitmentSheet({ ...exportInput, commitments: [withClause('x-none', '—'), withClause('x-10', '2.10'), withClause('x-9', '2.9'), withClause('x-1', '1')] });
    expect(sheet.rows.slice(1).map((r) => r[col('id')])).toEqual(['x-1', 'x-9', 'x-10', 'x-none']);
  });

  it('"trên 96%" keeps its qualifier in its own column; text is exported as stored', () => {
    const c = data.commitments.find((x) => x.id === COVERAGE)!;
    const over: Commitment = { ...c, title: '=HYPERLINK("http://x","y")', baseline: { ...c.baseline, value: 90, qualifier: 'about' }, checkIns: [{ ...c.checkIns[0]!, asOf: '2026-09-30', value: 96, qualifier: 'over', sample: false }] };
    const r = commitmentSheet({ ...exportInput, commitments: [over] }).rows[1]!;
    expect([r[col('title')], r[col('baselineQualifier')], r[col('baseline')], r[col('latestQualifier')], r[col('latest')], r[col('latestAsOf')]]).toEqual(['=HYPERLINK("http://x","y")', 'khoảng', 90, 'trên', 96, { date: '2026-09-30' }]);
    const reports = checkInSheet({ agreements: data.agreements, commitments: [{ ...over, checkIns: [{ ...over.checkIns[0]!, evidence: [{ documentNumber: '12/BC-VTPT', title: 'Báo cáo quý III', url: null }] }] }] }).rows;
    expect(reports).toEqual([
      ['Mã nội dung cam kết', 'Nội dung cam kết', 'Ngày số liệu', 'Trên/khoảng/dưới', 'Giá trị', 'Đơn vị tính', 'Hoàn thành', 'Diễn giải', 'Số, ký hiệu tài liệu kiểm chứng', 'Tài liệu kiểm chứng', 'Đơn vị báo cáo', 'Dữ liệu minh họa'],
      [COVERAGE, '=HYPERLINK("http://x","y")', { date: '2026-09-30' }, 'trên', 96, '% dân số', null, 'Số liệu minh họa, không phải số liệu báo cáo.', '12/BC-VTPT', 'Báo cáo quý III', 'Dữ liệu minh họa', null],
    ]);
  });

  it('file names say the contents, the scope and the date', () => {
    expect(sheetFileName('cam-ket', 'Phú Thọ', '2026-12-02', 'csv')).toBe('cam-ket-phu-tho-2026-12-02.csv');
    expect(sheetFileName('bao-cao-tien-do', null, '2026-12-02', 'csv')).toBe('bao-cao-tien-do-toan-bo-2026-12-02.csv');
    expect(sheetFileName('cam-ket', 'Hải Phòng', '2026-12-02', 'xlsx')).toBe('cam-ket-hai-phong-2026-12-02.xlsx');
    expect(sheetFileName('lich-cam-ket', 'Thỏa thuận hợp tác giữa UBND tỉnh Đắk Lắk và Tập đoàn Viettel', '2026-12-02', 'ics')).toBe('lich-cam-ket-thoa-thuan-hop-tac-giua-ubnd-tinh-dak-lak-va-tap-2026-12-02.ics');
  });
});

describe('.xlsx written and read back', () => {
  async function workbook() {
    const c = data.commitments.find((x) => x.id === COVERAGE)!;
    const evil: Commitment = { ...c, title: '=HYPERLINK("http://x","y")', unit: '＠Sở', checkIns: [{ ...c.checkIns[0]!, asOf: '2026-06-30', value: 98.5, narrative: '-Hạ tầng số', sample: false }] };
    const input = { ...exportInput, commitments: [evil] };
    const wb = xlsxWorkbook([commitmentSheet(input), checkInSheet(input)]);
    const buffer = await writeXlsx(wb.sheets as never, wb.options as never).toBuffer();
    return { buffer, files: unzipSync(new Uint8Array(buffer)) };
  }

  it('text cells hold the text exactly, never an apostrophe; dates are date cells', async () => {
    const { buffer } = await workbook();
    const sheets = await readXlsx(buffer);
    expect(sheets.map((s) => s.sheet)).toEqual(['Cam kết', 'Báo cáo']);
    const [head, first] = sheets[0]!.data;
    expect(head![4]).toBe('Nội dung cam kết');
    expect(first![4]).toBe('=HYPERLINK("http://x","y")');
    expect(first![6]).toBe('＠Sở');
    expect(first![12]).toBe(98.5);
    expect(first![13]).toEqual(new Date(Date.UTC(2026, 5, 30)));
    const report = sheets[1]!.data[1]!;
    expect([report[1], report[2], report[4], report[7]]).toEqual(['=HYPERLINK("http://x","y")', new Date(Date.UTC(2026, 5, 30)), 98.5, '-Hạ tầng số']);
  });

  it('the sheet XML: frozen header, column widths, an autofilter, dd/mm/yyyy, Arial 11 as the default font, no formula cell', async () => {
    const { files } = await workbook();
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<pane ySplit="1" xSplit="0" topLeftCell="A2" activePane="bottomRight" state="frozen"/>');
    expect(sheet).toContain('<col min="1" max="1" width="30" customWidth="1"/>');
    expect(sheet).toContain('<col min="5" max="5" width="50" customWidth="1"/>');
    expect(sheet).toContain('<autoFilter ref="A1:V2"/>');
    expect(sheet).not.toContain('<f>');
    expect(strFromU8(files['xl/worksheets/sheet2.xml']!)).toContain('<autoFilter ref="A1:L2"/>');
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">\'Cam kết\'!$A$1:$V$2</definedName>');
    const styles = strFromU8(files['xl/styles.xml']!);
    expect(styles).toContain('formatCode="dd/mm/yyyy"');
    expect(styles).toMatch(/<fonts count="\d+"><font><name val="Arial"\/><sz val="11"\/>/);
    const strings = strFromU8(files['xl/sharedStrings.xml']!);
    expect(strings).toContain('<t>=HYPERLINK("http://x","y")</t>');
    expect(strings).not.toMatch(/'=|'＠|'-/);
  });
});

describe('spreadsheet import', () => {
  it('reads filled rows with the report form\'s rules; empty rows are skipped', () => {
    const result = plan([
      row({ id: BTS, newAsOf: '30/09/2026', newValue: '2.450' }),
      row({ id: COVERAGE, newAsOf: new Date(Date.UTC(2026, 8, 30)), newValue: 98.4, newNarrative: 'ok', newEvidenceNumber: '12/BC-VTPT', newEvidence: 'Báo cáo quý III', newReportedBy: 'Viettel Phú Thọ' }),
      row({ id: 'agr-thanh-hoa-vnpt-2021-c01' }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.skipped).toBe(1);
    expect(result.rows.map((r) => [r.row, r.commitment.id, r.checkIn.asOf, r.checkIn.value, r.checkIn.reportedBy])).toEqual([
      [2, BTS, '2026-09-30', 2450, 'Tổ CĐS'],
      [3, COVERAGE, '2026-09-30', 98.4, 'Viettel Phú Thọ'],
    ]);
    expect(result.rows[1]!.checkIn.evidence).toEqual([{ documentNumber: '12/BC-VTPT', title: 'Báo cáo quý III', url: null }]);
  });

  it('the form\'s rules exactly: an evidence number needs its title; a value only for figures, done only for the others', () => {
    const result = plan([
      row({ id: BTS, newAsOf: '30/09/2026', newValue: '2450', newEvidenceNumber: '12/BC-VTPT' }),
      row({ id: CITY, newAsOf: '30/09/2026', newValue: '5', newDone: 'có' }),
      row({ id: COVERAGE, newAsOf: '30/09/2026', newValue: '98', newDone: 'có' }),
      row({ id: CITY, newAsOf: '30/10/2026' }),
    ]);
    expect(result.problems.map((p) => `${p.row} ${p.column} ${p.code} ${p.text}`)).toEqual([
      `2 ${COLUMNS.newEvidence} evidence-title-required 12/BC-VTPT`,
      `3 ${COLUMNS.newValue} not-for-kind 5`,
      `4 ${COLUMNS.newDone} not-for-kind `,
      `5 ${COLUMNS.newDone} required `,
    ]);
    expect(result.rows).toEqual([]);
  });

  it('names the row, the column and the problem: unknown commitment, bad number, bad date, out of range, duplicates', () => {
    const result = plan([
      row({ id: 'khong-co', newAsOf: '30/09/2026', newValue: '1' }),
      row({ id: COVERAGE, newAsOf: '30/09/2026', newValue: 'abc' }),
      row({ id: COVERAGE, newAsOf: '31/02/2026', newValue: '50' }),
      row({ id: COVERAGE, newAsOf: '30/09/2026', newValue: '120' }),
      row({ id: BTS, newAsOf: '30/09/2026', newValue: '1,234' }),
      row({ id: BTS, newAsOf: '01/01/2020', newValue: '2500' }),
      row({ id: BTS, newAsOf: '30/09/2026', newValue: '2500' }),
      row({ id: BTS, newAsOf: '30/09/2026', newValue: '2600' }),
      row({ id: 'agr-hai-duong-saigontel-ngs-2022-c03', newAsOf: '30/09/2026', newDone: 'có lẽ' }),
    ]);
    expect(result.problems.map((p) => `${p.row} ${p.column} ${p.code} ${p.text}`)).toEqual([
      `2 ${COLUMNS.id} unknown-commitment khong-co`,
      `3 ${COLUMNS.newValue} not-a-number abc`,
      `4 ${COLUMNS.newAsOf} invalid-date 31/02/2026`,
      `5 ${COLUMNS.newValue} percent-range 120`,
      `6 ${COLUMNS.newValue} ambiguous 1,234`,
      `7 ${COLUMNS.newAsOf} before-period 01/01/2020`,
      `9 ${COLUMNS.newAsOf} duplicate-row 30/09/2026`,
      `10 ${COLUMNS.newDone} done-unreadable có lẽ`,
    ]);
    expect(result.rows.map((r) => r.row)).toEqual([8]);
  });

  it('the form\'s warnings, against the stored reports and the rows above in the file, need a confirmation', () => {
    const result = plan([row({ id: BTS, newAsOf: '30/09/2026', newValue: '2450' }), row({ id: BTS, newAsOf: '31/10/2026', newValue: '2400' })]);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(result.warnings).toEqual([{ row: 3, column: COLUMNS.newValue, code: 'goes-backwards', previous: { asOf: '2026-09-30', value: 2450 } }]);
  });

  it('the reporter: taken from the file where filled, else the one name given for the file; none given → the rows wait', () => {
    const rows = [row({ id: BTS, newAsOf: '30/09/2026', newValue: '2450' }), row({ id: COVERAGE, newAsOf: '30/09/2026', newValue: '98,4', newReportedBy: 'Viettel Phú Thọ' }), row({ id: CITY, newAsOf: '30/09/2026', newDone: 'không' })];
    const none = plan(rows, '');
    expect([none.rows.map((r) => [r.row, r.checkIn.reportedBy]), none.awaitingReporter, none.withoutReporter, none.problems]).toEqual([[[3, 'Viettel Phú Thọ']], [2, 4], 2, []]);
    const given = plan(rows, '  Sở KH&CN Phú Thọ ');
    expect([given.rows.map((r) => [r.row, r.checkIn.reportedBy]), given.awaitingReporter]).toEqual([
      [
        [2, 'Sở KH&CN Phú Thọ'],
        [3, 'Viettel Phú Thọ'],
        [4, 'Sở KH&CN Phú Thọ'],
      ],
      [],
    ]);
  });

  it('a row already recorded is recognised and left out: the same file twice records nothing the second time', () => {
    const rows = [
      row({ id: BTS, newAsOf: '30/09/2026', newValue: '2.450', newNarrative: 'Lắp thêm  40 trạm', newEvidenceNumber: '12/BC', newEvidence: 'Báo cáo quý III' }),
      row({ id: CITY, newAsOf: '30/09/2026', newDone: 'có' }),
    ];
    const first = plan(rows, 'Tổ CĐS');
    expect(first.rows.map((r) => r.row)).toEqual([2, 3]);
    const after = lookupOf(stored(first));
    // Reporter not compared: the second time another name was given; spaces in the narrative folded.
    const again = plan([row({ id: BTS, newAsOf: '30/09/2026', newValue: 2450, newNarrative: 'Lắp thêm 40 trạm', newEvidenceNumber: '12/BC', newEvidence: 'Báo cáo quý III' }), rows[1]!], '', after);
    expect([again.rows, again.problems, again.warnings, again.awaitingReporter]).toEqual([[], [], [], []]);
    expect(again.recorded.map((r) => [r.row, r.commitment.id, r.asOf])).toEqual([
      [2, BTS, '2026-09-30'],
      [3, CITY, '2026-09-30'],
    ]);
    // A different figure for the same date is a new report, with the form's "same date" warning.
    const changed = plan([row({ id: BTS, newAsOf: '30/09/2026', newValue: '2.460' })], 'Tổ CĐS', after);
    expect([changed.rows.map((r) => r.row), changed.recorded, changed.warnings.map((w) => w.code)]).toEqual([[2], [], ['same-date']]);
  });

  it('spreadsheets sent out before the glossary\'s names still come back', () => {
    const old = header.map((h) => (h === COLUMNS.newEvidence ? 'Văn bản căn cứ' : h === COLUMNS.baseline ? 'Mốc xuất phát' : h === COLUMNS.newEvidenceNumber ? 'Cột khác' : h));
    const r = row({ id: BTS, newAsOf: '30/09/2026', newValue: '2450', newEvidence: 'Báo cáo quý III' });
    const result = planCheckInImport([old, r], lookup, 'Tổ CĐS', TODAY) as ImportPlan;
    expect(result.rows[0]!.checkIn.evidence).toEqual([{ documentNumber: null, title: 'Báo cáo quý III', url: null }]);
  });

  it('refuses a file that is not the layout, naming the missing columns', () => {
    expect(planCheckInImport([], lookup, '', TODAY)).toEqual({ layout: { code: 'empty' } });
    expect(planCheckInImport([['a', 'Mã nội dung cam kết']], lookup, '', TODAY)).toEqual({ layout: { code: 'missing-columns', columns: [COLUMNS.newAsOf, COLUMNS.newValue] } });
  });

  it('a CSV exported, filled and parsed back imports its rows; the apostrophes come off', () => {
    const c = data.commitments.find((x) => x.id === BTS)!;
    const sheet = commitmentSheet({ ...exportInput, commitments: [{ ...c, clause: '-Điều 2' }] });
    const parsed = Papa.parse<string[]>(toCsv(sheet.rows, ';'), { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] }).data;
    expect(parsed[1]![col('clause')]).toBe("'-Điều 2");
    parsed[1]![col('newAsOf')] = '30/09/2026';
    parsed[1]![col('newValue')] = '2.450';
    parsed[1]![col('newNarrative')] = "'=lắp thêm";
    const result = planCheckInImport(parsed, lookup, 'Tổ CĐS', TODAY) as ImportPlan;
    expect(result.rows.map((r) => [r.checkIn.value, r.checkIn.narrative])).toEqual([[2450, '=lắp thêm']]);
  });

  it('an exported sheet imports back as nothing to do', () => {
    const result = planCheckInImport(commitmentSheet(exportInput).rows.map((r) => r.map((v) => (v !== null && typeof v === 'object' ? v.date : v))), lookup, '', TODAY) as ImportPlan;
    expect([result.rows.length, result.problems.length, result.skipped]).toEqual([0, 0, data.commitments.length]);
  });
});
