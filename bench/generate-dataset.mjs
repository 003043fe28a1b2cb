/**
 * A deterministic (seeded) generator of snapshot files for the benchmark, at three sizes:
 * small (one province), medium (ten), national (34 provinces, ~200 agreements, ~6,000
 * commitments, ~115,000 check-ins, ~25 MB of JSON).
 *
 * The data is synthetic and says so (every title ends with “(dữ liệu thử)”): Vietnamese names,
 * every commitment kind, yearly milestones, quarterly check-ins, target revisions, and the 2025
 * mergers (agreements signed by a former province, now under its successor).
 *
 * Plain JavaScript, so `npm run bench` needs no TypeScript runner. tests/unit/bench/generator.test.ts
 * checks that what it writes passes the app's own parser.
 */

/** mulberry32: a small, good-enough seeded PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The 34 provinces since 01/7/2025, with the provinces merged into each (NQ 202/2025/QH15). */
export const PROVINCES = [
  // Ordered so that the small (first) and medium (first ten) sets include merged provinces.
  ['Hải Phòng', ['Hải Dương']], ['Phú Thọ', ['Vĩnh Phúc', 'Hòa Bình']], ['Thanh Hóa', []], ['Hà Nội', []],
  ['TP Hồ Chí Minh', ['Bình Dương', 'Bà Rịa - Vũng Tàu']], ['Đà Nẵng', ['Quảng Nam']], ['Ninh Bình', ['Hà Nam', 'Nam Định']],
  ['Cần Thơ', ['Sóc Trăng', 'Hậu Giang']], ['Nghệ An', []], ['Bắc Ninh', ['Bắc Giang']],
  ['Huế', []], ['Lai Châu', []], ['Điện Biên', []], ['Sơn La', []], ['Lạng Sơn', []], ['Quảng Ninh', []], ['Hà Tĩnh', []], ['Cao Bằng', []],
  ['Tuyên Quang', ['Hà Giang']], ['Lào Cai', ['Yên Bái']], ['Thái Nguyên', ['Bắc Kạn']], ['Hưng Yên', ['Thái Bình']],
  ['Quảng Trị', ['Quảng Bình']], ['Quảng Ngãi', ['Kon Tum']], ['Gia Lai', ['Bình Định']], ['Khánh Hòa', ['Ninh Thuận']],
  ['Lâm Đồng', ['Đắk Nông', 'Bình Thuận']], ['Đắk Lắk', ['Phú Yên']], ['Đồng Nai', ['Bình Phước']], ['Tây Ninh', ['Long An']],
  ['Vĩnh Long', ['Bến Tre', 'Trà Vinh']], ['Đồng Tháp', ['Tiền Giang']], ['Cà Mau', ['Bạc Liêu']], ['An Giang', ['Kiên Giang']],
];

const PARTNERS = [
  ['viettel', 'Tập đoàn Công nghiệp - Viễn thông Quân đội', 'Viettel'],
  ['vnpt', 'Tập đoàn Bưu chính Viễn thông Việt Nam', 'VNPT'],
  ['fpt', 'Công ty Cổ phần FPT', 'FPT'],
  ['mobifone', 'Tổng công ty Viễn thông MobiFone', 'MobiFone'],
  ['cmc', 'Tập đoàn Công nghệ CMC', 'CMC'],
  ['saigontel', 'Công ty CP Công nghệ - Viễn thông Sài Gòn', 'SAIGONTEL'],
  ['ngs', 'Công ty CP Thiết bị và Truyền thông NGS', 'NGS'],
];

/** [kind, pillar, title, unit] — titles from the domain's commitment templates. */
const TEMPLATES = [
  ['capped-percentage', 'digital-infrastructure', 'Tỷ lệ dân số được phủ sóng 5G', '%'],
  ['capped-percentage', 'digital-infrastructure', 'Tỷ lệ hộ gia đình sử dụng cáp quang', '%'],
  ['capped-percentage', 'digital-government', 'Tỷ lệ thủ tục hành chính trực tuyến toàn trình', '%'],
  ['capped-percentage', 'digital-economy', 'Tỷ lệ trường học thu học phí không dùng tiền mặt', '%'],
  ['capped-percentage', 'digital-society', 'Tỷ lệ người trưởng thành có chữ ký số', '%'],
  ['capped-percentage', 'digital-government', 'Tỷ lệ văn bản điện tử có ký số', '%'],
  ['capped-percentage', 'digital-economy', 'Tỷ lệ giao dịch thanh toán dịch vụ công không dùng tiền mặt', '%'],
  ['capped-percentage', 'information-security', 'Tỷ lệ hệ thống thông tin được phê duyệt cấp độ an toàn', '%'],
  ['capped-percentage', 'digital-society', 'Tỷ lệ dân số có tài khoản thanh toán điện tử', '%'],
  ['cumulative-count', 'digital-infrastructure', 'Số vị trí trạm BTS xây mới', 'vị trí trạm'],
  ['cumulative-count', 'digital-economy', 'Số hộ kinh doanh lên sàn thương mại điện tử', 'hộ'],
  ['cumulative-count', 'human-resources', 'Số người được tập huấn kỹ năng số', 'người'],
  ['cumulative-count', 'digital-infrastructure', 'Số cơ quan kết nối mạng truyền số liệu chuyên dùng', 'cơ quan'],
  ['cumulative-count', 'digital-economy', 'Số doanh nghiệp nhỏ và vừa dùng nền tảng số', 'doanh nghiệp'],
  ['cumulative-count', 'smart-city', 'Số camera giám sát giao thông kết nối IOC', 'camera'],
  ['cumulative-count', 'digital-government', 'Số cơ sở dữ liệu chuyên ngành được kết nối', 'cơ sở dữ liệu'],
  ['count-per-year', 'human-resources', 'Số khóa đào tạo chuyển đổi số mỗi năm', 'khóa'],
  ['count-per-year', 'digital-society', 'Số đợt tuyên truyền chuyển đổi số mỗi năm', 'đợt'],
  ['count-per-year', 'innovation', 'Số sự kiện đổi mới sáng tạo mỗi năm', 'sự kiện'],
  ['rank', 'index-ranks', 'Thứ hạng chỉ số chuyển đổi số cấp tỉnh (DTI)', 'hạng'],
  ['rank', 'index-ranks', 'Thứ hạng chỉ số năng lực cạnh tranh (PCI)', 'hạng'],
  ['rank', 'index-ranks', 'Thứ hạng chỉ số cải cách hành chính (PAR INDEX)', 'hạng'],
  ['milestone', 'smart-city', 'Đưa Trung tâm điều hành thông minh (IOC) vào vận hành', ''],
  ['milestone', 'smart-city', 'Thí điểm mô hình đô thị thông minh', ''],
  ['milestone', 'digital-government', 'Ra mắt ứng dụng công dân số của tỉnh', ''],
  ['milestone', 'innovation', 'Thành lập Trung tâm Đổi mới sáng tạo', ''],
  ['milestone', 'information-security', 'Triển khai trung tâm giám sát an toàn thông tin (SOC)', ''],
  ['qualitative', 'digital-government', 'Tư vấn xây dựng chiến lược chuyển đổi số', ''],
  ['qualitative', 'digital-society', 'Tuyên truyền nâng cao nhận thức về chuyển đổi số', ''],
  ['qualitative', 'information-security', 'Phối hợp ứng cứu sự cố an toàn thông tin', ''],
];

export const SIZES = { small: 1, medium: 10, national: 34 };
const AGREEMENTS_PER_PROVINCE = 6;
const T0 = '2026-01-01T00:00:00.000Z';
const slug = (s) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const meta = (id, rev = 1) => ({ id, createdAt: T0, updatedAt: T0, rev });
const round1 = (v) => Math.round(v * 10) / 10;

/** Quarter ends from a start year up to a last date, as YYYY-MM-DD. */
function quarterEnds(startYear, last) {
  const out = [];
  for (let y = startYear; ; y++) {
    for (const md of ['03-31', '06-30', '09-30', '12-31']) {
      const d = `${y}-${md}`;
      if (d > last) return out;
      out.push(d);
    }
  }
}

export function generateSnapshot(size, seed = 20251122) {
  const count = SIZES[size];
  if (!count) throw new Error(`unknown size ${size}`);
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const between = (lo, hi) => lo + rand() * (hi - lo);

  const units = [];
  const parties = PARTNERS.map(([id, name, shortName]) => ({ ...meta(id), kind: 'enterprise', name, shortName, unitId: null, memberIds: [] }));
  parties.push({ ...meta('lien-minh-saigontel-ngs'), kind: 'alliance', name: 'Liên minh SAIGONTEL–NGS', shortName: 'SAIGONTEL–NGS', unitId: null, memberIds: ['saigontel', 'ngs'] });
  const partnerIds = [...PARTNERS.slice(0, 5).map((p) => p[0]), 'lien-minh-saigontel-ngs'];
  const agreements = [];
  const commitments = [];

  for (const [name, formers] of PROVINCES.slice(0, count)) {
    const unitId = slug(name);
    units.push({ ...meta(unitId), name, kind: ['Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'TP Hồ Chí Minh', 'Cần Thơ'].includes(name) ? 'centrally-run-city' : 'province', successorId: null, mergedOn: null, mergeResolution: null });
    parties.push({ ...meta(`ubnd-${unitId}`), kind: 'people-committee', name: `UBND ${name}`, shortName: `UBND ${name}`, unitId, memberIds: [] });
    for (const former of formers) {
      const formerId = slug(former);
      units.push({ ...meta(formerId), name: former, kind: 'province', successorId: unitId, mergedOn: '2025-07-01', mergeResolution: 'Nghị quyết 202/2025/QH15' });
      parties.push({ ...meta(`ubnd-${formerId}`), kind: 'people-committee', name: `UBND tỉnh ${former}`, shortName: `UBND tỉnh ${former}`, unitId: formerId, memberIds: [] });
    }
    for (let k = 0; k < AGREEMENTS_PER_PROVINCE; k++) {
      const renewal = k === AGREEMENTS_PER_PROVINCE - 1;
      const period = renewal ? { startYear: 2025, endYear: 2030 } : { startYear: 2021, endYear: 2025 };
      // Older agreements of a merged province were often signed by a former province.
      const signatory = !renewal && formers.length > 0 && k % 2 === 1 ? slug(formers[k % formers.length]) : unitId;
      const partner = partnerIds[k % partnerIds.length];
      const id = `gen-${unitId}-${k + 1}`;
      agreements.push({
        ...meta(id),
        kind: k === 3 ? 'memorandum-of-understanding' : 'cooperation-agreement',
        title: `Thỏa thuận hợp tác chuyển đổi số giai đoạn ${period.startYear}-${period.endYear} giữa UBND ${name} và ${parties.find((p) => p.id === partner).shortName} (dữ liệu thử)`,
        documentNumber: `${10 + k}/TTHT-UBND`,
        signedOn: renewal ? '2025-08-21' : `2021-0${(k % 9) + 1}-15`,
        signedPlace: name,
        signedOnline: k % 2 === 0,
        partyIds: [`ubnd-${signatory}`, partner],
        signatories: [
          { partyId: `ubnd-${signatory}`, name: 'Nguyễn Văn A', title: 'Chủ tịch UBND', capacity: null },
          { partyId: partner, name: 'Trần Thị B', title: 'Tổng Giám đốc', capacity: null },
        ],
        period,
        predecessorId: renewal ? `gen-${unitId}-1` : null,
        predecessorNote: null,
        legalBases: [{ reference: 'QĐ 942/QĐ-TTg', issuedOn: '2021-06-15', title: 'Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số' }],
        governance: { steeringCommitteeHead: null, executiveBoardHead: null, note: null },
        sources: [],
        signatoryUnitId: signatory,
        responsibleUnitId: unitId,
        summary: 'Dữ liệu thử do bộ sinh dữ liệu tạo ra cho phép đo hiệu năng.',
        attendees: [],
        archived: false,
      });
      TEMPLATES.forEach(([kind, pillar, title, unit], i) => {
        commitments.push(makeCommitment({ id: `${id}-c${String(i + 1).padStart(2, '0')}`, agreementId: id, kind, pillar, title, unit, period, partner, signatory, clause: String(i + 1), rand, between, pick }));
      });
    }
  }

  const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    format: 'cam-ket-snapshot',
    formatVersion: 1,
    appVersion: 'bench-generator',
    exportedAt: T0,
    exportedBy: { deviceId: `bench-${seed}`, user: 'Bộ sinh dữ liệu thử' },
    scope: { kind: 'all' },
    data: { units: units.sort(byId), parties: parties.sort(byId), agreements: agreements.sort(byId), commitments: commitments.sort(byId) },
  };
}

function makeCommitment({ id, agreementId, kind, pillar, title, unit, period, partner, signatory, clause, rand, between, pick }) {
  const start = `${period.startYear}-01-01`;
  const due = `${period.endYear}-12-31`;
  const last = period.endYear === 2025 ? '2026-03-31' : '2026-09-30';
  const pace = between(0.7, 1.15); // how fast this commitment really moves, against its plan
  let baseline = { value: null, qualifier: null, asOf: null, note: '', evidence: [] };
  let target = null;
  const milestones = [];
  const checkIns = [];
  const years = period.endYear - period.startYear + 1;
  const planAt = (from, to, d) => {
    const f = Math.min(1, Math.max(0, (Date.parse(d) - Date.parse(start)) / (Date.parse(due) - Date.parse(start))));
    return from + (to - from) * f;
  };
  // Evidence and a narrative on the year-end reports only, as committees tend to write them.
  const checkIn = (asOf, fields) => ({
    ...meta(`${id}-r${asOf}`),
    asOf,
    value: null,
    done: null,
    qualifier: null,
    narrative: asOf.endsWith('12-31') ? 'Báo cáo tổng kết năm (dữ liệu thử)' : '',
    evidence: asOf.endsWith('12-31') ? [{ documentNumber: `BC-${asOf}`, title: 'Báo cáo tổng kết năm', url: null }] : [],
    reportedBy: partner,
    enteredAt: `${asOf}T08:00:00.000Z`,
    sample: false,
    ...fields,
  });
  if (kind === 'capped-percentage' || kind === 'cumulative-count' || kind === 'rank') {
    let from;
    let to;
    if (kind === 'capped-percentage') {
      from = round1(between(30, 80));
      to = Math.min(100, round1(from + between(10, 40)));
    } else if (kind === 'cumulative-count') {
      from = Math.round(between(100, 3000));
      to = Math.round(from * between(1.3, 2));
    } else {
      from = Math.round(between(15, 55));
      to = Math.max(1, from - Math.round(between(5, 15)));
    }
    baseline = { value: from, qualifier: null, asOf: `${period.startYear - 1}-12-31`, note: 'Kết quả giai đoạn trước (dữ liệu thử)', evidence: [] };
    target = to;
    for (let y = 1; y < years; y++) milestones.push({ year: period.startYear + y - 1, value: kind === 'cumulative-count' || kind === 'rank' ? Math.round(planAt(from, to, `${period.startYear + y - 1}-12-31`)) : round1(planAt(from, to, `${period.startYear + y - 1}-12-31`)) });
    const dates = kind === 'rank' ? quarterEnds(period.startYear, last).filter((d) => d.endsWith('12-31')) : quarterEnds(period.startYear, last);
    for (const d of dates) {
      let v = from + (planAt(from, to, d) - from) * pace + (rand() - 0.5) * Math.abs(to - from) * 0.05;
      if (kind === 'capped-percentage') v = round1(Math.min(100, Math.max(0, v)));
      else if (kind === 'rank') v = Math.max(1, Math.round(v));
      else v = Math.max(from, Math.round(v));
      checkIns.push(checkIn(d, { value: v }));
    }
  } else if (kind === 'count-per-year') {
    target = Math.round(between(8, 20));
    for (const d of quarterEnds(period.startYear, last)) {
      const q = Number(d.slice(5, 7)) / 3;
      checkIns.push(checkIn(d, { value: Math.round(((target * q) / 4) * pace) }));
    }
  } else if (kind === 'milestone') {
    const dueOn = `${period.startYear + Math.floor(between(1, years))}-${pick(['06-30', '12-31'])}`;
    const dates = quarterEnds(period.startYear, last);
    const doneAt = rand() < 0.6 ? dates[Math.min(dates.length - 1, Math.floor(between(2, dates.length)))] : null;
    for (const d of dates) checkIns.push(checkIn(d, { done: doneAt !== null && d >= doneAt }));
    return commitmentRecord({ id, agreementId, kind, pillar, title, unit, clause, partner, signatory, baseline, milestones, target: null, dueOn, checkIns, rand });
  } else {
    for (const d of quarterEnds(period.startYear, last)) checkIns.push(checkIn(d, { assessment: pick(['on-track', 'on-track', 'needs-acceleration', 'off-track']) }));
  }
  return commitmentRecord({ id, agreementId, kind, pillar, title, unit, clause, partner, signatory, baseline, milestones, target, dueOn: null, checkIns, rand });
}

function commitmentRecord({ id, agreementId, kind, pillar, title, unit, clause, partner, signatory, baseline, milestones, target, dueOn, checkIns, rand }) {
  const revised = target !== null && rand() < 0.05;
  return {
    ...meta(id, revised ? 2 : 1),
    agreementId,
    clause,
    title: `${title} (dữ liệu thử)`,
    description: '',
    pillar,
    kind,
    unit,
    baseline,
    milestones,
    target,
    targetNote: '',
    dueOn,
    leadPartyId: partner,
    supportPartyIds: [`ubnd-${signatory}`],
    territoryUnitId: signatory,
    territoryNote: '',
    cadence: kind === 'rank' ? 'yearly' : 'quarterly',
    manualStatus: null,
    checkIns,
    revisions: revised
      ? [{ ...meta(`${id}-rev1`), appliesTo: 'target', oldValue: kind === 'rank' ? target + 3 : Math.round(target * 0.9 * 10) / 10, newValue: target, decisionRef: 'QĐ 1234/QĐ-UBND', decidedOn: '2023-06-30', note: '' }]
      : [],
  };
}
