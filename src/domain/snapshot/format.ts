/**
 * The snapshot format: the app's own file for moving data between laptops. Not a database dump:
 * an envelope that says what it is, which version, who made it and what it holds, around the
 * domain entities. docs/snapshot-format.md describes it for people; docs/snapshot.schema.json is
 * generated from these schemas (npm run schema).
 */
import * as v from 'valibot';
import { AdminUnitSchema, AgreementSchema, CommitmentSchema, Id, IsoTimestamp, PartySchema } from '../model';
import { isHlc } from '../sync/hlc';
import { DELETABLE_ENTITIES } from './merge';

export const SNAPSHOT_FORMAT = 'cam-ket-snapshot';
/** Raise by one, and add a migration in migrations.ts, whenever the stored shape changes. */
export const CURRENT_FORMAT_VERSION = 2;

export const SCOPE_KINDS = ['all', 'province', 'agreement', 'partner'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export const ScopeSchema = v.variant('kind', [
  v.object({ kind: v.literal('all') }),
  v.object({ kind: v.literal('province'), unitId: Id, name: v.string() }),
  v.object({ kind: v.literal('agreement'), agreementId: Id, name: v.string() }),
  v.object({ kind: v.literal('partner'), partyId: Id, name: v.string() }),
]);
export type SnapshotScope = v.InferOutput<typeof ScopeSchema>;

const Hlc = v.pipe(v.string(), v.check((s: string) => isHlc(s), 'invalid-clock'));
const ShortText = v.pipe(v.string(), v.maxLength(2_000, 'too-long'));

/** For each device (16 hex digits), the latest of its changes the exporter knew. */
export const VectorSchema = v.record(v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'invalid-device')), Hlc);

export const EnvelopeSchema = v.object({
  format: v.literal(SNAPSHOT_FORMAT),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: v.string(),
  exportedAt: IsoTimestamp,
  exportedBy: v.object({ deviceId: v.string(), user: v.string() }),
  scope: ScopeSchema,
  /** A full copy of the scope, or only the changes since `base`. */
  contents: v.picklist(['full', 'changes'], 'unknown-value'),
  vector: VectorSchema,
  /** For `changes`: what the file assumes the importing laptop already has. */
  base: v.nullable(VectorSchema),
});
export type SnapshotEnvelope = v.InferOutput<typeof EnvelopeSchema>;

/** A deletion: what, when, by whom. */
export const DeletionMarkerSchema = v.object({
  entity: v.picklist(DELETABLE_ENTITIES, 'unknown-value'),
  id: Id,
  parentId: v.nullable(Id),
  at: Hlc,
  by: ShortText,
  label: ShortText,
});

/** One entry of a record's change history (domain/editing/history.ts). */
export const HistoryEntrySchema = v.object({
  id: Id,
  recordId: Id,
  subject: v.picklist(['agreement', 'commitment', 'check-in', 'revision'], 'unknown-value'),
  action: v.picklist(['create', 'update', 'delete', 'restore', 'archive', 'unarchive', 'renew', 'close', 'reopen'], 'unknown-value'),
  label: ShortText,
  at: IsoTimestamp,
  by: ShortText,
  hlc: v.optional(Hlc),
  changes: v.pipe(
    v.array(v.object({ field: v.pipe(v.string(), v.maxLength(200, 'too-long')), before: v.unknown(), after: v.unknown() })),
    v.maxLength(500, 'too-long'),
  ),
});

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
    deletions: v.array(DeletionMarkerSchema),
    history: v.array(HistoryEntrySchema),
  }),
});
export type Snapshot = v.InferOutput<typeof SnapshotSchema>;
