import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CommitmentKind } from '../../../src/domain/model';
import { assess, forecast, type Status } from '../../../src/domain/status/engine';
import { addDays } from '../../../src/domain/dates';
import { expectedOnPath, targetPath } from '../../../src/domain/status/path';
import { PERIOD, baseline, checkIn, commitment } from './build';

/** How good a status is, for statuses a reported value can lead to. */
const GOODNESS: Partial<Record<Status, number>> = {
  overdue: 0,
  'off-track': 1,
  'no-recent-data': 1.5,
  'needs-acceleration': 2,
  'on-track': 3,
  'achieved-late': 4,
  achieved: 5,
};

const dayArb = fc.integer({ min: 0, max: 6 * 365 }).map((d) => addDays('2025-01-01', d));

const scenarioArb = fc.record({
  kind: fc.constantFrom<CommitmentKind>('capped-percentage', 'cumulative-count', 'rank'),
  from: fc.integer({ min: 1, max: 60 }),
  span: fc.integer({ min: 1, max: 40 }),
  dueInDays: fc.integer({ min: 90, max: 6 * 365 }),
  reportDay: fc.integer({ min: 0, max: 6 * 365 }),
  asOfAfter: fc.integer({ min: 0, max: 400 }),
  low: fc.integer({ min: 0, max: 100 }),
  more: fc.integer({ min: 1, max: 50 }),
  mode: fc.constantFrom('linear' as const, 'step' as const),
});

describe('status properties', () => {
  it('more progress never gives a worse status', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const lower = s.kind === 'rank';
        const start = s.from + (lower ? s.span : 0);
        const goal = lower ? s.from : Math.min(100, s.from + s.span);
        const report = addDays('2025-01-01', s.reportDay);
        const asOf = addDays(report, s.asOfAfter);
        const make = (value: number) =>
          commitment(s.kind, {
            baseline: baseline(start, '2025-01-01'),
            target: goal,
            dueOn: addDays('2025-01-01', s.dueInDays),
            expectation: s.mode,
            checkIns: [checkIn(report, value)],
          });
        const clamp = (v: number) => (s.kind === 'capped-percentage' ? Math.min(100, v) : s.kind === 'rank' ? Math.max(1, v) : v);
        // "Better": higher, or lower for a rank.
        const worse = clamp(lower ? s.low + s.more + 1 : s.low);
        const better = clamp(lower ? s.low + 1 : s.low + s.more);
        const a = assess(make(worse), PERIOD, asOf).status;
        const b = assess(make(better), PERIOD, asOf).status;
        expect(GOODNESS[a], a).toBeDefined();
        expect(GOODNESS[b]!, `${a} → ${b}`).toBeGreaterThanOrEqual(GOODNESS[a]!);
      }),
      { numRuns: 500 },
    );
  });

  it('the expected value stays between the baseline and the target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), dayArb, fc.constantFrom('linear' as const, 'step' as const), fc.integer({ min: 30, max: 2000 }), (from, to, date, mode, dueIn) => {
        const c = commitment('cumulative-count', { baseline: baseline(from, '2025-01-01'), target: to, dueOn: addDays('2025-01-01', dueIn) });
        const e = expectedOnPath(targetPath(c, PERIOD), date, mode)!;
        expect(e).toBeGreaterThanOrEqual(Math.min(from, to) - 1e-9);
        expect(e).toBeLessThanOrEqual(Math.max(from, to) + 1e-9);
      }),
      { numRuns: 500 },
    );
  });

  it('a forecast of a share stays within 0–100 and of a rank at 1 or more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 400 }), (v1, v2, gap) => {
        const share = commitment('capped-percentage', { target: 100, dueOn: '2030-12-31', checkIns: [checkIn('2025-01-01', v1), checkIn(addDays('2025-01-01', gap), v2)] });
        const f = forecast(share, PERIOD, '2026-06-01');
        if (f) {
          expect(f.endValue).toBeGreaterThanOrEqual(0);
          expect(f.endValue).toBeLessThanOrEqual(100);
        }
        const rank = commitment('rank', { target: 1, dueOn: '2030-12-31', checkIns: [checkIn('2025-01-01', v1 + 1), checkIn(addDays('2025-01-01', gap), v2 + 1)] });
        const r = forecast(rank, PERIOD, '2026-06-01');
        if (r) expect(r.endValue).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
