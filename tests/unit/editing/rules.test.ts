/** The editing forms' rules: what blocks saving, and what would be stored. */
import { describe, expect, it } from 'vitest';
import { checkAgreementDraft, emptyAgreementDraft } from '../../../src/domain/editing/agreementRules';
import { applyTemplate, canChooseDirection, checkCommitmentDraft, commitmentFromFields, draftFromCommitment, emptyCommitmentDraft, type CommitmentDraft } from '../../../src/domain/editing/commitmentRules';
import type { CommitmentKind } from '../../../src/domain/enums';
import { diffFields } from '../../../src/domain/editing/history';
import { planRenewal, renewedTitle, checkRenewal, renewalDraft } from '../../../src/domain/editing/renewal';
import { applyRevision, checkRevisionDraft, emptyRevisionDraft } from '../../../src/domain/editing/revisionRules';
import { BUILTIN_TEMPLATES } from '../../../src/domain/editing/templates';
import { buildDemoData } from '../../../src/data/demo/demoData';
import { CommitmentSchema, isNumericKind } from '../../../src/domain/model';
import * as v from 'valibot';
import { checkIn, commitment, PERIOD } from '../status/build';

const codes = (problems: { field: string; code: string }[]) => problems.map((p) => `${p.field}:${p.code}`);
const num = (text: string, chosen: number | null = null) => ({ text, chosen });

describe('commitment form', () => {
  const base = (over: Partial<CommitmentDraft>): CommitmentDraft => ({ ...emptyCommitmentDraft(), title: '5G', ...over });

  it('reads Vietnamese numbers and stores them', () => {
    const check = checkCommitmentDraft(base({ unit: 'vị trí trạm', kind: 'cumulative-count', baseline: num('2.283'), target: num('3.000'), milestones: [{ year: '2027', value: num('2.500') }] }), PERIOD);
    expect(check.problems).toEqual([]);
    expect(check.fields.baseline.value).toBe(2283);
    expect(check.fields.target).toBe(3000);
    expect(check.fields.milestones).toEqual([{ year: 2027, value: 2500 }]);
  });

  it('explains a percentage outside 0–100, a milestone outside the period, a duplicate year and a missing unit', () => {
    const check = checkCommitmentDraft(
      base({ unit: '', target: num('120'), milestones: [{ year: '2024', value: num('50') }, { year: '2027', value: num('60') }, { year: '2027', value: num('70') }], dueOn: '2031-12-31' }),
      PERIOD,
    );
    expect(codes(check.problems)).toEqual(['unit:unit-required', 'target:percent-range', 'milestone.0.year:outside-period', 'milestone.2.year:duplicate-year', 'dueOn:outside-period']);
  });

  it('asks about an ambiguous number and accepts the chosen reading', () => {
    const asked = checkCommitmentDraft(base({ kind: 'cumulative-count', unit: 'trạm', target: num('1,234') }), PERIOD);
    expect(asked.problems).toEqual([{ field: 'target', code: 'ambiguous', candidates: [1.234, 1234] }]);
    const chosen = checkCommitmentDraft(base({ kind: 'cumulative-count', unit: 'trạm', target: num('1,234', 1234) }), PERIOD);
    expect(chosen.problems).toEqual([]);
    expect(chosen.fields.target).toBe(1234);
  });

  it('needs a title; an empty target is allowed ("no target" is a status)', () => {
    const check = checkCommitmentDraft({ ...emptyCommitmentDraft() }, PERIOD);
    expect(codes(check.problems)).toEqual(['title:required']);
    expect(check.fields.target).toBeNull();
  });

  it('a template fills kind, unit, pillar and cadence, keeping what was typed', () => {
    const dti = BUILTIN_TEMPLATES.find((t) => t.id === 'builtin-dti-rank')!;
    const draft = applyTemplate(base({ target: num('15') }), dti);
    expect(draft).toMatchObject({ kind: 'rank', unit: 'hạng', pillar: 'index-ranks', cadence: 'yearly', expectation: 'step', target: num('15') });
  });

  it('an edited commitment round-trips through the form unchanged', () => {
    for (const c of buildDemoData().commitments) {
      const check = checkCommitmentDraft(draftFromCommitment(c), { startYear: 1990, endYear: 2100 });
      expect(check.problems, c.id).toEqual([]);
      expect(check.fields.target, c.id).toBe(c.target);
      expect(check.fields.baseline.value, c.id).toBe(c.baseline.value);
    }
  });
});

describe('direction', () => {
  it('a share or a count can be lower-is-better; a rank always is; other kinds have no choice', () => {
    const draft = (kind: CommitmentKind) => ({ ...emptyCommitmentDraft(), title: 'Thời gian giải quyết hồ sơ', kind, unit: 'ngày', lowerIsBetter: true });
    expect(checkCommitmentDraft(draft('cumulative-count'), null).fields.lowerIsBetter).toBe(true);
    expect(checkCommitmentDraft(draft('capped-percentage'), null).fields.lowerIsBetter).toBe(true);
    expect(checkCommitmentDraft(draft('count-per-year'), null).fields.lowerIsBetter).toBe(false);
    expect(checkCommitmentDraft(draft('rank'), null).fields.lowerIsBetter).toBe(false);
    expect(canChooseDirection('rank')).toBe(false);
  });

  it('is stored only when lower is better, and read back into the form', () => {
    const fields = checkCommitmentDraft({ ...emptyCommitmentDraft(), title: 'Hồ sơ quá hạn', kind: 'capped-percentage', unit: '%', lowerIsBetter: true }, null).fields;
    const created = commitmentFromFields(fields, { agreementId: 'a', territoryUnitId: null, id: 'c', now: '2026-12-02T00:00:00.000Z' });
    expect(created.lowerIsBetter).toBe(true);
    expect(draftFromCommitment(created).lowerIsBetter).toBe(true);
    const back = commitmentFromFields({ ...fields, lowerIsBetter: false }, { existing: created });
    expect('lowerIsBetter' in back).toBe(false);
  });
});

describe('templates', () => {
  it('speak of online services as NĐ 42/2022/NĐ-CP does (toàn trình, một phần), never "mức độ 4"', () => {
    expect(BUILTIN_TEMPLATES.filter((t) => /mức độ [34]|level 4/i.test(`${t.title} ${t.titleEn}`))).toEqual([]);
    expect(BUILTIN_TEMPLATES.find((t) => t.id === 'builtin-late-files')?.lowerIsBetter).toBe(true);
  });

  it('at least 25, with unique ids, and each makes a valid commitment', () => {
    expect(BUILTIN_TEMPLATES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
    for (const t of BUILTIN_TEMPLATES) {
      const c = commitment(t.kind, { title: t.title, unit: t.unit, pillar: t.pillar, cadence: t.cadence, target: null });
      expect(v.safeParse(CommitmentSchema, c).success, t.id).toBe(true);
      if (isNumericKind(t.kind)) expect(t.unit, t.id).not.toBe('');
      if (t.kind === 'capped-percentage') expect(t.unit.startsWith('%'), t.id).toBe(true);
    }
  });
});

describe('agreement form', () => {
  it('needs a title, a province and a partner; a period that ends before it starts is refused', () => {
    const draft = { ...emptyAgreementDraft('2026-11-22'), startYear: '2026', endYear: '2024' };
    expect(codes(checkAgreementDraft(draft).problems)).toEqual(['title:required', 'unit:required', 'partners:required', 'endYear:period-order']);
  });

  it('a signing date after the period ended is refused; new names are trimmed and deduplicated', () => {
    const check = checkAgreementDraft({ ...emptyAgreementDraft('2026-11-22'), title: ' T ', newUnitName: ' Đà Nẵng ', newPartners: 'FPT\n\n FPT \nCMC', startYear: '2021', endYear: '2025', signedOn: '2026-01-05' });
    expect(codes(check.problems)).toEqual(['signedOn:signed-after-period']);
    expect(check.fields.unit).toEqual({ name: 'Đà Nẵng', kind: 'province' });
    expect(check.fields.newPartners).toEqual(['FPT', 'CMC']);
  });
});

describe('agreement period and its commitments', () => {
  it('a new period must still hold the commitments\' milestones and due dates', () => {
    const draft = { ...emptyAgreementDraft('2026-11-22'), title: 'T', unitId: 'x', partnerIds: ['p'], startYear: '2025', endYear: '2027', signedOn: '2025-01-01' };
    const commitments = [
      { title: 'A', milestones: [{ year: 2028, value: 1 }], dueOn: null },
      { title: 'B', milestones: [], dueOn: '2030-12-31' },
      { title: 'C', milestones: [{ year: 2026, value: 1 }], dueOn: '2027-06-30' },
    ];
    expect(checkAgreementDraft(draft, commitments).problems).toEqual([{ field: 'endYear', code: 'commitments-outside-period', titles: ['A', 'B'] }]);
    expect(checkAgreementDraft({ ...draft, endYear: '2030' }, commitments).problems).toEqual([]);
  });
});

describe('agreement signatories', () => {
  it('each signs for the committee, a picked partner or a partner typed as new, and needs a title', () => {
    const draft = {
      ...emptyAgreementDraft('2026-11-22'),
      title: 'T',
      unitId: 'thanh-hoa',
      partnerIds: ['vnpt'],
      newPartners: 'Tập đoàn CMC',
      signatories: [
        { side: 'committee', name: ' Mai Xuân Liêm ', title: 'Phó Chủ tịch UBND tỉnh', capacity: '' },
        { side: 'vnpt', name: '', title: 'Tổng Giám đốc', capacity: '' },
        { side: 'new:Tập đoàn CMC', name: 'A', title: 'Chủ tịch', capacity: 'thừa ủy quyền' },
        { side: 'fpt', name: 'B', title: '', capacity: '' },
      ],
    };
    const check = checkAgreementDraft(draft);
    expect(codes(check.problems)).toEqual(['signatory.3.title:required', 'signatory.3.side:side-not-a-party']);
    expect(check.fields.signatories).toEqual([
      { side: 'committee', name: 'Mai Xuân Liêm', title: 'Phó Chủ tịch UBND tỉnh', capacity: null },
      { side: { id: 'vnpt' }, name: null, title: 'Tổng Giám đốc', capacity: null },
      { side: { newName: 'Tập đoàn CMC' }, name: 'A', title: 'Chủ tịch', capacity: 'thừa ủy quyền' },
    ]);
  });
});

describe('target revisions', () => {
  const c = commitment('capped-percentage', { unit: '%', target: 90, milestones: [{ year: 2027, value: 80 }] });

  it('keeps the old value and applies the new one (target or milestone)', () => {
    const draft = { ...emptyRevisionDraft('2026-11-22'), valueText: '95', decisionRef: 'QĐ 1/QĐ-UBND' };
    const check = checkRevisionDraft(c, PERIOD, draft, '2026-11-22');
    expect(check.problems).toEqual([]);
    const { commitment: next, revision } = applyRevision(c, draft, check.value!, { id: 'r1', now: '2026-11-22T00:00:00.000Z' });
    expect(next.target).toBe(95);
    expect(revision).toMatchObject({ appliesTo: 'target', oldValue: 90, newValue: 95, decisionRef: 'QĐ 1/QĐ-UBND' });
    const year = applyRevision(c, { ...draft, appliesTo: '2028', valueText: '85' }, 85, { id: 'r2', now: '2026-11-22T00:00:00.000Z' });
    expect(year.commitment.milestones).toEqual([{ year: 2027, value: 80 }, { year: 2028, value: 85 }]);
    expect(year.revision.oldValue).toBeNull();
  });

  it('refuses an unchanged value, a missing decision, a future date and a year outside the period', () => {
    const draft = { ...emptyRevisionDraft('2026-11-22'), appliesTo: '2031', valueText: '90', decidedOn: '2027-01-01' };
    expect(codes(checkRevisionDraft(c, PERIOD, draft, '2026-11-22').problems)).toEqual(['appliesTo:outside-period', 'decisionRef:required', 'decidedOn:in-future']);
    expect(codes(checkRevisionDraft(c, PERIOD, { ...draft, appliesTo: 'target', decisionRef: 'x', decidedOn: '2026-01-01' }, '2026-11-22').problems)).toEqual(['value:unchanged']);
  });
});

describe('renewal', () => {
  const demo = buildDemoData();
  const agreement = demo.agreements.find((a) => a.id === 'agr-phu-tho-viettel-2025')!;
  const commitments = demo.commitments.filter((c) => c.agreementId === agreement.id);

  it('links to the predecessor and takes the last real report as the baseline, never sample data', () => {
    const [first, second] = commitments.filter((c) => isNumericKind(c.kind));
    const withReal = { ...first!, checkIns: [...first!.checkIns, checkIn('2026-06-30', 42), checkIn('2026-09-30', 43, { sample: true })] };
    let n = 0;
    const plan = planRenewal({ agreement, commitments: [withReal, second!] }, { title: 'Mới', signedOn: '2030-12-01', startYear: 2030, endYear: 2035, commitmentIds: [withReal.id, second!.id] }, { now: '2030-12-01T00:00:00.000Z', newId: () => `n${++n}` });
    expect(plan.agreement).toMatchObject({ id: 'n1', predecessorId: agreement.id, period: { startYear: 2030, endYear: 2035 }, signatoryUnitId: agreement.responsibleUnitId, archived: false });
    expect(plan.commitments[0]).toMatchObject({ agreementId: 'n1', baseline: { value: 42, asOf: '2026-06-30' }, checkIns: [], milestones: [], revisions: [] });
    // Only sample reports: the old baseline stays.
    expect(plan.commitments[1]!.baseline).toEqual(second!.baseline);
  });

  it('starts the new period open: the old closing and final assessments stay with the old agreement', () => {
    const closed = { ...agreement, closing: { closedOn: '2030-12-15', documentNumber: '12/BC-UBND', note: 'Tổng kết.' } };
    const carried = { ...commitments[0]!, finalAssessment: { result: 'carried-over' as const, note: '' } };
    const plan = planRenewal({ agreement: closed, commitments: [carried] }, { title: 'Mới', signedOn: '2030-12-20', startYear: 2030, endYear: 2035, commitmentIds: [carried.id] }, { now: '2030-12-20T00:00:00.000Z', newId: () => 'n' });
    expect(plan.agreement.closing).toBeNull();
    expect(plan.commitments[0]!.finalAssessment).toBeNull();
  });

  it('proposes the next period and its title', () => {
    expect(renewedTitle('Thỏa thuận giai đoạn 2023-2025 giữa A và B', 2025, 2030)).toBe('Thỏa thuận giai đoạn 2025-2030 giữa A và B');
    const draft = renewalDraft(agreement, [], '2030-11-01');
    expect([draft.startYear, draft.endYear]).toEqual(['2030', '2035']);
    expect(checkRenewal({ ...draft, endYear: '2029' }).problems).toEqual([{ field: 'endYear', code: 'period-order' }]);
  });
});

describe('change history', () => {
  it('lists the top-level fields that changed, ignoring bookkeeping and key order', () => {
    const a = { id: 'x', rev: 1, updatedAt: 'a', title: 'A', baseline: { value: 1, asOf: null }, checkIns: [] };
    const b = { id: 'x', rev: 2, updatedAt: 'b', title: 'B', baseline: { asOf: null, value: 1 }, checkIns: [1] };
    expect(diffFields(a, b)).toEqual([{ field: 'title', before: 'A', after: 'B' }]);
    expect(diffFields(null, { title: 'A' })).toEqual([{ field: 'title', before: null, after: 'A' }]);
  });
});
