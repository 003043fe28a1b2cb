/** The benchmark's generator writes files the app accepts, of the sizes the issue asks for. */
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain JavaScript module without types
import { SIZES, generateSnapshot } from '../../../bench/generate-dataset.mjs';
import { parseSnapshotText } from '../../../src/domain/snapshot/parse';
import { findMissingReferences } from '../../../src/domain/snapshot/references';

describe('benchmark data generator', () => {
  it('is deterministic', () => {
    expect(JSON.stringify(generateSnapshot('small'))).toBe(JSON.stringify(generateSnapshot('small')));
  });

  it.each(['small', 'medium'])('writes a %s file that passes the app\'s own parser and reference check', (size) => {
    const text = JSON.stringify(generateSnapshot(size));
    const parsed = parseSnapshotText(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
    expect(findMissingReferences(parsed.snapshot.data)).toEqual([]);
    expect(parsed.snapshot.data.agreements).toHaveLength((SIZES as Record<string, number>)[size]! * 6);
    const kinds = new Set(parsed.snapshot.data.commitments.map((c) => c.kind));
    expect(kinds.size).toBe(6);
    expect(parsed.snapshot.data.units.some((u) => u.successorId !== null)).toBe(true);
  });

  it('has the national scale of the issue', () => {
    const { data } = generateSnapshot('national') as { data: { agreements: unknown[]; commitments: { checkIns: unknown[] }[] } };
    const checkIns = data.commitments.reduce((n, c) => n + c.checkIns.length, 0);
    expect(data.agreements.length).toBe(204);
    expect(data.commitments.length).toBe(6120);
    expect(checkIns).toBeGreaterThan(100_000);
    expect(checkIns).toBeLessThan(140_000);
  });
});
