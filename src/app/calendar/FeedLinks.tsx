// Links to the site-wide feeds (Atom and the `events.ics` subscription), e.g. for the footer.
import { useI18n } from '../i18n/I18nContext';
import type { Lang } from '../i18n/strings';

const LABELS: Record<Lang, { nav: string; atom: string; ics: string }> = {
  zh: { nav: '订阅', atom: 'Atom 订阅', ics: '日历订阅 (.ics)' },
  en: { nav: 'Subscribe', atom: 'Atom feed', ics: 'Calendar feed (.ics)' },
};

export function feedHrefs(baseUrl: string = import.meta.env.BASE_URL): { atom: string; ics: string } {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return { atom: `${base}data/atom.xml`, ics: `${base}data/events.ics` };
}

export default function FeedLinks() {
  const { lang } = useI18n();
  const l = LABELS[lang] ?? LABELS.en;
  const { atom, ics } = feedHrefs();
  return (
    <nav className="feed-links" aria-label={l.nav}>
      <a href={atom} type="application/atom+xml">
        {l.atom}
      </a>
      {' · '}
      <a href={ics} type="text/calendar">
        {l.ics}
      </a>
    </nav>
  );
}
