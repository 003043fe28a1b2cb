/** Query keys, built in one place so that invalidation after a write cannot miss a key. */
const all = ['camket'] as const;

export const queryKeys = {
  all,
  ready: () => [...all, 'ready'] as const,
  agreements: () => [...all, 'agreements'] as const,
  agreement: (id: string) => [...all, 'agreement', id] as const,
  commitment: (id: string) => [...all, 'commitment', id] as const,
  counts: () => [...all, 'counts'] as const,
  userName: () => [...all, 'user-name'] as const,
  directory: () => [...all, 'directory'] as const,
  portfolio: () => [...all, 'portfolio'] as const,
  backup: () => [...all, 'backup'] as const,
  restorePoints: () => [...all, 'restore-points'] as const,
  conflicts: () => [...all, 'conflicts'] as const,
  peers: () => [...all, 'peers'] as const,
  history: (recordId: string) => [...all, 'history', recordId] as const,
  trash: () => [...all, 'trash'] as const,
  templates: () => [...all, 'templates'] as const,
};
