/**
 * State passed with a navigation: after a deletion the page shown next (the list, or the
 * agreement a commitment belonged to) offers to undo it.
 */
export interface TrashedState {
  trashed: { id: string; label: string };
}

export const trashedFrom = (state: unknown): TrashedState['trashed'] | undefined => (state as TrashedState | null)?.trashed;
