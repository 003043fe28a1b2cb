/**
 * The snapshot format: the app's own file for moving data between laptops. Not a database dump:
 * an envelope that says what it is, which version, who made it and what it holds, around the
 * domain entities. docs/snapshot-format.md describes it for people; docs/snapshot.schema.json is
 * generated from these schemas (npm run schema).
 */
import * as v from 'valibot';
import { AdminUnitSchema, AgreementSchema, CommitmentSchema, Id, IsoTimestamp, PartySchema } from '../model';

export const SNAPSHOT_FORMAT = 'cam-ket-snapshot';
/** Raise by one, and add a migration in migrations.ts, whenever the stored shape changes. */
export const CURRENT_FORMAT_VERSION = 1;

export const SCOPE_KINDS = ['all', 'province', 'agreement', 'partner'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export const ScopeSchema = v.variant('kind', [
  v.object({ kind: v.literal('all') }),
  v.object({ kind: v.literal('province'), unitId: Id, name: v.string() }),
  v.object({ kind: v.literal('agreement'), agreementId: Id, name: v.string() }),
  v.object({ kind: v.literal('partner'), partyId: Id, name: v.string() }),
]);
export type SnapshotScope = v.InferOutput<typeof ScopeSchema>;

export const EnvelopeSchema = v.object({
  format: v.literal(SNAPSHOT_FORMAT),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: v.string(),
  exportedAt: IsoTimestamp,
  exportedBy: v.object({ deviceId: v.string(), user: v.string() }),
  scope: ScopeSchema,
});
export type SnapshotEnvelope = v.InferOutput<typeof EnvelopeSchema>;

/** The sections of `data`, each checked record by record so that a message can name the record. */
export const ENTITY_SCHEMAS = {
  units: AdminUnitSchema,
  parties: PartySchema,
  agreements: AgreementSchema,
  commitments: CommitmentSchema,
} as const;

/** The whole file, for the JSON Schema and documentation. */
export const SnapshotSchema = v.object({
  ...EnvelopeSchema.entries,
  data: v.object({
    units: v.array(AdminUnitSchema),
    parties: v.array(PartySchema),
    agreements: v.array(AgreementSchema),
    commitments: v.array(CommitmentSchema),
  }),
});
export type Snapshot = v.InferOutput<typeof SnapshotSchema>;
