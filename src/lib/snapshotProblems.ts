/**
 * Turns what is wrong with a snapshot file into sentences in the user's language, naming the
 * record (its kind, position, id and title) and the field.
 */
import type { TFunction } from 'i18next';
import { formatNumber, type Locale } from '../domain/numbers';
import type { RecordLocation, SnapshotProblem } from '../domain/snapshot/parse';

const ISSUE_KEYS: Record<string, string> = {
  missing: 'validation.missing',
  'wrong-type': 'validation.wrongType',
  required: 'validation.required',
  'too-long': 'validation.tooLong',
  'invalid-date': 'validation.invalidDate',
  'invalid-timestamp': 'validation.invalidTimestamp',
  'not-a-number': 'validation.notANumber',
  'not-finite': 'validation.notFinite',
  'not-integer': 'validation.notInteger',
  'year-range': 'validation.yearRange',
  'unknown-value': 'validation.unknownValue',
  'period-order': 'validation.periodOrder',
  'two-parties': 'validation.twoParties',
  'percent-range': 'validation.percentRange',
  'unit-required': 'validation.unitRequired',
};

/** A field issue in words: "ngày không tồn tại … (nhận được "2025-02-31")". */
export function describeIssue(t: TFunction, issue: { issue: string; expected?: string; received?: string }): string {
  const key = ISSUE_KEYS[issue.issue] ?? 'validation.other';
  const known = ['string', 'number', 'boolean', 'array', 'object'];
  const expected = issue.expected && known.includes(issue.expected) ? t(`validation.types.${issue.expected as 'string'}`) : (issue.expected ?? '');
  return t(key as 'validation.other', { code: issue.issue, expected, received: issue.received ?? '' });
}

function where(t: TFunction, loc: RecordLocation): string {
  const entity = t(`entities.${loc.entity}`);
  const parts = [loc.position !== undefined ? t('snapshotProblems.record', { entity, position: loc.position }) : entity];
  if (loc.recordId) parts.push(t('snapshotProblems.recordId', { id: loc.recordId }));
  if (loc.recordTitle) parts.push(`«${loc.recordTitle}»`);
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
      return t('snapshotProblems.notJson', { detail: problem.detail });
    case 'not-an-object': {
      const found = ['array', 'string', 'number', 'boolean', 'null'].includes(problem.found) ? problem.found : 'string';
      return t('snapshotProblems.notAnObject', { found: t(`snapshotProblems.found.${found as 'array'}`) });
    }
    case 'other-application':
      return problem.found === null ? t('snapshotProblems.otherApplicationUnnamed') : t('snapshotProblems.otherApplication', { found: problem.found });
    case 'bad-version':
      return t('snapshotProblems.badVersion', { found: problem.found });
    case 'newer-version':
      return t('snapshotProblems.newerVersion', { found: problem.found, supported: problem.supported });
    case 'forbidden-key':
      return t('snapshotProblems.forbiddenKey', { key: problem.key, path: problem.path });
    case 'missing-section':
      return t('snapshotProblems.missingSection', { section: problem.section });
    case 'invalid-field':
      if (problem.entity === 'envelope') return t('snapshotProblems.invalidEnvelope', { path: problem.path, issue: describeIssue(t, problem) });
      return t('snapshotProblems.invalidField', { where: where(t, problem), path: problem.path, issue: describeIssue(t, problem) });
    case 'duplicate-id':
      return t('snapshotProblems.duplicateId', { entity: t(`entities.${problem.entity}`), id: problem.id, first: problem.positions[0], second: problem.positions[1] });
    case 'missing-reference':
      return t('snapshotProblems.missingReference', {
        where: where(t, problem),
        path: problem.path,
        target: t(`entities.${problem.target}`).toLocaleLowerCase(locale === 'vi' ? 'vi' : 'en'),
        targetId: problem.targetId,
      });
  }
}
