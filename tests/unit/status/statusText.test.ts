/**
 * The sentence of every row of the rule table (README, "Status rules"), written out by hand in
 * Vietnamese, and in English where the wording differs in kind.
 */
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Commitment, Period } from '../../../src/domain/model';
import type { AgreementTerms } from '../../../src/domain/status/engine';
import { assess, forecast, type StatusRules } from '../../../src/domain/status/engine';
import { en } from '../../../src/lib/locales/en';
import { vi } from '../../../src/lib/locales/vi';
import { explainForecast, explainStatus } from '../../../src/lib/statusText';
import { PERIOD, baseline, checkIn, commitment } from './build';

let tVi: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  const make = async (lng: 'vi' | 'en') => {
    const i = i18next.createInstance();
    await i.init({ lng, resources: { vi: { translation: vi }, en: { translation: en } }, interpolation: { escapeValue: false }, showSupportNotice: false });
    return i.t;
  };
  tVi = await make('vi');
  tEn = await make('en');
});

const say = (c: Commitment, asOf: string, lang: 'vi' | 'en' = 'vi', period: Period | AgreementTerms | null = PERIOD, rules: Partial<StatusRules> = {}) =>
  explainStatus(lang === 'vi' ? tVi : tEn, c, assess(c, period, asOf, rules), asOf, lang);

const coverage = (checkIns: ReturnType<typeof checkIn>[]) => commitment('capped-percentage', { baseline: baseline(60, '2024-12-31'), target: 90, dueOn: '2026-12-31', checkIns });
const HD_PERIOD = { startYear: 2022, endYear: 2025 };

describe('status sentences, row by row', () => {
  it('R0, R0′: a closed period says its closing date, the final assessment and its reason', () => {
    const closed: AgreementTerms = { period: HD_PERIOD, closing: { closedOn: '2026-01-15', documentNumber: null, note: '' } };
    const partly = commitment('cumulative-count', { finalAssessment: { result: 'partly-achieved', note: 'Đạt 27/30 điểm cầu.' } });
    expect(say(partly, '2026-02-01', 'vi', closed)).toBe('Giai đoạn đã tổng kết ngày 15/01/2026; kết quả cuối giai đoạn: Đạt một phần. Đạt 27/30 điểm cầu.');
    expect(say(partly, '2026-02-01', 'en', closed)).toBe('The period was closed on 15/01/2026; final assessment: Partly achieved. Đạt 27/30 điểm cầu.');
    const carried = commitment('milestone', { finalAssessment: { result: 'carried-over', note: '' } });
    expect(say(carried, '2026-02-01', 'vi', closed)).toBe('Giai đoạn đã tổng kết ngày 15/01/2026; kết quả cuối giai đoạn: Chuyển sang giai đoạn sau.');
    expect(say(commitment('milestone'), '2026-02-01', 'vi', closed)).toBe('Giai đoạn đã tổng kết ngày 15/01/2026 nhưng nội dung này chưa có kết quả cuối giai đoạn (có thể được thêm sau khi tổng kết).');
  });

  it('R11: a percentage against the value expected on the report\'s own date, its age and the tolerance', () => {
    // 60 + 30 × 546/730 = 82,44 on 30/06/2026; seen 92 days later.
    const c = coverage([checkIn('2026-06-30', 84)]);
    expect(say(c, '2026-09-30')).toBe('Báo cáo 84% ngày 30/06/2026 (cách ngày xem 92 ngày); theo tiến độ, đến ngày đó cần đạt 82,4%: vượt 1,6 điểm, trong mức cho phép ±2 điểm.');
    expect(say(c, '2026-09-30', 'en')).toBe('Reported 84% on 30/06/2026 (92 days before the date viewed); expected by that date 82.4%: 1.6 points ahead, within the tolerance of ±2 points.');
  });

  it('R12: outside the tolerance', () => {
    expect(say(coverage([checkIn('2026-06-30', 79)]), '2026-06-30')).toBe('Báo cáo 79% ngày 30/06/2026 (đúng ngày xem); theo tiến độ, đến ngày đó cần đạt 82,4%: chậm 3,4 điểm, ngoài mức cho phép ±2 điểm.');
  });

  it('R14: a count is whole — 2.397,6 expected is 2.398', () => {
    const sites = commitment('cumulative-count', { unit: 'vị trí trạm', baseline: baseline(2283, '2025-08-21'), target: 3000, dueOn: '2030-12-31', checkIns: [checkIn('2026-06-30', 2500)] });
    expect(say(sites, '2026-06-30')).toBe('Báo cáo 2.500 vị trí trạm ngày 30/06/2026 (đúng ngày xem); theo tiến độ, đến ngày đó cần đạt 2.398 vị trí trạm: vượt 102 vị trí trạm.');
  });

  it('R16: a rank is out of 34 from 2025 and whole', () => {
    const rank = commitment('rank', { baseline: baseline(23, '2024-12-31'), target: 15, dueOn: '2027-12-31', expectation: 'linear', cadence: 'yearly', checkIns: [checkIn('2025-12-31', 25)] });
    expect(say(rank, '2025-12-31')).toBe('Báo cáo hạng 25/34 ngày 31/12/2025 (đúng ngày xem); theo tiến độ, đến ngày đó cần đạt hạng 20: chậm 5 bậc.');
    expect(say(rank, '2025-12-31', 'en')).toBe('Reported hạng 25 of 34 on 31/12/2025 (as of the date viewed); expected by that date hạng 20: 5 places behind.');
  });

  it('R3, R5: the latest report decides — top 10 reached, then lost', () => {
    const top10 = (checkIns: ReturnType<typeof checkIn>[]) => commitment('rank', { baseline: baseline(23, '2022-12-31'), target: 10, cadence: 'yearly', checkIns });
    expect(say(top10([checkIn('2024-12-31', 8), checkIn('2025-12-31', 9)]), '2026-01-10')).toBe('Báo cáo gần nhất hạng 9/34 ngày 31/12/2025 đạt chỉ tiêu hạng 10 (đạt từ ngày 31/12/2024).');
    expect(say(top10([checkIn('2026-12-31', 8), checkIn('2027-12-31', 25)]), '2028-01-15')).toBe('Đã đạt chỉ tiêu hạng 10 ngày 31/12/2026, nhưng báo cáo gần nhất hạng 25/34 ngày 31/12/2027 không còn đạt.');
  });

  it('R4: achieved after the stated deadline', () => {
    expect(say(coverage([checkIn('2026-12-31', 85), checkIn('2027-03-31', 90)]), '2027-04-01')).toBe('Báo cáo gần nhất 90% ngày 31/03/2027 đạt chỉ tiêu 90%; đạt từ ngày 31/03/2027, sau thời hạn 31/12/2026 nêu trong văn bản.');
  });

  it('R6: a deadline stated in the document has passed', () => {
    const late = commitment('milestone', { dueOn: '2021-12-31' });
    expect(say(late, '2026-11-22')).toBe('Thời hạn 31/12/2021 nêu trong văn bản đã qua mà chưa có báo cáo hoàn thành.');
    expect(say(coverage([checkIn('2026-12-31', 85)]), '2027-01-15')).toBe('Thời hạn 31/12/2026 nêu trong văn bản đã qua; chỉ tiêu 90%, báo cáo gần nhất 85% ngày 31/12/2026.');
  });

  it('R7: only the period\'s end, assumed — not "overdue"', () => {
    const noDeadline = commitment('milestone');
    expect(say(noDeadline, '2026-12-02', 'vi', HD_PERIOD)).toBe('Giai đoạn kết thúc ngày 31/12/2025 (văn bản không nêu thời hạn riêng) mà chưa có báo cáo hoàn thành.');
    expect(say(noDeadline, '2026-12-02', 'en', HD_PERIOD)).toBe('The period ended on 31/12/2025 (the document states no deadline of its own) with no report of completion.');
  });

  it('R8: no report, with the deadline that applies; sample reports left out are counted in the sentence', () => {
    expect(say(coverage([]), '2025-06-30')).toBe('Chưa có báo cáo nào đến ngày 30/06/2025; thời hạn 31/12/2026 nêu trong văn bản.');
    expect(say(commitment('qualitative'), '2026-10-01')).toBe('Chưa có báo cáo nào đến ngày 01/10/2026; giai đoạn kết thúc ngày 31/12/2030.');
    expect(say(commitment('milestone'), '2026-10-01', 'vi', null)).toBe('Chưa có báo cáo nào đến ngày 01/10/2026.');
    expect(say(coverage([checkIn('2026-06-30', 84, { sample: true })]), '2026-09-30')).toBe('Chưa có báo cáo nào đến ngày 30/09/2026; thời hạn 31/12/2026 nêu trong văn bản. Không tính 1 báo cáo minh họa.');
  });

  it('R9: "not started" only as reported', () => {
    const c = commitment('milestone', { dueOn: '2027-12-31', checkIns: [checkIn('2026-09-30', null, { done: false, assessment: 'not-started' })] });
    expect(say(c, '2026-10-01')).toBe('Báo cáo ngày 30/09/2026 cho biết chưa triển khai.');
  });

  it('R10: a report too old, with its age', () => {
    const stale = commitment('capped-percentage', { baseline: baseline(60, '2024-12-31'), target: 90, dueOn: '2028-12-31', checkIns: [checkIn('2025-03-31', 64)] });
    expect(say(stale, '2026-01-01')).toBe('Báo cáo gần nhất ngày 31/03/2025 (cách ngày xem 276 ngày) đã quá kỳ báo cáo hằng quý.');
  });

  it('R2: no numeric target', () => {
    const none = commitment('cumulative-count', { unit: 'vị trí trạm', baseline: baseline(2283, '2025-08-21'), checkIns: [checkIn('2025-12-31', 2350)] });
    expect(say(none, '2026-01-01')).toBe('Văn bản không nêu chỉ tiêu bằng số; báo cáo gần nhất 2.350 vị trí trạm ngày 31/12/2025.');
  });

  it('R18, R19: a count per year, against this year\'s plan', () => {
    const courses = (checkIns: ReturnType<typeof checkIn>[]) => commitment('count-per-year', { unit: 'khóa', target: 12, expectation: 'linear', checkIns });
    // 12 × 181/365 = 5,95 → 6 expected on 30/06/2026; 6 of 12 is 50%.
    expect(say(courses([checkIn('2026-06-30', 6)]), '2026-06-30')).toBe('Năm 2026: báo cáo 6 khóa ngày 30/06/2026 (đúng ngày xem), đạt 50% kế hoạch năm (12 khóa); theo tiến độ, đến ngày đó cần đạt 6 khóa.');
    expect(say(courses([checkIn('2025-12-31', 12)]), '2026-03-31')).toBe('Chưa có báo cáo nào của năm 2026; kế hoạch năm 12 khóa.');
  });

  it('R20–R23: milestones and qualitative commitments', () => {
    expect(say(commitment('milestone', { dueOn: '2026-06-30', checkIns: [checkIn('2026-05-15', null, { done: true })] }), '2026-07-01')).toBe('Đã hoàn thành ngày 15/05/2026.');
    expect(say(commitment('milestone', { dueOn: '2027-12-31', checkIns: [checkIn('2026-09-30', null, { done: false })] }), '2026-10-01')).toBe('Đang thực hiện; thời hạn 31/12/2027.');
    expect(say(commitment('qualitative', { checkIns: [checkIn('2026-09-30', null, { assessment: 'needs-acceleration' })] }), '2026-10-01')).toBe('Đơn vị báo cáo đánh giá ngày 30/09/2026 (cách ngày xem 1 ngày).');
    expect(say(commitment('qualitative', { checkIns: [checkIn('2026-09-30', null)] }), '2026-10-01')).toBe('Báo cáo gần nhất ngày 30/09/2026 chưa kèm đánh giá của đơn vị báo cáo.');
    expect(say(commitment('milestone', { dueOn: '2027-12-31', checkIns: [checkIn('2026-03-31', null, { done: true }), checkIn('2026-06-30', null, { done: false })] }), '2026-07-01')).toBe('Đã báo cáo hoàn thành ngày 31/03/2026, nhưng báo cáo gần nhất ngày 30/06/2026 là chưa hoàn thành.');
  });

  it('"% kế hoạch năm": where the report\'s year has a milestone, the share of it reached', () => {
    // Path 60% (31/12/2024) → 80% (milestone 2026, 31/12/2026) → 90% (31/12/2027). 30/06/2026 is day 546 of 730:
    // 60 + 20 × 546/730 = 74,96 → "75%"; 76 is 1,04 ahead → "1 điểm"; 76 ÷ 80 = 95%.
    const c = commitment('capped-percentage', { baseline: baseline(60, '2024-12-31'), milestones: [{ year: 2026, value: 80 }], target: 90, dueOn: '2027-12-31', checkIns: [checkIn('2026-06-30', 76)] });
    expect(say(c, '2026-06-30')).toBe('Báo cáo 76% ngày 30/06/2026 (đúng ngày xem); theo tiến độ, đến ngày đó cần đạt 75%: vượt 1 điểm, trong mức cho phép ±2 điểm. Đạt 95% kế hoạch năm 2026 (80%).');
    expect(say(c, '2026-06-30', 'en')).toBe('Reported 76% on 30/06/2026 (as of the date viewed); expected by that date 75%: 1 point ahead, within the tolerance of ±2 points. 95% of the plan for 2026 (80%).');
  });

  it('sample reports counted by choice are said to be counted', () => {
    const c = coverage([checkIn('2026-06-30', 84, { sample: true })]);
    expect(say(c, '2026-09-30', 'vi', PERIOD, { includeSample: true })).toBe(
      'Báo cáo 84% ngày 30/06/2026 (cách ngày xem 92 ngày); theo tiến độ, đến ngày đó cần đạt 82,4%: vượt 1,6 điểm, trong mức cho phép ±2 điểm. Có tính 1 báo cáo minh họa (không phải số liệu báo cáo thật).',
    );
  });

  it('the tolerance chosen is the one said', () => {
    // 79% against 82,44%: 3,44 behind — within a 5-point tolerance.
    expect(say(coverage([checkIn('2026-06-30', 79)]), '2026-06-30', 'vi', PERIOD, { tolerancePoints: 5 })).toBe('Báo cáo 79% ngày 30/06/2026 (đúng ngày xem); theo tiến độ, đến ngày đó cần đạt 82,4%: chậm 3,4 điểm, trong mức cho phép ±5 điểm.');
  });

  it('say where the trend leads', () => {
    const c = commitment('capped-percentage', { baseline: baseline(60, '2024-12-31'), target: 90, dueOn: '2026-12-31', checkIns: [checkIn('2025-06-30', 65), checkIn('2025-12-31', 70)] });
    expect(explainForecast(tVi, c, forecast(c, PERIOD, '2026-01-01')!, 'vi')).toBe('Với tốc độ gần đây: 79,9% vào 31/12/2026; đạt chỉ tiêu năm 2028.');
  });
});
