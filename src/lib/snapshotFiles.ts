/** Snapshot files in the browser: parsing in a Web Worker, and downloading an export. */
import { MAX_SNAPSHOT_BYTES, type ParseProgress, type ParseResult } from '../domain/snapshot/parse';
import type { WorkerMessage } from './snapshotWorker';

export type FileProgress = ParseProgress | { phase: 'reading'; done: number; total: number };

/** Reads and validates a file off the main thread. Files over the limit are refused unread. */
export function parseSnapshotFile(file: File, onProgress: (p: FileProgress) => void): Promise<ParseResult> {
  if (file.size > MAX_SNAPSHOT_BYTES) {
    return Promise.resolve({ ok: false, problems: [{ code: 'too-large', bytes: file.size, limit: MAX_SNAPSHOT_BYTES }], total: 1 });
  }
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./snapshotWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if (event.data.type === 'progress') onProgress(event.data.progress);
      else {
        resolve(event.data.result);
        worker.terminate();
      }
    };
    worker.onerror = (event) => {
      resolve({ ok: false, problems: [{ code: 'not-json', detail: event.message || 'worker error' }], total: 1 });
      worker.terminate();
    };
    worker.postMessage({ file });
  });
}

/** Saves a value as a JSON file through the browser's download. */
export function downloadJson(fileName: string, value: unknown): void {
  const blob = new Blob([JSON.stringify(value)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
