/** How safe the data is in this browser: persistent storage, usage and quota. */

export interface StorageStatus {
  /** Whether the browser promised not to evict the data under storage pressure; null if unknown. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export async function storageStatus(): Promise<StorageStatus> {
  const storage = navigator.storage as StorageManager | undefined;
  if (!storage) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([storage.persisted?.().catch(() => null) ?? null, storage.estimate?.().catch(() => null) ?? null]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Asks the browser to keep the data even under storage pressure; returns whether it agreed. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
