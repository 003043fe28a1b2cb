/**
 * Web Worker: reads and validates a snapshot file off the main thread, reporting progress, so that
 * a national-scale file (~25 MB) never freezes the page.
 */
import { parseSnapshotText, type ParseProgress, type ParseResult } from '../domain/snapshot/parse';

export type WorkerMessage = { type: 'progress'; progress: ParseProgress | { phase: 'reading'; done: 0; total: 1 } } | { type: 'done'; result: ParseResult };

const post = (message: WorkerMessage) => (self as unknown as { postMessage(m: WorkerMessage): void }).postMessage(message);

self.onmessage = async (event: MessageEvent<{ file: File }>) => {
  post({ type: 'progress', progress: { phase: 'reading', done: 0, total: 1 } });
  let text: string;
  try {
    text = await event.data.file.text();
  } catch (e) {
    post({ type: 'done', result: { ok: false, problems: [{ code: 'not-json', detail: e instanceof Error ? e.message : String(e) }], total: 1 } });
    return;
  }
  let lastPercent = -1;
  const result = parseSnapshotText(text, (progress) => {
    // At most one message per percent: posting is not free.
    const percent = Math.floor((progress.done / Math.max(1, progress.total)) * 100);
    if (percent !== lastPercent || progress.phase === 'parsing') {
      lastPercent = percent;
      post({ type: 'progress', progress });
    }
  });
  post({ type: 'done', result });
};
