/**
 * Web Worker: a whole import off the main thread. It reads and checks the file, keeps the parsed
 * snapshot here (a 38 MB object graph is never cloned across threads), previews it against the
 * database and applies it, through the same repository functions the tests exercise.
 */
import type { Snapshot } from '../domain/snapshot/format';
import { parseSnapshotText, type ParseProgress } from '../domain/snapshot/parse';
import { openCheckedDatabase, type CamKetDatabase } from './db';
import { fail, toDataError } from './errors';
import type { ImportRequest, ImportReply } from './importProtocol';
import { applyImport, previewImport } from './repositories/snapshots';

const post = (reply: ImportReply) => (self as unknown as { postMessage(m: ImportReply): void }).postMessage(reply);

let snapshot: Snapshot | null = null;
let database: Promise<CamKetDatabase> | null = null;
const db = () => (database ??= openCheckedDatabase());

async function handle(request: ImportRequest): Promise<void> {
  switch (request.type) {
    case 'parse': {
      post({ type: 'progress', progress: { phase: 'reading', done: 0, total: 1 } });
      let text: string;
      try {
        text = await request.file.text();
      } catch (e) {
        post({ type: 'parsed', result: { ok: false, problems: [{ code: 'not-json', detail: e instanceof Error ? e.message : String(e) }], total: 1 } });
        return;
      }
      let lastPercent = -1;
      const result = parseSnapshotText(text, (progress: ParseProgress) => {
        const percent = Math.floor((progress.done / Math.max(1, progress.total)) * 100);
        if (percent !== lastPercent || progress.phase === 'parsing') {
          lastPercent = percent;
          post({ type: 'progress', progress });
        }
      });
      if (!result.ok) {
        post({ type: 'parsed', result });
        return;
      }
      snapshot = result.snapshot;
      const { data: _data, ...envelope } = result.snapshot;
      post({ type: 'parsed', result: { ok: true, envelope, migratedFrom: result.migratedFrom } });
      return;
    }
    case 'preview':
    case 'apply': {
      if (!snapshot) {
        post({ type: request.type === 'preview' ? 'previewed' : 'applied', result: fail({ code: 'not-found', subject: 'snapshot' }) } as ImportReply);
        return;
      }
      try {
        const database = await db();
        if (request.type === 'preview') post({ type: 'previewed', result: await previewImport(database, snapshot, request.mode) });
        else post({ type: 'applied', result: await applyImport(database, snapshot, request.mode, { fileName: request.fileName }) });
      } catch (e) {
        post({ type: request.type === 'preview' ? 'previewed' : 'applied', result: fail(toDataError(e)) } as ImportReply);
      }
    }
  }
}

self.onmessage = (event: MessageEvent<ImportRequest>) => void handle(event.data);
