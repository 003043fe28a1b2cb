/**
 * An editing form's session: what the user typed, the stored version it started from (fields and
 * `rev`), and what happens when the record changes or disappears while the form is open.
 *
 * - The revision saved against is the one the user started editing from; a refetch never raises it
 *   silently. When a newer version arrives (another tab's save, announced over the cross-tab
 *   channel; or a save refused as changed elsewhere, which re-reads), the draft is merged field by
 *   field (domain/editing/rebase.ts) and the form says what changed; fields both sides changed wait
 *   for the user's choice before saving.
 * - When the record is deleted elsewhere, the draft stays on screen and is kept in sessionStorage,
 *   so that, once the record is restored from the trash, the form offers it again.
 */
import { useEffect, useState } from 'react';
import { chooseValue, rebaseEditState, startEditing, unresolvedFields, type Choice, type EditState, type FieldChange, type FieldEquality } from '../domain/editing/rebase';

export type { FieldChange } from '../domain/editing/rebase';

export interface SavedDraft<D> {
  draft: D;
  base: D;
  baseRev: number;
  savedAt: string;
}

export interface EditSession<D> {
  draft: D;
  setDraft: (update: (draft: D) => D) => void;
  /** The revision a save must be checked against. */
  baseRev: number;
  /** The record's fields as stored in the version the draft is based on. */
  base: D;
  /** The fields changed elsewhere since the form was opened (empty when none). */
  changes: FieldChange<D>[];
  /** The user's choice per conflicting field. */
  choices: Partial<Record<keyof D & string, Choice>>;
  choose: (field: keyof D & string, choice: Choice) => void;
  /** Conflicting fields still without a choice: saving waits for them. */
  unresolved: (keyof D & string)[];
  /** The record was deleted elsewhere while the form was open. */
  deleted: boolean;
  /** A draft kept from an earlier visit (the record had been deleted), offered to the user. */
  offer: SavedDraft<D> | null;
  takeOffer: () => void;
  dropOffer: () => void;
  /** After a successful save: the kept draft is no longer needed. */
  forget: () => void;
}

const STORAGE_PREFIX = 'camket-draft:';

function readSaved<D>(key: string): SavedDraft<D> | null {
  try {
    const text = sessionStorage.getItem(STORAGE_PREFIX + key);
    if (!text) return null;
    const saved = JSON.parse(text) as SavedDraft<D>;
    return typeof saved.baseRev === 'number' && saved.draft && saved.base ? saved : null;
  } catch {
    return null;
  }
}

function writeSaved<D>(key: string, saved: SavedDraft<D> | null) {
  try {
    if (saved) sessionStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(saved));
    else sessionStorage.removeItem(STORAGE_PREFIX + key);
  } catch {
    // Storage full or refused: the draft stays on screen, only the copy is lost.
  }
}

/**
 * @param key names the record (`commitment:<id>`); the kept draft is stored under it
 * @param stored the record's fields as stored now, as a draft; null when it was deleted
 * @param rev the stored record's revision (ignored when deleted)
 * @param busy a save is under way or done: its own refetch is not a change made elsewhere
 * @param equal how a field's two values compare (default: by content); a field always "equal"
 *   is never reported nor merged (a helper field that follows another)
 */
export function useEditSession<D extends object>({
  key,
  initial,
  initialRev,
  stored,
  rev,
  busy,
  equal,
}: {
  key: string;
  initial: D;
  initialRev: number;
  stored: D | null;
  rev: number;
  busy: boolean;
  equal?: FieldEquality<D>;
}): EditSession<D> {
  const [state, setState] = useState<EditState<D>>(() => startEditing(initial, initialRev));
  const [offer, setOffer] = useState<SavedDraft<D> | null>(() => readSaved<D>(key));
  const deleted = stored === null;

  // A newer stored version: merged into the draft during render (no flash of the stale form).
  if (stored !== null && rev !== state.baseRev && !busy) setState(rebaseEditState(state, stored, rev, equal));

  // Deleted elsewhere: keep a copy of what was typed for after the record is restored.
  useEffect(() => {
    if (deleted) writeSaved<D>(key, { draft: state.draft, base: state.base, baseRev: state.baseRev, savedAt: new Date().toISOString() });
  }, [deleted, key, state]);

  return {
    draft: state.draft,
    setDraft: (update) => setState((s) => ({ ...s, draft: update(s.draft) })),
    baseRev: state.baseRev,
    base: state.base,
    changes: state.changes,
    choices: state.choices,
    choose: (field, choice) => setState((s) => chooseValue(s, field, choice)),
    unresolved: unresolvedFields(state),
    deleted,
    offer: deleted ? null : offer,
    takeOffer: () => {
      if (!offer) return;
      // Back to the version the draft was typed against: the next render merges any newer one.
      setState({ ...startEditing(offer.base, offer.baseRev), draft: offer.draft });
      setOffer(null);
      writeSaved(key, null);
    },
    dropOffer: () => {
      setOffer(null);
      writeSaved(key, null);
    },
    forget: () => writeSaved(key, null),
  };
}
