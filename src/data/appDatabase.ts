/**
 * The app's one database connection, opened on first use. Dexie is loaded here, as its own chunk,
 * so the app shell paints before ~31 KB of database code has arrived; repositories only use its
 * types. A failed open (for example a database written by a newer app) is not cached, so a reload
 * or a retry tries again.
 */
import type { CamKetDatabase } from './db';

let opening: Promise<CamKetDatabase> | null = null;

/** Why this tab can no longer use the database: another tab opened a newer version of it. */
export type DatabaseInterruption = 'upgraded-elsewhere';
const interruptionListeners = new Set<(why: DatabaseInterruption) => void>();

/** Called when another tab upgrades the database: this tab must reload (it is told, not broken). */
export function onDatabaseInterrupted(listener: (why: DatabaseInterruption) => void): () => void {
  interruptionListeners.add(listener);
  return () => interruptionListeners.delete(listener);
}

function watch(db: CamKetDatabase): CamKetDatabase {
  // Another tab opens a newer schema: close at once so its upgrade is not blocked, and say so.
  db.on('versionchange', () => {
    db.close();
    opening = null;
    interruptionListeners.forEach((l) => l('upgraded-elsewhere'));
    return false;
  });
  return db;
}

export function appDatabase(): Promise<CamKetDatabase> {
  opening ??= import('./db')
    .then(({ openCheckedDatabase }) => openCheckedDatabase())
    .then(watch)
    .catch((e: unknown) => {
      opening = null;
      throw e;
    });
  return opening;
}
