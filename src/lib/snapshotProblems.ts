/**
 * Turns what is wrong with a snapshot file into sentences in the user's language, naming the
 * record (its kind, position, id and title), the field (a label in words where one exists, then the
 * field as written in the file), the rule and its limit. Every value, id or title echoed from the
 * file is cut to ~80 characters, so that a 50,000-character id cannot stretch the page; no internal
 * code (valibot's issue types, our issue codes) is ever shown.
 */
import type { TFunction } from 'i18next';
import { formatIsoDate } from '../domain/dates';
import { formatNumber, type Locale } from '../domain/numbers';
import { MAX_REV } from '../domain/recordRules';
import type { RecordLocation, SnapshotProblem } from '../domain/snapshot/parse';

/** How much of a value from the file a message repeats. */
export const MAX_ECHO = 80;

/** A text cut to `max` characters, "…" marking the cut. */
export function cut(text: string, max = MAX_ECHO): string {
  return text.length > max ? `${text.slice(0, max - 3)}…` : text;
}

const ISSUE_KEYS: Record<string, string> = {
  missing: 'validation.missing',
  'wrong-type': 'validation.wrongType',
  required: 'validation.required',
  'too-long': 'validation.tooLong',
  'too-short': 'validation.tooShort',
  'invalid-date': 'validation.invalidDate',
  'invalid-timestamp': 'validation.invalidTimestamp',
  'not-a-number': 'validation.notANumber',
  'not-finite': 'validation.notFinite',
  'not-integer': 'validation.notInteger',
  'year-range': 'validation.yearRange',
  'unknown-value': 'validation.unknownValue',
  'period-order': 'validation.periodOrder',
  'two-parties': 'validation.twoParties',
  'duplicate-party': 'validation.duplicateParty',
  'rev-range': 'validation.revRange',
  'percent-range': 'validation.percentRange',
  'rank-range': 'validation.rankRange',
  negative: 'validation.negative',
  'duplicate-year': 'validation.duplicateYear',
  'in-future': 'validation.inFuture',
  'before-signing': 'validation.beforeSigning',
  'unit-required': 'validation.unitRequired',
};

/** Messages that say what was found themselves; the others get "(nhận được …)" when it helps. */
const SAYS_RECEIVED = new Set(['missing', 'wrong-type', 'too-long', 'too-short', 'invalid-date', 'invalid-timestamp', 'not-a-number', 'unknown-value', 'two-parties', 'duplicate-party', 'duplicate-year', 'in-future', 'before-signing']);

const TYPE_WORDS = new Set(['string', 'number', 'boolean', 'array', 'object', 'null']);

/**
 * A value as valibot or the rules print it (`"abc"`, `150`, `Object`, `undefined`), in words and
 * cut: a string keeps its quotes around at most ~80 characters.
 */
function describeValue(t: TFunction, received: string): string {
  if (received.startsWith('"') && received.length > MAX_ECHO) return `${received.slice(0, MAX_ECHO - 3)}…"`;
  if (received === 'Object') return t('validation.values.object');
  if (received === 'Array') return t('validation.values.array');
  if (received === 'undefined') return t('validation.values.undefined');
  return cut(received);
}

/** Whether a found value is worth repeating ("Object" for a whole record is not). */
const meaningful = (received: string | undefined): received is string => received !== undefined && received !== 'Object' && received !== 'Array' && received !== 'undefined';

/** valibot's expectation (`string`, `(string | null)`, `"target" | number`, `Object`) in words. */
function describeExpected(t: TFunction, expected: string): string {
  const parts = expected.replace(/^\((.*)\)$/, '$1').split(' | ');
  return parts
    .map((p) => {
      const word = p.toLowerCase();
      return TYPE_WORDS.has(word) ? t(`validation.types.${word as 'string'}`) : cut(p);
    })
    .join(t('validation.or'));
}

/** A bound as valibot states it (">=1", "<=200") split into its sign and number. */
function boundOf(expected: string | undefined): { sign: '>=' | '<=' | null; limit: string } {
  const m = /^(>=|<=|>|<)\s*(.+)$/.exec(expected ?? '');
  if (!m) return { sign: null, limit: expected ?? '' };
  return { sign: m[1]!.startsWith('>') ? '>=' : '<=', limit: m[2]! };
}

function numberText(text: string, locale: Locale): string {
  const n = Number(text);
  return text !== '' && Number.isFinite(n) ? formatNumber(n, locale) : cut(text);
}

/** A field issue in words: "ngày không tồn tại … (nhận được "2025-02-31")". */
export function describeIssue(t: TFunction, issue: { issue: string; expected?: string; received?: string; limit?: string }, locale: Locale = 'vi'): string {
  const received = meaningful(issue.received) ? describeValue(t, issue.received) : '';
  let text: string;
  switch (issue.issue) {
    case 'out-of-range': {
      const bound = boundOf(issue.expected);
      const limit = numberText(bound.limit, locale);
      text = bound.sign === '<=' ? t('validation.atMost', { limit }) : t('validation.atLeast', { limit });
      break;
    }
    case 'too-long':
    case 'too-short':
      text = t(ISSUE_KEYS[issue.issue] as 'validation.tooLong', {
        limit: numberText(boundOf(issue.expected).limit, locale),
        received: issue.received ? numberText(issue.received, locale) : '',
      });
      break;
    case 'two-parties':
      text = t('validation.twoParties', { received: issue.received ? numberText(issue.received, locale) : '0' });
      break;
    case 'rev-range':
      text = t('validation.revRange', { limit: formatNumber(MAX_REV, locale) });
      break;
    case 'in-future': {
      const date = issue.received?.replace(/^"|"$/g, '') ?? '';
      text = t('validation.inFuture', { received: formatIsoDate(date), limit: issue.limit ? formatIsoDate(issue.limit) : '' });
      break;
    }
    case 'before-signing': {
      const date = issue.received?.replace(/^"|"$/g, '') ?? '';
      text = t('validation.beforeSigning', { received: formatIsoDate(date), limit: issue.limit ? formatIsoDate(issue.limit) : '' });
      break;
    }
    case 'wrong-type':
      text = t('validation.wrongType', { expected: issue.expected ? describeExpected(t, issue.expected) : '', received: issue.received ? describeValue(t, issue.received) : '' });
      break;
    default:
      text = t((ISSUE_KEYS[issue.issue] ?? 'validation.other') as 'validation.other', { received });
  }
  if (!SAYS_RECEIVED.has(issue.issue) && received) text += t('validation.receivedSuffix', { received });
  return text;
}

/** Arrays whose items a message counts ("báo cáo tiến độ thứ 2"), rather than naming an index. */
const ITEM_ARRAYS = new Set(['checkIns', 'revisions', 'milestones', 'evidence', 'partyIds', 'memberIds', 'supportPartyIds', 'signatories', 'legalBases', 'sources', 'attendees']);

/**
 * A field in words, e.g. "ngày số liệu của báo cáo tiến độ thứ 1, trường “checkIns.0.asOf”": the
 * label of the field (from the path after the last counted item), the items it sits in, innermost
 * first, and the path as written in the file (for whoever opens the file to fix it).
 */
export function describeField(t: TFunction, path: string): string {
  const segments = path.split('.');
  const items: string[] = [];
  let rest: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const key = segments[i]!;
    const next = segments[i + 1];
    if (ITEM_ARRAYS.has(key) && next !== undefined && /^\d+$/.test(next)) {
      items.unshift(t(`snapshotProblems.items.${key as 'checkIns'}`, { position: Number(next) + 1 }));
      rest = [];
      i++;
    } else rest.push(key);
  }
  const labels = t('snapshotProblems.fields', { returnObjects: true }) as unknown as Record<string, string>;
  const own = rest.length > 0 ? (labels[rest.join('_')] ?? labels[rest[rest.length - 1]!]) : undefined;
  const parts = own ? [own, ...items] : items;
  const label = parts.reduce<string | null>((inner, outer) => (inner === null ? outer : t('snapshotProblems.of', { inner, outer })), null);
  const shownPath = cut(path);
  return label ? t('snapshotProblems.labelledField', { label, path: shownPath }) : t('snapshotProblems.field', { path: shownPath });
}

function where(t: TFunction, loc: RecordLocation): string {
  const entity = t(`entities.${loc.entity}`);
  const parts = [loc.position !== undefined ? t('snapshotProblems.record', { entity, position: loc.position }) : entity];
  if (loc.recordId) parts.push(t('snapshotProblems.recordId', { id: cut(loc.recordId) }));
  if (loc.recordTitle) parts.push(`“${cut(loc.recordTitle)}”`);
  return parts.length > 1 ? `${parts[0]} (${parts.slice(1).join(', ')})` : parts[0]!;
}

function megabytes(bytes: number, locale: Locale): string {
  return `${formatNumber(bytes / (1024 * 1024), locale, 1)} MB`;
}

export function describeProblem(t: TFunction, problem: SnapshotProblem, locale: Locale): string {
  switch (problem.code) {
    case 'empty':
      return t('snapshotProblems.empty');
    case 'too-large':
      return t('snapshotProblems.tooLarge', { size: megabytes(problem.bytes, locale), limit: megabytes(problem.limit, locale) });
    case 'not-json':
      return t('snapshotProblems.notJson', { detail: cut(problem.detail, 2 * MAX_ECHO) });
    case 'not-an-object': {
      const found = ['array', 'string', 'number', 'boolean', 'null'].includes(problem.found) ? problem.found : 'string';
      return t('snapshotProblems.notAnObject', { found: t(`snapshotProblems.found.${found as 'array'}`) });
    }
    case 'other-application':
      return problem.found === null ? t('snapshotProblems.otherApplicationUnnamed') : t('snapshotProblems.otherApplication', { found: cut(problem.found) });
    case 'bad-version':
      return t('snapshotProblems.badVersion', { found: cut(problem.found) });
    case 'newer-version':
      return t('snapshotProblems.newerVersion', { found: problem.found, supported: problem.supported });
    case 'forbidden-key':
      return t('snapshotProblems.forbiddenKey', { key: cut(problem.key), path: cut(problem.path) });
    case 'missing-section':
      return t('snapshotProblems.missingSection', { section: cut(problem.section) });
    case 'invalid-field': {
      const issue = describeIssue(t, problem, locale);
      if (problem.entity === 'envelope') return problem.path ? t('snapshotProblems.invalidEnvelope', { field: describeField(t, problem.path), issue }) : t('snapshotProblems.invalidRecord', { where: t('entities.envelope'), issue });
      return problem.path ? t('snapshotProblems.invalidField', { where: where(t, problem), field: describeField(t, problem.path), issue }) : t('snapshotProblems.invalidRecord', { where: where(t, problem), issue });
    }
    case 'duplicate-id':
      return t('snapshotProblems.duplicateId', { entity: t(`entities.${problem.entity}`), id: cut(problem.id), first: problem.positions[0], second: problem.positions[1] });
    case 'missing-reference':
      return t('snapshotProblems.missingReference', {
        where: where(t, problem),
        field: describeField(t, problem.path),
        target: t(`entities.${problem.target}`).toLocaleLowerCase(locale === 'vi' ? 'vi' : 'en'),
        targetId: cut(problem.targetId),
      });
    case 'missing-clock':
      return t('snapshotProblems.missingClock', { where: where(t, problem) });
    case 'clock-ahead':
      return t('snapshotProblems.clockAhead', { where: where(t, problem), at: `${formatIsoDate(problem.at.slice(0, 10))} ${problem.at.slice(11, 16)} UTC`, hours: problem.limitHours });
    case 'base-missing':
      return t('snapshotProblems.baseMissing', {
        devices: problem.missing
          .slice(0, 5)
          .map((m) => (m.name ? t('snapshotProblems.deviceOf', { name: cut(m.name), device: m.device.slice(0, 6) }) : t('snapshotProblems.deviceUnnamed', { device: m.device.slice(0, 6) })))
          .join(', '),
      });
    case 'id-in-use':
      return t('snapshotProblems.idInUse', { entity: t(`entities.${problem.entity}`), id: cut(problem.id), record: cut(problem.recordTitle), other: cut(problem.otherTitle) });
    case 'replace-needs-full':
      return t('snapshotProblems.replaceNeedsFull');
    case 'invalid-extra': {
      const issue = describeIssue(t, problem, locale);
      return t('snapshotProblems.invalidExtra', { section: t(`snapshotProblems.sections.${problem.section}`), position: problem.position, field: describeField(t, problem.path), issue });
    }
  }
}
