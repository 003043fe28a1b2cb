import { readFileSync, readdirSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';
import type { CamKetDatabase } from '../../../src/data/db';
import { exchangeVi } from '../../../src/lib/locales/exchange';
import { vi } from '../../../src/lib/locales/vi';

export const FIXTURES = new URL('../../fixtures/', import.meta.url);

export function fixtureText(path: string): string {
  return readFileSync(new URL(path, FIXTURES), 'utf8');
}

export function badFixtureNames(): string[] {
  return readdirSync(new URL('bad-snapshots/', FIXTURES)).filter((f) => f.endsWith('.json') && f !== 'expected.json').sort();
}

/** The Vietnamese translation function the app uses, for checking the exact messages. */
export async function vietnamese(): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({ lng: 'vi', resources: { vi: { translation: { ...vi, ...exchangeVi } } }, interpolation: { escapeValue: false }, showSupportNotice: false });
  return instance.t;
}

/** Every table, every row, as one string: "unchanged byte for byte" means this is equal. */
export async function dumpDatabase(db: CamKetDatabase): Promise<string> {
  const tables = db.tables.map((t) => t.name).sort();
  const out: Record<string, unknown[]> = {};
  for (const name of tables) out[name] = await db.table(name).toArray();
  return JSON.stringify(out);
}
