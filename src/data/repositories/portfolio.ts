/** Everything the dashboard judges, read in one transaction (see domain/status/dashboard.ts). */
import type { DashboardData } from '../../domain/status/dashboard';
import type { CamKetDatabase } from '../db';
import { attempt, ok, type Result } from '../errors';
import { dataTables } from '../tables';

/** As stored: the dashboard needs no canonical order, so nothing is copied or sorted. */
export function loadPortfolio(db: CamKetDatabase): Promise<Result<DashboardData>> {
  return attempt(() =>
    db.transaction('r', [...dataTables(db)], async () => {
      const [units, parties, agreements, commitments] = await Promise.all([db.units.toArray(), db.parties.toArray(), db.agreements.toArray(), db.commitments.toArray()]);
      return ok({ units, parties, agreements, commitments });
    }),
  );
}
