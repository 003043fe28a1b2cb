/** Checks that every id a record points at names a record in the same data set. */
import type { EntityKind, SnapshotData } from './canonical';
import type { SnapshotProblem } from './parse';

export function findMissingReferences(data: SnapshotData): SnapshotProblem[] {
  const ids: Record<EntityKind, Set<string>> = {
    units: new Set(data.units.map((r) => r.id)),
    parties: new Set(data.parties.map((r) => r.id)),
    agreements: new Set(data.agreements.map((r) => r.id)),
    commitments: new Set(data.commitments.map((r) => r.id)),
  };
  const problems: SnapshotProblem[] = [];
  // Records are named by id and title, not position: the data checked may be a merge result.
  const check = (entity: EntityKind, _position: number, record: { id: string; title?: string; name?: string }, path: string, target: EntityKind, targetId: string | null) => {
    if (targetId !== null && !ids[target].has(targetId)) {
      const recordTitle = record.title ?? record.name;
      problems.push({ code: 'missing-reference', entity, recordId: record.id, ...(recordTitle ? { recordTitle } : {}), path, target, targetId });
    }
  };
  data.units.forEach((u, i) => check('units', i + 1, u, 'successorId', 'units', u.successorId));
  data.parties.forEach((p, i) => {
    check('parties', i + 1, p, 'unitId', 'units', p.unitId);
    p.memberIds.forEach((id, k) => check('parties', i + 1, p, `memberIds.${k}`, 'parties', id));
  });
  data.agreements.forEach((a, i) => {
    a.partyIds.forEach((id, k) => check('agreements', i + 1, a, `partyIds.${k}`, 'parties', id));
    a.signatories.forEach((s, k) => check('agreements', i + 1, a, `signatories.${k}.partyId`, 'parties', s.partyId));
    check('agreements', i + 1, a, 'signatoryUnitId', 'units', a.signatoryUnitId);
    check('agreements', i + 1, a, 'responsibleUnitId', 'units', a.responsibleUnitId);
    check('agreements', i + 1, a, 'predecessorId', 'agreements', a.predecessorId);
  });
  data.commitments.forEach((c, i) => {
    check('commitments', i + 1, c, 'agreementId', 'agreements', c.agreementId);
    check('commitments', i + 1, c, 'leadPartyId', 'parties', c.leadPartyId);
    c.supportPartyIds.forEach((id, k) => check('commitments', i + 1, c, `supportPartyIds.${k}`, 'parties', id));
    check('commitments', i + 1, c, 'territoryUnitId', 'units', c.territoryUnitId);
  });
  return problems;
}
