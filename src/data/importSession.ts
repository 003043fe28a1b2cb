/**
 * One import, driven from the page and done in a worker: parse, preview (as often as the mode
 * changes), apply. Requests are answered in order; close() ends the worker.
 */
import { MAX_SNAPSHOT_BYTES } from '../domain/snapshot/parse';
import type { Result } from './errors';
import type { FileProgress, ImportReply, ImportRequest, ParsedFile } from './importProtocol';
import type { ImportMode, ImportPreview, ImportResult } from './repositories/snapshots';

export interface ImportSession {
  parsed: Promise<ParsedFile>;
  preview(mode: ImportMode): Promise<Result<ImportPreview>>;
  apply(mode: ImportMode, fileName: string): Promise<Result<ImportResult>>;
  close(): void;
}

export function openImportSession(file: File, onProgress: (p: FileProgress) => void): ImportSession {
  if (file.size > MAX_SNAPSHOT_BYTES) {
    const refused: ParsedFile = { ok: false, problems: [{ code: 'too-large', bytes: file.size, limit: MAX_SNAPSHOT_BYTES }], total: 1 };
    const nothing = () => Promise.resolve<Result<never>>({ ok: false, error: { code: 'invalid' } });
    return { parsed: Promise.resolve(refused), preview: nothing, apply: nothing, close: () => undefined };
  }
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  const waiting: ((reply: ImportReply) => void)[] = [];
  let resolveParsed!: (p: ParsedFile) => void;
  const parsed = new Promise<ParsedFile>((resolve) => (resolveParsed = resolve));
  worker.onmessage = (event: MessageEvent<ImportReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') onProgress(reply.progress);
    else if (reply.type === 'parsed') resolveParsed(reply.result);
    else waiting.shift()?.(reply);
  };
  worker.onerror = (event) => {
    const error = { code: 'unknown' as const, detail: event.message || 'import worker error' };
    resolveParsed({ ok: false, problems: [{ code: 'not-json', detail: error.detail }], total: 1 });
    while (waiting.length) waiting.shift()?.({ type: 'applied', result: { ok: false, error } });
  };
  const ask = <T>(request: ImportRequest) =>
    new Promise<Result<T>>((resolve) => {
      waiting.push((reply) => resolve((reply as { result: Result<T> }).result));
      worker.postMessage(request);
    });
  worker.postMessage({ type: 'parse', file } satisfies ImportRequest);
  return {
    parsed,
    preview: (mode) => ask<ImportPreview>({ type: 'preview', mode }),
    apply: (mode, fileName) => ask<ImportResult>({ type: 'apply', mode, fileName }),
    close: () => worker.terminate(),
  };
}
