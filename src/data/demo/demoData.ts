/**
 * The demo data set: the five agreements of the seed articles (shared/seeds/, one article per file:
 * 000 Hải Dương–Viettel, 001 Thanh Hóa–VNPT, 002 Hải Dương–FPT, 003 Phú Thọ–Viettel, 004 Hải Dương–
 * SAIGONTEL-NGS), with the figures the articles really state. A figure from outside the articles (the
 * 2022 DTI rank) cites its public source and says it is not from the article. Figures from a predecessor period are baselines whose evidence is the
 * article. Where an article states no number, the commitment is a milestone or a qualitative one,
 * and its target stays empty. The few illustrative check-ins are marked `sample: true` and shown
 * as sample data everywhere.
 *
 * Ids are fixed, so that two laptops that both start from the demo data hold the same records and
 * can later exchange snapshots without duplicates.
 */
import type {
  AdminUnit,
  Agreement,
  CheckIn,
  Commitment,
  CommitmentKind,
  Evidence,
  Party,
  Pillar,
  ReportingCadence,
  SourceDocument,
} from '../../domain/model';

export const DEMO_TIMESTAMP = '2026-11-01T00:00:00.000Z';

export interface Dataset {
  units: AdminUnit[];
  parties: Party[];
  agreements: Agreement[];
  commitments: Commitment[];
}

const meta = (id: string) => ({ id, createdAt: DEMO_TIMESTAMP, updatedAt: DEMO_TIMESTAMP, rev: 1 });

// ---------------------------------------------------------------------------------------------
// Units and parties
// ---------------------------------------------------------------------------------------------

const MERGER = { mergedOn: '2025-07-01', mergeResolution: 'Nghị quyết 202/2025/QH15 ngày 12/6/2025' };
const units: AdminUnit[] = [
  { ...meta('hai-phong'), name: 'Hải Phòng', kind: 'centrally-run-city', successorId: null, mergedOn: null, mergeResolution: null },
  { ...meta('hai-duong'), name: 'Hải Dương', kind: 'province', successorId: 'hai-phong', ...MERGER },
  { ...meta('thanh-hoa'), name: 'Thanh Hóa', kind: 'province', successorId: null, mergedOn: null, mergeResolution: null },
  { ...meta('phu-tho'), name: 'Phú Thọ', kind: 'province', successorId: null, mergedOn: null, mergeResolution: null },
  { ...meta('vinh-phuc'), name: 'Vĩnh Phúc', kind: 'province', successorId: 'phu-tho', ...MERGER },
  { ...meta('hoa-binh'), name: 'Hòa Bình', kind: 'province', successorId: 'phu-tho', ...MERGER },
];

const committee = (unitId: string, name: string): Party => ({
  ...meta(`ubnd-${unitId}`),
  kind: 'people-committee',
  name,
  shortName: name,
  unitId,
  memberIds: [],
});
const enterprise = (id: string, name: string, shortName: string): Party => ({
  ...meta(id),
  kind: 'enterprise',
  name,
  shortName,
  unitId: null,
  memberIds: [],
});

const parties: Party[] = [
  committee('hai-duong', 'UBND tỉnh Hải Dương'),
  committee('hai-phong', 'UBND thành phố Hải Phòng'),
  committee('thanh-hoa', 'UBND tỉnh Thanh Hóa'),
  committee('phu-tho', 'UBND tỉnh Phú Thọ'),
  enterprise('viettel', 'Tập đoàn Công nghiệp - Viễn thông Quân đội', 'Viettel'),
  enterprise('vnpt', 'Tập đoàn Bưu chính Viễn thông Việt Nam', 'VNPT'),
  enterprise('fpt', 'Công ty Cổ phần FPT (Tập đoàn FPT)', 'FPT'),
  enterprise('saigontel', 'Công ty CP Công nghệ - Viễn thông Sài Gòn', 'SAIGONTEL'),
  enterprise('ngs', 'Công ty CP Thiết bị và Truyền thông NGS', 'NGS'),
  {
    ...meta('lien-minh-saigontel-ngs'),
    kind: 'alliance',
    name: 'Liên minh SAIGONTEL–NGS',
    shortName: 'SAIGONTEL–NGS',
    unitId: null,
    memberIds: ['saigontel', 'ngs'],
  },
];

// ---------------------------------------------------------------------------------------------
// Sources: the seed articles
// ---------------------------------------------------------------------------------------------

const source = (title: string, publisher: string, publishedOn: string | null, seedFile: string): SourceDocument => ({
  title,
  publisher,
  publishedOn,
  url: null,
  seedFile,
});

const SRC = {
  haiDuongViettel: source(
    'Hải Dương ký kết thỏa thuận hợp tác chuyển đổi số với Tập đoàn Viettel',
    'Báo Hải Dương (baohaiduong.vn)',
    '2022-03-11',
    '000_d3a0bfca3d8d8deb.txt',
  ),
  thanhHoaVnpt: source(
    'Ký kết thỏa thuận hợp tác giữa UBND tỉnh Thanh Hóa và Tập đoàn VNPT về thúc đẩy triển khai chính quyền số, xã hội số, kinh tế số',
    'Bài báo (không ghi tên báo)',
    null,
    '001_c580d1fda2ca866c.txt',
  ),
  haiDuongFpt: source(
    'Tỉnh Hải Dương và Tập đoàn FPT ký kết thỏa thuận hợp tác chuyển đổi số giai đoạn 2021-2025',
    'Bài báo, tác giả Xuân Tùng',
    null,
    '002_ca6c9de1e997ed2f.txt',
  ),
  phuThoViettel: source(
    'Ký kết thỏa thuận hợp tác về chuyển đổi số giai đoạn 2025 - 2030',
    'Bài báo, tác giả Đinh Vũ',
    null,
    '003_9e65ee66f4256484.txt',
  ),
  haiDuongSaigontel: source(
    'Hải Dương hợp tác với Liên minh SAIGONTEL-NGS xây dựng Trung tâm Đổi mới sáng tạo',
    'Báo điện tử Đảng Cộng sản Việt Nam (ĐCSVN), theo Lan Nguyễn/Báo Hải Dương',
    '2022-01-17',
    '004_147f3250ac524d5c.txt',
  ),
  /** Not from any seed article: the public DTI 2022 results. */
  dti2022: {
    title: 'Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2022 — không lấy từ bài báo ký kết',
    publisher: 'Bộ Thông tin và Truyền thông, Cổng thông tin DTI',
    publishedOn: null,
    url: 'https://dti.gov.vn',
    seedFile: null,
  },
} as const;

/** The evidence of a baseline: the seed article, or (for a figure from outside the articles) its public source. */
const articleEvidence = (s: SourceDocument): Evidence => ({ documentNumber: null, title: s.seedFile ? `Bài báo: ${s.title}` : s.title, url: s.url });

// ---------------------------------------------------------------------------------------------
// Commitments: a compact builder that fills the defaults
// ---------------------------------------------------------------------------------------------

interface CommitmentInput {
  clause: string;
  title: string;
  description?: string;
  pillar: Pillar;
  kind: CommitmentKind;
  unit?: string;
  baseline?: { value: number | null; qualifier?: 'over' | 'about' | 'under' | null; asOf: string; note: string; source: SourceDocument };
  target?: number | null;
  targetNote?: string;
  dueOn?: string | null;
  lead: string;
  support?: string[];
  territory?: string | null;
  territoryNote?: string;
  cadence?: ReportingCadence;
  checkIns?: CheckIn[];
}

function commitmentsOf(agreementId: string, items: CommitmentInput[]): Commitment[] {
  return items.map((c, index) => ({
    ...meta(`${agreementId}-c${String(index + 1).padStart(2, '0')}`),
    agreementId,
    clause: c.clause,
    title: c.title,
    description: c.description ?? '',
    pillar: c.pillar,
    kind: c.kind,
    unit: c.unit ?? (c.kind === 'rank' ? 'hạng' : ''),
    baseline: c.baseline
      ? {
          value: c.baseline.value,
          qualifier: c.baseline.qualifier ?? null,
          asOf: c.baseline.asOf,
          note: c.baseline.note,
          evidence: [articleEvidence(c.baseline.source)],
        }
      : { value: null, qualifier: null, asOf: null, note: '', evidence: [] },
    milestones: [],
    target: c.target ?? null,
    targetNote: c.targetNote ?? (c.kind === 'qualitative' ? '' : 'Văn bản không nêu chỉ tiêu bằng số.'),
    dueOn: c.dueOn ?? null,
    leadPartyId: c.lead,
    supportPartyIds: c.support ?? [],
    territoryUnitId: c.territory ?? null,
    territoryNote: c.territoryNote ?? '',
    cadence: c.cadence ?? (c.kind === 'rank' ? 'yearly' : 'half-yearly'),
    manualStatus: null,
    checkIns: c.checkIns ?? [],
    revisions: [],
  }));
}

/** An illustrative check-in: not a reported fact, always shown as sample data. */
function sampleCheckIn(id: string, asOf: string, value: number, narrative: string): CheckIn {
  return {
    ...meta(id),
    asOf,
    value,
    done: null,
    qualifier: null,
    narrative,
    evidence: [],
    reportedBy: 'Dữ liệu minh họa',
    enteredAt: DEMO_TIMESTAMP,
    sample: true,
  };
}

// ---------------------------------------------------------------------------------------------
// 1. Hải Dương – Viettel, 2022-2025 (seed 000)
// ---------------------------------------------------------------------------------------------

const HD_VIETTEL = 'agr-hai-duong-viettel-2022';
const haiDuongViettel: Agreement = {
  ...meta(HD_VIETTEL),
  kind: 'cooperation-agreement',
  title: 'Thỏa thuận hợp tác về chuyển đổi số giai đoạn 2022-2025 giữa UBND tỉnh Hải Dương và Tập đoàn Viettel',
  documentNumber: null,
  signedOn: '2022-03-09',
  signedPlace: 'Trụ sở Tập đoàn Viettel, TP Hà Nội',
  signedOnline: false,
  partyIds: ['ubnd-hai-duong', 'viettel'],
  signatories: [
    { partyId: 'ubnd-hai-duong', name: 'Triệu Thế Hùng', title: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hải Dương', capacity: null },
    { partyId: 'viettel', name: 'Tào Đức Thắng', title: 'Đại tá, Chủ tịch kiêm Tổng Giám đốc Tập đoàn Viettel', capacity: null },
  ],
  period: { startYear: 2022, endYear: 2025 },
  predecessorId: null,
  predecessorNote: null,
  legalBases: [
    {
      reference: 'QĐ 942/QĐ-TTg',
      issuedOn: '2021-06-15',
      title: 'Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021-2025, định hướng đến năm 2030',
    },
  ],
  governance: { steeringCommitteeHead: null, executiveBoardHead: null, note: 'Hai bên thực hiện ngay các nội dung hợp tác trên tinh thần “5 rõ”.' },
  sources: [SRC.haiDuongViettel],
  signatoryUnitId: 'hai-duong',
  responsibleUnitId: 'hai-phong',
  summary:
    'Chuyển đổi tổng thể, toàn diện từ cơ quan nhà nước đến người dân, doanh nghiệp; phát triển chính quyền điện tử hướng tới chính quyền số; đưa Hải Dương sớm trở thành một trong những tỉnh đi đầu cả nước về CĐS với 3 trụ cột chính quyền số - kinh tế số - xã hội số.',
  attendees: [
    'Phạm Xuân Thăng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh',
    'Lê Văn Hiệu, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh',
  ],
  archived: false,
};

const haiDuongViettelCommitments = commitmentsOf(HD_VIETTEL, [
  { clause: '1', title: 'Hỗ trợ, tham vấn xây dựng chiến lược, cơ chế, chính sách, kế hoạch chuyển đổi số của tỉnh', pillar: 'digital-government', kind: 'qualitative', lead: 'viettel', support: ['ubnd-hai-duong'], description: 'Bảo đảm hoàn thành sớm, toàn diện các chỉ tiêu theo QĐ 942/QĐ-TTg.' },
  { clause: '2', title: 'Xây dựng hạ tầng viễn thông - CNTT phục vụ kết nối, điều hành chính quyền số, kinh tế số, xã hội số', pillar: 'digital-infrastructure', kind: 'qualitative', lead: 'viettel', territory: 'hai-duong' },
  { clause: '3', title: 'Cung cấp dịch vụ, giải pháp an toàn thông tin cho các hệ thống ứng dụng nền tảng của tỉnh', pillar: 'information-security', kind: 'qualitative', lead: 'viettel' },
  { clause: '4', title: 'Hỗ trợ doanh nghiệp, hộ gia đình bán sản phẩm, dịch vụ qua sàn thương mại điện tử voso.vn', pillar: 'digital-economy', kind: 'qualitative', lead: 'viettel', territory: 'hai-duong' },
  { clause: '5', title: 'Đẩy mạnh thanh toán không dùng tiền mặt: dịch vụ công, học phí qua ứng dụng ViettelPay', pillar: 'digital-economy', kind: 'qualitative', lead: 'viettel', territory: 'hai-duong' },
  { clause: '6', title: 'Triển khai các tuyến xe khách công cộng văn minh, thông minh và hoạt động logistics số', pillar: 'smart-city', kind: 'qualitative', lead: 'viettel' },
  { clause: '7', title: 'Hỗ trợ, tham vấn xây dựng kế hoạch CĐS ngành y tế, giáo dục và đào tạo giai đoạn 2022-2025', pillar: 'digital-society', kind: 'milestone', lead: 'viettel', support: ['ubnd-hai-duong'], targetNote: 'Văn bản không nêu thời hạn cụ thể.' },
  { clause: '8', title: 'Triển khai mô hình đô thị thông minh trên địa bàn tỉnh', pillar: 'smart-city', kind: 'milestone', lead: 'viettel', support: ['ubnd-hai-duong'], territory: 'hai-duong', targetNote: 'Văn bản không nêu thời hạn cụ thể.' },
  { clause: '9', title: 'Hợp tác, tham vấn giải pháp CĐS trong lĩnh vực du lịch, tài nguyên và môi trường', pillar: 'digital-economy', kind: 'qualitative', lead: 'viettel' },
]);

// ---------------------------------------------------------------------------------------------
// 2. Thanh Hóa – VNPT, 2021-2025 (seed 001)
// ---------------------------------------------------------------------------------------------

const TH_VNPT = 'agr-thanh-hoa-vnpt-2021';
const RESULTS_2015_2020 = 'Kết quả thỏa thuận giai đoạn 2015-2020, nêu tại lễ ký ngày 11/11/2021.';
const thBaseline = (value: number, note: string, qualifier: 'over' | null = null) => ({
  value,
  qualifier,
  asOf: '2021-11-11',
  note: `${RESULTS_2015_2020} ${note}`.trim(),
  source: SRC.thanhHoaVnpt,
});

const thanhHoaVnpt: Agreement = {
  ...meta(TH_VNPT),
  kind: 'cooperation-agreement',
  title: 'Thỏa thuận hợp tác về thúc đẩy triển khai chính quyền số, xã hội số, kinh tế số giai đoạn 2021-2025 giữa UBND tỉnh Thanh Hóa và Tập đoàn VNPT',
  documentNumber: null,
  signedOn: '2021-11-11',
  signedPlace: 'Trực tuyến: điểm cầu trụ sở UBND tỉnh Thanh Hóa và điểm cầu trụ sở Tập đoàn VNPT',
  signedOnline: true,
  partyIds: ['ubnd-thanh-hoa', 'vnpt'],
  signatories: [
    { partyId: 'ubnd-thanh-hoa', name: 'Mai Xuân Liêm', title: 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Thanh Hóa', capacity: null },
    { partyId: 'vnpt', name: 'Huỳnh Quang Liêm', title: 'Tổng Giám đốc Tập đoàn VNPT', capacity: null },
  ],
  period: { startYear: 2021, endYear: 2025 },
  predecessorId: null,
  predecessorNote: 'Thỏa thuận hợp tác chiến lược về viễn thông và công nghệ thông tin giai đoạn 2015-2020 (ký năm 2015)',
  legalBases: [
    { reference: 'NĐ 154/2013/NĐ-CP', issuedOn: null, title: 'Quy định về khu công nghệ thông tin tập trung' },
  ],
  governance: { steeringCommitteeHead: null, executiveBoardHead: null, note: 'Sở Thông tin và Truyền thông thông qua nội dung thỏa thuận tại lễ ký.' },
  sources: [SRC.thanhHoaVnpt],
  signatoryUnitId: 'thanh-hoa',
  responsibleUnitId: 'thanh-hoa',
  summary:
    'Thúc đẩy triển khai chính quyền số, xã hội số, kinh tế số; lấy người dân là trung tâm của chuyển đổi số. Tỉnh đề nghị VNPT ưu tiên đầu tư nguồn lực, triển khai sớm hạ tầng 5G, hỗ trợ xây dựng khu CNTT tập trung.',
  attendees: ['Mai Xuân Liêm, Phó Chủ tịch UBND tỉnh (điểm cầu Thanh Hóa)', 'Huỳnh Quang Liêm, Tổng Giám đốc VNPT (điểm cầu VNPT)'],
  archived: false,
};

const thanhHoaVnptCommitments = commitmentsOf(TH_VNPT, [
  { clause: '1', title: 'Tuyên truyền nâng cao nhận thức về chuyển đổi số đối với cơ quan, tổ chức, người dân và doanh nghiệp', pillar: 'digital-society', kind: 'qualitative', lead: 'vnpt', support: ['ubnd-thanh-hoa'] },
  { clause: '2', title: 'Phát triển ứng dụng trên thiết bị di động để người dân tương tác với chính quyền', pillar: 'digital-government', kind: 'milestone', lead: 'vnpt', targetNote: 'Văn bản không nêu thời hạn cụ thể.' },
  { clause: '3', title: 'Hạ tầng đường truyền cáp quang đến cơ quan Đảng, chính quyền, trường học, cơ sở y tế các cấp', pillar: 'digital-infrastructure', kind: 'capped-percentage', unit: '%', lead: 'vnpt', territory: 'thanh-hoa', baseline: thBaseline(100, 'Quang hóa 100% hạ tầng đường truyền đến các cơ quan Đảng, chính quyền, tổ chức, doanh nghiệp, trường học, cơ sở y tế các cấp.') },
  { clause: '3', title: 'Truyền hình hội nghị: điểm cầu cấp huyện', pillar: 'digital-government', kind: 'cumulative-count', unit: 'đơn vị cấp huyện', lead: 'vnpt', territory: 'thanh-hoa', territoryNote: 'Cấp huyện đã kết thúc hoạt động từ 01/7/2025 (chính quyền hai cấp).', baseline: thBaseline(27, 'Cung cấp đường truyền và vận hành truyền hình hội nghị cho 27 đơn vị cấp huyện.') },
  {
    clause: '3',
    title: 'Truyền hình hội nghị: điểm cầu cấp xã',
    pillar: 'digital-government',
    kind: 'cumulative-count',
    unit: 'đơn vị cấp xã',
    lead: 'vnpt',
    territory: 'thanh-hoa',
    territoryNote: '559 là số đơn vị cấp xã năm 2021. Từ 01/7/2025 các đơn vị hành chính cấp xã đã được sắp xếp lại (chính quyền hai cấp), nên số đơn vị cấp xã hiện nay khác và không so sánh trực tiếp với 559.',
    baseline: thBaseline(559, 'Cung cấp đường truyền và vận hành truyền hình hội nghị cho 559 đơn vị cấp xã.') },
  { clause: '3', title: 'Kết nối mạng cho các Đảng bộ trực thuộc Đảng ủy khối Cơ quan và Doanh nghiệp tỉnh', pillar: 'digital-government', kind: 'cumulative-count', unit: 'Đảng bộ', lead: 'vnpt', territory: 'thanh-hoa', baseline: thBaseline(65, 'Kết nối cho 65 Đảng bộ trực thuộc.') },
  { clause: '4', title: 'Tỷ lệ văn bản điện tử có ký số', pillar: 'digital-government', kind: 'capped-percentage', unit: '%', lead: 'ubnd-thanh-hoa', support: ['vnpt'], territory: 'thanh-hoa', baseline: thBaseline(98, 'Từ 01/9/2020 làm việc trên môi trường mạng ở cả 3 cấp; tỷ lệ văn bản điện tử có ký số đạt trên 98%.', 'over') },
  { clause: '4', title: 'Dịch vụ công kết nối với Cổng Dịch vụ công quốc gia', pillar: 'digital-government', kind: 'cumulative-count', unit: 'dịch vụ', lead: 'ubnd-thanh-hoa', support: ['vnpt'], territory: 'thanh-hoa', baseline: thBaseline(615, '615 dịch vụ công kết nối Cổng DVC quốc gia, xếp thứ 3 toàn quốc.') },
  { clause: '4', title: 'Xếp hạng mức độ ứng dụng CNTT của tỉnh trên toàn quốc', pillar: 'index-ranks', kind: 'rank', lead: 'ubnd-thanh-hoa', support: ['vnpt'], territory: 'thanh-hoa', baseline: thBaseline(8, 'Xếp thứ 8 toàn quốc về mức độ ứng dụng CNTT.') },
  { clause: '5', title: 'Triển khai sớm hạ tầng mạng 5G', description: 'Đề nghị của Phó Chủ tịch UBND tỉnh tại lễ ký.', pillar: 'digital-infrastructure', kind: 'milestone', lead: 'vnpt', territory: 'thanh-hoa', targetNote: 'Văn bản không nêu thời hạn cụ thể.' },
  { clause: '5', title: 'Hỗ trợ đầu tư xây dựng khu công nghệ thông tin tập trung của tỉnh (theo NĐ 154/2013/NĐ-CP)', description: 'Đề nghị của Phó Chủ tịch UBND tỉnh tại lễ ký.', pillar: 'innovation', kind: 'milestone', lead: 'vnpt', support: ['ubnd-thanh-hoa'], targetNote: 'Văn bản không nêu thời hạn cụ thể.' },
  { clause: '6', title: 'Phát triển nền tảng cho chuyển đổi số: hạ tầng số, dữ liệu số, nền tảng số, nguồn lực số', pillar: 'digital-infrastructure', kind: 'qualitative', lead: 'vnpt' },
  { clause: '7', title: 'Phát triển kinh tế số: CĐS doanh nghiệp, thương mại điện tử, du lịch thông minh, doanh nghiệp công nghệ số', pillar: 'digital-economy', kind: 'qualitative', lead: 'vnpt' },
  { clause: '8', title: 'Phát triển xã hội số dựa trên công dân số; hỗ trợ, bảo vệ người dân trước tác động tiêu cực của công nghệ số', pillar: 'digital-society', kind: 'qualitative', lead: 'vnpt', support: ['ubnd-thanh-hoa'] },
  { clause: '9', title: 'Bảo đảm an toàn, an ninh mạng; tham gia mạng lưới ứng cứu sự cố máy tính trên địa bàn tỉnh', pillar: 'information-security', kind: 'qualitative', lead: 'vnpt' },
  { clause: '6', title: 'Hợp tác xây dựng chính quyền số, nâng cao chất lượng phục vụ người dân, doanh nghiệp và hiệu quả hoạt động của bộ máy hành chính các cấp', pillar: 'digital-government', kind: 'qualitative', lead: 'vnpt', support: ['ubnd-thanh-hoa'] },
  {
    clause: '5',
    title: 'Nghiên cứu xây dựng, triển khai các ứng dụng CNTT, viễn thông phục vụ cơ quan, doanh nghiệp và người dân, đặc biệt trong xây dựng đô thị thông minh, chính quyền số, kinh tế số, xã hội số',
    description: 'Đề nghị của Phó Chủ tịch UBND tỉnh tại lễ ký.',
    pillar: 'smart-city',
    kind: 'qualitative',
    lead: 'vnpt',
    territory: 'thanh-hoa',
  },
]);

// ---------------------------------------------------------------------------------------------
// 3. Hải Dương – FPT, 2021-2025 (seed 002)
// ---------------------------------------------------------------------------------------------

const HD_FPT = 'agr-hai-duong-fpt-2021';
const haiDuongFpt: Agreement = {
  ...meta(HD_FPT),
  kind: 'cooperation-agreement',
  title: 'Thỏa thuận hợp tác về chuyển đổi số giai đoạn 2021-2025 giữa tỉnh Hải Dương và Công ty Cổ phần FPT',
  documentNumber: null,
  signedOn: '2021-08-24',
  signedPlace: 'Hội nghị trực tuyến',
  signedOnline: true,
  partyIds: ['ubnd-hai-duong', 'fpt'],
  signatories: [
    { partyId: 'ubnd-hai-duong', name: 'Triệu Thế Hùng', title: 'Chủ tịch UBND tỉnh Hải Dương', capacity: null },
    { partyId: 'fpt', name: 'Trương Gia Bình', title: 'Chủ tịch Hội đồng quản trị Tập đoàn FPT', capacity: null },
  ],
  period: { startYear: 2021, endYear: 2025 },
  predecessorId: null,
  predecessorNote: null,
  legalBases: [],
  governance: {
    steeringCommitteeHead: 'Phạm Xuân Thăng, Bí thư Tỉnh ủy (quyết định của Ban Thường vụ Tỉnh ủy)',
    executiveBoardHead: 'Triệu Thế Hùng, Chủ tịch UBND tỉnh (quyết định của UBND tỉnh)',
    note: 'Có Tổ thư ký giúp việc Ban Chỉ đạo và Ban Điều hành.',
  },
  sources: [SRC.haiDuongFpt],
  signatoryUnitId: 'hai-duong',
  responsibleUnitId: 'hai-phong',
  summary:
    'FPT hỗ trợ, tham vấn tỉnh xây dựng và triển khai cơ chế, chính sách, chương trình, kế hoạch CĐS; cải thiện PCI, DTI, PAR INDEX; tham vấn kiến trúc, mô hình tổng thể CĐS và đô thị thông minh; thí điểm đô thị thông minh tại một đô thị.',
  attendees: ['Phạm Xuân Thăng, Bí thư Tỉnh ủy'],
  archived: false,
};

const haiDuongFptCommitments = commitmentsOf(HD_FPT, [
  { clause: '1', title: 'Hỗ trợ, tham vấn xây dựng và triển khai cơ chế, chính sách, chương trình, kế hoạch về chuyển đổi số', pillar: 'digital-government', kind: 'qualitative', lead: 'fpt', support: ['ubnd-hai-duong'] },
  { clause: '2', title: 'Cải thiện chỉ số năng lực cạnh tranh cấp tỉnh (PCI)', pillar: 'index-ranks', kind: 'rank', lead: 'ubnd-hai-duong', support: ['fpt'], territory: 'hai-duong' },
  { clause: '2', title: 'Cải thiện chỉ số chuyển đổi số cấp tỉnh (DTI)', pillar: 'index-ranks', kind: 'rank', lead: 'ubnd-hai-duong', support: ['fpt'], territory: 'hai-duong' },
  { clause: '2', title: 'Cải thiện chỉ số cải cách hành chính (PAR INDEX)', pillar: 'index-ranks', kind: 'rank', lead: 'ubnd-hai-duong', support: ['fpt'], territory: 'hai-duong' },
  { clause: '3', title: 'Đánh giá hiện trạng, tham vấn quy hoạch, kiến trúc, mô hình tổng thể về chuyển đổi số và đô thị thông minh', pillar: 'digital-government', kind: 'milestone', lead: 'fpt', targetNote: 'Văn bản không nêu thời hạn cụ thể.' },
  { clause: '4', title: 'Thúc đẩy phát triển kinh tế số, xã hội số; chuyển đổi số cho doanh nghiệp và hộ gia đình', pillar: 'digital-economy', kind: 'qualitative', lead: 'fpt', territory: 'hai-duong' },
  { clause: '5', title: 'Phối hợp triển khai các chương trình đào tạo', pillar: 'human-resources', kind: 'qualitative', lead: 'fpt' },
  { clause: '6', title: 'Rà soát, xây dựng thí điểm đô thị thông minh đối với một đô thị trên địa bàn tỉnh', pillar: 'smart-city', kind: 'milestone', lead: 'fpt', support: ['ubnd-hai-duong'], territory: 'hai-duong', targetNote: 'Văn bản không nêu thời hạn cụ thể.' },
  { clause: '—', title: 'Có sản phẩm chuyển đổi số ứng dụng trong thực tiễn ngay trong năm 2021', description: 'Chỉ đạo của Bí thư Tỉnh ủy tại hội nghị ký kết: “Phấn đấu trong năm 2021 có sản phẩm chuyển đổi số ứng dụng trong thực tiễn”.', pillar: 'digital-government', kind: 'milestone', lead: 'fpt', support: ['ubnd-hai-duong'], dueOn: '2021-12-31', targetNote: 'Thời hạn: trong năm 2021.' },
]);

// ---------------------------------------------------------------------------------------------
// 4. Phú Thọ – Viettel, 2025-2030 (seed 003)
// ---------------------------------------------------------------------------------------------

const PT_VIETTEL = 'agr-phu-tho-viettel-2025';
const RESULTS_2023_2025 = 'Kết quả thỏa thuận giai đoạn 2023-2025, nêu tại hội nghị ký kết ngày 21/8/2025.';
const ptBaseline = (value: number | null, note: string, qualifier: 'over' | null = null) => ({
  value,
  qualifier,
  asOf: '2025-08-21',
  note: `${RESULTS_2023_2025} ${note}`.trim(),
  source: SRC.phuThoViettel,
});
const PT_TERRITORY_NOTE = 'Số liệu công bố ngày 21/8/2025, sau hợp nhất; bài báo không nói rõ đo trên địa bàn tỉnh cũ hay tỉnh mới.';

const phuThoViettel: Agreement = {
  ...meta(PT_VIETTEL),
  kind: 'cooperation-agreement',
  title: 'Thỏa thuận hợp tác về chuyển đổi số giai đoạn 2025-2030 giữa UBND tỉnh Phú Thọ và Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)',
  documentNumber: null,
  signedOn: '2025-08-21',
  signedPlace: null,
  signedOnline: false,
  partyIds: ['ubnd-phu-tho', 'viettel'],
  signatories: [
    { partyId: 'ubnd-phu-tho', name: 'Trần Duy Đông', title: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Phú Thọ', capacity: null },
    { partyId: 'viettel', name: 'Tào Đức Thắng', title: 'Trung tướng, Chủ tịch kiêm Tổng Giám đốc Viettel', capacity: null },
  ],
  period: { startYear: 2025, endYear: 2030 },
  predecessorId: null,
  predecessorNote: 'Thỏa thuận hợp tác về chuyển đổi số giai đoạn 2023-2025 giữa UBND tỉnh Phú Thọ và Tập đoàn Viettel',
  legalBases: [
    { reference: 'NQ 57-NQ/TW', issuedOn: '2024-12-22', title: 'Nghị quyết của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia' },
    { reference: 'NQ 71/NQ-CP', issuedOn: '2025-04-01', title: 'Nghị quyết của Chính phủ về Chương trình hành động thực hiện Nghị quyết 57-NQ/TW (sửa đổi, bổ sung)' },
  ],
  governance: { steeringCommitteeHead: null, executiveBoardHead: null, note: null },
  sources: [SRC.phuThoViettel],
  signatoryUnitId: 'phu-tho',
  responsibleUnitId: 'phu-tho',
  summary:
    'Viettel đồng hành cùng tỉnh thực hiện NQ 57-NQ/TW và NQ 71/NQ-CP; đẩy mạnh hạ tầng số, chính quyền số và xã hội số với 10 nội dung cụ thể; từng bước nâng thứ hạng DTI, PII, PCI, PAPI, PAR INDEX, SIPAS hằng năm. Bài báo chỉ nêu một số trong 10 nội dung (“như: …”), nên các nội dung cam kết dưới đây chưa đủ 10 nội dung của thỏa thuận.',
  attendees: [
    'Đặng Xuân Phong, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy',
    'Trần Duy Đông, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
    'Vi Mạnh Hùng, Ủy viên BTV Tỉnh ủy, Tổng Biên tập Báo và Phát thanh, truyền hình tỉnh',
    'Nguyễn Việt Cường, Ủy viên BTV Tỉnh ủy, Giám đốc Sở Nội vụ',
    'Dương Hoàng Hương, Ủy viên BTV Tỉnh ủy, Giám đốc Sở VH-TT&DL',
    'Nguyễn Huy Ngọc, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh',
  ],
  archived: false,
};

const rankCommitment = (index: string, name: string): CommitmentInput => ({
  clause: '—',
  title: `Nâng thứ hạng ${index} (${name}) hằng năm`,
  pillar: 'index-ranks',
  kind: 'rank',
  lead: 'ubnd-phu-tho',
  support: ['viettel'],
  territory: 'phu-tho',
});

const phuThoViettelCommitments = commitmentsOf(PT_VIETTEL, [
  { clause: '1', title: 'Xây dựng cơ chế, chính sách thúc đẩy chuyển đổi số trên địa bàn tỉnh', pillar: 'digital-government', kind: 'qualitative', lead: 'viettel', support: ['ubnd-phu-tho'] },
  { clause: '2', title: 'Tư vấn công tác chuyển đổi số đối với từng ngành, lĩnh vực, cơ quan, đơn vị trên địa bàn tỉnh', pillar: 'digital-government', kind: 'qualitative', lead: 'viettel' },
  { clause: '3', title: 'Tư vấn, hỗ trợ triển khai nền tảng số, hệ thống thông tin, cơ sở dữ liệu; kết nối, liên thông giữa Trung ương và tỉnh', pillar: 'digital-government', kind: 'qualitative', lead: 'viettel', baseline: ptBaseline(null, 'Giai đoạn 3 hệ thống kênh số liệu chuyên dùng 4 cấp: đã thông kết nối toàn bộ các kênh truyền tới các xã, phường trên địa bàn tỉnh.') },
  {
    clause: '4',
    title: 'Tỷ lệ dân số được phủ sóng 4G/5G',
    pillar: 'digital-infrastructure',
    kind: 'capped-percentage',
    unit: '% dân số',
    lead: 'viettel',
    territory: 'phu-tho',
    territoryNote: PT_TERRITORY_NOTE,
    baseline: ptBaseline(96, 'Sóng 4G/5G phủ trên 96% dân số.', 'over'),
    targetNote: 'Văn bản không nêu chỉ tiêu bằng số. “Phủ sóng 4G trên toàn tỉnh” là một nội dung riêng của thỏa thuận (xem nội dung cam kết đó), không phải chỉ tiêu của tỷ lệ này.',
    cadence: 'half-yearly',
    checkIns: [
      sampleCheckIn(`${PT_VIETTEL}-c04-s1`, '2025-12-31', 97, 'Số liệu minh họa, không phải số liệu báo cáo.'),
      sampleCheckIn(`${PT_VIETTEL}-c04-s2`, '2026-06-30', 98, 'Số liệu minh họa, không phải số liệu báo cáo.'),
    ],
  },
  { clause: '4', title: 'Vùng phủ sóng 4G/5G theo diện tích', pillar: 'digital-infrastructure', kind: 'capped-percentage', unit: '% diện tích', lead: 'viettel', territory: 'phu-tho', territoryNote: PT_TERRITORY_NOTE, baseline: ptBaseline(90, 'Sóng 4G/5G phủ hơn 90% diện tích toàn tỉnh.', 'over') },
  { clause: '4', title: 'Hạ tầng mạng lưới phủ sóng dân số', pillar: 'digital-infrastructure', kind: 'capped-percentage', unit: '% dân số', lead: 'viettel', territory: 'phu-tho', territoryNote: PT_TERRITORY_NOTE, baseline: ptBaseline(99, 'Hạ tầng mạng lưới phủ sóng tới 99% dân số.') },
  {
    clause: '4',
    title: 'Phát triển hạ tầng trạm phát sóng di động (2G, 3G, 4G, 5G)',
    pillar: 'digital-infrastructure',
    kind: 'cumulative-count',
    unit: 'vị trí trạm',
    lead: 'viettel',
    territory: 'phu-tho',
    territoryNote: PT_TERRITORY_NOTE,
    baseline: ptBaseline(2283, 'Viettel đã triển khai trên địa bàn tỉnh 2.283 vị trí trạm 2G, 3G, 4G và 5G.'),
    checkIns: [
      sampleCheckIn(`${PT_VIETTEL}-c07-s1`, '2025-12-31', 2350, 'Số liệu minh họa, không phải số liệu báo cáo.'),
      sampleCheckIn(`${PT_VIETTEL}-c07-s2`, '2026-06-30', 2410, 'Số liệu minh họa, không phải số liệu báo cáo.'),
    ],
  },
  { clause: '4', title: 'Triển khai, mở rộng vùng phủ sóng 5G', pillar: 'digital-infrastructure', kind: 'qualitative', lead: 'viettel', territory: 'phu-tho' },
  { clause: '4', title: 'Hạ tầng viễn thông thụ động, hạ tầng mạng cáp quang tại các khu vực cần thiết', pillar: 'digital-infrastructure', kind: 'qualitative', lead: 'viettel', territory: 'phu-tho' },
  { clause: '5', title: 'Tư vấn, hỗ trợ xây dựng đô thị thông minh, triển khai mô hình xã/phường thông minh', pillar: 'smart-city', kind: 'milestone', lead: 'viettel', support: ['ubnd-phu-tho'], territory: 'phu-tho', targetNote: 'Văn bản không nêu thời hạn cụ thể.' },
  {
    ...rankCommitment('DTI', 'chỉ số chuyển đổi số cấp tỉnh'),
    territoryNote: 'Hạng DTI 2022 là của tỉnh Phú Thọ cũ (trước hợp nhất 01/7/2025), trên 63 tỉnh, thành: không so sánh trực tiếp với tỉnh Phú Thọ mới trên 34 tỉnh, thành.',
    baseline: {
      value: 23,
      asOf: '2022-12-31',
      note: 'Hạng DTI năm 2022 của tỉnh Phú Thọ (cũ): 23/63. Không lấy từ bài báo ký kết: theo kết quả DTI 2022 do Bộ Thông tin và Truyền thông công bố.',
      source: SRC.dti2022,
    },
  },
  rankCommitment('PII', 'chỉ số đổi mới sáng tạo cấp địa phương'),
  rankCommitment('PCI', 'chỉ số năng lực cạnh tranh cấp tỉnh'),
  rankCommitment('PAPI', 'chỉ số hiệu quả quản trị và hành chính công'),
  rankCommitment('PAR INDEX', 'chỉ số cải cách hành chính'),
  rankCommitment('SIPAS', 'chỉ số hài lòng về sự phục vụ hành chính'),
  { clause: '4', title: 'Phủ sóng 4G trên toàn tỉnh', pillar: 'digital-infrastructure', kind: 'milestone', lead: 'viettel', territory: 'phu-tho', targetNote: 'Văn bản không nêu thời hạn cụ thể và không nêu chỉ tiêu bằng số; tỷ lệ dân số được phủ sóng 4G/5G (trên 96%) là một chỉ tiêu riêng.' },
]);

// ---------------------------------------------------------------------------------------------
// 5. Hải Dương – Liên minh SAIGONTEL–NGS, MOU (seed 004)
// ---------------------------------------------------------------------------------------------

const HD_SGT = 'agr-hai-duong-saigontel-ngs-2022';
const haiDuongSaigontel: Agreement = {
  ...meta(HD_SGT),
  kind: 'memorandum-of-understanding',
  title: 'Biên bản ghi nhớ hợp tác giữa UBND tỉnh Hải Dương và Liên minh SAIGONTEL–NGS về chuyển đổi số và tư vấn đầu tư Trung tâm Đổi mới sáng tạo',
  documentNumber: null,
  signedOn: '2022-01-17',
  signedPlace: 'Buổi làm việc của Thường trực Tỉnh ủy Hải Dương',
  signedOnline: false,
  partyIds: ['ubnd-hai-duong', 'lien-minh-saigontel-ngs'],
  signatories: [
    { partyId: 'ubnd-hai-duong', name: 'Nguyễn Cao Thắng', title: 'Giám đốc Sở Thông tin và Truyền thông tỉnh Hải Dương', capacity: 'Thừa ủy quyền UBND tỉnh' },
    { partyId: 'lien-minh-saigontel-ngs', name: null, title: 'Đại diện Liên minh SAIGONTEL–NGS (bài báo không nêu tên)', capacity: null },
  ],
  period: null,
  predecessorId: null,
  predecessorNote: null,
  legalBases: [],
  governance: { steeringCommitteeHead: null, executiveBoardHead: null, note: 'Thường trực Tỉnh ủy cho ý kiến về nội dung hợp tác trước khi ký.' },
  sources: [SRC.haiDuongSaigontel],
  signatoryUnitId: 'hai-duong',
  responsibleUnitId: 'hai-phong',
  summary:
    'Hợp tác về chuyển đổi số và tư vấn đầu tư Trung tâm Đổi mới sáng tạo tư nhân tại khu kinh tế chuyên biệt của tỉnh; tỉnh cam kết tạo thuận lợi nhất về cơ chế, tập trung xây dựng xã hội số.',
  attendees: ['Phạm Xuân Thăng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh'],
  archived: false,
};

const haiDuongSaigontelCommitments = commitmentsOf(HD_SGT, [
  { clause: '1', title: 'Khảo sát, đánh giá hiện trạng; tham vấn xây dựng chiến lược, kiến trúc, mô hình tổng thể về CĐS và lộ trình triển khai', pillar: 'digital-government', kind: 'milestone', lead: 'lien-minh-saigontel-ngs', targetNote: 'Biên bản không nêu thời hạn.' },
  { clause: '2', title: 'Khảo sát, tham vấn triển khai nền tảng xã hội số', pillar: 'digital-society', kind: 'qualitative', lead: 'lien-minh-saigontel-ngs' },
  { clause: '3', title: 'Tư vấn đầu tư Trung tâm Đổi mới sáng tạo của tỉnh', description: 'Trung tâm Đổi mới sáng tạo tư nhân tại khu kinh tế chuyên biệt của tỉnh.', pillar: 'innovation', kind: 'milestone', lead: 'lien-minh-saigontel-ngs', support: ['ubnd-hai-duong'], territory: 'hai-duong', targetNote: 'Biên bản không nêu thời hạn.' },
  { clause: '—', title: 'Tỉnh tạo thuận lợi nhất về cơ chế; lãnh đạo, chỉ đạo, tạo nguồn lực triển khai CĐS', pillar: 'digital-government', kind: 'qualitative', lead: 'ubnd-hai-duong' },
]);

/** A fresh copy of the demo data set (callers may write it to the database). */
/**
 * Records corrected against the seeds on 2 December 2026 (sources, summaries, the 4G/5G figure).
 * Their `updatedAt` says so: a laptop holding the demo as it was before imports them as later
 * edits, not as a tie with the old text (see domain/sync/hlc.ts, legacyHlc).
 */
const CORRECTED_ON = '2026-12-02T00:00:00.000Z';
const CORRECTED = new Set([
  'agr-thanh-hoa-vnpt-2021',
  'agr-phu-tho-viettel-2025',
  'agr-hai-duong-saigontel-ngs-2022',
  'agr-thanh-hoa-vnpt-2021-c05',
  'agr-phu-tho-viettel-2025-c04',
  'agr-phu-tho-viettel-2025-c11',
]);

export function buildDemoData(): Dataset {
  const corrected = <T extends { id: string; updatedAt: string }>(r: T): T => (CORRECTED.has(r.id) ? { ...r, updatedAt: CORRECTED_ON } : r);
  return structuredClone({
    units,
    parties,
    agreements: [haiDuongViettel, thanhHoaVnpt, haiDuongFpt, phuThoViettel, haiDuongSaigontel].map(corrected),
    commitments: [
      ...haiDuongViettelCommitments,
      ...thanhHoaVnptCommitments,
      ...haiDuongFptCommitments,
      ...phuThoViettelCommitments,
      ...haiDuongSaigontelCommitments,
    ].map(corrected),
  });
}
