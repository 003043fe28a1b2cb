/**
 * An import being written, remembered across a page load. The import's apply step writes in ONE
 * IndexedDB transaction inside a Web Worker: leaving the page kills the worker and the transaction
 * with it, so nothing of the file is written. Before applying, the page records the file's name and
 * the time in localStorage; the worker's answer clears it. A marker still there on the next visit
 * means the import was interrupted — unless another tab is still writing it, which the Web Lock it
 * holds meanwhile tells.
 */

export interface ImportMarker {
  fileName: string;
  startedAt: string;
}

const KEY = 'camket-import-unfinished';
const LOCK = 'camket-import-writing';

export function readImportMarker(): ImportMarker | null {
  try {
    const text = localStorage.getItem(KEY);
    if (!text) return null;
    const marker = JSON.parse(text) as Partial<ImportMarker>;
    return typeof marker.fileName === 'string' && typeof marker.startedAt === 'string' ? { fileName: marker.fileName, startedAt: marker.startedAt } : null;
  } catch {
    return null;
  }
}

export function clearImportMarker(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Storage refused: nothing to clear.
  }
}

/**
 * Records that an import of `fileName` starts writing now, and holds a lock while it does.
 * @returns the function to call once the worker answered (or the import was abandoned)
 */
export function markImportStarted(fileName: string, now: Date = new Date()): () => void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ fileName, startedAt: now.toISOString() } satisfies ImportMarker));
  } catch {
    // Storage refused: the import goes on, only the notice after an interruption is lost.
  }
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  void navigator.locks?.request(LOCK, () => held).catch(() => undefined);
  return () => {
    clearImportMarker();
    release();
  };
}

/** The import interrupted on an earlier visit, if any (not one another tab is writing now). */
export async function interruptedImport(): Promise<ImportMarker | null> {
  const marker = readImportMarker();
  if (!marker) return null;
  try {
    const state = await navigator.locks?.query();
    if (state?.held?.some((lock) => lock.name === LOCK)) return null;
  } catch {
    // No lock manager: trust the marker.
  }
  return marker;
}
