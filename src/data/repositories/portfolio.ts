/** Everything the dashboard judges, read in one transaction (see domain/status/dashboard.ts). */
import type { DashboardData } from '../../domain/status/dashboard';
import type { CamKetDatabase } from '../db';
import { attempt, ok, type Result } from '../errors';
import { dataTables, readAllData } from '../tables';

export function loadPortfolio(db: CamKetDatabase): Promise<Result<DashboardData>> {
  return attempt(() => db.transaction('r', [...dataTables(db)], async () => ok(await readAllData(db))));
}
