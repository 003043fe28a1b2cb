/**
 * This laptop's side of the exchange: its device id, its hybrid logical clock, the version vector
 * of what it has seen, what it knows of the other laptops, and the deletion markers. Every write
 * takes its clock here (nextClock), in the write's own transaction, so that a change, its clock and
 * the clock's persistence are stored together or not at all.
 */
import { mergeVectors, nodeFromDeviceId, receive, tick, addToVector, type Hlc, type Vector } from '../domain/sync/hlc';
import type { DeletionMarker } from '../domain/snapshot/merge';
import type { CamKetDatabase, TombstoneRow } from './db';

export const DEVICE_ID_KEY = 'deviceId';
const CLOCK_KEY = 'clock';
const VECTOR_KEY = 'vector';
const PEERS_KEY = 'peers';

/** What this laptop knows of another: who works there, and what that laptop knew when it last sent a file. */
export interface Peer {
  node: string;
  user: string;
  deviceId: string;
  vector: Vector;
  /** When its last file was imported here. */
  lastImportAt: string;
}

/** The tables a write must include to take a clock and record deletions. */
export const syncTables = (db: CamKetDatabase) => [db.settings, db.tombstones] as const;

/** This laptop's id, made once; it names the device in the files it exports and in its clocks. */
export async function deviceId(db: CamKetDatabase): Promise<string> {
  const row = await db.settings.get(DEVICE_ID_KEY);
  if (typeof row?.value === 'string') return row.value;
  const id = crypto.randomUUID();
  await db.settings.put({ key: DEVICE_ID_KEY, value: id });
  return id;
}

export async function deviceNode(db: CamKetDatabase): Promise<string> {
  return nodeFromDeviceId(await deviceId(db));
}

async function readSetting<T>(db: CamKetDatabase, key: string, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  return (row?.value as T | undefined) ?? fallback;
}

export const readVector = (db: CamKetDatabase) => readSetting<Vector>(db, VECTOR_KEY, {});
export const writeVector = (db: CamKetDatabase, vector: Vector) => db.settings.put({ key: VECTOR_KEY, value: vector });

/**
 * The clock of a new local change: later than every change made or seen here. Call inside a
 * read-write transaction over syncTables.
 */
export async function nextClock(db: CamKetDatabase, now: Date): Promise<Hlc> {
  const node = await deviceNode(db);
  const last = await readSetting<Hlc | null>(db, CLOCK_KEY, null);
  const at = tick(last, now.getTime(), node);
  await db.settings.put({ key: CLOCK_KEY, value: at });
  const vector = await readVector(db);
  addToVector(vector, at);
  await writeVector(db, vector);
  return at;
}

/** After an import: the clock is never behind what was seen, and the vector knows it. */
export async function observe(db: CamKetDatabase, seen: Vector, latest: Hlc | null): Promise<void> {
  if (latest) {
    const last = await readSetting<Hlc | null>(db, CLOCK_KEY, null);
    await db.settings.put({ key: CLOCK_KEY, value: receive(last, latest) });
  }
  await writeVector(db, mergeVectors(await readVector(db), seen));
}

export const readPeers = (db: CamKetDatabase) => readSetting<Record<string, Peer>>(db, PEERS_KEY, {});

export async function rememberPeer(db: CamKetDatabase, peer: Peer): Promise<void> {
  const peers = await readPeers(db);
  const known = peers[peer.node];
  peers[peer.node] = { ...peer, vector: mergeVectors(known?.vector ?? {}, peer.vector) };
  await db.settings.put({ key: PEERS_KEY, value: peers });
}

export const tombstoneKey = (entity: string, id: string) => `${entity}:${id}`;

/** Records a deletion (the later one wins if the record was deleted before). */
export async function recordDeletions(db: CamKetDatabase, markers: DeletionMarker[]): Promise<void> {
  if (markers.length === 0) return;
  const keys = markers.map((m) => tombstoneKey(m.entity, m.id));
  const existing = await db.tombstones.bulkGet(keys);
  const rows: TombstoneRow[] = [];
  markers.forEach((m, i) => {
    const old = existing[i];
    if (!old || old.at < m.at) rows.push({ ...m, key: keys[i]!, purged: old?.purged ?? false });
  });
  await db.tombstones.bulkPut(rows);
}

export function markerOf(row: TombstoneRow): DeletionMarker {
  const { key: _key, purged: _purged, ...marker } = row;
  return marker;
}
