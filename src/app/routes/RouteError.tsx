import { useEffect } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import ErrorView from '../components/ErrorView';
import NotFound from '../components/NotFound';
import { isStaleBuildError, reloadForNewBuild } from '../data/stale-build';
import { useI18n } from '../i18n/I18nContext';

/** Anything a route throws ends here, inside the page frame: a not-found or an error with reload. */
export default function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  const stale = isStaleBuildError(error);
  useEffect(() => {
    if (stale) reloadForNewBuild();
  }, [stale, error]);
  if (isRouteErrorResponse(error) && error.status === 404)
    return <NotFound message={t.notFoundPage} suggestions={[]} />;
  return <ErrorView error={error} message={stale ? t.errorNewBuild : undefined} />;
}
