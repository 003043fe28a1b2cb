import { describe, expect, it } from 'vitest';
import { compareByClause, compareClauses } from '../../../src/domain/ordering';

describe('clause order', () => {
  it('reads digit runs as numbers and puts "no clause" last', () => {
    expect(['10', '2', '—', '1', '2.a', '', '2.10', '2.9'].sort(compareClauses)).toEqual(['1', '2', '2.9', '2.10', '2.a', '10', '—', '']);
  });

  it('orders clause words the Vietnamese way, case and accents aside', () => {
    expect(['Điều 3', 'điều 2', 'Điều 10'].sort(compareClauses)).toEqual(['điều 2', 'Điều 3', 'Điều 10']);
  });

  it('keeps equal clauses in the order they were entered (by id)', () => {
    const rows = [
      { clause: '2', id: 'c' },
      { clause: '1', id: 'b' },
      { clause: '2', id: 'a' },
    ];
    expect(rows.sort(compareByClause).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
});
