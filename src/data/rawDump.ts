/**
 * A plain copy of everything stored in this device's database, for the one case the app cannot
 * read it: the database was written by a newer version of Cam kết (a laptop that met a newer
 * build, then was served an older one). The copy is read with IndexedDB itself — no Dexie, no
 * schema, no version: the database is opened at whatever version it has, read in one read-only
 * transaction, and closed. Nothing is written, upgraded or deleted.
 *
 * The file format ("cam-ket-raw-dump", documented in README → Deploying to a province's server)
 * is every object store with its key path, indexes and records as stored. Values IndexedDB can
 * hold but JSON cannot are tagged: {"$type":"Uint8Array","base64":…}, {"$type":"Date","iso":…}.
 */
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME } from './db';

export const RAW_DUMP_FORMAT = 'cam-ket-raw-dump';
export const RAW_DUMP_FORMAT_VERSION = 1;

export interface RawDumpStore {
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
  /** The primary keys, only for a store whose keys are not inside the records (keyPath null). */
  keys?: unknown[];
  records: unknown[];
}

export interface RawDump {
  format: typeof RAW_DUMP_FORMAT;
  formatVersion: typeof RAW_DUMP_FORMAT_VERSION;
  exportedAt: string;
  /** The app that wrote the file (the older one) and the schema version it knows. */
  exportedBy: { app: 'cam-ket'; version: string; schemaVersion: number };
  /** The database as found: its IndexedDB version (Dexie writes schema version × 10). */
  database: { name: string; version: number };
  stores: Record<string, RawDumpStore>;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Opens an existing database at its own version; refuses (creating nothing) if there is none. */
function openExisting(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onupgradeneeded = () => {
      // No such database: opening would create it. Abort, so nothing is created.
      open.transaction?.abort();
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error(`No database named ${name}.`));
    open.onblocked = () => reject(new DOMException('Another tab holds the database.', 'BlockedError'));
  });
}

/** Makes a stored value JSON-safe, tagging what JSON cannot say. */
export function toJsonValue(value: unknown): unknown {
  if (value instanceof Date) return { $type: 'Date', iso: value.toISOString() };
  if (value instanceof ArrayBuffer) return toJsonValue(new Uint8Array(value));
  if (ArrayBuffer.isView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { $type: 'Uint8Array', base64: btoa(binary) };
  }
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value instanceof Map) return { $type: 'Map', entries: [...value].map(([k, v]) => [toJsonValue(k), toJsonValue(v)]) };
  if (value instanceof Set) return { $type: 'Set', values: [...value].map(toJsonValue) };
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  }
  return value;
}

/** Reads every object store of the database as it is; writes nothing. */
export async function dumpDatabase(appVersion: string, name: string = DATABASE_NAME, now: Date = new Date()): Promise<RawDump> {
  const db = await openExisting(name);
  try {
    const names = [...db.objectStoreNames];
    const stores: Record<string, RawDumpStore> = {};
    if (names.length > 0) {
      const tx = db.transaction(names, 'readonly');
      await Promise.all(
        names.map(async (storeName) => {
          const store = tx.objectStore(storeName);
          const [records, keys] = await Promise.all([request(store.getAll()), store.keyPath === null ? request(store.getAllKeys()) : Promise.resolve(undefined)]);
          stores[storeName] = {
            keyPath: store.keyPath,
            autoIncrement: store.autoIncrement,
            indexes: [...store.indexNames].map((indexName) => {
              const index = store.index(indexName);
              return { name: index.name, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
            }),
            ...(keys ? { keys: keys.map(toJsonValue) } : {}),
            records: records.map(toJsonValue),
          };
        }),
      );
    }
    return {
      format: RAW_DUMP_FORMAT,
      formatVersion: RAW_DUMP_FORMAT_VERSION,
      exportedAt: now.toISOString(),
      exportedBy: { app: 'cam-ket', version: appVersion, schemaVersion: CURRENT_SCHEMA_VERSION },
      database: { name: db.name, version: db.version },
      stores,
    };
  } finally {
    db.close();
  }
}
