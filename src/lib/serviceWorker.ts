/**
 * Service worker registration (production builds only) and the update prompt's state. Workbox's
 * client (workbox-window) is a lazy chunk, loaded after the first screen.
 */
import { useSyncExternalStore } from 'react';
import type { Workbox } from 'workbox-window';

export interface ServiceWorkerState {
  /** A new version is installed and waits for the user's go-ahead. */
  updateReady: boolean;
  /** The app was just cached for offline use (first visit). */
  offlineReady: boolean;
}

let state: ServiceWorkerState = { updateReady: false, offlineReady: false };
const listeners = new Set<() => void>();
let workbox: Workbox | null = null;
/** This tab asked the waiting version to take over (it reloads itself once it does). */
let applying = false;
/** Another tab accepted an update: the new version already serves, this tab only needs a reload. */
let updatedElsewhere = false;

function set(next: Partial<ServiceWorkerState>) {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
}

export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  workbox = new Workbox('/sw.js');
  workbox.addEventListener('waiting', () => set({ updateReady: true }));
  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate) set({ offlineReady: true });
  });
  // A new version taking over while this tab runs the old one, because another tab accepted it: the old
  // version's cache is gone, so this tab must reload before it opens a screen it has not loaded yet. It is
  // told with the same notice (the first install, when there was no controller, is not an update).
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!hadController || applying) return;
    updatedElsewhere = true;
    set({ updateReady: true });
  });
  await workbox.register();
}

/** Activates the waiting version, then reloads once it controls the page. */
export function applyUpdate(): void {
  if (updatedElsewhere) {
    window.location.reload();
    return;
  }
  if (!workbox) return;
  applying = true;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}

export function dismissOfflineReady(): void {
  set({ offlineReady: false });
}

export function useServiceWorkerState(): ServiceWorkerState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
