/**
 * The corpus of bad files (tests/fixtures/bad-snapshots): each gets its expected message, in
 * Vietnamese, naming the record and the field — and the database stays unchanged byte for byte.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { openDatabase } from '../../../src/data/db';
import { loadDemoDataOnFirstRun } from '../../../src/data/repositories/datasets';
import { applyImport, previewImport } from '../../../src/data/repositories/snapshots';
import { MAX_SNAPSHOT_BYTES, parseSnapshotText, type SnapshotProblem } from '../../../src/domain/snapshot/parse';
import { describeProblem } from '../../../src/lib/snapshotProblems';
import { FIXTURES, badFixtureNames, dumpDatabase, fixtureText, vietnamese } from './helpers';

const expected = JSON.parse(readFileSync(new URL('bad-snapshots/expected.json', FIXTURES), 'utf8')) as Record<string, { code: string; message: string }>;

/** "Today" for the rule that no report is dated in the future: fixed, so that the messages are too. */
const NOW = new Date('2026-12-02T06:00:00.000Z');

let t: TFunction;
beforeAll(async () => {
  t = await vietnamese();
});

describe('bad snapshot files', () => {
  it('every file in the corpus has an expected message, and every expected message a file', () => {
    expect(badFixtureNames()).toEqual(Object.keys(expected).sort());
  });

  it.each(badFixtureNames())('%s is refused with its message, and nothing stored changes', async (name) => {
    const db = openDatabase(`bad-${name}`);
    await loadDemoDataOnFirstRun(db);
    const before = await dumpDatabase(db);

    // The same path the app takes: parse (in the worker), preview, apply.
    let problems: SnapshotProblem[] = [];
    const parsed = parseSnapshotText(fixtureText(`bad-snapshots/${name}`), undefined, NOW);
    if (parsed.ok) {
      const preview = await previewImport(db, parsed.snapshot, 'merge');
      expect(preview.ok).toBe(false);
      // The merge's refusal is the one a user meets first; a replace is refused too.
      problems = preview.ok ? [] : (preview.error.problems ?? []);
      expect((await applyImport(db, parsed.snapshot, 'merge', { fileName: name })).ok).toBe(false);
      expect((await applyImport(db, parsed.snapshot, 'replace', { fileName: name })).ok).toBe(false);
    } else problems = parsed.problems;

    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.code).toBe(expected[name]!.code);
    expect(describeProblem(t, problems[0]!, 'vi')).toBe(expected[name]!.message);
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('a file over the size limit is named with its size', () => {
    const message = describeProblem(t, { code: 'too-large', bytes: 200 * 1024 * 1024, limit: MAX_SNAPSHOT_BYTES }, 'vi');
    expect(message).toBe('Tệp quá lớn (200 MB); giới hạn là 100 MB. Hãy xuất từng tỉnh hoặc từng thỏa thuận thành các tệp nhỏ hơn.');
  });

  it('lists at most 30 problems but counts them all', () => {
    const file = JSON.parse(fixtureText('snapshots/v1-demo.json')) as { data: { commitments: { pillar: string }[] } };
    for (const c of file.data.commitments) c.pillar = 'nowhere';
    const parsed = parseSnapshotText(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problems).toHaveLength(30);
      expect(parsed.total).toBe(file.data.commitments.length);
    }
  });
});

describe('text that looks like markup', () => {
  it('is data: it imports unchanged, to be shown as text', async () => {
    const parsed = parseSnapshotText(fixtureText('snapshots/markup-in-text.json'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const db = openDatabase('markup');
    expect((await applyImport(db, parsed.snapshot, 'merge', { fileName: 'x.json' })).ok).toBe(true);
    const stored = await db.agreements.get('agr-hai-duong-fpt-2021');
    expect(stored?.title).toBe('<img src=x onerror="document.title=\'pwned\'"><script>alert(1)</script> Thỏa thuận thử');
  });
});
