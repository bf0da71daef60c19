// The header search box: a combobox whose listbox shows the best events, talks and speakers as you type.
// `/` focuses it from anywhere; ↑/↓ move through the results, Enter opens one (or the full results page),
// Esc closes. Light on purpose: the engine, its data and Fuse load only when search is first used, in a
// worker (./client is a separate chunk).
//
// Typing must stay cheap on the main thread: the result rows are a memoized component that re-renders only
// when an answer arrives (or the active option moves), not on every keystroke; an answer to a query that
// has since been replaced is dropped unrendered (the newer one is already queued in the client).
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../i18n/I18nContext';
import { HitContext, HitPeople, Highlight } from './Hit';
import { loadSearchClient } from './lazy';
import { hitPath, type HitKind, type SearchHit, type SearchResponse } from './protocol';
import { focusOnSearchShortcut } from './shortcut';
import { SEARCH_STRINGS, type SearchStrings } from './strings';
import './search.css';

const GROUPS: HitKind[] = ['event', 'talk', 'speaker'];
const PER_GROUP = 5;

type Status = 'idle' | 'loading' | 'ready' | 'error';

export default function SearchBox() {
  const { lang } = useI18n();
  const s = SEARCH_STRINGS[lang];
  const navigate = useNavigate();
  const id = useId();
  const listId = `${id}-list`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [result, setResult] = useState<SearchResponse | null>(null);
  const [status, setStatus] = useState<Status>('idle');
  const [active, setActive] = useState(-1);
  const latest = useRef('');

  // `/` focuses the box unless the person is typing somewhere else (or the search page's box takes it).
  useEffect(() => focusOnSearchShortcut(() => inputRef.current), []);

  const warm = () => {
    if (status !== 'idle') return;
    setStatus('loading');
    loadSearchClient()
      .then((c) => c.init())
      .then(
        () => setStatus('ready'),
        () => setStatus('error'),
      );
  };

  const run = (q: string) => {
    latest.current = q;
    if (!q.trim()) {
      setResult(null);
      return;
    }
    loadSearchClient()
      .then((c) => c.search(q, { perKind: PER_GROUP }, 'box'))
      .then(
        (r) => {
          // A superseded search resolves null. An answer to an older query arrives only when a newer one
          // is queued behind it: rendering it would hold the main thread for rows about to be replaced.
          if (r && r.query === latest.current) {
            setResult(r);
            setStatus('ready');
          }
        },
        () => setStatus('error'),
      );
  };

  const { groups, hits } = useMemo(() => groupHits(result), [result]);
  const query = text.trim();
  // "See all results" leads nowhere when the box found nothing, or when the search data cannot load (the
  // page would fail too): it is offered only with hits (or before the answer).
  const nothingFound = status !== 'error' && !!result && result.query.trim() !== '' && hits.length === 0;
  const offerSeeAll = status !== 'error' && !nothingFound;
  const seeAllIndex = hits.length;
  const optionCount = query ? hits.length + (offerSeeAll ? 1 : 0) : 0;
  const expanded = open && query !== '';
  const optId = (i: number) => `${id}-opt-${i}`;

  // The popup scrolls: keep the option the arrow keys reached in view (aria-activedescendant moves no
  // focus, so the browser does not). Only after a key: scrolling under the pointer would move its target.
  const arrowed = useRef(false);
  useEffect(() => {
    if (!arrowed.current || !expanded || active < 0) return;
    arrowed.current = false;
    document.getElementById(`${id}-opt-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [expanded, active, id]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  // Stable, so the memoized rows do not re-render when the text changes.
  const go = useCallback(
    (path: string) => {
      setOpen(false);
      setActive(-1);
      inputRef.current?.blur();
      navigate(path);
    },
    [navigate],
  );
  const seeAll = () => go(`/search?q=${encodeURIComponent(query)}`);
  const choose = (i: number) => {
    const hit = hits[i];
    if (hit) go(hitPath(hit));
    else seeAll();
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return; // an IME is composing Chinese: its keys are not ours
    switch (e.key) {
      case 'ArrowDown':
        if (!optionCount) return;
        e.preventDefault();
        arrowed.current = true;
        setOpen(true);
        setActive((a) => (a + 1) % optionCount);
        break;
      case 'ArrowUp':
        if (!optionCount) return;
        e.preventDefault();
        arrowed.current = true;
        setOpen(true);
        setActive((a) => (a <= 0 ? optionCount - 1 : a - 1));
        break;
      case 'Enter':
        if (!query) return;
        e.preventDefault();
        if (expanded && active >= 0) choose(active);
        else seeAll();
        break;
      case 'Escape':
        if (expanded) {
          e.preventDefault();
          close();
        } else if (text) {
          e.preventDefault();
          setText('');
          run('');
        }
        break;
    }
  };

  let message: string | null = null;
  if (status === 'error') message = s.failed;
  else if (!result || result.query.trim() === '') message = s.loading;
  else if (nothingFound) message = s.none(result.query);

  return (
    <div className="search-box">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={s.label}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optId(active) : undefined}
        aria-keyshortcuts="/"
        placeholder={s.placeholder}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="search"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
          run(e.target.value);
        }}
        onFocus={() => {
          warm();
          if (text.trim()) setOpen(true);
        }}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      <div className="search-popup" hidden={!expanded}>
        <div role="listbox" id={listId} aria-label={s.label} data-query={result?.query ?? ''}>
          {expanded && (
            <HitRows
              id={id}
              s={s}
              groups={groups}
              counts={result?.counts ?? null}
              active={active}
              setActive={setActive}
              go={go}
            />
          )}
          {expanded && offerSeeAll && (
            <div
              id={optId(seeAllIndex)}
              role="option"
              aria-selected={active === seeAllIndex}
              className="search-option search-see-all"
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => active !== seeAllIndex && setActive(seeAllIndex)}
              onClick={seeAll}
            >
              {s.seeAll(query)}
            </div>
          )}
        </div>
        {expanded && message && <p className="search-status">{message}</p>}
      </div>
      <div className="visually-hidden" aria-live="polite">
        {expanded && result && !message ? s.count(hits.length) : ''}
      </div>
    </div>
  );
}

interface Group {
  kind: HitKind;
  hits: SearchHit[];
}

function groupHits(result: SearchResponse | null): { groups: Group[]; hits: SearchHit[] } {
  const groups = GROUPS.map((kind) => ({
    kind,
    hits: result?.hits.filter((h) => h.kind === kind) ?? [],
  })).filter((g) => g.hits.length > 0);
  return { groups, hits: groups.flatMap((g) => g.hits) };
}

/** The result options, grouped; option i has the id `${id}-opt-${i}` in the order of the groups. */
const HitRows = memo(function HitRows({
  id,
  s,
  groups,
  counts,
  active,
  setActive,
  go,
}: {
  id: string;
  s: SearchStrings;
  groups: Group[];
  counts: Record<HitKind, number> | null;
  active: number;
  setActive: (i: number) => void;
  go: (path: string) => void;
}) {
  let i = 0;
  return groups.map((g) => (
    <div role="group" key={g.kind} aria-labelledby={`${id}-g-${g.kind}`}>
      <div role="presentation" id={`${id}-g-${g.kind}`} className="search-group-label">
        {s.groups[g.kind]}
        {counts && counts[g.kind] > g.hits.length && (
          <span className="search-group-count"> {counts[g.kind]}</span>
        )}
      </div>
      {g.hits.map((hit) => {
        const n = i++;
        const path = hitPath(hit);
        return (
          <div
            key={path}
            id={`${id}-opt-${n}`}
            role="option"
            aria-selected={n === active}
            className="search-option"
            onMouseDown={(e) => e.preventDefault()}
            onMouseMove={() => active !== n && setActive(n)}
            onClick={() => go(path)}
          >
            <span className="search-hit-title">
              <Highlight value={hit.title} />
            </span>
            <span className="search-hit-meta">
              {hit.kind !== 'speaker' && <HitPeople hit={hit} max={3} />}
              <HitContext hit={hit} withEventTitle />
            </span>
            {hit.snippet && (
              <span className="search-hit-snippet">
                <Highlight value={hit.snippet} />
              </span>
            )}
          </div>
        );
      })}
    </div>
  ));
});
