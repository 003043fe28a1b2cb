/**
 * The user's choices about the status rules, kept per device (like the interface language):
 * the tolerance in percentage points for percentages, and whether illustrative (sample) reports
 * count. Read synchronously, so the first render already uses them; every open view follows a
 * change at once (and other tabs on their next storage event).
 */
import { useSyncExternalStore } from 'react';
import { DEFAULT_RULES, type StatusRules } from '../domain/status/engine';

export const TOLERANCE_STORAGE_KEY = 'camket.statusTolerancePoints';
export const INCLUDE_SAMPLE_STORAGE_KEY = 'camket.statusIncludeSample';
/** The tolerance a user may choose, in percentage points. */
export const TOLERANCE_MIN = 0;
export const TOLERANCE_MAX = 10;

const listeners = new Set<() => void>();
let cached: StatusRules | null = null;
/** When the device's storage is off: the choice for this page only. */
let fallback: StatusRules | null = null;

function read(): StatusRules {
  if (fallback) return fallback;
  try {
    const tolerance = Number(localStorage.getItem(TOLERANCE_STORAGE_KEY));
    const stored = localStorage.getItem(TOLERANCE_STORAGE_KEY);
    return {
      tolerancePoints: stored !== null && Number.isFinite(tolerance) && tolerance >= TOLERANCE_MIN && tolerance <= TOLERANCE_MAX ? tolerance : DEFAULT_RULES.tolerancePoints,
      includeSample: localStorage.getItem(INCLUDE_SAMPLE_STORAGE_KEY) === 'true',
    };
  } catch {
    return DEFAULT_RULES;
  }
}

function snapshot(): StatusRules {
  const next = read();
  if (!cached || cached.tolerancePoints !== next.tolerancePoints || cached.includeSample !== next.includeSample) cached = next;
  return cached;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === TOLERANCE_STORAGE_KEY || e.key === INCLUDE_SAMPLE_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The status rules in force on this device. */
export function useStatusRules(): StatusRules {
  return useSyncExternalStore(subscribe, snapshot, () => DEFAULT_RULES);
}

/** Changes the rules on this device; every view using them re-renders. */
export function setStatusRules(change: Partial<StatusRules>): void {
  try {
    if (change.tolerancePoints !== undefined) localStorage.setItem(TOLERANCE_STORAGE_KEY, String(change.tolerancePoints));
    if (change.includeSample !== undefined) localStorage.setItem(INCLUDE_SAMPLE_STORAGE_KEY, String(change.includeSample));
  } catch {
    // Private mode or storage off: the choice lasts for this page only.
    fallback = { ...read(), ...change };
  }
  for (const listener of listeners) listener();
}
