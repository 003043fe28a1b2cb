/**
 * One set of rules for every way in: the form, the spreadsheet (through checkDraft) and the snapshot
 * parser call the same functions, so what the form refuses is refused from a file too — and the
 * refusal is a sentence that names the record, the field, the rule and the limit.
 */
import { readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDraft, emptyDraft } from '../../../src/domain/checkInRules';
import { FUTURE_DATE_TOLERANCE_DAYS, isIsoTimestamp, latestAcceptedDate } from '../../../src/domain/dates';
import { checkRevisionDraft, emptyRevisionDraft } from '../../../src/domain/editing/revisionRules';
import { AgreementSchema, CommitmentSchema } from '../../../src/domain/model';
import { MAX_REV, commitmentRuleProblems, futureDateProblem, kindValueProblem } from '../../../src/domain/recordRules';
import { parseSnapshotText } from '../../../src/domain/snapshot/parse';
import { validate } from '../../../src/domain/validation';
import { en } from '../../../src/lib/locales/en';
import { cut, describeField, describeIssue, describeProblem } from '../../../src/lib/snapshotProblems';
import { vietnamese } from '../snapshot/helpers';
import { exchangeEn } from '../../../src/lib/locales/exchange';
import { PERIOD, baseline, checkIn, commitment } from '../status/build';

let vi: TFunction;
let english: TFunction;
beforeAll(async () => {
  vi = await vietnamese();
  const instance = i18next.createInstance();
  await instance.init({ lng: 'en', resources: { en: { translation: { ...en, ...exchangeEn } } }, interpolation: { escapeValue: false }, showSupportNotice: false });
  english = instance.t;
});

describe('instants are read field by field, never with Date.parse', () => {
  it.each([
    '2025-08-21T10:00:00.000Z',
    '2025-08-21T10:00:00Z',
    '2024-02-29T23:59:59.999Z',
    '2025-12-31T00:00:00.5Z',
    '2000-02-29T12:00:00Z',
  ])('accepts %s', (value) => expect(isIsoTimestamp(value)).toBe(true));

  it.each([
    ['2025-02-30T10:00:00.000Z', '30 February'],
    ['2025-02-29T10:00:00.000Z', '29 February of a common year'],
    ['1900-02-29T10:00:00.000Z', '29 February of a century that is not a leap year'],
    ['2025-04-31T10:00:00.000Z', '31 April'],
    ['2025-13-01T10:00:00.000Z', 'month 13'],
    ['2025-00-10T10:00:00.000Z', 'month 0'],
    ['2025-08-00T10:00:00.000Z', 'day 0'],
    ['2025-08-21T24:00:00.000Z', 'hour 24'],
    ['2025-08-21T23:60:00.000Z', 'minute 60'],
    ['2025-08-21T23:59:60.000Z', 'second 60 (a leap second)'],
    ['2025-08-21T10:00:00.000+07:00', 'an offset instead of Z'],
    ['2025-08-21 10:00:00Z', 'a space for T'],
    ['2025-08-21T10:00Z', 'no seconds'],
    ['2025-08-21T10:00:00.0000Z', 'four decimals'],
    ['21/08/2025T10:00:00Z', 'a Vietnamese date'],
    ['', 'nothing'],
  ])('refuses %s (%s)', (value) => expect(isIsoTimestamp(value)).toBe(false));

  it('the schemas use it: a record with 24:00 is refused with the timestamp rule', () => {
    const c = commitment('capped-percentage', { updatedAt: '2025-08-21T24:00:00.000Z' });
    const checked = validate(CommitmentSchema, c);
    expect(checked.ok ? [] : checked.issues.map((i) => `${i.path}:${i.code}`)).toEqual(['updatedAt:invalid-timestamp']);
  });
});

describe('the bookkeeping and parties rules of the schemas', () => {
  it(`bounds rev to 1 … ${MAX_REV}, with our own codes (never valibot's "min_value")`, () => {
    for (const rev of [0, MAX_REV + 1, 2 ** 53 + 2]) {
      const checked = validate(CommitmentSchema, commitment('rank', { rev }));
      expect(checked.ok ? [] : checked.issues.map((i) => `${i.path}:${i.code}`)).toEqual(['rev:rev-range']);
    }
    expect(validate(CommitmentSchema, commitment('rank', { rev: MAX_REV })).ok).toBe(true);
    const half = validate(CommitmentSchema, commitment('rank', { rev: 1.5 }));
    expect(half.ok ? [] : half.issues.map((i) => i.code)).toEqual(['not-integer']);
  });

  it('the same party twice is not two parties, and the message names the party', () => {
    const agreement = JSON.parse(readFileSync(new URL('../../fixtures/snapshots/v1-demo.json', import.meta.url), 'utf8')).data.agreements[0];
    const checked = validate(AgreementSchema, { ...agreement, partyIds: ['viettel', 'viettel'] });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues).toEqual([{ path: 'partyIds.1', code: 'duplicate-party', received: '"viettel"' }]);
    const message = describeProblem(vi, { code: 'invalid-field', entity: 'agreements', position: 1, recordId: agreement.id, path: 'partyIds.1', issue: 'duplicate-party', received: '"viettel"' }, 'vi');
    expect(message).toBe('Thỏa thuận thứ 1 (mã “agr-hai-duong-fpt-2021”), bên ký thứ 2 trong danh sách các bên, trường “partyIds.1”: bên ký "viettel" được ghi hai lần; mỗi bên chỉ được ghi một lần.');
  });
});

describe('the kind range and the future-date rule have one home', () => {
  it.each([
    ['capped-percentage', 150, 'percent-range'],
    ['capped-percentage', -1, 'percent-range'],
    ['capped-percentage', 100, null],
    ['rank', 0, 'rank-range'],
    ['rank', 2.5, 'rank-range'],
    ['rank', 1, null],
    ['cumulative-count', -5, 'negative'],
    ['count-per-year', -1, 'negative'],
    ['cumulative-count', 0, null],
  ] as const)('%s %d → %s', (kind, value, code) => expect(kindValueProblem(kind, value)).toBe(code));

  it('the form and the file refuse a report of 150 % with the same rule', () => {
    const share = commitment('capped-percentage', { baseline: baseline(96, '2025-08-21'), target: 100 });
    const form = checkDraft(share, PERIOD, { ...emptyDraft('2026-06-30', 'Viettel'), valueText: '150' }, '2026-11-22');
    const file = commitmentRuleProblems({ ...share, checkIns: [checkIn('2026-06-30', 150)] }, '2026-11-22');
    expect(form.errors.map((e) => e.code)).toEqual(['percent-range']);
    expect(file).toEqual([{ path: 'checkIns.0.value', code: 'percent-range', received: '150' }]);
  });

  it('the form and the file refuse a report or a decision dated after today with the same rule', () => {
    expect(futureDateProblem('2026-11-23', '2026-11-22')).toBe('in-future');
    expect(futureDateProblem('2026-11-22', '2026-11-22')).toBeNull();
    const sites = commitment('cumulative-count', { unit: 'trạm', target: 3000 });
    expect(checkDraft(sites, PERIOD, { ...emptyDraft('2027-01-01', 'Viettel'), valueText: '2500' }, '2026-11-22').errors.map((e) => e.code)).toContain('in-future');
    expect(checkRevisionDraft(sites, PERIOD, { ...emptyRevisionDraft('2027-01-01'), valueText: '3500', decisionRef: 'QĐ 1' }, '2026-11-22').problems.map((p) => p.code)).toEqual(['in-future']);
    const stored = { ...sites, checkIns: [checkIn('2027-01-01', 2500)], revisions: [{ id: 'r1', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', rev: 1, appliesTo: 'target' as const, oldValue: 3000, newValue: -1, decisionRef: 'QĐ 1', decidedOn: '2027-01-01', note: '' }] };
    expect(commitmentRuleProblems(stored, '2026-11-22').map((i) => `${i.path}:${i.code}`)).toEqual(['checkIns.0.asOf:in-future', 'revisions.0.newValue:negative', 'revisions.0.decidedOn:in-future']);
    // Without a "today" (a record written by the app itself) only the ranges are checked.
    expect(commitmentRuleProblems(stored, null).map((i) => i.code)).toEqual(['negative']);
  });

  it(`a file may be dated up to ${FUTURE_DATE_TOLERANCE_DAYS} day after today's UTC date, for time zones`, () => {
    expect(latestAcceptedDate(new Date('2026-12-02T00:00:00.000Z'))).toBe('2026-12-03');
    expect(latestAcceptedDate(new Date('2026-12-31T23:59:59.000Z'))).toBe('2027-01-01');
    // 23:00 UTC on 1 December is already 2 December in Hà Nội (UTC+7) and Kiribati (UTC+14): accepted.
    const now = new Date('2026-12-01T23:00:00.000Z');
    expect(futureDateProblem('2026-12-02', latestAcceptedDate(now))).toBeNull();
    expect(futureDateProblem('2026-12-03', latestAcceptedDate(now))).toBe('in-future');
  });

  it('milestones and targets are held to the kind, one milestone per year', () => {
    const rank = commitment('rank', { unit: 'hạng', target: 0, baseline: baseline(-3, '2024-12-31'), milestones: [{ year: 2026, value: 20 }, { year: 2026, value: 2.5 }] });
    expect(commitmentRuleProblems(rank, null).map((i) => `${i.path}:${i.code}`)).toEqual(['baseline.value:rank-range', 'target:rank-range', 'milestones.1.year:duplicate-year', 'milestones.1.value:rank-range']);
  });

  it('the parser takes "today" as a parameter', () => {
    const file = JSON.parse(readFileSync(new URL('../../fixtures/snapshots/v1-demo.json', import.meta.url), 'utf8'));
    file.data.commitments[28].checkIns[0].asOf = '2026-12-03';
    expect(parseSnapshotText(JSON.stringify(file), undefined, new Date('2026-12-02T12:00:00.000Z')).ok).toBe(true);
    const refused = parseSnapshotText(JSON.stringify(file), undefined, new Date('2026-12-01T12:00:00.000Z'));
    expect(refused.ok ? [] : refused.problems.map((p) => p.code === 'invalid-field' && `${p.path}:${p.issue}`)).toEqual(['checkIns.0.asOf:in-future']);
  });
});

describe('messages are sentences: no internal code, no English type name, no endless value', () => {
  const codes = ['missing', 'wrong-type', 'required', 'too-long', 'too-short', 'invalid-date', 'invalid-timestamp', 'not-a-number', 'not-finite', 'not-integer', 'out-of-range', 'year-range', 'unknown-value', 'period-order', 'two-parties', 'duplicate-party', 'rev-range', 'percent-range', 'rank-range', 'negative', 'duplicate-year', 'in-future', 'unit-required', 'invalid', 'invalid-clock', 'variant', 'min_value'];

  it.each(codes)('%s is told in words, in Vietnamese and in English', (code) => {
    for (const t of [vi, english]) {
      const text = describeIssue(t, { issue: code, expected: '>=1', received: '"x"', limit: '2026-12-03' }, t === vi ? 'vi' : 'en');
      expect(text).not.toMatch(/\(variant\)|\(min_value\)|validation\.|snapshotProblems\.|\{\{/);
      expect(text).not.toContain(`(${code})`);
      expect(text.length).toBeGreaterThan(5);
    }
  });

  it('names types in the user\'s language', () => {
    expect(describeIssue(vi, { issue: 'wrong-type', expected: 'Object', received: 'Array' })).toBe('sai kiểu dữ liệu: cần đối tượng, nhận được một danh sách');
    expect(describeIssue(english, { issue: 'wrong-type', expected: '(string | null)', received: '12' }, 'en')).toBe('wrong type: expected text or null (empty), got 12');
    expect(describeIssue(vi, { issue: 'out-of-range', expected: '<=20000', received: '25000' })).toBe('không được lớn hơn 20.000 (nhận được 25000)');
  });

  it('names the field by its label, inside the items that hold it, and never as an empty name', () => {
    expect(describeField(vi, 'checkIns.0.asOf')).toBe('ngày số liệu của báo cáo tiến độ thứ 1, trường “checkIns.0.asOf”');
    expect(describeField(english, 'checkIns.2.evidence.0.title')).toBe('title of evidence no. 1 of progress report no. 3, field “checkIns.2.evidence.0.title”');
    expect(describeField(vi, 'baseline.value')).toBe('giá trị ban đầu, trường “baseline.value”');
    expect(describeField(english, 'somethingElse')).toBe('field “somethingElse”');
    expect(describeProblem(vi, { code: 'invalid-field', entity: 'commitments', position: 3, path: '', issue: 'wrong-type', expected: 'Object', received: '"abc"' }, 'vi')).toBe('Nội dung cam kết thứ 3: sai kiểu dữ liệu: cần đối tượng, nhận được "abc".');
  });

  it('cuts every echoed id, value and title to about 80 characters', () => {
    const long = 'đ'.repeat(50_000);
    expect(cut(long)).toHaveLength(78);
    const messages = [
      describeProblem(vi, { code: 'duplicate-id', entity: 'commitments', id: long, positions: [1, 2] }, 'vi'),
      describeProblem(english, { code: 'missing-reference', entity: 'commitments', position: 1, recordId: long, recordTitle: long, path: 'agreementId', target: 'agreements', targetId: long }, 'en'),
      describeProblem(vi, { code: 'invalid-field', entity: 'units', position: 1, recordId: long, path: 'kind', issue: 'unknown-value', received: JSON.stringify(long) }, 'vi'),
      describeProblem(vi, { code: 'other-application', found: long }, 'vi'),
      describeProblem(vi, { code: 'forbidden-key', key: '__proto__', path: `${long}.__proto__` }, 'vi'),
    ];
    for (const m of messages) expect(m.length).toBeLessThan(400);
    expect(messages[1]).toBe(`Commitment no. 1 (id “${'đ'.repeat(77)}…”, “${'đ'.repeat(77)}…”), agreement, field “agreementId”: it refers to agreement “${'đ'.repeat(77)}…”, which is neither in the file nor stored here.`);
  });

  it('says the missing-reference sentence of the corpus (checked against the stored data by the data layer)', () => {
    const title = 'Hỗ trợ, tham vấn xây dựng và triển khai cơ chế, chính sách, chương trình, kế hoạch về chuyển đổi số';
    const message = describeProblem(vi, { code: 'missing-reference', entity: 'commitments', recordId: 'agr-hai-duong-fpt-2021-c01', recordTitle: title, path: 'agreementId', target: 'agreements', targetId: 'agr-khong-ton-tai' }, 'vi');
    const expected = JSON.parse(readFileSync(new URL('../../fixtures/bad-snapshots/expected.json', import.meta.url), 'utf8'))['missing-reference.json'].message;
    expect(message).toBe(expected);
  });
});
