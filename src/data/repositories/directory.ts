/** Reference data for pickers: administrative units and parties, sorted the Vietnamese way. */
import type { AdminUnit, Party } from '../../domain/model';
import { vietnameseCollator } from '../../domain/text';
import type { CamKetDatabase } from '../db';
import { attempt, ok, type Result } from '../errors';

export interface Directory {
  units: AdminUnit[];
  parties: Party[];
}

export function listDirectory(db: CamKetDatabase): Promise<Result<Directory>> {
  return attempt(() =>
    db.transaction('r', [db.units, db.parties], async () => {
      const [units, parties] = await Promise.all([db.units.toArray(), db.parties.toArray()]);
      units.sort((a, b) => vietnameseCollator.compare(a.name, b.name));
      parties.sort((a, b) => vietnameseCollator.compare(a.shortName, b.shortName));
      return ok({ units, parties });
    }),
  );
}
