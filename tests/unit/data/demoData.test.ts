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

  it('cites, for each agreement, the one seed file that holds its article', () => {
    const cited = Object.fromEntries(data.agreements.map((a) => [a.id, a.sources.map((s) => s.seedFile)]));
    expect(cited).toEqual({
      'agr-hai-duong-viettel-2022': ['000_d3a0bfca3d8d8deb.txt'],
      'agr-thanh-hoa-vnpt-2021': ['001_c580d1fda2ca866c.txt'],
      'agr-hai-duong-fpt-2021': ['002_ca6c9de1e997ed2f.txt'],
      'agr-phu-tho-viettel-2025': ['003_9e65ee66f4256484.txt'],
      'agr-hai-duong-saigontel-ngs-2022': ['004_147f3250ac524d5c.txt'],
    });
  });

  it('says that a figure from outside the articles is not from the article, and cites its public source', () => {
    const dti = data.commitments.find((c) => c.agreementId === 'agr-phu-tho-viettel-2025' && c.title.includes('DTI'))!;
    expect(dti.baseline.value).toBe(23);
    expect(dti.baseline.note).toContain('Không lấy từ bài báo ký kết');
    expect(dti.baseline.evidence).toEqual([{ documentNumber: null, title: 'Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022 — không lấy từ bài báo ký kết', url: 'https://dti.gov.vn' }]);
  });

  it('holds Thanh Hóa\'s digital-government item and the smart-city applications request', () => {
    const titles = data.commitments.filter((c) => c.agreementId === 'agr-thanh-hoa-vnpt-2021').map((c) => c.title);
    expect(titles.filter((t) => t.startsWith('Hợp tác xây dựng chính quyền số'))).toHaveLength(1);
    expect(titles.filter((t) => t.includes('đặc biệt trong xây dựng đô thị thông minh'))).toHaveLength(1);
  });

  it('keeps "4G everywhere" apart from the 4G/5G population coverage figure, and says the Phú Thọ list is partial', () => {
    const phuTho = data.commitments.filter((c) => c.agreementId === 'agr-phu-tho-viettel-2025');
    const coverage = phuTho.find((c) => c.id === 'agr-phu-tho-viettel-2025-c04')!;
    expect([coverage.title, coverage.kind, coverage.baseline.value, coverage.target]).toEqual(['Tỷ lệ dân số được phủ sóng 4G/5G', 'capped-percentage', 96, null]);
    const everywhere = phuTho.filter((c) => c.title === 'Phủ sóng 4G trên toàn tỉnh');
    expect(everywhere.map((c) => [c.kind, c.baseline.value, c.target])).toEqual([['milestone', null, null]]);
    expect(data.agreements.find((a) => a.id === 'agr-phu-tho-viettel-2025')!.summary).toContain('Bài báo chỉ nêu một số trong 10 nội dung');
  });

  it('notes that the 559 communes of 2021 predate the 2025 commune reorganisation', () => {
    const communes = data.commitments.find((c) => c.baseline.value === 559)!;
    expect(communes.territoryNote).toContain('Từ 01/7/2025');
  });

  it('lists Hải Dương\'s agreements under Hải Phòng, the authority responsible since 01/7/2025', () => {
    const haiDuong = data.agreements.filter((a) => a.signatoryUnitId === 'hai-duong');
    expect(haiDuong).toHaveLength(3);
    for (const a of haiDuong) expect(a.responsibleUnitId).toBe('hai-phong');
  });
});
