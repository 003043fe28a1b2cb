/** Every URL of the app, built in one place. */
export const paths = {
  dashboard: () => '/',
  agreements: () => '/agreements',
  agreement: (id: string) => `/agreements/${encodeURIComponent(id)}`,
  commitment: (id: string) => `/commitments/${encodeURIComponent(id)}`,
  snapshots: () => '/snapshots',
  settings: () => '/settings',
} as const;
