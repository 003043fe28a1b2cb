/** Every URL of the app, built in one place. */
export const paths = {
  dashboard: () => '/',
  agreements: () => '/agreements',
  newAgreement: () => '/agreements/new',
  agreement: (id: string) => `/agreements/${encodeURIComponent(id)}`,
  editAgreement: (id: string) => `/agreements/${encodeURIComponent(id)}/edit`,
  renewAgreement: (id: string) => `/agreements/${encodeURIComponent(id)}/renew`,
  closeAgreement: (id: string) => `/agreements/${encodeURIComponent(id)}/close`,
  newCommitment: (agreementId: string) => `/agreements/${encodeURIComponent(agreementId)}/commitments/new`,
  commitments: () => '/commitments',
  commitment: (id: string) => `/commitments/${encodeURIComponent(id)}`,
  editCommitment: (id: string) => `/commitments/${encodeURIComponent(id)}/edit`,
  trash: () => '/trash',
  reports: () => '/reports',
  spreadsheets: () => '/spreadsheets',
  snapshots: () => '/snapshots',
  settings: () => '/settings',
} as const;
