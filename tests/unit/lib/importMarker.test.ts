/**
 * The marker that lets the next visit say an import was cut short (src/lib/importMarker.ts), with
 * localStorage and the Web Locks API replaced by plain in-memory stand-ins.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearImportMarker, interruptedImport, markImportStarted, readImportMarker } from '../../../src/lib/importMarker';

/** A lock manager that grants every request at once and reports what is held. */
function fakeLocks() {
  const held: string[] = [];
  return {
    held,
    request: (name: string, callback: () => Promise<void>) => {
      held.push(name);
      return callback().finally(() => held.splice(held.indexOf(name), 1));
    },
    query: async () => ({ held: held.map((name) => ({ name })) }),
  };
}

let storage: Map<string, string>;
let locks: ReturnType<typeof fakeLocks>;

beforeEach(() => {
  storage = new Map();
  locks = fakeLocks();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => storage.get(k) ?? null,
    setItem: (k: string, v: string) => void storage.set(k, v),
    removeItem: (k: string) => void storage.delete(k),
  });
  vi.stubGlobal('navigator', { locks });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('import marker', () => {
  it('is there while the import is written, and gone once the worker answered', async () => {
    const finished = markImportStarted('camket-hai-phong.json', new Date('2026-11-22T08:30:00.000Z'));
    expect(readImportMarker()).toEqual({ fileName: 'camket-hai-phong.json', startedAt: '2026-11-22T08:30:00.000Z' });
    // This tab (or another) still holds the lock: not an interrupted import.
    expect(await interruptedImport()).toBeNull();
    finished();
    await Promise.resolve();
    expect(readImportMarker()).toBeNull();
    expect(await interruptedImport()).toBeNull();
  });

  it('left behind with nobody writing (the page was closed meanwhile): the next visit is told', async () => {
    storage.set('camket-import-unfinished', JSON.stringify({ fileName: 'camket-thanh-hoa.json', startedAt: '2026-11-22T09:00:00.000Z' }));
    expect(await interruptedImport()).toEqual({ fileName: 'camket-thanh-hoa.json', startedAt: '2026-11-22T09:00:00.000Z' });
    clearImportMarker();
    expect(await interruptedImport()).toBeNull();
  });

  it('a damaged marker is no marker', async () => {
    storage.set('camket-import-unfinished', '{"fileName": 3');
    expect(readImportMarker()).toBeNull();
    storage.set('camket-import-unfinished', JSON.stringify({ fileName: 'a.json' }));
    expect(await interruptedImport()).toBeNull();
  });

  it('without a lock manager the marker alone decides', async () => {
    vi.stubGlobal('navigator', {});
    storage.set('camket-import-unfinished', JSON.stringify({ fileName: 'b.json', startedAt: '2026-11-22T10:00:00.000Z' }));
    expect(await interruptedImport()).toEqual({ fileName: 'b.json', startedAt: '2026-11-22T10:00:00.000Z' });
  });
});
