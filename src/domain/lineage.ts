/**
 * Who an agreement belongs to — the one home of province lineage and partner matching, used by the
 * overview's filters, the lists, the export scope and the report.
 *
 * - Province lineage: since the 2025 reorganisation a unit may have a successor (Hải Dương → Hải
 *   Phòng). A province's agreements are those signed by it or by any unit whose successor chain
 *   leads to it, and those it is now responsible for.
 * - Partners: an agreement signed with an alliance (SAIGONTEL–NGS) is also an agreement of each of
 *   its members.
 */
import type { AdminUnit, Agreement, Party } from './model';

/** Follows `successorId` links to the unit that exists today (guarding against cycles). */
export function currentSuccessor(unitId: string, successorOf: (id: string) => string | null | undefined): string {
  let current = unitId;
  const seen = new Set<string>([current]);
  for (;;) {
    const next = successorOf(current);
    if (!next || seen.has(next)) return current;
    seen.add(next);
    current = next;
  }
}

/** The unit and every unit whose successor chain leads to it (Hải Phòng → {Hải Phòng, Hải Dương}). */
export function unitWithFormerUnits(units: readonly AdminUnit[], unitId: string): Set<string> {
  const successor = new Map(units.map((u) => [u.id, u.successorId]));
  const result = new Set<string>([unitId]);
  for (const u of units) {
    const seen = new Set<string>();
    let current: string | null | undefined = u.id;
    while (current && !seen.has(current)) {
      if (current === unitId) {
        result.add(u.id);
        break;
      }
      seen.add(current);
      current = successor.get(current);
    }
  }
  return result;
}

/** The given units plus every unit their successor chains lead to (so a former province's lineage is complete). */
export function withSuccessors(units: readonly AdminUnit[], unitIds: Iterable<string>): Set<string> {
  const byId = new Map(units.map((u) => [u.id, u]));
  const result = new Set(unitIds);
  for (const id of [...result]) {
    let next = byId.get(id)?.successorId;
    while (next && !result.has(next)) {
      result.add(next);
      next = byId.get(next)?.successorId;
    }
  }
  return result;
}

/** The agreements of a province: signed by it or a former unit of it, or now in its charge. */
export function agreementsOfProvince<A extends Pick<Agreement, 'responsibleUnitId' | 'signatoryUnitId'>>(units: readonly AdminUnit[], agreements: readonly A[], unitId: string): A[] {
  const lineage = unitWithFormerUnits(units, unitId);
  return agreements.filter((a) => lineage.has(a.responsibleUnitId) || lineage.has(a.signatoryUnitId));
}

/** The party and every alliance it belongs to. */
export function partnerWithAlliances(parties: readonly Party[], partyId: string): Set<string> {
  return new Set([partyId, ...parties.filter((p) => p.memberIds.includes(partyId)).map((p) => p.id)]);
}

/** The agreements of a partner: signed by it or by an alliance it belongs to. */
export function agreementsOfPartner<A extends Pick<Agreement, 'partyIds'>>(parties: readonly Party[], agreements: readonly A[], partyId: string): A[] {
  const ids = partnerWithAlliances(parties, partyId);
  return agreements.filter((a) => a.partyIds.some((id) => ids.has(id)));
}
