/**
 * Several tabs at once: a tab that changes data tells the others over a BroadcastChannel, and they
 * re-read it. Another tab upgrading the database asks this one to reload.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { onDatabaseInterrupted, type DatabaseInterruption } from '../data/appDatabase';
import { queryKeys } from './keys';

const CHANNEL = 'camket-data';
const sender = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

/** Tells the other tabs that stored data changed. */
export function announceChange(): void {
  sender?.postMessage({ type: 'changed' });
}

/** Re-reads everything when another tab changed data. Mount once, in the app shell. */
export function useCrossTabSync(): void {
  const client = useQueryClient();
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = () => void client.invalidateQueries({ predicate: (q) => q.queryKey[1] !== queryKeys.ready()[1] });
    return () => channel.close();
  }, [client]);
}

export function useDatabaseInterruption(): DatabaseInterruption | null {
  const [why, setWhy] = useState<DatabaseInterruption | null>(null);
  useEffect(() => onDatabaseInterrupted(setWhy), []);
  return why;
}
