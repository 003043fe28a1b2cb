/**
 * The routes. Features are composed here and nowhere else; each page is its own lazy chunk, so the
 * first screen loads only what it shows.
 */
import { createBrowserRouter } from 'react-router';
import { Loading } from '../components/Loading';
import { Layout } from './Layout';
import { NotFoundPage, RouteError } from './RouteError';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <Layout />,
      errorElement: <RouteError />,
      // Shown while the first page's lazy chunk arrives.
      hydrateFallbackElement: <Loading />,
      children: [
        {
          // An error inside a page replaces only the page, inside the layout.
          errorElement: <RouteError />,
          children: [
            { index: true, handle: { title: 'nav.dashboard' }, lazy: () => import('../features/dashboard/DashboardPage').then((m) => ({ Component: m.DashboardPage })) },
            { path: 'agreements', handle: { title: 'nav.agreements' }, lazy: () => import('../features/agreements/AgreementsPage').then((m) => ({ Component: m.AgreementsPage })) },
            { path: 'agreements/new', handle: { title: 'titles.agreementNew' }, lazy: () => import('../features/agreements/AgreementFormPage').then((m) => ({ Component: m.AgreementFormPage })) },
            { path: 'agreements/:agreementId/edit', handle: { title: 'titles.agreementEdit' }, lazy: () => import('../features/agreements/AgreementFormPage').then((m) => ({ Component: m.AgreementFormPage })) },
            { path: 'agreements/:agreementId/renew', handle: { title: 'titles.renew' }, lazy: () => import('../features/agreements/RenewPage').then((m) => ({ Component: m.RenewPage })) },
            { path: 'agreements/:agreementId/close', handle: { title: 'titles.close' }, lazy: () => import('../features/agreements/ClosePage').then((m) => ({ Component: m.ClosePage })) },
            { path: 'agreements/:agreementId/commitments/new', handle: { title: 'titles.commitmentNew' }, lazy: () => import('../features/commitments/CommitmentFormPage').then((m) => ({ Component: m.CommitmentFormPage })) },
            { path: 'commitments', handle: { title: 'nav.commitments' }, lazy: () => import('../features/commitments/CommitmentsPage').then((m) => ({ Component: m.CommitmentsPage })) },
            { path: 'commitments/:commitmentId/edit', handle: { title: 'titles.commitmentEdit' }, lazy: () => import('../features/commitments/CommitmentFormPage').then((m) => ({ Component: m.CommitmentFormPage })) },
            { path: 'reports', handle: { title: 'nav.reports' }, lazy: () => import('../features/reports/ReportPage').then((m) => ({ Component: m.ReportPage })) },
            { path: 'spreadsheets', handle: { title: 'nav.sheets' }, lazy: () => import('../features/reports/SpreadsheetPage').then((m) => ({ Component: m.SpreadsheetPage })) },
            { path: 'trash', handle: { title: 'nav.trash' }, lazy: () => import('../features/trash/TrashPage').then((m) => ({ Component: m.TrashPage })) },
            {
              path: 'agreements/:agreementId',
              handle: { title: 'titles.agreement' },
              lazy: () => {
                // An agreement lists its commitments: start loading the commitment page (and its
                // chart, which that module starts fetching) now, so opening one does not wait ~0,4 s
                // for Recharts to download and compile. Not from the overview: it would push the first
                // screen past its JS budget.
                void import('../features/commitments/CommitmentPage');
                return import('../features/agreements/AgreementPage').then((m) => ({ Component: m.AgreementPage }));
              },
            },
            { path: 'commitments/:commitmentId', handle: { title: 'titles.commitment' }, lazy: () => import('../features/commitments/CommitmentPage').then((m) => ({ Component: m.CommitmentPage })) },
            { path: 'snapshots', handle: { title: 'nav.snapshots' }, lazy: () => import('../features/snapshots/SnapshotsPage').then((m) => ({ Component: m.SnapshotsPage })) },
            { path: 'settings', handle: { title: 'nav.settings' }, lazy: () => import('../features/settings/SettingsPage').then((m) => ({ Component: m.SettingsPage })) },
            { path: '*', handle: { title: 'titles.notFound' }, element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
