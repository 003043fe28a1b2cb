import { describe, expect, it } from 'vitest';
import { chooseValue, rebaseDraft, rebaseEditState, sameValue, startEditing, unresolvedFields, type EditState } from '../../../src/domain/editing/rebase';

interface Draft {
  title: string;
  unit: string;
  dueOn: string;
  target: { text: string; chosen: number | null };
  milestones: { year: string; value: string }[];
}

const base: Draft = { title: 'Phủ sóng 5G', unit: '%', dueOn: '2030-12-31', target: { text: '95', chosen: 95 }, milestones: [{ year: '2027', value: '60' }] };

describe('rebaseDraft', () => {
  it('takes the stored value of a field only the other tab changed, keeps the user\'s own change', () => {
    const mine: Draft = { ...base, dueOn: '2029-12-31' };
    const theirs: Draft = { ...base, title: 'Phủ sóng 5G toàn tỉnh' };
    expect(rebaseDraft(base, mine, theirs)).toEqual({
      merged: { title: 'Phủ sóng 5G toàn tỉnh', unit: '%', dueOn: '2029-12-31', target: { text: '95', chosen: 95 }, milestones: [{ year: '2027', value: '60' }] },
      changedElsewhere: ['title'],
      conflicts: [],
    });
  });

  it('reports a field both changed differently as a conflict, keeping the user\'s value until they choose', () => {
    const mine: Draft = { ...base, title: 'Phủ sóng 5G (bản của tôi)' };
    const theirs: Draft = { ...base, title: 'Phủ sóng 5G (bản thẻ kia)', unit: '% dân số' };
    const result = rebaseDraft(base, mine, theirs);
    expect(result.merged.title).toBe('Phủ sóng 5G (bản của tôi)');
    expect(result.merged.unit).toBe('% dân số');
    expect(result.changedElsewhere).toEqual(['title', 'unit']);
    expect(result.conflicts).toEqual(['title']);
  });

  it('is no conflict when both made the same change', () => {
    const mine: Draft = { ...base, dueOn: '2028-06-30' };
    const theirs: Draft = { ...base, dueOn: '2028-06-30' };
    expect(rebaseDraft(base, mine, theirs)).toEqual({ merged: mine, changedElsewhere: ['dueOn'], conflicts: [] });
  });

  it('compares lists and objects by content: a list changed elsewhere replaces an untouched one whole', () => {
    const mine: Draft = { ...base, target: { text: '95', chosen: 95 }, milestones: [{ year: '2027', value: '60' }] };
    const theirs: Draft = { ...base, milestones: [{ year: '2027', value: '60' }, { year: '2028', value: '75' }] };
    const result = rebaseDraft(base, mine, theirs);
    expect(result.merged.milestones).toEqual([{ year: '2027', value: '60' }, { year: '2028', value: '75' }]);
    expect(result.changedElsewhere).toEqual(['milestones']);
    expect(result.conflicts).toEqual([]);
  });

  it('nothing changed elsewhere: the user\'s draft as it is', () => {
    const mine: Draft = { ...base, title: 'Mới', target: { text: '97', chosen: null } };
    expect(rebaseDraft(base, mine, { ...base })).toEqual({ merged: mine, changedElsewhere: [], conflicts: [] });
  });

  it('a looser comparison for one field (a number as typed, by the number it reads as)', () => {
    const mine: Draft = { ...base, target: { text: '95,0', chosen: 95 } };
    const theirs: Draft = { ...base, target: { text: '96', chosen: 96 } };
    const byNumber = (field: keyof Draft, a: unknown, b: unknown) => (field === 'target' ? (a as Draft['target']).chosen === (b as Draft['target']).chosen : sameValue(a, b));
    expect(rebaseDraft(base, mine, theirs, byNumber)).toEqual({ merged: { ...base, target: { text: '96', chosen: 96 } }, changedElsewhere: ['target'], conflicts: [] });
  });
});

describe('sameValue', () => {
  it('compares plain data by content', () => {
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
  });
});

describe('an open form over successive versions (rebaseEditState, chooseValue)', () => {
  const typed = (state: EditState<Draft>, patch: Partial<Draft>): EditState<Draft> => ({ ...state, draft: { ...state.draft, ...patch } });

  it('the scenario of two tabs: tab 1 saved a new title (rev 4), tab 2 changed the due date — the save is based on rev 4 and keeps both', () => {
    const opened = startEditing(base, 3);
    const afterTyping = typed(opened, { dueOn: '2029-12-31' });
    const rebased = rebaseEditState(afterTyping, { ...base, title: 'Phủ sóng 5G toàn tỉnh' }, 4);
    expect(rebased).toEqual({
      base: { ...base, title: 'Phủ sóng 5G toàn tỉnh' },
      baseRev: 4,
      draft: { title: 'Phủ sóng 5G toàn tỉnh', unit: '%', dueOn: '2029-12-31', target: { text: '95', chosen: 95 }, milestones: [{ year: '2027', value: '60' }] },
      changes: [{ field: 'title', stored: 'Phủ sóng 5G toàn tỉnh', mine: 'Phủ sóng 5G', conflict: false }],
      choices: {},
    });
    expect(unresolvedFields(rebased)).toEqual([]);
  });

  it('the same revision again (a refetch with nothing new) changes nothing, not even what the user typed since', () => {
    const state = typed(startEditing(base, 3), { unit: 'trạm' });
    expect(rebaseEditState(state, { ...base }, 3)).toBe(state);
  });

  it('a version that changes nothing the form shows (a new report raised the revision) moves the base without a message', () => {
    const state = typed(startEditing(base, 3), { unit: 'trạm' });
    expect(rebaseEditState(state, { ...base }, 5)).toEqual({ base, baseRev: 5, draft: { ...base, unit: 'trạm' }, changes: [], choices: {} });
  });

  it('a conflict waits for a choice; "theirs" puts the stored value in, "mine" puts the typed one back', () => {
    const state = typed(startEditing(base, 1), { title: 'Bản của tôi' });
    const rebased = rebaseEditState(state, { ...base, title: 'Bản thẻ kia' }, 2);
    expect(rebased.draft.title).toBe('Bản của tôi');
    expect(unresolvedFields(rebased)).toEqual(['title']);

    const theirs = chooseValue(rebased, 'title', 'theirs');
    expect(theirs.draft.title).toBe('Bản thẻ kia');
    expect(theirs.choices).toEqual({ title: 'theirs' });
    expect(unresolvedFields(theirs)).toEqual([]);

    const mineAgain = chooseValue(theirs, 'title', 'mine');
    expect(mineAgain.draft.title).toBe('Bản của tôi');
    expect(mineAgain.choices).toEqual({ title: 'mine' });
  });

  it('"mine" keeps what the user typed after the change arrived', () => {
    const rebased = rebaseEditState(typed(startEditing(base, 1), { title: 'Bản của tôi' }), { ...base, title: 'Bản thẻ kia' }, 2);
    const retyped = typed(rebased, { title: 'Bản của tôi, sửa tiếp' });
    expect(chooseValue(retyped, 'title', 'mine').draft.title).toBe('Bản của tôi, sửa tiếp');
  });

  it('a choice for a field with no change listed does nothing', () => {
    const state = startEditing(base, 1);
    expect(chooseValue(state, 'unit', 'theirs')).toBe(state);
  });

  it('a second version: earlier changes stay listed, a field changed again shows its newest value and asks again', () => {
    const first = rebaseEditState(typed(startEditing(base, 1), { title: 'Bản của tôi' }), { ...base, title: 'Bản A', unit: 'vị trí' }, 2);
    const chosen = chooseValue(first, 'title', 'mine');
    const second = rebaseEditState(chosen, { ...base, title: 'Bản B', unit: 'vị trí' }, 3);
    expect(second.changes).toEqual([
      { field: 'unit', stored: 'vị trí', mine: '%', conflict: false },
      { field: 'title', stored: 'Bản B', mine: 'Bản của tôi', conflict: true },
    ]);
    expect(second.choices).toEqual({});
    expect(unresolvedFields(second)).toEqual(['title']);
    expect(second.draft).toEqual({ ...base, title: 'Bản của tôi', unit: 'vị trí' });
    expect(second.baseRev).toBe(3);
  });
});
