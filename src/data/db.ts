/**
 * The IndexedDB database, through Dexie. The only module (with its siblings in data/) that knows
 * Dexie exists.
 *
 * Layout, chosen for scale (IndexedDB costs ~0.1 ms per stored record on these machines):
 * - one record per agreement, per commitment, per unit and per party;
 * - a commitment's check-ins and target revisions live inside the commitment record, because
 *   they are always read with it. ~6,000 commitments with ~120,000 check-ins are ~6,000 records.
 *
 * Versions are listed in order and never edited once shipped: a change is a new version with an
 * upgrade function, tested in tests/unit/data/migrations.test.ts.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { AdminUnit, Agreement, Commitment, Party } from '../domain/model';
import { currentSuccessor } from '../domain/lineage';
import type { SnapshotData } from '../domain/snapshot/canonical';
import type { HistoryEntry } from '../domain/editing/history';
import type { CommitmentTemplate } from '../domain/editing/templates';
import type { DeletionMarker, FieldChange, MergeEntity, Outcome } from '../domain/snapshot/merge';

export const DATABASE_NAME = 'cam-ket';

/** A key–value row for small settings and markers ("initialized", user name …). */
export interface SettingRow {
  key: string;
  value: unknown;
}

export type RestorePointReason = 'before-import' | 'before-restore' | 'before-reset' | 'before-empty';

/** A restore point as listed: what it was taken before, and how much it holds. */
export interface RestorePointRow {
  id: string;
  createdAt: string;
  reason: RestorePointReason;
  /** The imported file's name, or the restored point's time. */
  label: string;
  holds: { agreements: number; commitments: number; checkIns: number };
  /** For an import: what it did (filled in by the import, in the same transaction). */
  importCounts: Record<MergeEntity, Record<Outcome, number>> | null;
  importMode: 'merge' | 'replace' | null;
}

/**
 * The data of a restore point, apart from its row so that listing points reads no data: what the
 * change overwrote or removed, gzip-compressed (data/patch.ts). Points taken by app versions
 * before schema 5 hold a whole copy in `data` instead.
 */
export interface RestorePointDataRow {
  id: string;
  patch?: Uint8Array;
  data?: SnapshotData;
}

/**
 * A field-level conflict met by an import: both laptops changed the same fields of one record
 * without knowing of each other's change. The later value was kept; the other is here, and can be
 * chosen after all (as a new change).
 */
export interface ConflictRow {
  id: string;
  createdAt: string;
  /** The restore point taken before the import that met the conflict (undoing it removes the row). */
  importId: string;
  fileName: string;
  entity: MergeEntity;
  recordId: string;
  parentId: string | null;
  label: string;
  /** The fields in conflict: both values, their clocks, which one was kept. */
  fields: FieldChange[];
  /** Names of the people behind each device met here (device id → user name), for "who". */
  names: Record<string, string>;
  /** When the user chose the other values after all. */
  resolvedAt: string | null;
}

/** A deletion, kept for ever so that the record cannot come back from an older file. */
export interface TombstoneRow extends DeletionMarker {
  /** `entity:id`. */
  key: string;
  /** Deleted for good here: the trash no longer holds its content. */
  purged: boolean;
}

/** A deleted agreement (with its commitments) or commitment, kept until the trash is emptied. */
export interface TrashRow {
  id: string;
  deletedAt: string;
  deletedBy: string;
  subject: 'agreement' | 'commitment';
  /** The title, for the list. */
  label: string;
  /** For a commitment: its agreement (which must exist for it to be put back). */
  agreementId: string;
  agreement: Agreement | null;
  commitments: Commitment[];
}

export type CamKetDatabase = Dexie & {
  units: EntityTable<AdminUnit, 'id'>;
  parties: EntityTable<Party, 'id'>;
  agreements: EntityTable<Agreement, 'id'>;
  commitments: EntityTable<Commitment, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  restorePoints: EntityTable<RestorePointRow, 'id'>;
  restorePointData: EntityTable<RestorePointDataRow, 'id'>;
  conflicts: EntityTable<ConflictRow, 'id'>;
  history: EntityTable<HistoryEntry, 'id'>;
  trash: EntityTable<TrashRow, 'id'>;
  templates: EntityTable<CommitmentTemplate, 'id'>;
  tombstones: EntityTable<TombstoneRow, 'key'>;
};

/** Version 1: the first layout. Agreements had no `responsibleUnitId` yet. */
export const SCHEMA_V1 = {
  units: 'id, successorId',
  parties: 'id, kind',
  agreements: 'id, signatoryUnitId, kind, *partyIds',
  commitments: 'id, agreementId, pillar, kind',
  settings: 'key',
} as const;

/**
 * Version 2: after the 2025 province mergers an agreement is listed under the authority
 * responsible now. The field is indexed, and filled for stored agreements by following the
 * signatory unit's successor chain.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  agreements: 'id, signatoryUnitId, responsibleUnitId, kind, *partyIds',
} as const;

/** Version 3: restore points (taken before every import, reset and restore) and the conflict log. */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  restorePoints: 'id, createdAt',
  restorePointData: 'id',
  conflicts: 'id, createdAt, importId',
} as const;

/**
 * Version 4: day-to-day editing. The change history of every record (by the record it is shown
 * under), the trash of deleted agreements and commitments, and the user's own commitment templates.
 * These stay on this device: snapshots carry the data, not its history.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  history: 'id, recordId, at',
  trash: 'id, deletedAt',
  templates: 'id',
} as const;

/**
 * Version 5: exchange format 2. Deletion markers (tombstones) that travel and are never removed;
 * the conflict log's rows become field-level (older rows, whole-record, are dropped: they described
 * a rule that no longer applies); history entries are indexed by their clock for incremental files.
 * Field clocks live inside the records (`clock`), so the data tables keep their layout.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  history: 'id, recordId, at, hlc',
  tombstones: 'key, at, entity',
} as const;

export const CURRENT_SCHEMA_VERSION = 5;

async function upgradeToV2(tx: Transaction): Promise<void> {
  const units = await tx.table<AdminUnit, string>('units').toArray();
  const successor = new Map(units.map((u) => [u.id, u.successorId]));
  await tx
    .table<Agreement, string>('agreements')
    .toCollection()
    .modify((agreement) => {
      if (!agreement.responsibleUnitId) {
        agreement.responsibleUnitId = currentSuccessor(agreement.signatoryUnitId, (id) => successor.get(id));
      }
    });
}

export function openDatabase(name: string = DATABASE_NAME): CamKetDatabase {
  const db = new Dexie(name) as CamKetDatabase;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(3).stores(SCHEMA_V3);
  db.version(4).stores(SCHEMA_V4);
  db.version(5)
    .stores(SCHEMA_V5)
    .upgrade((tx) => tx.table('conflicts').clear());
  return db;
}

/**
 * The schema version a database on this device was last written with, without opening (and so
 * without upgrading or touching) it. Dexie stores version × 10 natively and, when it adapts a
 * schema by itself, adds 1. Null when the database does not exist yet.
 */
export async function installedSchemaVersion(name: string = DATABASE_NAME): Promise<number | null> {
  const list = await indexedDB.databases();
  const found = list.find((d) => d.name === name);
  return found?.version ? Math.floor(found.version / 10) : null;
}

/**
 * Thrown when this device's database was written by a newer version of the app. Dexie 4 would
 * open it anyway and adapt it to this older schema; refusing is the only way to be sure an older
 * tab never rewrites newer records in an older shape.
 */
export class DatabaseNewerError extends Error {
  override name = 'DatabaseNewerError';
  constructor(readonly installed: number) {
    super(`The database was written by a newer version of Cam kết (schema ${installed} > ${CURRENT_SCHEMA_VERSION}).`);
  }
}

/** Opens the database after checking it is not newer than this app; upgrades an older one. */
export async function openCheckedDatabase(name: string = DATABASE_NAME): Promise<CamKetDatabase> {
  const installed = await installedSchemaVersion(name);
  if (installed !== null && installed > CURRENT_SCHEMA_VERSION) throw new DatabaseNewerError(installed);
  const db = openDatabase(name);
  await db.open();
  return db;
}
