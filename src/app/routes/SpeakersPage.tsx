import { useQuery } from '@tanstack/react-query';
import { memo, useDeferredValue, useMemo } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { SpeakerSummary } from '../../model/types';
import ErrorView from '../components/ErrorView';
import { PageSkeleton } from '../components/Skeleton';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { indexQuery } from '../data/queries';
import { useRevealMore } from '../components/useRevealMore';
import { useUrlText } from '../components/useUrlText';
import { useI18n } from '../i18n/I18nContext';
import { filterSpeakers, parseSort, sortSpeakers, type SpeakerSort } from '../lib/speakers';

export default function SpeakersPage() {
  const { t } = useI18n();
  useDocumentTitle(t.speakersTitle);
  const index = useQuery(indexQuery());
  if (index.isPending) return <PageSkeleton />;
  if (index.isError) return <ErrorView error={index.error} onRetry={() => void index.refetch()} />;
  return <Speakers speakers={index.data.speakers} />;
}

/**
 * Cards added at a time as the reader scrolls (see useRevealMore). 240 at a time made one long task of
 * 59-67 ms while scrolling 5,079 speakers (10,000 posts) to the end; 120 made none (3 runs each).
 */
const CARDS_STEP = 120;

function Speakers({ speakers }: { speakers: SpeakerSummary[] }) {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const { url: q, input } = useUrlText('q');
  const sort = parseSort(params.get('sort'));
  const deferredQ = useDeferredValue(q);
  const list = useMemo(
    () => sortSpeakers(filterSpeakers(speakers, deferredQ), sort, locale),
    [speakers, deferredQ, sort, locale],
  );
  const visit = useLocation().key;
  const { shown, more, sentinel } = useRevealMore(list, CARDS_STEP, visit, `${sort}:${deferredQ}`);

  const setSort = (value: SpeakerSort) =>
    setParams(
      (p) => {
        if (value === 'name') p.delete('sort');
        else p.set('sort', value);
        return p;
      },
      { preventScrollReset: true },
    );

  return (
    <div className="speakers-page">
      <h1>{t.speakersTitle}</h1>
      <div className="list-controls" role="search" aria-label={t.speakersTitle}>
        <label className="filter grow">
          <span className="filter-label">{t.filterSpeakers}</span>
          <input type="search" {...input} />
        </label>
        <label className="filter">
          <span className="filter-label">{t.sortBy}</span>
          <select value={sort} onChange={(e) => setSort(e.target.value as SpeakerSort)}>
            <option value="name">{t.sortName}</option>
            <option value="talks">{t.sortTalks}</option>
          </select>
        </label>
      </div>
      <p className="result-count" role="status">
        {t.speakersIntro(list.length)}
      </p>
      {list.length === 0 ? (
        <p className="empty">{t.noSpeakers}</p>
      ) : (
        <ul className="speaker-list">
          {shown.map((s) => (
            <SpeakerCard key={s.slug} speaker={s} />
          ))}
        </ul>
      )}
      {more && <div ref={sentinel} className="reveal-more" aria-hidden="true" />}
    </div>
  );
}

// Memoized: each step of useRevealMore then renders only its new cards, not every card again.
const SpeakerCard = memo(function SpeakerCard({ speaker: s }: { speaker: SpeakerSummary }) {
  const { t } = useI18n();
  return (
    <li className="speaker-card">
      <Link to={`/speakers/${encodeURIComponent(s.slug)}`} className="speaker-name">
        {s.name}
      </Link>
      {s.aliases.length > 0 && <span className="muted small"> ({s.aliases.join('、')})</span>}
      {s.affiliation && <p className="speaker-affiliation">{s.affiliation}</p>}
      <p className="speaker-count">{t.talks(s.talkCount)}</p>
    </li>
  );
});
