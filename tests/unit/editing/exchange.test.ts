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

  it('a closed period: what was not achieved or only partly is a shortcoming; what was achieved or carried over is not; nothing is due', () => {
    const TH = 'agr-thanh-hoa-vnpt-2021';
    const ids = data.commitments.filter((c) => c.agreementId === TH).map((c) => c.id);
    const results = ['not-achieved', 'partly-achieved', 'carried-over'] as const;
    const closed = {
      ...data,
      agreements: data.agreements.map((a) => (a.id === TH ? { ...a, closing: { closedOn: '2026-01-15', documentNumber: null, note: '' } } : a)),
      commitments: data.commitments.map((c) => (c.agreementId === TH ? { ...c, finalAssessment: { result: results[ids.indexOf(c.id)] ?? ('achieved' as const), note: 'x' } } : c)),
    };
    const report = buildReport(closed, { kind: 'agreement', agreementId: TH }, '2026-09-30');
    expect(report.slippages.map((s) => [s.commitment.id, s.assessment.status])).toEqual([
      [ids[0], 'final-not-achieved'],
      [ids[1], 'final-partly'],
    ]);
    expect(report.upcoming).toEqual([]);
  });

  it('names the period as reports do', () => {
    expect(periodWords('quarter', '2025-09-30', [])).toEqual({ key: 'quarter', values: { quarter: 'III', year: 2025 } });
    expect(periodWords('half', '2025-06-30', []).key).toBe('firstHalf');
    expect(periodWords('period', '2025-06-30', data.agreements.filter((a) => a.id === 'agr-thanh-hoa-vnpt-2021'))).toEqual({ key: 'period', values: { start: 2021, end: 2025 } });
  });
});
