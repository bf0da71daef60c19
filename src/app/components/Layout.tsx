import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import SearchBox from '../search/SearchBox';
import FeedLinks from '../calendar/FeedLinks';
import { useI18n } from '../i18n/I18nContext';
import { LANGS, type Lang } from '../i18n/strings';
import { useTheme, type ThemeChoice } from '../theme/theme';
import { useStickyHeaderOffset } from './useStickyHeaderOffset';

const LANG_NAMES: Record<Lang, string> = { zh: '中文', en: 'English' };

/** The frame of every page: skip link, header (nav, search, language, theme), main, footer. */
export default function Layout() {
  const { t, lang, setLang } = useI18n();
  const [theme, setTheme] = useTheme();
  const navigation = useNavigation();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const headerRef = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a client-side navigation, move focus to the new page's heading, so that screen readers
  // announce the page by its name (focus on <main> announced only "main"), or to the element its #hash
  // names (a talk chosen in search: the next Tab continues from there, not from the top); to <main>
  // while the page has no heading yet. Not while the person is typing somewhere (the search box
  // navigates as they type).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    if (active && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName)) return;
    const main = mainRef.current;
    if (!main) return;
    const target = hashTarget(main, location.hash) ?? main.querySelector<HTMLElement>('h1');
    if (target) target.tabIndex = -1;
    (target ?? main).focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a new page only; the hash is read then
  }, [location.pathname]);

  useStickyHeaderOffset(headerRef);

  const busy = navigation.state !== 'idle';
  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          // Focus alone: following the link adds a history entry (Back then does nothing) and #main to the URL.
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t.skipToContent}
      </a>
      <div className={busy ? 'nav-progress active' : 'nav-progress'} aria-hidden="true" />
      <header className="site-header" ref={headerRef}>
        <div className="header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              ◆
            </span>
            {t.appName}
          </Link>
          <nav aria-label={t.navMain} className="main-nav">
            <NavLink to="/" end>
              {t.navTimeline}
            </NavLink>
            <NavLink to="/speakers">{t.navSpeakers}</NavLink>
            <NavLink to="/overview">{t.navOverview}</NavLink>
          </nav>
          <div className="header-search">
            <SearchBox />
          </div>
          <div className="header-prefs">
            <label className="pref">
              <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} aria-label={t.language}>
                {LANGS.map((l) => (
                  <option key={l} value={l} lang={l === 'zh' ? 'zh-CN' : 'en'}>
                    {LANG_NAMES[l]}
                  </option>
                ))}
              </select>
            </label>
            <label className="pref">
              <select
                value={theme}
                onChange={(e) => setTheme(e.target.value as ThemeChoice)}
                aria-label={t.theme}
              >
                <option value="system">{t.themeSystem}</option>
                <option value="light">{t.themeLight}</option>
                <option value="dark">{t.themeDark}</option>
              </select>
            </label>
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} aria-busy={busy || undefined}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t.footer}</p>
        <FeedLinks />
      </footer>
      <ScrollRestoration />
    </div>
  );
}

/** The element inside `root` that a URL's `#fragment` names, if any. */
function hashTarget(root: HTMLElement, hash: string): HTMLElement | null {
  let id = hash.slice(1);
  if (!id) return null;
  try {
    id = decodeURIComponent(id);
  } catch {
    // a malformed escape (`#%E0`): look the raw text up
  }
  const el = document.getElementById(id);
  return el && root.contains(el) ? el : null;
}
