// The route table: lazy route modules, loaders that warm the shared query cache.
import type { QueryClient } from '@tanstack/react-query';
import { redirect, type RouteObject, type ShouldRevalidateFunction } from 'react-router';
import Layout from './components/Layout';
import { PageSkeleton } from './components/Skeleton';
import RouteError from './routes/RouteError';
import { eventQuery, indexQuery, speakerQuery } from './data/queries';

/** How long an in-app navigation waits for data before showing the page with skeletons. */
const WAIT_MS = 500;

/** Filters live in search params: changing them must not re-run loaders (the data is the same). */
const samePath: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate;

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  /**
   * Start fetching, then wait. An in-app navigation waits briefly, the old page staying meanwhile: on a
   * fast network the new page renders complete (and scroll restores), on a slow one with skeletons. The
   * first page of a load waits for its data, however long: until then the prerendered page stays on
   * screen (main.tsx), or the route's HydrateFallback. Errors are left to the page, which offers a retry.
   */
  let pageLoad = true;
  const warm = async (work: Promise<unknown>): Promise<null> => {
    const settled = work.catch(() => undefined);
    if (pageLoad) {
      await settled;
      pageLoad = false;
    } else {
      await Promise.race([settled, new Promise((r) => setTimeout(r, WAIT_MS))]);
    }
    return null;
  };
  const index = () => queryClient.ensureQueryData(indexQuery());
  const knownThen = (slug: string, kind: 'events' | 'speakers', load: () => Promise<unknown>) =>
    index().then((ix) =>
      (kind === 'events' ? ix.events : ix.speakers).some((x) => x.slug === slug) ? load() : null,
    );

  return [
    {
      path: '/',
      Component: Layout,
      ErrorBoundary: RouteError,
      children: [
        {
          ErrorBoundary: RouteError,
          children: [
            {
              index: true,
              loader: () => warm(index()),
              lazy: async () => ({ Component: (await import('./routes/TimelinePage')).default }),
              HydrateFallback: PageSkeleton,
              shouldRevalidate: samePath,
            },
            // The timeline is the list of events.
            { path: 'events', loader: () => redirect('/') },
            {
              path: 'events/:slug',
              loader: ({ params }) =>
                warm(
                  knownThen(params.slug!, 'events', () =>
                    queryClient.ensureQueryData(eventQuery(params.slug!)),
                  ),
                ),
              lazy: async () => ({ Component: (await import('./routes/EventPage')).default }),
              HydrateFallback: PageSkeleton,
              shouldRevalidate: samePath,
            },
            {
              path: 'speakers',
              loader: () => warm(index()),
              lazy: async () => ({ Component: (await import('./routes/SpeakersPage')).default }),
              HydrateFallback: PageSkeleton,
              shouldRevalidate: samePath,
            },
            {
              path: 'speakers/:slug',
              loader: ({ params }) =>
                warm(
                  knownThen(params.slug!, 'speakers', () =>
                    queryClient.ensureQueryData(speakerQuery(params.slug!)),
                  ),
                ),
              lazy: async () => ({ Component: (await import('./routes/SpeakerPage')).default }),
              HydrateFallback: PageSkeleton,
              shouldRevalidate: samePath,
            },
            {
              path: 'overview',
              loader: () => warm(index()),
              lazy: async () => ({ Component: (await import('./routes/OverviewPage')).default }),
              HydrateFallback: PageSkeleton,
              shouldRevalidate: samePath,
            },
            {
              path: 'search',
              loader: () => warm(index()),
              lazy: async () => ({ Component: (await import('./search/SearchPage')).default }),
              HydrateFallback: PageSkeleton,
              shouldRevalidate: samePath,
            },
            {
              path: '*',
              loader: () => warm(index()),
              lazy: async () => ({ Component: (await import('./routes/NotFoundPage')).default }),
              HydrateFallback: PageSkeleton,
              shouldRevalidate: samePath,
            },
          ],
        },
      ],
    },
  ];
}
