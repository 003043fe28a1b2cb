import { describe, expect, it } from 'vitest';
import { buildDemoData } from '../../../src/data/demo/demoData';
import { AdminUnitSchema, AgreementSchema, CommitmentSchema, PartySchema } from '../../../src/domain/model';
import { validate } from '../../../src/domain/validation';

const data = buildDemoData();

describe('demo data', () => {
  it('is valid against the same schemas that guard imported files', () => {
    const problems = [
      ...data.units.map((r) => validate(AdminUnitSchema, r)),
      ...data.parties.map((r) => validate(PartySchema, r)),
      ...data.agreements.map((r) => validate(AgreementSchema, r)),
      ...data.commitments.map((r) => validate(CommitmentSchema, r)),
    ].filter((r) => !r.ok);
    expect(problems).toEqual([]);
  });

  it('holds the five seed agreements', () => {
    expect(data.agreements.map((a) => a.id).sort()).toEqual([
      'agr-hai-duong-fpt-2021',
      'agr-hai-duong-saigontel-ngs-2022',
      'agr-hai-duong-viettel-2022',
      'agr-phu-tho-viettel-2025',
      'agr-thanh-hoa-vnpt-2021',
    ]);
  });

  it('carries the figures the articles state, with the article as evidence', () => {
    const baselines = data.commitments.filter((c) => c.baseline.value !== null);
    const figures = baselines.map((c) => c.baseline.value).sort((a, b) => a! - b!);
    for (const figure of [2283, 99, 96, 90, 98, 615, 27, 559, 65, 100, 8]) expect(figures).toContain(figure);
    for (const c of baselines) expect(c.baseline.evidence.length, c.id).toBeGreaterThan(0);
  });

  it('marks every invented check-in as sample data', () => {
    const checkIns = data.commitments.flatMap((c) => c.checkIns);
    expect(checkIns.length).toBeGreaterThan(0);
    for (const ci of checkIns) expect(ci.sample || ci.evidence.length > 0, ci.id).toBe(true);
  });

  it('references only records that exist, and ids are unique', () => {
    const unitIds = new Set(data.units.map((u) => u.id));
    const partyIds = new Set(data.parties.map((p) => p.id));
    const agreementIds = new Set(data.agreements.map((a) => a.id));
    for (const a of data.agreements) {
      for (const id of a.partyIds) expect(partyIds.has(id), id).toBe(true);
      expect(unitIds.has(a.signatoryUnitId)).toBe(true);
      expect(unitIds.has(a.responsibleUnitId)).toBe(true);
    }
    for (const c of data.commitments) {
      expect(agreementIds.has(c.agreementId)).toBe(true);
      if (c.leadPartyId) expect(partyIds.has(c.leadPartyId), c.leadPartyId).toBe(true);
      for (const id of c.supportPartyIds) expect(partyIds.has(id), id).toBe(true);
      if (c.territoryUnitId) expect(unitIds.has(c.territoryUnitId)).toBe(true);
    }
    const all = [...data.units, ...data.parties, ...data.agreements, ...data.commitments, ...data.commitments.flatMap((c) => c.checkIns)];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });

  it('lists Hải Dương\'s agreements under Hải Phòng, the authority responsible since 01/7/2025', () => {
    const haiDuong = data.agreements.filter((a) => a.signatoryUnitId === 'hai-duong');
    expect(haiDuong).toHaveLength(3);
    for (const a of haiDuong) expect(a.responsibleUnitId).toBe('hai-phong');
  });
});
