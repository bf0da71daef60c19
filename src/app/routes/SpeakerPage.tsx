import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { Speaker } from '../../model/types';
import ErrorView from '../components/ErrorView';
import NotFound from '../components/NotFound';
import { PageSkeleton } from '../components/Skeleton';
import SlideButtons from '../components/SlideButtons';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { indexQuery, isNotFound, speakerQuery } from '../data/queries';
import { useI18n } from '../i18n/I18nContext';
import { formatDate } from '../lib/dates';
import { suggestSpeakers } from '../lib/suggest';

export default function SpeakerPage() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const index = useQuery(indexQuery());
  const known = !!index.data?.speakers.some((s) => s.slug === slug);
  const speaker = useQuery({ ...speakerQuery(slug), enabled: known });
  // Listed in the index or not, a speaker without a file is not found.
  const missing = !!index.data && (!known || (speaker.isError && isNotFound(speaker.error)));
  useDocumentTitle(speaker.data?.name ?? (missing ? t.notFoundTitle : null));

  if (index.isPending) return <PageSkeleton />;
  if (index.isError) return <ErrorView error={index.error} onRetry={() => void index.refetch()} />;
  if (missing)
    return <NotFound message={t.notFoundSpeaker(slug)} suggestions={suggestSpeakers(index.data, slug)} />;
  if (speaker.isPending) return <PageSkeleton />;
  if (speaker.isError) return <ErrorView error={speaker.error} onRetry={() => void speaker.refetch()} />;
  return <SpeakerView speaker={speaker.data} />;
}

function SpeakerView({ speaker }: { speaker: Speaker }) {
  const { t, locale } = useI18n();
  // Newest first, whatever order the file has; undated last.
  const talks = [...speaker.talks].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return (
    <article className="speaker-page">
      <header>
        <h1>{speaker.name}</h1>
        {speaker.aliases.length > 0 && (
          <p className="aliases">
            {t.aliases}: {speaker.aliases.join('、')}
          </p>
        )}
        {(speaker.affiliation || speaker.role) && (
          <p className="lead">{[speaker.affiliation, speaker.role].filter(Boolean).join(' · ')}</p>
        )}
      </header>
      {speaker.bio && (
        <section aria-labelledby="bio-title">
          <h2 id="bio-title">{t.bio}</h2>
          <p className="bio">{speaker.bio}</p>
        </section>
      )}
      <section aria-labelledby="talks-title">
        <h2 id="talks-title">
          {t.talksOfSpeaker} <span className="count">{talks.length}</span>
        </h2>
        <ol className="speaker-talks">
          {talks.map((talk) => (
            <li key={`${talk.event}/${talk.talk}`} className="speaker-talk">
              <p className="muted small">
                {talk.date ? (
                  <time dateTime={talk.date}>{formatDate(talk.date.slice(0, 10), 'UTC', locale)}</time>
                ) : (
                  t.dateUnknown
                )}
              </p>
              <h3>{talk.title}</h3>
              <p>
                <span className="muted">{t.atEvent}: </span>
                <Link to={`/events/${encodeURIComponent(talk.event)}`}>{talk.eventTitle}</Link>
              </p>
              <SlideButtons urls={talk.slides} context={talk.title} />
            </li>
          ))}
        </ol>
      </section>
      {speaker.coSpeakers.length > 0 && (
        <section aria-labelledby="co-title">
          <h2 id="co-title">{t.coSpeakers}</h2>
          <ul className="co-speakers">
            {speaker.coSpeakers.map((s) => (
              <li key={s.slug}>
                <Link to={`/speakers/${encodeURIComponent(s.slug)}`}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
