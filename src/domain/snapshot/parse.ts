/**
 * Reads a snapshot file's text into a validated Snapshot, or into a list of problems that each name
 * what is wrong and where. Pure and synchronous: the app runs it in a Web Worker (so a 25 MB file
 * never freezes the page), the tests call it directly.
 */
import type * as v from 'valibot';
import { toNfc } from '../text';
import { validate } from '../validation';
import { allClocks } from '../sync/clocks';
import { hlcInstant, MAX_CLOCK_AHEAD_MS } from '../sync/hlc';
import { canonicalData, type EntityKind, type SnapshotData } from './canonical';
import { CURRENT_FORMAT_VERSION, DeletionMarkerSchema, ENTITY_SCHEMAS, EnvelopeSchema, HistoryEntrySchema, SNAPSHOT_FORMAT, type Snapshot } from './format';
import { migrateSnapshot } from './migrations';
import { recordRuleProblems } from './rules';

/** Refused before reading: the national-scale set is ~25 MB. */
export const MAX_SNAPSHOT_BYTES = 100 * 1024 * 1024;
/** Past this many problems the rest are only counted. */
export const MAX_PROBLEMS_LISTED = 30;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Where a problem is: the section, the record's position and id, and the field. */
export interface RecordLocation {
  entity: EntityKind | 'envelope';
  /** 1-based position in its section, as a person counts. */
  position?: number;
  recordId?: string;
  recordTitle?: string;
  path: string;
}

export type SnapshotProblem =
  | { code: 'empty' }
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'not-json'; detail: string }
  | { code: 'not-an-object'; found: string }
  | { code: 'other-application'; found: string | null }
  | { code: 'bad-version'; found: string }
  | { code: 'newer-version'; found: number; supported: number }
  | { code: 'forbidden-key'; key: string; path: string }
  | { code: 'missing-section'; section: string }
  | ({ code: 'invalid-field'; issue: string; expected?: string; received?: string; limit?: string } & RecordLocation)
  | { code: 'duplicate-id'; entity: EntityKind | 'checkIns' | 'revisions'; id: string; positions: [number, number] }
  | ({ code: 'missing-reference'; target: EntityKind; targetId: string } & RecordLocation)
  /** A format-2 record without its field clocks. */
  | ({ code: 'missing-clock' } & RecordLocation)
  /** A change dated too far ahead of this laptop's clock (a laptop whose clock is wrong). */
  | ({ code: 'clock-ahead'; at: string; limitHours: number } & RecordLocation)
  /** An incremental file builds on changes this laptop does not have. */
  | { code: 'base-missing'; missing: { device: string; name: string; needed: string; have: string | null }[] }
  /** A check-in or revision id the file puts under one commitment is stored under another. */
  | { code: 'id-in-use'; entity: 'checkIns' | 'revisions'; id: string; recordTitle: string; otherTitle: string }
  /** "Replace" takes a full file: a file of changes does not say what the part holds. */
  | { code: 'replace-needs-full' }
  /** A deletion marker or history entry that is not valid. */
  | { code: 'invalid-extra'; section: 'deletions' | 'history'; position: number; path: string; issue: string; expected?: string; received?: string };

export type ParseResult =
  | { ok: true; snapshot: Snapshot; migratedFrom: number | null }
  | { ok: false; problems: SnapshotProblem[]; total: number };

export interface ParseProgress {
  phase: 'parsing' | 'validating';
  done: number;
  total: number;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Walks the parsed tree once: refuses keys that could reach an object's prototype, and stores every
 * string NFC (a file typed on another keyboard may hold "hoá" decomposed).
 */
function sanitise(root: unknown, problems: SnapshotProblem[]): void {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string') value[i] = toNfc(item);
        else if (item && typeof item === 'object') stack.push({ value: item, path: `${path}[${i}]` });
      }
    } else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const keyPath = path ? `${path}.${key}` : key;
        if (FORBIDDEN_KEYS.has(key)) {
          if (problems.length < MAX_PROBLEMS_LISTED) problems.push({ code: 'forbidden-key', key, path: keyPath });
          continue;
        }
        const item = record[key];
        if (typeof item === 'string') record[key] = toNfc(item);
        else if (item && typeof item === 'object') stack.push({ value: item, path: keyPath });
      }
    }
  }
}

function describeRecord(raw: unknown): { recordId?: string; recordTitle?: string } {
  if (!raw || typeof raw !== 'object') return {};
  const r = raw as Record<string, unknown>;
  const out: { recordId?: string; recordTitle?: string } = {};
  if (typeof r.id === 'string') out.recordId = r.id;
  const title = typeof r.title === 'string' ? r.title : typeof r.name === 'string' ? r.name : undefined;
  if (title) out.recordTitle = title.length > 80 ? `${title.slice(0, 77)}…` : title;
  return out;
}

function findDuplicates(data: SnapshotData, problems: SnapshotProblem[]): void {
  const check = (entity: EntityKind | 'checkIns' | 'revisions', ids: string[]) => {
    const seen = new Map<string, number>();
    ids.forEach((id, index) => {
      const first = seen.get(id);
      if (first !== undefined) problems.push({ code: 'duplicate-id', entity, id, positions: [first + 1, index + 1] });
      else seen.set(id, index);
    });
  };
  check('units', data.units.map((r) => r.id));
  check('parties', data.parties.map((r) => r.id));
  check('agreements', data.agreements.map((r) => r.id));
  check('commitments', data.commitments.map((r) => r.id));
  check('checkIns', data.commitments.flatMap((c) => c.checkIns.map((x) => x.id)));
  check('revisions', data.commitments.flatMap((c) => c.revisions.map((x) => x.id)));
}

/** Every record of a format-2 file has clocks, none too far ahead of `now`. */
function checkClocks(data: SnapshotData, deletions: { at: string }[], required: boolean, now: Date, problems: SnapshotProblem[]): void {
  const limit = now.getTime() + MAX_CLOCK_AHEAD_MS;
  const limitHours = MAX_CLOCK_AHEAD_MS / 3_600_000;
  const entities = ['units', 'parties', 'agreements', 'commitments'] as const;
  for (const entity of entities) {
    data[entity].forEach((record, index) => {
      const where = { entity, position: index + 1, ...describeRecord(record), path: 'clock' };
      const nested = record as { checkIns?: { clock?: object }[]; revisions?: { clock?: object }[] };
      if (required && (!record.clock || [...(nested.checkIns ?? []), ...(nested.revisions ?? [])].some((x) => !x.clock))) {
        problems.push({ code: 'missing-clock', ...where });
        return;
      }
      const ahead = allClocks(record).find((c) => Date.parse(hlcInstant(c)) > limit);
      if (ahead) problems.push({ code: 'clock-ahead', ...where, at: hlcInstant(ahead), limitHours });
    });
  }
  deletions.forEach((m, index) => {
    if (Date.parse(hlcInstant(m.at)) > limit) problems.push({ code: 'clock-ahead', entity: 'envelope', position: index + 1, path: `data.deletions[${index}].at`, at: hlcInstant(m.at), limitHours });
  });
}

/**
 * @param now "today" for the rule that no report or decision is dated in the future (snapshot/rules.ts)
 */
export function parseSnapshotText(text: string, onProgress?: (p: ParseProgress) => void, now: Date = new Date()): ParseResult {
  const problems: SnapshotProblem[] = [];
  const fail = (): ParseResult => ({ ok: false, problems: problems.slice(0, MAX_PROBLEMS_LISTED), total: problems.length });

  if (text.trim() === '') return { ok: false, problems: [{ code: 'empty' }], total: 1 };
  onProgress?.({ phase: 'parsing', done: 0, total: 1 });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ code: 'not-json', detail: e instanceof Error ? e.message : String(e) }], total: 1 };
  }
  if (kindOf(parsed) !== 'object') return { ok: false, problems: [{ code: 'not-an-object', found: kindOf(parsed) }], total: 1 };

  let file = parsed as Record<string, unknown>;
  if (file.format !== SNAPSHOT_FORMAT) {
    return { ok: false, problems: [{ code: 'other-application', found: typeof file.format === 'string' ? file.format : null }], total: 1 };
  }
  const version = file.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problems: [{ code: 'bad-version', found: JSON.stringify(version) ?? 'undefined' }], total: 1 };
  }
  if (version > CURRENT_FORMAT_VERSION) {
    return { ok: false, problems: [{ code: 'newer-version', found: version, supported: CURRENT_FORMAT_VERSION }], total: 1 };
  }

  sanitise(file, problems);
  if (problems.length > 0) return fail();

  const migratedFrom = version < CURRENT_FORMAT_VERSION ? version : null;
  if (migratedFrom !== null) {
    const migrated = migrateSnapshot(file, version);
    if (!migrated) return { ok: false, problems: [{ code: 'bad-version', found: String(version) }], total: 1 };
    file = migrated;
  }

  const envelope = validate(EnvelopeSchema, file);
  if (!envelope.ok) {
    for (const issue of envelope.issues) problems.push({ code: 'invalid-field', entity: 'envelope', path: issue.path, issue: issue.code, expected: issue.expected, received: issue.received });
    return fail();
  }

  const rawData = file.data;
  if (kindOf(rawData) !== 'object') return { ok: false, problems: [{ code: 'missing-section', section: 'data' }], total: 1 };
  const sections = rawData as Record<string, unknown>;
  const entities = Object.keys(ENTITY_SCHEMAS) as EntityKind[];
  for (const entity of entities) {
    if (!Array.isArray(sections[entity])) problems.push({ code: 'missing-section', section: `data.${entity}` });
  }
  if (problems.length > 0) return fail();

  const total = entities.reduce((sum, e) => sum + (sections[e] as unknown[]).length, 0);
  const step = Math.max(1, Math.floor(total / 100));
  let done = 0;
  const data = { units: [], parties: [], agreements: [], commitments: [] } as unknown as Record<EntityKind, unknown[]>;
  for (const entity of entities) {
    const rows = sections[entity] as unknown[];
    rows.forEach((raw, index) => {
      const result = validate(ENTITY_SCHEMAS[entity], raw);
      if (result.ok) data[entity].push(result.value);
      else {
        const where = { entity, position: index + 1, ...describeRecord(raw) };
        for (const issue of result.issues) problems.push({ code: 'invalid-field', ...where, path: issue.path, issue: issue.code, expected: issue.expected, received: issue.received });
      }
      done++;
      if (done % step === 0) onProgress?.({ phase: 'validating', done, total });
    });
  }
  if (problems.length > 0) return fail();

  const valid = data as unknown as SnapshotData;
  problems.push(...recordRuleProblems(valid, now));
  if (problems.length > 0) return fail();
  findDuplicates(valid, problems);
  if (problems.length > 0) return fail();

  // Format 2's own sections: deletions and the change history.
  const extras = { deletions: [] as v.InferOutput<typeof DeletionMarkerSchema>[], history: [] as v.InferOutput<typeof HistoryEntrySchema>[] };
  for (const section of ['deletions', 'history'] as const) {
    const rows = sections[section];
    if (!Array.isArray(rows)) {
      problems.push({ code: 'missing-section', section: `data.${section}` });
      continue;
    }
    const schema = section === 'deletions' ? DeletionMarkerSchema : HistoryEntrySchema;
    rows.forEach((raw: unknown, index) => {
      const result = validate(schema, raw);
      if (result.ok) (extras[section] as unknown[]).push(result.value);
      else for (const issue of result.issues) problems.push({ code: 'invalid-extra', section, position: index + 1, path: issue.path, issue: issue.code, expected: issue.expected, received: issue.received });
    });
  }
  if (problems.length > 0) return fail();
  checkClocks(valid, extras.deletions, migratedFrom === null, now, problems);
  if (problems.length > 0) return fail();

  onProgress?.({ phase: 'validating', done: total, total });
  return { ok: true, snapshot: { ...envelope.value, data: { ...canonicalData(valid), ...extras } }, migratedFrom };
}
