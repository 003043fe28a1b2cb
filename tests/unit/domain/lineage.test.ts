import { describe, expect, it } from 'vitest';
import { agreementsOfPartner, agreementsOfProvince, partnerWithAlliances, unitWithFormerUnits, withSuccessors } from '../../../src/domain/lineage';
import type { AdminUnit, Party } from '../../../src/domain/model';

const unit = (id: string, successorId: string | null) => ({ id, successorId }) as AdminUnit;
// Hải Dương merged into Hải Phòng; a commune-level test unit merged into Hải Dương before that.
const units = [unit('hai-phong', null), unit('hai-duong', 'hai-phong'), unit('old', 'hai-duong'), unit('thanh-hoa', null)];

describe('province lineage', () => {
  it('a province includes every unit whose chain leads to it', () => {
    expect([...unitWithFormerUnits(units, 'hai-phong')].sort()).toEqual(['hai-duong', 'hai-phong', 'old']);
    expect([...unitWithFormerUnits(units, 'hai-duong')].sort()).toEqual(['hai-duong', 'old']);
    expect([...unitWithFormerUnits(units, 'thanh-hoa')]).toEqual(['thanh-hoa']);
  });

  it('follows successors forward, for a complete export', () => {
    expect([...withSuccessors(units, ['old'])].sort()).toEqual(['hai-duong', 'hai-phong', 'old']);
  });

  it('a province’s agreements: signed by it or a former unit, or now in its charge', () => {
    const agreements = [
      { id: 'a1', signatoryUnitId: 'hai-duong', responsibleUnitId: 'hai-phong' },
      { id: 'a2', signatoryUnitId: 'thanh-hoa', responsibleUnitId: 'thanh-hoa' },
      { id: 'a3', signatoryUnitId: 'old', responsibleUnitId: 'old' },
    ];
    expect(agreementsOfProvince(units, agreements, 'hai-phong').map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(agreementsOfProvince(units, agreements, 'hai-duong').map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(agreementsOfProvince(units, agreements, 'thanh-hoa').map((a) => a.id)).toEqual(['a2']);
  });
});

describe('partners and alliances', () => {
  const parties = [{ id: 'saigontel', memberIds: [] }, { id: 'ngs', memberIds: [] }, { id: 'alliance', memberIds: ['saigontel', 'ngs'] }, { id: 'viettel', memberIds: [] }] as unknown as Party[];
  const agreements = [
    { id: 'x', partyIds: ['ubnd', 'alliance'] },
    { id: 'y', partyIds: ['ubnd', 'viettel'] },
  ];
  it('a member finds the agreements of its alliance', () => {
    expect([...partnerWithAlliances(parties, 'ngs')].sort()).toEqual(['alliance', 'ngs']);
    expect(agreementsOfPartner(parties, agreements, 'saigontel').map((a) => a.id)).toEqual(['x']);
    expect(agreementsOfPartner(parties, agreements, 'alliance').map((a) => a.id)).toEqual(['x']);
    expect(agreementsOfPartner(parties, agreements, 'viettel').map((a) => a.id)).toEqual(['y']);
  });
});
