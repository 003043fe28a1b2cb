import { QueryClient } from '@tanstack/react-query';

/**
 * Every query reads IndexedDB on this device, never the network: networkMode 'always' keeps React
 * Query from pausing them when the laptop is offline (its default would). A failed IndexedDB read
 * is not a passing network fault, so nothing is retried.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', retry: false, staleTime: 30_000 },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}
