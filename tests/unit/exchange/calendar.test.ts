/** The .ics calendar: which dates, numbers the Vietnamese way, reminders, RFC 5545 escaping and folding. */
import { describe, expect, it } from 'vitest';
import { buildDemoData } from '../../../src/data/demo/demoData';
import { calendarHorizon, escapeText, foldLine, toIcs, upcomingEvents } from '../../../src/domain/exchange/calendar';
import type { Commitment } from '../../../src/domain/model';

const data = buildDemoData();
const PHU_THO = 'agr-phu-tho-viettel-2025';

describe('calendar', () => {
  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'Hạn báo cáo '.repeat(10)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'Hạn báo cáo '.repeat(10)}`);
  });

  it('the demo: reporting deadlines to the end of the last running period, and that period\'s end', () => {
    // Why the demo once showed four entries: no demo commitment has a yearly milestone or a stated
    // deadline; the only running agreement (Phú Thọ–Viettel) ends on 31/12/2030, beyond a two-year
    // horizon. The horizon now reaches the end of running periods, and the end is one entry.
    const from = '2026-12-02';
    const until = calendarHorizon(data.agreements, from);
    expect(until).toBe('2030-12-31');
    const events = upcomingEvents(data.agreements, data.commitments, from, until);
    expect(events.map((e) => `${e.date} ${e.summary}`)).toEqual([
      '2027-06-06 Hạn báo cáo sơ kết 6 tháng đầu năm 2027',
      '2027-11-25 Hạn báo cáo tổng kết năm 2027',
      '2028-06-06 Hạn báo cáo sơ kết 6 tháng đầu năm 2028',
      '2028-11-25 Hạn báo cáo tổng kết năm 2028',
      '2029-06-06 Hạn báo cáo sơ kết 6 tháng đầu năm 2029',
      '2029-11-25 Hạn báo cáo tổng kết năm 2029',
      '2030-06-06 Hạn báo cáo sơ kết 6 tháng đầu năm 2030',
      '2030-11-25 Hạn báo cáo tổng kết năm 2030',
      '2030-12-31 Kết thúc giai đoạn 2025-2030: Thỏa thuận hợp tác về chuyển đổi số giai đoạn 2025-2030 giữa UBND tỉnh Phú Thọ và Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)',
    ]);
    expect(events.at(-1)!.description.startsWith('17 nội dung cam kết chưa hoàn thành (văn bản không nêu thời hạn riêng):\n- ')).toBe(true);
    // Agreements that ended (2025) or state no period add nothing; two years ahead is the least.
    expect(calendarHorizon(data.agreements.filter((a) => a.id !== PHU_THO), from)).toBe('2028-12-31');
  });

  it('a closed period (tổng kết) has nothing left due: its end is not an entry', () => {
    // Phú Thọ–Viettel closed early on 01/12/2026 (for the test), every commitment carried over.
    const agreements = data.agreements.map((a) => (a.id === PHU_THO ? { ...a, closing: { closedOn: '2026-12-01', documentNumber: null, note: '' } } : a));
    const commitments = data.commitments.map((c) => (c.agreementId === PHU_THO ? { ...c, finalAssessment: { result: 'carried-over' as const, note: '' } } : c));
    const events = upcomingEvents(agreements, commitments, '2026-12-02', '2030-12-31');
    expect(events.filter((e) => e.summary.startsWith('Kết thúc giai đoạn'))).toEqual([]);
    expect(events).toHaveLength(8);
  });

  it('milestones and stated deadlines one by one, numbers written the Vietnamese way', () => {
    const base = data.commitments.find((c) => c.agreementId === PHU_THO)!;
    const coverage: Commitment = { ...base, id: 'x-coverage', kind: 'capped-percentage', title: 'Phủ sóng', unit: '% dân số', target: 99, milestones: [{ year: 2027, value: 98.5 }], dueOn: null, checkIns: [], revisions: [] };
    const bts: Commitment = { ...base, id: 'x-bts', kind: 'cumulative-count', title: 'Trạm', unit: 'vị trí trạm', target: 2500, milestones: [], dueOn: '2027-06-30', checkIns: [], revisions: [] };
    const events = upcomingEvents(data.agreements, [coverage, bts], '2026-12-02', '2027-12-31').filter((e) => !e.uid.startsWith('report-'));
    expect(events.map((e) => [e.date, e.summary, e.description.split('\n')[0]])).toEqual([
      ['2027-06-30', 'Hạn hoàn thành: Trạm', 'Chỉ tiêu: 2.500 vị trí trạm'],
      ['2027-12-31', 'Chỉ tiêu năm 2027: Phủ sóng', 'Giá trị chỉ tiêu năm: 98,5% dân số'],
    ]);
    const ics = toIcs(events.slice(1), '2026-11-22T10:00:00.000Z');
    expect(ics).toContain('DESCRIPTION:Giá trị chỉ tiêu năm: 98\\,5% dân số\\nThỏa thuận:');
    expect(ics).not.toContain('VALARM');
  });

  it('all-day events, with a reminder a chosen number of days before', () => {
    const events = upcomingEvents(data.agreements, data.commitments, '2026-11-22', '2027-12-31');
    expect(events[0]).toMatchObject({ date: '2026-11-25', summary: 'Hạn báo cáo tổng kết năm 2026' });
    const ics = toIcs(events.slice(0, 1), '2026-11-22T10:00:00.000Z', { reminderDays: 7 });
    expect(ics).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Cam ket//Cam ket//VI',
        'CALSCALE:GREGORIAN',
        'X-WR-CALNAME:Cam kết – chỉ tiêu năm và các thời hạn',
        'BEGIN:VEVENT',
        'UID:report-year-2026@cam-ket',
        'DTSTAMP:20261122T100000Z',
        'DTSTART;VALUE=DATE:20261125',
        'DTEND;VALUE=DATE:20261126',
        'SUMMARY:Hạn báo cáo tổng kết năm 2026',
        // 75 octets: "ự", "ệ", "ỏ", "ậ", "ợ" take three bytes each in UTF-8, "á", "ì" two.
        'DESCRIPTION:Báo cáo tình hình thực hiện các thỏa thuận hợp t',
        ' ác về chuyển đổi số (TT 02/2023/TT-BTTTT).',
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        'DESCRIPTION:Hạn báo cáo tổng kết năm 2026',
        'TRIGGER:-P7D',
        'END:VALARM',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });
});
