// The app shell: providers and the router. main.tsx mounts it; tests mount it with a memory router.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { I18nProvider } from './i18n/I18nContext';
import type { Lang } from './i18n/strings';

type Router = ReturnType<typeof createBrowserRouter>;

export default function App({
  router,
  queryClient,
  lang,
}: {
  router: Router;
  queryClient: QueryClient;
  lang?: Lang;
}) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider lang={lang}>
        <RouterProvider router={router} />
      </I18nProvider>
    </QueryClientProvider>
  );
}
