/**
 * A write that can be undone: every row it puts or deletes is remembered as it was before (once
 * per row), so that the undo puts exactly those rows back. Restore points are such undos: they cost
 * what the change touched, not a copy of the whole database, and are stored compressed (fflate,
 * synchronous, so that compressing never lets the IndexedDB transaction commit early).
 */
import { gunzipSync, gzipSync, strFromU8, strToU8 } from 'fflate';
import type { CamKetDatabase } from './db';

/** The tables a restore point can put back, and their primary key. */
export const PATCHABLE_TABLES = {
  units: 'id',
  parties: 'id',
  agreements: 'id',
  commitments: 'id',
  trash: 'id',
  tombstones: 'key',
  history: 'id',
  conflicts: 'id',
  settings: 'key',
} as const;
export type PatchableTable = keyof typeof PATCHABLE_TABLES;

export interface PatchEntry {
  table: PatchableTable;
  key: string;
  /** The row before the change; null when the change created it. */
  before: unknown;
}

type Row = Record<string, unknown>;

export class Patch {
  readonly entries: PatchEntry[] = [];
  private readonly seen = new Set<string>();
  /** Time spent reading the rows as they were (the undo's cost inside the write; `npm run bench`). */
  rememberMs = 0;

  constructor(private readonly db: CamKetDatabase) {}

  private table(name: PatchableTable) {
    return this.db.table<Row, string>(name);
  }

  /** Remembers how the rows `keys` of `table` are now (only the first time each is met). */
  async remember(table: PatchableTable, keys: string[]): Promise<void> {
    const fresh = [...new Set(keys)].filter((k) => !this.seen.has(`${table}\u0000${k}`));
    if (fresh.length === 0) return;
    const started = performance.now();
    const rows = await this.table(table).bulkGet(fresh);
    this.rememberMs += performance.now() - started;
    fresh.forEach((key, i) => {
      this.seen.add(`${table}\u0000${key}`);
      this.entries.push({ table, key, before: rows[i] ?? null });
    });
  }

  async put<T extends object>(table: PatchableTable, rows: readonly T[]): Promise<void> {
    if (rows.length === 0) return;
    const pk = PATCHABLE_TABLES[table];
    await this.remember(table, rows.map((r) => (r as Row)[pk] as string));
    await this.table(table).bulkPut(rows as unknown as Row[]);
  }

  async delete(table: PatchableTable, keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.remember(table, keys);
    await this.table(table).bulkDelete(keys);
  }

  /** Rows of each table the patch would put back. */
  counts(): Partial<Record<PatchableTable, number>> {
    const out: Partial<Record<PatchableTable, number>> = {};
    for (const e of this.entries) out[e.table] = (out[e.table] ?? 0) + 1;
    return out;
  }
}

export function compressPatch(entries: PatchEntry[]): Uint8Array {
  return gzipSync(strToU8(JSON.stringify(entries)), { level: 6 });
}

export function decompressPatch(bytes: Uint8Array): PatchEntry[] {
  return JSON.parse(strFromU8(gunzipSync(bytes))) as PatchEntry[];
}

/**
 * Puts back what a patch remembers, itself recorded in `undo` (so that putting back can be
 * undone too). Call inside a read-write transaction over every patchable table.
 */
export async function applyPatch(db: CamKetDatabase, entries: PatchEntry[], undo: Patch): Promise<void> {
  const byTable = new Map<PatchableTable, PatchEntry[]>();
  for (const e of entries) byTable.set(e.table, [...(byTable.get(e.table) ?? []), e]);
  for (const [table, list] of byTable) {
    await undo.delete(table, list.filter((e) => e.before === null).map((e) => e.key));
    await undo.put(table, list.filter((e) => e.before !== null).map((e) => e.before as Row));
  }
}
