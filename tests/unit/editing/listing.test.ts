/** The agreement and commitment lists: search without diacritics, filters, sorting. */
import { describe, expect, it } from 'vitest';
import { buildDemoData } from '../../../src/data/demo/demoData';
import { listAgreementRows, listCommitmentRows, searchCommitmentRows } from '../../../src/domain/status/listing';
import { vietnameseCollator } from '../../../src/domain/text';

const data = buildDemoData();
const AS_OF = '2026-11-22';

describe('agreement list', () => {
  it('a province includes its former provinces; the former signatory is named', () => {
    const rows = listAgreementRows(data, { province: 'hai-phong' }, 'province', AS_OF);
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.unitName === 'Hải Phòng' && r.formerName === 'Hải Dương')).toBe(true);
  });

  it('searches without diacritics and đ as d', () => {
    expect(listAgreementRows(data, { q: 'thanh hoa' }, 'title', AS_OF).map((r) => r.agreement.id)).toEqual(['agr-thanh-hoa-vnpt-2021']);
    expect(listAgreementRows(data, { q: 'hai duong' }, 'title', AS_OF)).toHaveLength(3);
    expect(listAgreementRows(data, { q: 'doi moi sang tao' }, 'title', AS_OF).map((r) => r.agreement.id)).toEqual(['agr-hai-duong-saigontel-ngs-2022']);
  });

  it('filters by partner (with its alliances), agreement kind, pillar, status and archived', () => {
    expect(listAgreementRows(data, { partner: 'ngs' }, 'title', AS_OF).map((r) => r.agreement.id)).toEqual(['agr-hai-duong-saigontel-ngs-2022']);
    expect(listAgreementRows(data, { kind: 'memorandum-of-understanding' }, 'title', AS_OF)).toHaveLength(1);
    const withRanks = listAgreementRows(data, { pillar: 'index-ranks' }, 'title', AS_OF);
    expect(withRanks.length).toBeGreaterThan(0);
    expect(withRanks.length).toBeLessThan(5);
    const archived = { ...data, agreements: data.agreements.map((a) => (a.id === 'agr-thanh-hoa-vnpt-2021' ? { ...a, archived: true } : a)) };
    expect(listAgreementRows(archived, {}, 'title', AS_OF)).toHaveLength(4);
    expect(listAgreementRows(archived, { archived: 'only' }, 'title', AS_OF).map((r) => r.agreement.id)).toEqual(['agr-thanh-hoa-vnpt-2021']);
    expect(listAgreementRows(archived, { archived: 'include' }, 'title', AS_OF)).toHaveLength(5);
    expect(listAgreementRows(data, { status: 'achieved' }, 'title', AS_OF).every((r) => r.rollup.counts.achieved > 0)).toBe(true);
  });

  it('sorts by signing date and by title the Vietnamese way', () => {
    const dates = listAgreementRows(data, {}, 'signed-asc', AS_OF).map((r) => r.agreement.signedOn);
    expect(dates).toEqual([...dates].sort());
    const titles = listAgreementRows(data, {}, 'title', AS_OF).map((r) => r.agreement.title);
    expect(titles).toEqual([...titles].sort(vietnameseCollator.compare));
  });
});

describe('commitment list', () => {
  it('searches, filters by kind and status, and sorts most urgent first', () => {
    expect(listCommitmentRows(data, { q: 'cap quang' }, 'title', AS_OF).map((r) => r.commitment.title)).toContain('Hạ tầng đường truyền cáp quang đến cơ quan Đảng, chính quyền, trường học, cơ sở y tế các cấp');
    const ranks = listCommitmentRows(data, { kind: 'rank' }, 'title', AS_OF);
    expect(ranks.length).toBeGreaterThan(0);
    expect(ranks.every((r) => r.commitment.kind === 'rank')).toBe(true);
    const noTarget = listCommitmentRows(data, { status: 'no-target' }, 'title', AS_OF);
    expect(noTarget.every((r) => r.assessment.status === 'no-target')).toBe(true);
    const byStatus = listCommitmentRows(data, {}, 'status', AS_OF).map((r) => r.assessment.status);
    expect(byStatus.indexOf('no-target')).toBeGreaterThan(-1);
    if (byStatus.includes('not-started')) expect(byStatus.indexOf('not-started')).toBeLessThan(byStatus.indexOf('no-target'));
  });
});

describe('commitment search', () => {
  const all = listCommitmentRows(data, {}, 'agreement', AS_OF);
  it('finds by partner name, also one the agreement title does not spell out', () => {
    // Thanh Hóa–VNPT's title says "Tập đoàn VNPT"; the party's full name is "Tập đoàn Bưu chính Viễn thông
    // Việt Nam". Its 17 commitments, and no other agreement's, are VNPT's.
    const found = searchCommitmentRows(all, 'buu chinh vien thong');
    expect(found).toHaveLength(17);
    expect(found.every((r) => r.agreement.id === 'agr-thanh-hoa-vnpt-2021')).toBe(true);
  });

  it('finds by pillar name, diacritics ignored, when the names are given', () => {
    const names = (p: string) => (p === 'digital-infrastructure' ? ['Hạ tầng số', 'Digital infrastructure'] : ['Khác']);
    const infra = all.filter((r) => r.commitment.pillar === 'digital-infrastructure');
    expect(infra.length).toBeGreaterThan(0);
    const found = searchCommitmentRows(all, 'ha tang so', names);
    for (const r of infra) expect(found).toContain(r);
    expect(searchCommitmentRows(all, 'digital infrastructure', names)).toEqual(infra);
  });
});
