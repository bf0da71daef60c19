// How one search result reads: highlighted title, people, the date and place, and where it matched.
import { Fragment } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { DEFAULT_TIMEZONE } from '../../model/types';
import { formatDate } from '../lib/dates';
import type { Marked, SearchHit } from './protocol';
import { SEARCH_STRINGS } from './strings';

/** Text with its matched ranges in <mark>. */
export function Highlight({ value }: { value: Marked }) {
  const { text, marks } = value;
  if (marks.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (let k = 0; k + 1 < marks.length; k += 2) {
    const s = marks[k]!;
    const e = marks[k + 1]!;
    if (s > at) parts.push(text.slice(at, s));
    parts.push(<mark key={k}>{text.slice(s, e)}</mark>);
    at = e;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** `2021年3月21日 · 杭州 · SOFAMeetup`, the context line of a hit. */
export function HitContext({ hit, withEventTitle }: { hit: SearchHit; withEventTitle: boolean }) {
  const { lang, locale, t } = useI18n();
  const s = SEARCH_STRINGS[lang];
  const ev = hit.event;
  const bits: React.ReactNode[] = [];
  if (hit.kind === 'speaker' && hit.events) bits.push(s.events(hit.events));
  if (ev?.date) {
    bits.push(
      <time key="d" dateTime={ev.date}>
        {formatDate(ev.date, DEFAULT_TIMEZONE, locale)}
      </time>,
    );
  }
  if (ev?.city) bits.push(ev.city);
  else if (ev?.mode === 'online') bits.push(t.mode.online);
  if (withEventTitle && ev && hit.kind === 'talk') bits.push(ev.title);
  if (bits.length === 0) return null;
  return (
    <span className="search-hit-context">
      {bits.map((b, i) => (
        <Fragment key={i}>
          {i > 0 && ' · '}
          {b}
        </Fragment>
      ))}
    </span>
  );
}

export function HitPeople({ hit, max = 4 }: { hit: SearchHit; max?: number }) {
  const people = hit.people.filter((p) => p.text);
  if (people.length === 0) return null;
  // Matched names first, then the others, up to `max`.
  const shown = [...people.filter((p) => p.marks.length), ...people.filter((p) => !p.marks.length)].slice(
    0,
    max,
  );
  return (
    <span className="search-hit-people">
      {shown.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && '、'}
          <Highlight value={p} />
        </Fragment>
      ))}
      {people.length > shown.length && ' …'}
    </span>
  );
}
