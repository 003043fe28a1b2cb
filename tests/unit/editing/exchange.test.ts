/** Spreadsheet layout, formula-injection neutralising, row-level import checks, the report and the calendar. */
import { describe, expect, it } from 'vitest';
import { buildDemoData } from '../../../src/data/demo/demoData';
import { escapeText, foldLine, toIcs, upcomingEvents } from '../../../src/domain/exchange/calendar';
import { buildReport, periodWords } from '../../../src/domain/exchange/report';
import { checkInSheet, commitmentSheet, COLUMNS, csvCell, neutralise, planCheckInImport, unneutralise, type ImportPlan } from '../../../src/domain/exchange/spreadsheet';

const data = buildDemoData();
const TODAY = '2026-11-22';
const lookup = new Map(data.commitments.map((c) => [c.id, { commitment: c, agreement: data.agreements.find((a) => a.id === c.agreementId)! }]));
const exportInput = { agreements: data.agreements, commitments: data.commitments, unitName: () => 'X', statusLabel: (s: string) => s, kindLabel: (k: string) => k, asOf: TODAY };
const header = Object.values(COLUMNS);
const col = (name: keyof typeof COLUMNS) => header.indexOf(COLUMNS[name]);

function row(values: Partial<Record<keyof typeof COLUMNS, string | number | Date | null>>): (string | number | Date | null)[] {
  const r: (string | number | Date | null)[] = header.map(() => null);
  for (const [k, v] of Object.entries(values)) r[col(k as keyof typeof COLUMNS)] = v;
  return r;
}
const plan = (rows: (string | number | Date | null)[][]) => planCheckInImport([header, ...rows], lookup, 'Tổ CĐS', TODAY) as ImportPlan;

describe('formula injection', () => {
  it('text starting with = + - @ tab or CR gets an apostrophe; numbers and other text do not', () => {
    expect(['=1+1', '+84 912', '-5', '@SUM(A1)', '\tx', '\rx'].map(neutralise)).toEqual(["'=1+1", "'+84 912", "'-5", "'@SUM(A1)", "'\tx", "'\rx"]);
    expect([-5, 'Hải Dương', "'quoted", null].map(neutralise)).toEqual([-5, 'Hải Dương', "'quoted", null]);
    expect(unneutralise("'=1+1")).toBe('=1+1');
    expect(unneutralise("'quoted")).toBe("'quoted");
  });

  it('every exported text cell is safe, whatever the stored text', () => {
    const evil = { ...data.commitments[0]!, title: '=HYPERLINK("http://x","y")', unit: '@x' };
    const rows = [...commitmentSheet({ ...exportInput, commitments: [evil] }), ...checkInSheet({ agreements: data.agreements, commitments: data.commitments })];
    for (const cell of rows.flat()) if (typeof cell === 'string') expect(/^[=+\-@\t\r]/.test(cell), cell).toBe(false);
    expect(rows[1]![col('title')]).toBe('\'=HYPERLINK("http://x","y")');
  });

  it('numbers go to CSV the Vietnamese way, without grouping', () => {
    expect([2283, 96.5, null, 'a'].map(csvCell)).toEqual(['2283', '96,5', '', 'a']);
  });
});

describe('spreadsheet export', () => {
  it('one row per commitment with its status, and empty "new report" columns', () => {
    const rows = commitmentSheet(exportInput);
    expect(rows[0]).toEqual(header);
    expect(rows).toHaveLength(data.commitments.length + 1);
    const bts = rows.find((r) => r[0] === 'agr-phu-tho-viettel-2025-c07')!;
    expect(bts[col('baseline')]).toBe(2283);
    expect(bts[col('latestAsOf')]).toBe('30/06/2026');
    expect([bts[col('newAsOf')], bts[col('newValue')]]).toEqual([null, null]);
  });
});

describe('spreadsheet import', () => {
  it('reads filled rows with the report form\'s rules; empty rows are skipped', () => {
    const result = plan([
      row({ id: 'agr-phu-tho-viettel-2025-c07', newAsOf: '30/09/2026', newValue: '2.450' }),
      row({ id: 'agr-phu-tho-viettel-2025-c04', newAsOf: new Date(Date.UTC(2026, 8, 30)), newValue: 98.4, newNarrative: 'ok', newEvidence: 'BC 12', newReportedBy: 'Viettel' }),
      row({ id: 'agr-thanh-hoa-vnpt-2021-c01' }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.skipped).toBe(1);
    expect(result.rows.map((r) => [r.row, r.commitment.id, r.checkIn.asOf, r.checkIn.value, r.checkIn.reportedBy])).toEqual([
      [2, 'agr-phu-tho-viettel-2025-c07', '2026-09-30', 2450, 'Tổ CĐS'],
      [3, 'agr-phu-tho-viettel-2025-c04', '2026-09-30', 98.4, 'Viettel'],
    ]);
    expect(result.rows[1]!.checkIn.evidence).toEqual([{ documentNumber: null, title: 'BC 12', url: null }]);
  });

  it('names the row, the column and the problem: unknown commitment, bad number, bad date, out of range, duplicates', () => {
    const result = plan([
      row({ id: 'khong-co', newAsOf: '30/09/2026', newValue: '1' }),
      row({ id: 'agr-phu-tho-viettel-2025-c04', newAsOf: '30/09/2026', newValue: 'abc' }),
      row({ id: 'agr-phu-tho-viettel-2025-c04', newAsOf: '31/02/2026', newValue: '50' }),
      row({ id: 'agr-phu-tho-viettel-2025-c04', newAsOf: '30/09/2026', newValue: '120' }),
      row({ id: 'agr-phu-tho-viettel-2025-c07', newAsOf: '30/09/2026', newValue: '1,234' }),
      row({ id: 'agr-phu-tho-viettel-2025-c07', newAsOf: '01/01/2020', newValue: '2500' }),
      row({ id: 'agr-phu-tho-viettel-2025-c07', newAsOf: '30/09/2026', newValue: '2500' }),
      row({ id: 'agr-phu-tho-viettel-2025-c07', newAsOf: '30/09/2026', newValue: '2600' }),
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

  it('refuses a file that is not the layout, naming the missing columns', () => {
    expect(planCheckInImport([], lookup, '', TODAY)).toEqual({ layout: { code: 'empty' } });
    expect(planCheckInImport([['a', 'Mã nội dung cam kết']], lookup, '', TODAY)).toEqual({ layout: { code: 'missing-columns', columns: [COLUMNS.newAsOf, COLUMNS.newValue] } });
  });

  it('an exported sheet imports back as nothing to do', () => {
    const rows = commitmentSheet(exportInput);
    const result = planCheckInImport(rows, lookup, '', TODAY) as ImportPlan;
    expect([result.rows.length, result.problems.length, result.skipped]).toEqual([0, 0, data.commitments.length]);
  });
});

describe('report', () => {
  it('a province includes its former provinces; slippages and next dates come from the status engine', () => {
    const report = buildReport(data, { kind: 'province', unitId: 'hai-phong' }, '2026-09-30');
    expect(report.sections.map((s) => s.agreement.id).sort()).toEqual(['agr-hai-duong-fpt-2021', 'agr-hai-duong-saigontel-ngs-2022', 'agr-hai-duong-viettel-2022']);
    const all = buildReport(data, { kind: 'all' }, '2026-09-30');
    expect(all.overall.total).toBe(data.commitments.length);
    expect(all.upcoming.every((u) => u.date > '2026-09-30' && u.date <= '2027-10-01')).toBe(true);
    // Section II names what slips, what was lost, what a report says has not started and what lacks a recent or final report — never "no report yet".
    expect(all.slippages.every((s) => ['overdue', 'period-ended', 'reached-then-lost', 'off-track', 'needs-acceleration', 'not-started', 'no-recent-data'].includes(s.assessment.status))).toBe(true);
    expect(all.slippages.some((s) => s.assessment.status === 'no-report')).toBe(false);
  });

  it('names the period as reports do', () => {
    expect(periodWords('quarter', '2025-09-30', [])).toEqual({ key: 'quarter', values: { quarter: 'III', year: 2025 } });
    expect(periodWords('half', '2025-06-30', []).key).toBe('firstHalf');
    expect(periodWords('period', '2025-06-30', data.agreements.filter((a) => a.id === 'agr-thanh-hoa-vnpt-2021'))).toEqual({ key: 'period', values: { start: 2021, end: 2025 } });
  });
});

describe('calendar', () => {
  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'Hạn báo cáo '.repeat(10)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'Hạn báo cáo '.repeat(10)}`);
  });

  it('lists reporting deadlines and open milestones ahead, as all-day events', () => {
    const events = upcomingEvents(data.agreements, data.commitments, TODAY, '2027-12-31');
    expect(events[0]).toMatchObject({ date: '2026-11-25', summary: 'Hạn báo cáo tổng kết năm 2026' });
    expect(events.some((e) => e.summary === 'Hạn báo cáo sơ kết 6 tháng đầu năm 2027')).toBe(true);
    const ics = toIcs(events.slice(0, 1), '2026-11-22T10:00:00.000Z');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261125\r\nDTEND;VALUE=DATE:20261126');
    expect(ics).toContain('DTSTAMP:20261122T100000Z');
  });
});
