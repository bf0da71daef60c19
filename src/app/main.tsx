// Entry point (index.html loads it): theme, query client, browser router under the deploy base path.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import App from './App';
import { createQueryClient } from './data/queries';
import { createRoutes } from './routes';
import { applyTheme, readTheme } from './theme/theme';
import './styles.css';

applyTheme(readTheme());

const queryClient = createQueryClient();
if (import.meta.hot)
  void import('./data/live-bundle').then((m) => m.liveBundle(import.meta.hot!, queryClient));
// BASE_URL is `/` or `/sub/folder/`; the router wants no trailing slash.
const basename = import.meta.env.BASE_URL.replace(/\/+$/, '') || '/';
const router = createBrowserRouter(createRoutes(queryClient), { basename });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App router={router} queryClient={queryClient} />
  </StrictMode>,
);
