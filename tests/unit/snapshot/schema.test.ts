/**
 * docs/snapshot.schema.json is generated from the valibot schemas that validate imports, so the
 * published schema cannot drift from the code. `npm run schema` rewrites it; this test fails when
 * the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, SnapshotSchema } from '../../../src/domain/snapshot/format';

const path = new URL('../../../docs/snapshot.schema.json', import.meta.url);

function generate(): string {
  // Checks written as code (real calendar dates, 0–100 for percentages …) have no JSON Schema
  // form; they are described in docs/snapshot-format.md and enforced by the app.
  const schema = toJsonSchema(SnapshotSchema, { errorMode: 'ignore' });
  const withTitle = {
    $schema: schema.$schema,
    $id: `https://cam-ket.invalid/snapshot-v${CURRENT_FORMAT_VERSION}.schema.json`,
    title: `Cam kết snapshot, format version ${CURRENT_FORMAT_VERSION}`,
    ...schema,
  };
  return `${JSON.stringify(withTitle, null, 2)}\n`;
}

describe('the published JSON Schema', () => {
  it('matches the schemas the app validates with', () => {
    const generated = generate();
    if (process.env.UPDATE_SCHEMA) writeFileSync(path, generated);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });
});
