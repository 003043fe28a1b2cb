import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { appDatabase } from '../queries/run';
import { initI18n } from '../lib/i18n';
import { createQueryClient } from '../lib/queryClient';
import { registerServiceWorker } from '../lib/serviceWorker';
import { requestPersistentStorage } from '../lib/storage';
import { createRouter } from './router';
import './styles.css';

// Start opening the database (and fetching Dexie's chunk) now, in parallel with the first page's chunk.
void appDatabase().catch(() => undefined);
const queryClient = createQueryClient();
const router = createRouter();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Vietnamese is bundled, so this resolves at once; English (a lazy chunk) is loaded first if chosen.
void initI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  ),
);

// After the first screen: cache the app for offline use, and ask the browser to keep the data.
window.addEventListener('load', () => {
  void registerServiceWorker();
  void requestPersistentStorage();
});
