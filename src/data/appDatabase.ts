/**
 * The app's one database connection, opened on first use. Dexie is loaded here, as its own chunk,
 * so the app shell paints before ~31 KB of database code has arrived; repositories only use its
 * types. A failed open (for example a database written by a newer app) is not cached, so a reload
 * or a retry tries again.
 */
import type { CamKetDatabase } from './db';

let opening: Promise<CamKetDatabase> | null = null;

export function appDatabase(): Promise<CamKetDatabase> {
  opening ??= import('./db')
    .then(({ openCheckedDatabase }) => openCheckedDatabase())
    .catch((e: unknown) => {
      opening = null;
      throw e;
    });
  return opening;
}
