import { describe, expect, it } from 'vitest';
import { checkDraft, checkInFromDraft, emptyDraft, type CheckInDraft } from '../../../src/domain/checkInRules';
import { PERIOD, baseline, checkIn, commitment } from '../status/build';

const TODAY = '2026-11-22';
const draft = (over: Partial<CheckInDraft> = {}): CheckInDraft => ({ ...emptyDraft('2026-09-30', 'Viettel Phú Thọ'), ...over });
const codes = (r: ReturnType<typeof checkDraft>) => r.errors.map((e) => `${e.field}:${e.code}`);

describe('check-in rules', () => {
  const share = commitment('capped-percentage', { baseline: baseline(96, '2025-08-21'), target: 100 });
  const sites = commitment('cumulative-count', { unit: 'vị trí trạm', checkIns: [checkIn('2026-06-30', 2410)] });

  it('reads Vietnamese numbers: "96,5" is 96.5, "2.283" is 2283', () => {
    expect(checkDraft(share, PERIOD, draft({ valueText: '96,5' }), TODAY)).toMatchObject({ errors: [], value: 96.5 });
    expect(checkDraft(sites, PERIOD, draft({ valueText: '2.483' }), TODAY)).toMatchObject({ errors: [], value: 2483 });
  });

  it('asks rather than guesses for "1,234", and takes the reading the user chose', () => {
    const asked = checkDraft(sites, PERIOD, draft({ valueText: '2,500' }), TODAY);
    expect(asked.errors).toEqual([{ field: 'value', code: 'ambiguous', candidates: [2.5, 2500] }]);
    expect(checkDraft(sites, PERIOD, draft({ valueText: '2,500', chosenValue: 2500 }), TODAY)).toMatchObject({ errors: [], value: 2500 });
  });

  it.each([
    [{ valueText: '120' }, 'value:percent-range'],
    [{ valueText: 'nhiều' }, 'value:not-a-number'],
    [{ valueText: '' }, 'value:required'],
    [{ valueText: '97', asOf: '2019-12-31' }, 'asOf:before-period'],
    [{ valueText: '97', asOf: '2032-01-01' }, 'asOf:after-period'],
    [{ valueText: '97', asOf: '2026-12-31' }, 'asOf:in-future'],
    [{ valueText: '97', asOf: '2026-02-30' }, 'asOf:invalid-date'],
    [{ valueText: '97', reportedBy: ' ' }, 'reportedBy:required'],
    [{ valueText: '97', evidenceNumber: '12/BC' }, 'evidenceTitle:evidence-title-required'],
  ] as const)('refuses %j with %s', (over, code) => {
    expect(codes(checkDraft(share, PERIOD, draft(over), TODAY))).toContain(code);
  });

  it('warns when a cumulative count goes backwards, or a rank worsens', () => {
    expect(checkDraft(sites, PERIOD, draft({ valueText: '2.000' }), TODAY).warnings).toEqual([{ field: 'value', code: 'goes-backwards', previous: { asOf: '2026-06-30', value: 2410 } }]);
    const rank = commitment('rank', { checkIns: [checkIn('2025-12-31', 20)] });
    expect(checkDraft(rank, PERIOD, draft({ valueText: '22' }), TODAY).warnings[0]?.code).toBe('rank-worse');
    expect(codes(checkDraft(rank, PERIOD, draft({ valueText: '0' }), TODAY))).toContain('value:rank-range');
  });

  it('needs done / not done for a milestone, and stores it', () => {
    const m = commitment('milestone');
    expect(codes(checkDraft(m, PERIOD, draft(), TODAY))).toContain('done:required');
    const ok = checkDraft(m, PERIOD, draft({ done: true }), TODAY);
    expect(ok.errors).toEqual([]);
    expect(checkInFromDraft(m, draft({ done: true, evidenceTitle: 'Quyết định vận hành IOC', evidenceNumber: '45/QĐ-UBND' }), null)).toMatchObject({
      done: true,
      value: null,
      evidence: [{ documentNumber: '45/QĐ-UBND', title: 'Quyết định vận hành IOC', url: null }],
    });
  });
});
