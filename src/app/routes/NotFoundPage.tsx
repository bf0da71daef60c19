import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocation } from 'react-router';
import NotFound from '../components/NotFound';
import { indexQuery } from '../data/queries';
import { useI18n } from '../i18n/I18nContext';
import { suggestEvents, suggestSpeakers } from '../lib/suggest';

/** An address no route knows: suggest the events and speakers closest to its last segment. */
export default function NotFoundPage() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const index = useQuery(indexQuery());
  const last = pathname.split('/').filter(Boolean).pop() ?? '';
  const suggestions = useMemo(
    () =>
      index.data && last
        ? [...suggestEvents(index.data, last, 3), ...suggestSpeakers(index.data, last, 3)]
        : [],
    [index.data, last],
  );
  return <NotFound message={t.notFoundPage} suggestions={suggestions} />;
}
