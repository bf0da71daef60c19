import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { BundleIndex, Event, Talk } from '../../model/types';
import { summaryBesideTitle } from '../../model/summary';
import AddToCalendar from '../calendar/AddToCalendar';
import ErrorView from '../components/ErrorView';
import ExternalLink from '../components/ExternalLink';
import ModeBadge from '../components/ModeBadge';
import NotFound from '../components/NotFound';
import { PageSkeleton } from '../components/Skeleton';
import SlideButtons from '../components/SlideButtons';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useScrollAnchor } from '../components/useScrollAnchor';
import { eventQuery, indexQuery, isNotFound } from '../data/queries';
import { useI18n } from '../i18n/I18nContext';
import { describeWhen, formatTime } from '../lib/dates';
import { labelLinks } from '../lib/links';
import { suggestEvents } from '../lib/suggest';
import { isUpcoming, seriesNeighbours } from '../lib/timeline';

export default function EventPage() {
  const { slug = '' } = useParams();
  const { t } = useI18n();
  const index = useQuery(indexQuery());
  const known = !!index.data?.events.some((e) => e.slug === slug);
  const event = useQuery({ ...eventQuery(slug), enabled: known });
  // Listed in the index or not, an event without its file is not found.
  const missing = !!index.data && (!known || (event.isError && isNotFound(event.error)));
  useDocumentTitle(event.data?.title ?? (missing ? t.notFoundTitle : null));

  if (index.isPending) return <PageSkeleton />;
  if (index.isError) return <ErrorView error={index.error} onRetry={() => void index.refetch()} />;
  if (missing)
    return <NotFound message={t.notFoundEvent(slug)} suggestions={suggestEvents(index.data, slug)} />;
  if (event.isPending) return <PageSkeleton />;
  if (event.isError) return <ErrorView error={event.error} onRetry={() => void event.refetch()} />;
  return <EventView event={event.data} index={index.data} />;
}

function EventView({ event, index }: { event: Event; index: BundleIndex }) {
  const { t, locale } = useI18n();
  const when = describeWhen(event.start, event.end, event.timezone, locale);
  const [now] = useState(() => Date.now());
  const upcoming = isUpcoming(event, now);
  const { prev, next } = useMemo(
    () => seriesNeighbours(index.events, event.slug),
    [index.events, event.slug],
  );
  const talks = useMemo(() => agendaOrder(event.talks), [event.talks]);
  const linkLabels = labelLinks(event.links, t.linkKind);
  const summary = summaryBesideTitle(event);
  // A cover that cannot be had (old posts' image hosts die) is decoration lost: no broken-image box.
  const [failedCover, setFailedCover] = useState<string | null>(null);
  useScrollToHash(event.slug);
  const page = useRef<HTMLElement>(null);
  useScrollAnchor(page);
  const place = [event.venue, event.city].filter(Boolean);
  // `venue` often already names the city: say it once.
  if (event.venue && event.city && event.venue.includes(event.city)) place.pop();

  return (
    <article className="event-page" ref={page}>
      <header className="event-header">
        {event.series && (
          <p className="eyebrow">
            <Link to={`/?series=${encodeURIComponent(event.series)}`}>{event.series}</Link>
          </p>
        )}
        <h1>{event.title}</h1>
        {summary && <p className="lead">{summary}</p>}
        <dl className="facts">
          <div>
            <dt>{t.when}</dt>
            <dd>
              {when ? (
                <>
                  <time dateTime={event.start ?? undefined} className="when-date">
                    {when.date}
                    {when.endDate && ` – ${when.endDate}`}
                  </time>
                  {when.time && <span className="when-time"> {when.time}</span>}
                  {when.zone && (
                    <span className="tz muted"> ({t.timezoneLabel(when.zone.name, when.zone.offset)})</span>
                  )}
                  {upcoming && <span className="badge upcoming-badge">{t.upcomingBadge}</span>}
                </>
              ) : (
                <span className="muted">{t.dateUnknown}</span>
              )}
              <div className="calendar-slot">
                <AddToCalendar event={event} />
              </div>
            </dd>
          </div>
          {event.mode && (
            <div>
              <dt>{t.filterMode}</dt>
              <dd>
                <ModeBadge mode={event.mode} />
              </dd>
            </div>
          )}
          {place.length > 0 && (
            <div>
              <dt>{t.where}</dt>
              <dd>{place.join(' · ')}</dd>
            </div>
          )}
          {event.tags.length > 0 && (
            <div>
              <dt>{t.tags}</dt>
              <dd>
                <ul className="tags">
                  {event.tags.map((tag) => (
                    <li key={tag}>
                      <Link to={`/?tag=${encodeURIComponent(tag)}`} className="tag">
                        {tag}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
        {event.links.length > 0 && (
          <ul className="event-links" aria-label={t.links}>
            {event.links.map((l, i) => (
              <li key={l.url + l.kind}>
                <ExternalLink href={l.url} className={`button link-${l.kind}`}>
                  {linkLabels[i]}
                </ExternalLink>
              </li>
            ))}
          </ul>
        )}
      </header>

      {event.cover && /^https?:/i.test(event.cover) && event.cover !== failedCover && (
        <img
          className="cover"
          src={event.cover}
          alt={t.cover(event.title)}
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
          onError={() => setFailedCover(event.cover)}
        />
      )}

      <section aria-labelledby="agenda-title" className="agenda">
        <h2 id="agenda-title">{t.agenda}</h2>
        {talks.length === 0 ? (
          <p className="muted">{t.noTalks}</p>
        ) : (
          <ol className="talks">
            {talks.map((talk) => (
              <TalkItem key={talk.id} talk={talk} tz={event.timezone} locale={locale} />
            ))}
          </ol>
        )}
      </section>

      {event.slides.length > 0 && (
        <section aria-labelledby="slides-title" className="event-slides">
          <h2 id="slides-title">{t.eventSlides}</h2>
          <SlideButtons urls={event.slides} context={event.title} />
        </section>
      )}

      {event.html.trim() && <PostBody html={event.html} />}

      {(prev || next) && (
        <nav className="series-nav" aria-label={t.seriesNav}>
          {prev ? (
            <Link to={`/events/${encodeURIComponent(prev.slug)}`} rel="prev" className="series-link prev">
              <span className="muted small">← {t.previousEvent}</span>
              <span>{prev.title}</span>
            </Link>
          ) : (
            <span />
          )}
          {next && (
            <Link to={`/events/${encodeURIComponent(next.slug)}`} rel="next" className="series-link next">
              <span className="muted small">{t.nextEvent} →</span>
              <span>{next.title}</span>
            </Link>
          )}
        </nav>
      )}
    </article>
  );
}

/** Agenda order: ids t1, t2… number the talks as the agenda lists them; anything else keeps its place. */
function agendaOrder(talks: Talk[]): Talk[] {
  const num = (id: string) => Number(/\d+/.exec(id)?.[0] ?? NaN);
  return talks
    .map((talk, i) => ({ talk, i }))
    .sort((a, b) => {
      const na = num(a.talk.id);
      const nb = num(b.talk.id);
      return Number.isNaN(na) || Number.isNaN(nb) ? a.i - b.i : na - nb || a.i - b.i;
    })
    .map((x) => x.talk);
}

function TalkItem({ talk, tz, locale }: { talk: Talk; tz: string; locale: string }) {
  const { t } = useI18n();
  const start = formatTime(talk.start, tz, locale);
  const end = formatTime(talk.end, tz, locale);
  const headingId = `talk-${talk.id}`;
  return (
    <li className="talk">
      <article aria-labelledby={headingId}>
        {start && (
          <p className="talk-time">
            <time dateTime={talk.start ?? undefined}>{end ? `${start}–${end}` : start}</time>
          </p>
        )}
        <h3 id={headingId}>{talk.title}</h3>
        {talk.speakers.length > 0 && (
          <p className="talk-speakers">
            <span className="visually-hidden">{t.speakersOfTalk}: </span>
            {talk.speakers.map((s, i) => (
              <span key={s.slug || s.name}>
                {i > 0 && '、'}
                {s.slug ? <Link to={`/speakers/${encodeURIComponent(s.slug)}`}>{s.name}</Link> : s.name}
              </span>
            ))}
          </p>
        )}
        {talk.abstract && (
          <div className="talk-abstract">
            <h4 className="visually-hidden">{t.abstract}</h4>
            <p>{talk.abstract}</p>
          </div>
        )}
        {talk.takeaways.length > 0 && (
          <div className="talk-takeaways">
            <h4>{t.takeaways}</h4>
            <ul>
              {talk.takeaways.map((x, i) => (
                <li key={i}>{x}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="talk-actions">
          <SlideButtons urls={talk.slides} context={talk.title} />
          {talk.video && (
            <ExternalLink href={talk.video} className="button">
              ▶ {t.watchVideo}
              <span className="visually-hidden">: {talk.title}</span>
            </ExternalLink>
          )}
        </div>
      </article>
    </li>
  );
}

/** A link to one talk (`/events/<slug>#talk-t2`, e.g. from search) lands on that talk once it is rendered. */
function useScrollToHash(slug: string) {
  const { hash } = useLocation();
  useEffect(() => {
    let id = hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // a malformed escape (`#%E0`): look the raw text up
    }
    if (id) document.getElementById(id)?.scrollIntoView({ block: 'start' });
  }, [hash, slug]);
}

/** The post as the compiler rendered and sanitized it (its links open in a new tab without opener,
 * its images load lazily and without a Referer). */
function PostBody({ html }: { html: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="post-title" className="post">
      <h2 id="post-title">{t.originalPost}</h2>
      <div className="post-body" dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
