/** Messages between the page and the import worker (see importWorker.ts and importSession.ts). */
import type { Snapshot } from '../domain/snapshot/format';
import type { ParseProgress, SnapshotProblem } from '../domain/snapshot/parse';
import type { Result } from './errors';
import type { ImportMode, ImportPreview, ImportResult } from './repositories/snapshots';

export type FileProgress = ParseProgress | { phase: 'reading'; done: number; total: number };

/** What the page learns about a parsed file: its envelope, not its (large) data. */
export type ParsedFile =
  | { ok: true; envelope: Omit<Snapshot, 'data'>; migratedFrom: number | null }
  | { ok: false; problems: SnapshotProblem[]; total: number };

export type ImportRequest = { type: 'parse'; file: File } | { type: 'preview'; mode: ImportMode } | { type: 'apply'; mode: ImportMode; fileName: string };

export type ImportReply =
  | { type: 'progress'; progress: FileProgress }
  | { type: 'parsed'; result: ParsedFile }
  | { type: 'previewed'; result: Result<ImportPreview> }
  | { type: 'applied'; result: Result<ImportResult> };
