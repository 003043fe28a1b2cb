/**
 * The official report as one neutral structure — header blocks, title, recipients, body blocks,
 * "Nơi nhận", signature — built once from the report model, the period's figures and the saved
 * settings, then rendered twice: as HTML for the screen and print (OfficialReport.tsx) and as a
 * Word file (officialDocx.ts). Both renderings therefore hold the same text.
 */
import type { TFunction } from 'i18next';
import { addDays, documentDateParts, formatIsoDate, reportingPeriodBounds, type ReportingPeriodKind } from '../../domain/dates';
import { periodFigures, type PeriodFigures } from '../../domain/exchange/periodFigures';
import type { ReportModel, ReportScope } from '../../domain/exchange/report';
import { documentNumberLine, type OfficialReportSettings } from '../../domain/exchange/reportSettings';
import type { Commitment } from '../../domain/model';
import { formatNumber, formatWithUnit, type Locale } from '../../domain/numbers';
import type { DashboardData } from '../../domain/status/dashboard';
import { STATUSES } from '../../domain/status/engine';
import { foldForSearch } from '../../domain/text';
import { explainStatus } from '../../lib/statusText';

export interface Column {
  title: string;
  /** Share of the text width, in percent (the columns add up to 100). */
  width: number;
  align: 'left' | 'right';
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; italic?: boolean }
  /** "- <lead>: text", as items are written in Vietnamese reports. */
  | { kind: 'item'; lead?: string; text: string }
  | { kind: 'table'; caption: string; columns: Column[]; rows: string[][] };

export interface OfficialDocument {
  draft: boolean;
  draftMark: string;
  parentAgency: string;
  agency: string;
  numberLine: string;
  nation: string;
  motto: string;
  placeDate: string;
  kind: string;
  subject: string;
  toLabel: string;
  to: string[];
  body: Block[];
  closing: string;
  copyToLabel: string;
  copyTo: string[];
  signature: { authority: string | null; title: string; name: string };
  fileName: string;
}

export interface BuildInput {
  data: DashboardData;
  model: ReportModel;
  scope: ReportScope;
  period: ReportingPeriodKind;
  /** The period's words ("Quý III/2026"). */
  periodText: string;
  bounds: [string, string];
  settings: OfficialReportSettings;
  includeSample: boolean;
  t: TFunction;
  locale: Locale;
}

const NUMERIC = new Set<Commitment['kind']>(['capped-percentage', 'cumulative-count', 'count-per-year', 'rank']);

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim().replace(/^[-–•]\s*/, '').replace(/[;.,]+$/, ''))
    .filter(Boolean);

const lowerFirst = (s: string) => (s ? s[0]!.toLocaleLowerCase('vi') + s.slice(1) : s);
const upper = (s: string) => s.trim().toLocaleUpperCase('vi');
const slug = (s: string) => foldForSearch(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Items of a list as a Vietnamese document writes them: each ends with ";", the last with ".". */
const punctuate = (items: string[]) => items.map((item, i) => `${item}${i === items.length - 1 ? '.' : ';'}`);

export function scopeName(data: DashboardData, scope: ReportScope, t: TFunction): string {
  if (scope.kind === 'all') return t('manage.report.scopeAll');
  if (scope.kind === 'province') return t('manage.report.scopeProvince', { name: data.units.find((u) => u.id === scope.unitId)?.name ?? scope.unitId });
  return data.agreements.find((a) => a.id === scope.agreementId)?.title ?? scope.agreementId;
}

export function buildOfficialDocument(input: BuildInput): OfficialDocument {
  const { data, model, scope, periodText, bounds, settings, includeSample, t, locale } = input;
  const measured = (value: number | null, unit: string, qualifier: 'over' | 'about' | 'under' | null = null) => {
    if (value === null) return t('common.none');
    const text = formatWithUnit(value, unit, locale);
    return qualifier ? t(`common.${qualifier}`, { value: text }) : text;
  };
  const signed = (value: number, unit: string) => `${value > 0 ? '+' : ''}${formatWithUnit(value, unit, locale)}`;
  const periodLower = lowerFirst(periodText);

  // Header and title.
  const { number, symbol } = documentNumberLine(settings);
  const place = settings.place.trim() || t('official.placeMissing');
  const year = (settings.issuedOn || model.asOf).slice(0, 4);
  const placeDate = settings.issuedOn ? t('official.placeDate', { place, ...documentDateParts(settings.issuedOn) }) : t('official.placeDateBlank', { place, year });
  let subject: string;
  if (scope.kind === 'province') {
    const unit = data.units.find((u) => u.id === scope.unitId);
    subject = t('official.subject.province', { unit: t(`official.unitKind.${unit?.kind ?? 'province'}`), name: unit?.name ?? scope.unitId, period: periodLower });
  } else if (scope.kind === 'agreement') {
    subject = t('official.subject.agreement', { title: lowerFirst(scopeName(data, scope, t)), period: periodLower });
  } else subject = t('official.subject.all', { period: periodLower });

  // I. Results.
  const body: Block[] = [{ kind: 'paragraph', text: t('official.opening', { period: periodLower, date: formatIsoDate(model.asOf) }) }];
  body.push({ kind: 'heading', level: 1, text: t('official.results') });
  body.push({ kind: 'heading', level: 2, text: t('official.overview') });
  const share = (v: number | null) => (v === null ? t('common.none') : `${formatNumber(Math.round(v * 1000) / 10, locale)}%`);
  body.push({
    kind: 'paragraph',
    text: t('official.overviewText', { agreements: model.sections.length, commitments: model.overall.total, onTrack: share(model.overall.onTrackShare), progress: share(model.overall.progressShare) }),
  });
  const counts = STATUSES.filter((s) => model.overall.counts[s] > 0).map((s) => `${t(`status.label.${s}`)}: ${model.overall.counts[s]}`);
  if (counts.length) body.push({ kind: 'paragraph', text: t('official.byStatus', { list: counts.join('; ') }) });

  const figures = new Map<string, PeriodFigures>();
  for (const s of model.sections) for (const l of s.lines) figures.set(l.commitment.id, periodFigures(l.commitment, bounds, model.asOf, includeSample));
  const samplesLeft = [...figures.values()].reduce((n, f) => n + f.samplesLeftOut, 0);
  const samplesCounted = [...figures.values()].reduce((n, f) => n + (f.end?.sample ? 1 : 0), 0);
  if (samplesLeft > 0) body.push({ kind: 'paragraph', italic: true, text: t('official.samplesLeftOut', { count: samplesLeft }) });
  if (samplesCounted > 0) body.push({ kind: 'paragraph', italic: true, text: t('official.samplesCounted', { count: samplesCounted }) });

  body.push({ kind: 'heading', level: 2, text: t('official.perAgreement') });
  const columns: Column[] = [
    { title: t('official.columns.clause'), width: 7, align: 'left' },
    { title: t('official.columns.commitment'), width: 27, align: 'left' },
    { title: t('official.columns.target'), width: 10, align: 'right' },
    { title: t('official.columns.end'), width: 13, align: 'right' },
    { title: t('official.columns.change'), width: 10, align: 'right' },
    { title: t('official.columns.cumulative'), width: 10, align: 'right' },
    { title: t('official.columns.lastYear'), width: 11, align: 'right' },
    { title: t('official.columns.status'), width: 12, align: 'left' },
  ];
  /** Columns that may go when no row has anything in them (target, change, since the start, last year). */
  const OPTIONAL = new Set([2, 4, 5, 6]);
  const mark = (sample: boolean | undefined) => (sample ? ` ${t('official.sampleMark')}` : '');
  const change = (c: Commitment, value: number | null) => {
    if (value === null) return t('common.none');
    // A change of a percentage is in percentage points.
    if (c.kind === 'capped-percentage') return t('official.points', { value: `${value > 0 ? '+' : ''}${formatNumber(value, locale)}` });
    if (c.kind !== 'rank') return signed(value, c.unit);
    // A rank is better when lower: 23 → 20 is up 3 places.
    return value === 0 ? t('official.rankChange.same') : t(`official.rankChange.${value < 0 ? 'up' : 'down'}`, { count: Math.abs(value) });
  };
  model.sections.forEach((section, i) => {
    body.push({ kind: 'heading', level: 3, text: `2.${i + 1}. ${section.agreement.title}` });
    if (section.lines.length === 0) {
      body.push({ kind: 'paragraph', text: t('official.noCommitments') });
      return;
    }
    const numeric = section.lines.filter((l) => NUMERIC.has(l.commitment.kind));
    const other = section.lines.filter((l) => !NUMERIC.has(l.commitment.kind));
    if (numeric.length) {
      body.push({ kind: 'paragraph', text: t('official.numericIntro', { from: formatIsoDate(bounds[0]), to: formatIsoDate(bounds[1] < model.asOf ? bounds[1] : model.asOf) }) });
      const rows = numeric.map(({ commitment: c, assessment }) => {
        const f = figures.get(c.id)!;
        // A value and, on its own line, its date: the narrow columns wrap there, not inside the date.
        // Only the baseline known: said so, never passed off as a result.
        const end = f.end ? `${measured(f.end.value, c.unit, f.end.qualifier)}${mark(f.end.sample)}${f.end.baseline ? ` ${t('official.baselineMark')}` : ''}\n${formatIsoDate(f.end.date)}` : t('common.none');
        const cumulative = f.cumulative === null ? t('common.none') : c.kind === 'count-per-year' ? t('official.yearSoFar', { value: measured(f.cumulative, c.unit) }) : change(c, f.cumulative);
        const lastYear = !f.lastYear ? t('common.none') : f.lastYear.change !== null ? change(c, f.lastYear.change) : `${measured(f.lastYear.end!.value, c.unit, f.lastYear.end!.qualifier)}\n${formatIsoDate(f.lastYear.end!.date)}`;
        return [c.clause.trim() || '—', c.title, measured(assessment.target, c.unit), end, change(c, f.change), cumulative, lastYear, t(`status.label.${assessment.status}`)];
      });
      // A balanced table: an empty column gives its width to the others.
      const keep = columns.map((_, i) => !OPTIONAL.has(i) || rows.some((r) => r[i] !== t('common.none')));
      const total = columns.reduce((n, col, i) => n + (keep[i] ? col.width : 0), 0);
      body.push({
        kind: 'table',
        caption: section.agreement.title,
        columns: columns.filter((_, i) => keep[i]).map((col) => ({ ...col, width: Math.round((col.width * 1000) / total) / 10 })),
        rows: rows.map((r) => r.filter((_, i) => keep[i])),
      });
    }
    if (other.length) {
      body.push({ kind: 'paragraph', text: t('official.qualitativeIntro') });
      for (const { commitment: c, assessment } of other) {
        const f = figures.get(c.id)!;
        const said = f.narratives.map((n) => `${n.text} ${t('official.reportedOn', { date: formatIsoDate(n.date) })}${mark(n.sample)}`);
        const parts = [said.length ? said.join(' ') : t('official.noReportInPeriod')];
        if (f.assessment) parts.push(t('official.assessedAs', { assessment: lowerFirst(t(`status.label.${f.assessment}`)) }));
        parts.push(t('official.statusNow', { status: lowerFirst(t(`status.label.${assessment.status}`)) }));
        body.push({ kind: 'item', lead: `${c.clause.trim() && c.clause.trim() !== '—' ? `(${c.clause.trim()}) ` : ''}${c.title}`, text: `${parts.join('; ')}.` });
      }
    }
  });

  // II. Shortcomings and their causes.
  body.push({ kind: 'heading', level: 1, text: t('official.shortcomings') });
  if (model.slippages.length === 0) body.push({ kind: 'paragraph', text: t('official.noShortcomings') });
  const ended = new Map<string, ReportModel['slippages']>();
  for (const s of model.slippages) {
    if (s.assessment.status === 'period-ended') {
      const key = `${s.agreement.id}|${s.assessment.dueDate ?? ''}`;
      ended.set(key, [...(ended.get(key) ?? []), s]);
      continue;
    }
    const typed = settings.causes[s.commitment.id]?.trim();
    const cause = typed || causeFromReports(figures.get(s.commitment.id)) || t('official.causeMissing');
    body.push({ kind: 'item', lead: s.commitment.title, text: `${explainStatus(t, s.commitment, s.assessment, model.asOf, locale)} ${t('official.cause', { cause: cause.replace(/[.;]*$/, '.') })}` });
  }
  for (const group of ended.values()) {
    const typed = group.map((s) => settings.causes[s.commitment.id]?.trim()).find(Boolean);
    const text = t('manage.report.periodEndedGroup', {
      due: group[0]!.assessment.dueDate ? formatIsoDate(group[0]!.assessment.dueDate) : '—',
      count: group.length,
      titles: group.map((s) => s.commitment.title).join('; '),
    });
    body.push({ kind: 'item', lead: group[0]!.agreement.title, text: `${text} ${t('official.cause', { cause: (typed || t('official.causeMissing')).replace(/[.;]*$/, '.') })}` });
  }

  // III. Next period: what falls due, then the tasks typed.
  body.push({ kind: 'heading', level: 1, text: t('official.next') });
  const next = input.period === 'period' ? ([addDays(model.asOf, 1), addDays(model.asOf, 366)] as const) : reportingPeriodBounds(input.period, addDays(bounds[1], 1));
  const due = model.upcoming.filter((u) => u.date >= next[0] && u.date <= next[1]);
  for (const u of due) {
    const what = `${t(`manage.report.dueWhat.${u.what}`)}${u.value !== null ? `: ${measured(u.value, u.line.commitment.unit)}` : ''}`;
    body.push({ kind: 'item', text: t('official.nextDue', { date: formatIsoDate(u.date), title: u.line.commitment.title, what }) });
  }
  const tasks = lines(settings.tasks);
  punctuate(tasks).forEach((task) => body.push({ kind: 'item', text: task }));
  if (!due.length && !tasks.length) body.push({ kind: 'paragraph', text: t('official.noNext', { from: formatIsoDate(next[0]), to: formatIsoDate(next[1]) }) });

  // IV. Proposals.
  body.push({ kind: 'heading', level: 1, text: t('official.proposals') });
  const proposals = lines(settings.proposals);
  if (proposals.length) punctuate(proposals).forEach((p) => body.push({ kind: 'item', text: p }));
  else body.push({ kind: 'paragraph', text: t('official.noProposals') });

  const recipients = lines(settings.recipients);
  const code = settings.agencyCode.trim() || '…';
  // Every line ends with ";"; the last, "Lưu", with ".".
  const copyTo = [t('official.asAbove'), ...lines(settings.copyTo)].map((c) => `${c};`);
  copyTo.push(t('official.filed', { code }));
  const authority = settings.authority ? `${settings.authority} ${upper(settings.authorityOf)}` : null;
  const scopeSlug = scope.kind === 'all' ? slug(t('manage.report.scopeAll')) : scope.kind === 'province' ? slug(data.units.find((u) => u.id === scope.unitId)?.name ?? scope.unitId) : slug(scope.agreementId);
  return {
    draft: !settings.final,
    draftMark: t('official.draft'),
    parentAgency: upper(settings.parentAgency),
    agency: upper(settings.agency) || '…',
    numberLine: t('official.numberLine', { number: number || '\u2002\u2002\u2002\u2002', symbol }),
    nation: t('official.nation'),
    motto: t('official.motto'),
    placeDate,
    kind: t('official.kind'),
    subject,
    toLabel: t('official.to'),
    to: recipients.length ? punctuate(recipients) : [t('official.toMissing')],
    body,
    closing: t('official.closing', { period: periodLower }),
    copyToLabel: t('official.copyTo'),
    copyTo: copyTo.map((c) => `- ${c}`),
    signature: { authority, title: upper(settings.signerTitle), name: settings.signerName.trim() },
    fileName: `${t('official.fileName')}-${scopeSlug}-${slug(periodText)}.docx`,
  };
}

/** The cause as the reports state it: the latest narrative of the period (with the reporter's assessment, if any). */
function causeFromReports(f: PeriodFigures | undefined): string | null {
  const last = f?.narratives.at(-1);
  return last ? last.text : null;
}

/** The cause a report states for a commitment, for the form's hint. */
export function reportedCause(c: Commitment, bounds: [string, string], asOf: string, includeSample: boolean): string | null {
  return causeFromReports(periodFigures(c, bounds, asOf, includeSample));
}
