/** The report. Spreadsheets and the calendar: tests/unit/exchange/spreadsheet.test.ts and calendar.test.ts. */
import { describe, expect, it } from 'vitest';
import { buildDemoData } from '../../../src/data/demo/demoData';
import { buildReport, periodWords } from '../../../src/domain/exchange/report';

const data = buildDemoData();

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
