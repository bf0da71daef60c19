// "Add to calendar" for one event: download its `.ics` (written by the compiler) or open Google Calendar.
import type { Event } from '../../model/types';
import { useI18n } from '../i18n/I18nContext';
import type { Lang } from '../i18n/strings';
import { googleCalendarUrl, googleDates, icsHref, pageHref } from './google';

const LABELS: Record<Lang, { group: string; ics: string; icsHint: string; google: string; newTab: string }> =
  {
    zh: {
      group: '添加到日历',
      ics: '添加到日历',
      icsHint: '.ics',
      google: 'Google 日历',
      newTab: '（在新标签页打开）',
    },
    en: {
      group: 'Add to calendar',
      ics: 'Add to calendar',
      icsHint: '.ics',
      google: 'Google Calendar',
      newTab: ' (opens in a new tab)',
    },
  };

export default function AddToCalendar({ event }: { event: Event }) {
  const { lang } = useI18n();
  if (!googleDates(event)) return null; // no date, nothing to add
  const l = LABELS[lang] ?? LABELS.en;
  const base = import.meta.env.BASE_URL;
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const google = googleCalendarUrl(event, origin ? pageHref(origin, base, event.slug) : null);
  return (
    <div className="add-to-calendar slide-buttons" role="group" aria-label={l.group}>
      <a
        className="button"
        href={icsHref(base, event.slug)}
        download={`${event.slug}.ics`}
        type="text/calendar"
      >
        {l.ics} <span className="hint">{l.icsHint}</span>
      </a>
      {google && (
        <a className="button subtle" href={google} target="_blank" rel="noopener noreferrer">
          {l.google}
          <span className="visually-hidden">{l.newTab}</span>
        </a>
      )}
    </div>
  );
}
