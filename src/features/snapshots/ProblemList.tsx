// This screen's strings (lib/locales/exchange.ts) come with its chunk.
import '../../lib/exchangeI18n';
import { useTranslation } from 'react-i18next';
import type { SnapshotProblem } from '../../domain/snapshot/parse';
import { currentLocale } from '../../lib/i18n';
import { describeProblem } from '../../lib/snapshotProblems';

/** What is wrong with a file, one sentence per problem, naming the record and field. */
export function ProblemList({ problems, total }: { problems: SnapshotProblem[]; total: number }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.language);
  return (
    <ul className="problems">
      {problems.map((p, i) => (
        <li key={i}>{describeProblem(t, p, locale)}</li>
      ))}
      {total > problems.length && <li>{t('snapshotProblems.more', { count: total - problems.length })}</li>}
    </ul>
  );
}
