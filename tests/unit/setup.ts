// Every unit test gets a fresh, in-memory IndexedDB (fake-indexeddb), so tests never see each
// other's data. Dexie reads its IndexedDB factory once at import, so it is swapped there too.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Dexie } from 'dexie';
import { beforeEach } from 'vitest';

beforeEach(() => {
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
});
