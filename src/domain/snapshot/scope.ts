/**
 * Exporting part of the data: one province (with the provinces merged into it), one agreement, or
 * one partner. The part is closed over references — every party, unit and predecessor agreement a
 * record names comes along — so that it imports into an empty database.
 */
import { agreementsOfPartner, agreementsOfProvince, withSuccessors } from '../lineage';
import type { Agreement, Commitment } from '../model';
import { foldForSearch } from '../text';
import { canonicalData, type SnapshotData } from './canonical';
import type { SnapshotScope } from './format';

function closeOverReferences(data: SnapshotData, agreements: Agreement[], commitments: Commitment[]): SnapshotData {
  const agreementsById = new Map(data.agreements.map((a) => [a.id, a]));
  const chosen = new Map(agreements.map((a) => [a.id, a]));
  // Predecessors come along as records (without their commitments), so links stay valid.
  for (const a of agreements) {
    let previous = a.predecessorId ? agreementsById.get(a.predecessorId) : undefined;
    while (previous && !chosen.has(previous.id)) {
      chosen.set(previous.id, previous);
      previous = previous.predecessorId ? agreementsById.get(previous.predecessorId) : undefined;
    }
  }
  const partyIds = new Set<string>();
  const unitIds = new Set<string>();
  for (const a of chosen.values()) {
    a.partyIds.forEach((id) => partyIds.add(id));
    a.signatories.forEach((s) => partyIds.add(s.partyId));
    unitIds.add(a.signatoryUnitId);
    unitIds.add(a.responsibleUnitId);
  }
  for (const c of commitments) {
    if (c.leadPartyId) partyIds.add(c.leadPartyId);
    c.supportPartyIds.forEach((id) => partyIds.add(id));
    if (c.territoryUnitId) unitIds.add(c.territoryUnitId);
  }
  const partiesById = new Map(data.parties.map((p) => [p.id, p]));
  for (const id of [...partyIds]) partiesById.get(id)?.memberIds.forEach((m) => partyIds.add(m));
  const parties = data.parties.filter((p) => partyIds.has(p.id));
  for (const p of parties) if (p.unitId) unitIds.add(p.unitId);
  // Follow successors, so a former province's lineage is complete.
  const lineage = withSuccessors(data.units, unitIds);
  return canonicalData({
    units: data.units.filter((u) => lineage.has(u.id)),
    parties,
    agreements: [...chosen.values()],
    commitments,
  });
}

/** The agreements a scope names directly (for "all": every one), without the predecessors it brings along. */
function scopedAgreements(data: SnapshotData, scope: SnapshotScope): Agreement[] {
  switch (scope.kind) {
    case 'all':
      return data.agreements;
    case 'province':
      return agreementsOfProvince(data.units, data.agreements, scope.unitId);
    case 'agreement':
      return data.agreements.filter((a) => a.id === scope.agreementId);
    case 'partner':
      return agreementsOfPartner(data.parties, data.agreements, scope.partyId);
  }
}

/** The ids of the agreements a scope covers: what "replace" may delete. */
export function agreementsInScope(data: SnapshotData, scope: SnapshotScope): Set<string> {
  return new Set(scopedAgreements(data, scope).map((a) => a.id));
}

export function selectScope(data: SnapshotData, scope: SnapshotScope): SnapshotData {
  if (scope.kind === 'all') return canonicalData(data);
  const agreements = scopedAgreements(data, scope);
  const ids = new Set(agreements.map((a) => a.id));
  return closeOverReferences(data, agreements, data.commitments.filter((c) => ids.has(c.agreementId)));
}

/**
 * `camket-hai-phong-2025-11-22.json`; the whole database is `camket-toan-bo-…`; a file of changes
 * only is `camket-thay-doi-toan-bo-…`.
 */
export function snapshotFileName(scope: SnapshotScope, isoDate: string, contents: 'full' | 'changes' = 'full'): string {
  const label = scope.kind === 'all' ? 'toàn bộ' : scope.name;
  const slug =
    foldForSearch(label)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || 'ban-sao';
  return `camket-${contents === 'changes' ? 'thay-doi-' : ''}${slug}-${isoDate}.json`;
}
