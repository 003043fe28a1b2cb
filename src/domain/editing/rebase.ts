/**
 * Bringing an open form up to date with a newer stored version, field by field, without losing
 * what the user typed (a three-way merge of form drafts):
 * - `base`   the form's fields as stored when the user started editing;
 * - `mine`   the form as the user has it now;
 * - `theirs` the form's fields as stored now (changed elsewhere: another tab, an import).
 *
 * A field only the other side changed takes their value; a field only the user changed keeps the
 * user's; a field both changed to different values is a conflict: the merged draft keeps the user's
 * value until the user chooses (see `resolveConflict`). Values are compared structurally, so a
 * field may hold a list or an object (a number as typed, the yearly milestones, the signatories).
 */

export interface Rebased<D> {
  /** The draft to show: theirs where only they changed, mine elsewhere. */
  merged: D;
  /** Every field the other side changed (the message names each, with both values). */
  changedElsewhere: (keyof D & string)[];
  /** The fields both sides changed to different values: the user must choose before saving. */
  conflicts: (keyof D & string)[];
}

/** Structural equality of plain data (strings, numbers, booleans, null, arrays, plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * @param equal how two values of a field compare; by default structurally. A form may pass a
 *   looser rule (a number as typed compares by the number it reads as).
 */
export function rebaseDraft<D extends object>(base: D, mine: D, theirs: D, equal: (field: keyof D & string, a: unknown, b: unknown) => boolean = (_f, a, b) => sameValue(a, b)): Rebased<D> {
  const merged = { ...mine };
  const changedElsewhere: (keyof D & string)[] = [];
  const conflicts: (keyof D & string)[] = [];
  const fields = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)] as (keyof D & string)[]);
  for (const field of fields) {
    const theirsChanged = !equal(field, base[field], theirs[field]);
    if (!theirsChanged) continue;
    changedElsewhere.push(field);
    const mineChanged = !equal(field, base[field], mine[field]);
    if (!mineChanged) merged[field] = theirs[field];
    else if (!equal(field, mine[field], theirs[field])) conflicts.push(field);
  }
  return { merged, changedElsewhere, conflicts };
}

export type Choice = 'mine' | 'theirs';
export type FieldEquality<D> = (field: keyof D & string, a: unknown, b: unknown) => boolean;

/** A field changed elsewhere while the form was open, as the form lists it. */
export interface FieldChange<D> {
  field: keyof D & string;
  /** The value stored now. */
  stored: unknown;
  /** The user's value when the change arrived. */
  mine: unknown;
  /** Both sides changed it to different values: the user chooses. */
  conflict: boolean;
}

/** An open form: what it started from, what the user has, and what changed elsewhere meanwhile. */
export interface EditState<D> {
  /** The stored version the draft is based on (a save is checked against `baseRev`). */
  base: D;
  baseRev: number;
  draft: D;
  changes: FieldChange<D>[];
  choices: Partial<Record<keyof D & string, Choice>>;
}

export function startEditing<D extends object>(stored: D, rev: number): EditState<D> {
  return { base: stored, baseRev: rev, draft: stored, changes: [], choices: {} };
}

const structural = (_field: string, a: unknown, b: unknown) => sameValue(a, b);

/**
 * A newer stored version (`theirs`, revision `rev`) arrived: the draft is merged with it and the
 * form is based on it from now on. Fields changed again are listed once, with the newest values;
 * a conflict chosen earlier and changed again asks again. The same revision changes nothing.
 */
export function rebaseEditState<D extends object>(state: EditState<D>, theirs: D, rev: number, equal: FieldEquality<D> = structural): EditState<D> {
  if (rev === state.baseRev) return state;
  const result = rebaseDraft(state.base, state.draft, theirs, equal);
  const fresh: FieldChange<D>[] = result.changedElsewhere.map((field) => ({
    field,
    stored: theirs[field],
    mine: state.draft[field],
    conflict: result.conflicts.includes(field),
  }));
  const kept = state.changes.filter((c) => !result.changedElsewhere.includes(c.field));
  const choices = { ...state.choices };
  for (const c of fresh) delete choices[c.field];
  return { base: theirs, baseRev: rev, draft: result.merged, changes: [...kept, ...fresh], choices };
}

/**
 * The user's choice for a conflicting field: "theirs" puts the stored value in the field, "mine"
 * the user's value (as it was when the change arrived, unless the user typed on since).
 */
export function chooseValue<D extends object>(state: EditState<D>, field: keyof D & string, choice: Choice): EditState<D> {
  const change = state.changes.find((c) => c.field === field);
  if (!change) return state;
  const current = state.draft[field];
  const value = choice === 'theirs' ? change.stored : sameValue(current, change.stored) ? change.mine : current;
  return { ...state, draft: { ...state.draft, [field]: value }, choices: { ...state.choices, [field]: choice } };
}

/** The conflicting fields still without a choice: a save waits for them. */
export function unresolvedFields<D extends object>(state: EditState<D>): (keyof D & string)[] {
  return state.changes.filter((c) => c.conflict && !state.choices[c.field]).map((c) => c.field);
}
