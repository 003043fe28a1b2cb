/**
 * Reading agreements: the list (with partners, units and commitment counts) and one agreement in
 * full (with its commitments). Reads run in one read-only transaction each, so what is shown is
 * one consistent state even while another tab writes.
 */
import type { AdminUnit, Agreement, Commitment, Party } from '../../domain/model';
import type { CamKetDatabase } from '../db';
import { attempt, fail, ok, type Result } from '../errors';
import { compareByClause } from '../../domain/ordering';

export interface AgreementSummary {
  agreement: Agreement;
  /** Parties other than People's Committees: the enterprises and alliances. */
  partners: Party[];
  committees: Party[];
  signatoryUnit: AdminUnit | undefined;
  responsibleUnit: AdminUnit | undefined;
  commitmentCount: number;
}

export interface AgreementDetail extends AgreementSummary {
  commitments: Commitment[];
  /** Every party named by the agreement or its commitments (signatories, leads, supporters). */
  parties: Map<string, Party>;
  units: Map<string, AdminUnit>;
  predecessor: Agreement | undefined;
  successors: Agreement[];
}

function summarise(agreement: Agreement, parties: Map<string, Party>, units: Map<string, AdminUnit>, commitmentCount: number): AgreementSummary {
  const named = agreement.partyIds.map((id) => parties.get(id)).filter((p): p is Party => p !== undefined);
  return {
    agreement,
    partners: named.filter((p) => p.kind !== 'people-committee'),
    committees: named.filter((p) => p.kind === 'people-committee'),
    signatoryUnit: units.get(agreement.signatoryUnitId),
    responsibleUnit: units.get(agreement.responsibleUnitId),
    commitmentCount,
  };
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/** Sorted by signing date, newest first. Counts come from the index, without reading commitments. */
export function listAgreements(db: CamKetDatabase): Promise<Result<AgreementSummary[]>> {
  return attempt(() =>
    db.transaction('r', [db.agreements, db.parties, db.units, db.commitments], async () => {
      const [agreements, parties, units, agreementKeys] = await Promise.all([
        db.agreements.toArray(),
        db.parties.toArray(),
        db.units.toArray(),
        db.commitments.orderBy('agreementId').keys(),
      ]);
      const counts = new Map<string, number>();
      for (const key of agreementKeys) counts.set(String(key), (counts.get(String(key)) ?? 0) + 1);
      const partyMap = byId(parties);
      const unitMap = byId(units);
      const summaries = agreements
        .map((a) => summarise(a, partyMap, unitMap, counts.get(a.id) ?? 0))
        .sort((x, y) => y.agreement.signedOn.localeCompare(x.agreement.signedOn));
      return ok(summaries);
    }),
  );
}

export function getAgreementDetail(db: CamKetDatabase, id: string): Promise<Result<AgreementDetail>> {
  return attempt(() =>
    db.transaction('r', [db.agreements, db.parties, db.units, db.commitments], async () => {
      const agreement = await db.agreements.get(id);
      if (!agreement) return fail({ code: 'not-found', subject: `agreement ${id}` });
      const [commitments, parties, units, predecessor, successors] = await Promise.all([
        db.commitments.where('agreementId').equals(id).toArray(),
        db.parties.toArray(),
        db.units.toArray(),
        agreement.predecessorId ? db.agreements.get(agreement.predecessorId) : Promise.resolve(undefined),
        db.agreements.filter((a) => a.predecessorId === id).toArray(),
      ]);
      // Stable order: by clause as people number them, then by id (the order they were entered).
      commitments.sort(compareByClause);
      const partyMap = byId(parties);
      const unitMap = byId(units);
      return ok({
        ...summarise(agreement, partyMap, unitMap, commitments.length),
        commitments,
        parties: partyMap,
        units: unitMap,
        predecessor,
        successors,
      });
    }),
  );
}
