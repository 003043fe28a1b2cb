/**
 * Commitment templates: the indicators agreements usually commit to, from the national programmes
 * (QĐ 749, 942, 411, 1132/QĐ-TTg; NQ 57-NQ/TW) and the yearly indices (DTI, PCI, PAR INDEX …).
 * A template fills a new commitment's kind, unit, direction (which follows from the kind: a rank is
 * "lower is better", everything else "higher is better"), pillar and reporting cadence.
 * Users add their own; those are stored records of the same shape (see data/repositories/templates).
 */
import * as v from 'valibot';
import { COMMITMENT_KINDS, EXPECTATIONS, PILLARS, REPORTING_CADENCES, type CommitmentKind, type Expectation, type Pillar, type ReportingCadence } from '../model';

export interface CommitmentTemplate {
  id: string;
  /** Vietnamese title, used as the new commitment's title. */
  title: string;
  /** English title, shown in the picker when the interface is in English. */
  titleEn: string;
  kind: CommitmentKind;
  unit: string;
  pillar: Pillar;
  cadence: ReportingCadence;
  expectation?: Expectation;
  /** For a share or a count that should fall (processing time, incidents). */
  lowerIsBetter?: boolean;
  /** The national target it serves, e.g. "QĐ 749/QĐ-TTg: 80% năm 2025". */
  basis: string;
  /** A user's own template (stored), rather than a built-in one. */
  custom?: boolean;
}

export const CustomTemplateSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  title: v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(2_000, 'too-long')),
  titleEn: v.string(),
  kind: v.picklist(COMMITMENT_KINDS, 'unknown-value'),
  unit: v.string(),
  pillar: v.picklist(PILLARS, 'unknown-value'),
  cadence: v.picklist(REPORTING_CADENCES, 'unknown-value'),
  expectation: v.optional(v.picklist(EXPECTATIONS, 'unknown-value')),
  lowerIsBetter: v.optional(v.boolean()),
  basis: v.string(),
  custom: v.literal(true),
});

/** "Higher is better" for every kind but a rank. */
export { lowerIsBetter } from '../status/path';

const t = (id: string, title: string, titleEn: string, pillar: Pillar, kind: CommitmentKind, unit: string, basis = '', cadence: ReportingCadence = 'half-yearly', expectation?: Expectation): CommitmentTemplate => ({
  id: `builtin-${id}`,
  title,
  titleEn,
  kind,
  unit,
  pillar,
  cadence,
  basis,
  ...(expectation ? { expectation } : {}),
});

export const BUILTIN_TEMPLATES: readonly CommitmentTemplate[] = [
  // Digital infrastructure
  t('5g-population', 'Vùng phủ sóng 5G theo dân số', '5G coverage of the population', 'digital-infrastructure', 'capped-percentage', '% dân số', 'QĐ 1132/QĐ-TTg: 99% dân số năm 2030'),
  t('4g5g-population', 'Vùng phủ sóng 4G/5G theo dân số', '4G/5G coverage of the population', 'digital-infrastructure', 'capped-percentage', '% dân số'),
  t('4g5g-area', 'Vùng phủ sóng 4G/5G theo diện tích', '4G/5G coverage of the area', 'digital-infrastructure', 'capped-percentage', '% diện tích'),
  t('bts-sites', 'Vị trí trạm thu phát sóng (BTS) xây mới', 'New base-station (BTS) sites', 'digital-infrastructure', 'cumulative-count', 'vị trí trạm'),
  t('5g-stations', 'Trạm phát sóng 5G lắp đặt', '5G base stations installed', 'digital-infrastructure', 'cumulative-count', 'trạm 5G'),
  t('fibre-households', 'Hộ gia đình có cáp quang băng rộng', 'Households with fibre broadband', 'digital-infrastructure', 'capped-percentage', '% hộ gia đình', 'QĐ 749/QĐ-TTg, QĐ 411/QĐ-TTg: trên 80% năm 2025'),
  t('fibre-communes', 'Xã có cáp quang băng rộng', 'Communes with fibre broadband', 'digital-infrastructure', 'capped-percentage', '% xã', 'QĐ 749/QĐ-TTg: 100% năm 2025'),
  t('fibre-agencies', 'Cáp quang đến cơ quan Đảng, chính quyền, trường học, cơ sở y tế', 'Fibre to Party and State bodies, schools and clinics', 'digital-infrastructure', 'capped-percentage', '% cơ quan'),
  t('dedicated-network', 'Mạng truyền số liệu chuyên dùng đến cấp xã', 'Dedicated government data network to communes', 'digital-infrastructure', 'capped-percentage', '% xã'),
  t('gigabit', 'Người dùng được cung cấp cáp quang 1 Gb/s', 'Users offered 1 Gb/s fibre', 'digital-infrastructure', 'capped-percentage', '% người dùng', 'QĐ 1132/QĐ-TTg: 100% năm 2030'),
  // Digital government
  t('end-to-end-services', 'Thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình', 'Administrative procedures online end to end', 'digital-government', 'capped-percentage', '% TTHC', 'QĐ 942/QĐ-TTg: 100% TTHC đủ điều kiện'),
  // NĐ 42/2022/NĐ-CP replaced "mức độ 3, 4" with "toàn trình" and "một phần".
  t('partial-online-services', 'Thủ tục hành chính cung cấp dịch vụ công trực tuyến một phần', 'Administrative procedures online in part', 'digital-government', 'capped-percentage', '% TTHC', 'NĐ 42/2022/NĐ-CP (thay cách gọi “mức độ 3, 4”)'),
  { ...t('late-files', 'Hồ sơ thủ tục hành chính giải quyết quá hạn', 'Administrative files settled late', 'digital-government', 'capped-percentage', '% hồ sơ', 'QĐ 766/QĐ-TTg: Bộ chỉ số phục vụ người dân, doanh nghiệp'), lowerIsBetter: true },
  t('signed-documents', 'Văn bản điện tử có ký số', 'Electronic documents digitally signed', 'digital-government', 'capped-percentage', '%'),
  t('video-conference', 'Điểm cầu truyền hình hội nghị đến cấp xã', 'Video-conference points down to communes', 'digital-government', 'cumulative-count', 'điểm cầu'),
  t('ioc', 'Trung tâm điều hành thông minh (IOC) đi vào hoạt động', 'Intelligent operations centre (IOC) in operation', 'digital-government', 'milestone', '', '', 'yearly'),
  t('cashless-fees', 'Hồ sơ thủ tục hành chính thanh toán phí, lệ phí trực tuyến', 'Procedure fees paid online', 'digital-government', 'capped-percentage', '% hồ sơ'),
  // Digital economy
  t('cashless-tuition', 'Trường học thu học phí không dùng tiền mặt', 'Schools collecting tuition cashless', 'digital-economy', 'capped-percentage', '% trường học'),
  t('ecommerce-onboarding', 'Hộ sản xuất, doanh nghiệp lên sàn thương mại điện tử (voso.vn, postmart.vn …)', 'Producers and firms onboarded to e-commerce platforms', 'digital-economy', 'cumulative-count', 'hộ, doanh nghiệp'),
  t('sme-platforms', 'Doanh nghiệp nhỏ và vừa sử dụng nền tảng số', 'SMEs using digital platforms', 'digital-economy', 'capped-percentage', '% doanh nghiệp', 'QĐ 411/QĐ-TTg: trên 50% năm 2025'),
  t('e-contracts', 'Doanh nghiệp sử dụng hợp đồng điện tử', 'Enterprises using e-contracts', 'digital-economy', 'capped-percentage', '% doanh nghiệp', 'QĐ 411/QĐ-TTg: trên 80% năm 2025'),
  t('digital-economy-share', 'Tỷ trọng kinh tế số trong GRDP', 'Digital economy share of GRDP', 'digital-economy', 'capped-percentage', '% GRDP', 'QĐ 749/QĐ-TTg: 20% năm 2025; NQ 57-NQ/TW: 30% năm 2030', 'yearly'),
  t('ecommerce-retail', 'Tỷ trọng thương mại điện tử trong tổng mức bán lẻ', 'E-commerce share of retail sales', 'digital-economy', 'capped-percentage', '% tổng mức bán lẻ', 'QĐ 411/QĐ-TTg: trên 10% năm 2025', 'yearly'),
  t('cashless-merchants', 'Điểm chấp nhận thanh toán không dùng tiền mặt (ViettelPay, VNPT-Pay …)', 'Merchants accepting cashless payment', 'digital-economy', 'cumulative-count', 'điểm'),
  // Digital society
  t('smartphones', 'Người trưởng thành sử dụng điện thoại thông minh', 'Adults using a smartphone', 'digital-society', 'capped-percentage', '% người trưởng thành', 'QĐ 411/QĐ-TTg: 80% năm 2025'),
  t('payment-accounts', 'Người dân có tài khoản thanh toán điện tử', 'People with an electronic payment account', 'digital-society', 'capped-percentage', '% dân số', 'QĐ 749/QĐ-TTg: trên 50% năm 2025'),
  t('digital-signatures', 'Người trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân', 'Adults with a personal digital signature', 'digital-society', 'capped-percentage', '% người trưởng thành', 'QĐ 411/QĐ-TTg: trên 50% năm 2025'),
  t('community-teams', 'Tổ công nghệ số cộng đồng được thành lập', 'Community digital technology teams set up', 'digital-society', 'cumulative-count', 'tổ'),
  // Smart city
  t('smart-city-pilot', 'Thí điểm đô thị thông minh', 'Smart-city pilot launched', 'smart-city', 'milestone', '', '', 'yearly'),
  t('smart-commune', 'Mô hình xã, phường thông minh', 'Smart commune and ward models', 'smart-city', 'cumulative-count', 'mô hình'),
  t('smart-cameras', 'Camera giám sát an ninh, giao thông kết nối IOC', 'Security and traffic cameras linked to the IOC', 'smart-city', 'cumulative-count', 'camera'),
  // Information security
  t('security-4-layers', 'Hệ thống thông tin được bảo đảm an toàn theo mô hình 4 lớp', 'Information systems protected by the four-layer model', 'information-security', 'capped-percentage', '% hệ thống'),
  t('security-drills', 'Diễn tập an toàn thông tin', 'Information-security drills held', 'information-security', 'count-per-year', 'cuộc/năm', '', 'yearly'),
  // Human resources
  t('officials-trained', 'Cán bộ, công chức được đào tạo, bồi dưỡng kỹ năng số', 'Officials trained in digital skills', 'human-resources', 'cumulative-count', 'lượt người'),
  t('training-courses', 'Lớp đào tạo, tập huấn chuyển đổi số mỗi năm', 'DX training courses per year', 'human-resources', 'count-per-year', 'lớp/năm', '', 'yearly'),
  // Innovation
  t('innovation-centre', 'Trung tâm Đổi mới sáng tạo đi vào hoạt động', 'Innovation centre opened', 'innovation', 'milestone', '', '', 'yearly'),
  t('startups', 'Dự án khởi nghiệp đổi mới sáng tạo được hỗ trợ', 'Innovative start-ups supported', 'innovation', 'cumulative-count', 'dự án'),
  t('dx-strategy', 'Tư vấn chiến lược, kiến trúc chuyển đổi số', 'Consulting on DX strategy and architecture', 'innovation', 'qualitative', '', '', 'yearly'),
  // Index ranks (lower is better)
  t('dti-rank', 'Xếp hạng Chỉ số chuyển đổi số cấp tỉnh (DTI)', 'Provincial digital transformation index (DTI) rank', 'index-ranks', 'rank', 'hạng', 'Bảng xếp hạng DTI hằng năm', 'yearly', 'step'),
  t('pci-rank', 'Xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)', 'Provincial competitiveness index (PCI) rank', 'index-ranks', 'rank', 'hạng', '', 'yearly', 'step'),
  t('par-rank', 'Xếp hạng Chỉ số cải cách hành chính (PAR INDEX)', 'Administrative reform index (PAR INDEX) rank', 'index-ranks', 'rank', 'hạng', '', 'yearly', 'step'),
  t('papi-rank', 'Xếp hạng Chỉ số hiệu quả quản trị và hành chính công (PAPI)', 'Governance and public administration index (PAPI) rank', 'index-ranks', 'rank', 'hạng', '', 'yearly', 'step'),
  t('sipas-rank', 'Xếp hạng Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)', 'Satisfaction with public administrative services (SIPAS) rank', 'index-ranks', 'rank', 'hạng', '', 'yearly', 'step'),
  t('pii-rank', 'Xếp hạng Chỉ số đổi mới sáng tạo cấp địa phương (PII)', 'Local innovation index (PII) rank', 'index-ranks', 'rank', 'hạng', '', 'yearly', 'step'),
];
