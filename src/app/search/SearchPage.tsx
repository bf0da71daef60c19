// /search?q=…&series=…&mode=…&city=…&year=…: the full results, best first. The query and filters live in
// the URL (shareable, survive reload). Typing replaces the current history entry after the first
// keystroke of a new query, so back/forward step through queries, not keystrokes.
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { useUrlText } from '../components/useUrlText';
import { useI18n } from '../i18n/I18nContext';
import type { EventMode } from '../../model/types';
import { HitContext, HitPeople, Highlight } from './Hit';
import { loadSearchClient } from './lazy';
import { hitPath, type Facets, type SearchFilters, type SearchResponse } from './protocol';
import { focusOnSearchShortcut } from './shortcut';
import { SEARCH_STRINGS } from './strings';
import './search.css';

const PAGE = 50;
const MODES: EventMode[] = ['offline', 'online', 'hybrid'];

function filtersOf(params: URLSearchParams): SearchFilters {
  const f: SearchFilters = {};
  const series = params.get('series');
  const mode = params.get('mode');
  const city = params.get('city');
  const year = Number(params.get('year'));
  if (series) f.series = series;
  if (mode && (MODES as string[]).includes(mode)) f.mode = mode as EventMode;
  if (city) f.city = city;
  if (Number.isInteger(year) && year > 0) f.year = year;
  return f;
}

type State =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'done'; response: SearchResponse | null; limit: number };

/** One filter: a labelled select with "any" first, then `[value, text]` options. */
function FacetSelect(props: {
  label: string;
  any: string;
  value: string;
  options: [string, string][];
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.any}</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export default function SearchPage() {
  const { lang, t } = useI18n();
  const s = SEARCH_STRINGS[lang];
  const [params, setParams] = useSearchParams();
  // Whether the current history entry already belongs to the query being typed.
  const typing = useRef(false);
  // On this page `/` goes to its own box, not the header's.
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => focusOnSearchShortcut(() => box.current, true), []);
  const { url: q, input } = useUrlText('q', () => {
    const replace = typing.current;
    typing.current = true;
    return replace;
  });
  const filters = filtersOf(params);
  const filterKey = JSON.stringify(filters);
  // Results shown beyond the first page, for one query and filters: another starts from the first page.
  const [more, setMore] = useState({ key: '', limit: PAGE });
  const searchKey = JSON.stringify([q, filterKey]);
  const limit = more.key === searchKey ? more.limit : PAGE;
  const [state, setState] = useState<State>({ status: 'loading' });
  const [facets, setFacets] = useState<Facets | null>(null);

  useDocumentTitle(q ? s.pageTitleFor(q) : s.pageTitle);

  useEffect(() => {
    let live = true;
    loadSearchClient()
      .then((c) => c.init())
      .then(
        (info) => live && setFacets(info.facets),
        () => live && setState({ status: 'error' }),
      );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    let live = true;
    const f = JSON.parse(filterKey) as SearchFilters;
    if (!q.trim()) {
      Promise.resolve().then(() => live && setState({ status: 'done', response: null, limit }));
      return;
    }
    loadSearchClient()
      .then((c) => c.search(q, { limit, filters: f }, 'page'))
      .then(
        (response) => {
          if (live && response) setState({ status: 'done', response, limit });
        },
        () => live && setState({ status: 'error' }),
      );
    return () => {
      live = false;
    };
  }, [q, filterKey, limit]);

  const update = (changes: Record<string, string | null>, push: boolean) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: !push });
  };

  const setFilter = (key: keyof SearchFilters, value: string) => {
    typing.current = false;
    update({ [key]: value || null }, true);
  };

  const response = state.status === 'done' ? state.response : null;
  const hits = response?.hits ?? [];
  const total = response ? response.counts.event + response.counts.talk + response.counts.speaker : 0;
  const corrections = response
    ? Object.entries(response.corrections).map(([from, to]) => `${to.join(' / ')}（${from}）`)
    : [];
  const hasFilters = Object.keys(filters).length > 0;

  return (
    <div className="search-page">
      <h1>{s.pageTitle}</h1>
      <form
        role="search"
        className="search-page-form"
        onSubmit={(e) => {
          e.preventDefault();
          typing.current = false;
        }}
      >
        <input
          ref={box}
          type="search"
          aria-label={s.label}
          placeholder={s.label}
          {...input}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          onBlur={() => {
            typing.current = false;
          }}
        />
        <button type="submit" className="button">
          {s.submit}
        </button>
      </form>

      <fieldset className="search-filters">
        <legend>{s.filters}</legend>
        <FacetSelect
          label={s.series}
          any={s.any}
          value={filters.series ?? ''}
          options={(facets?.series ?? []).map((v) => [v, v])}
          onChange={(v) => setFilter('series', v)}
        />
        <FacetSelect
          label={s.mode}
          any={s.any}
          value={filters.mode ?? ''}
          options={(facets?.modes ?? MODES).map((v) => [v, t.mode[v]])}
          onChange={(v) => setFilter('mode', v)}
        />
        <FacetSelect
          label={s.city}
          any={s.any}
          value={filters.city ?? ''}
          options={(facets?.cities ?? []).map((v) => [v, v])}
          onChange={(v) => setFilter('city', v)}
        />
        <FacetSelect
          label={s.year}
          any={s.any}
          value={filters.year ? String(filters.year) : ''}
          options={(facets?.years ?? []).map((v) => [String(v), String(v)])}
          onChange={(v) => setFilter('year', v)}
        />
        {hasFilters && (
          <button
            type="button"
            className="button"
            onClick={() => {
              typing.current = false;
              update({ series: null, mode: null, city: null, year: null }, true);
            }}
          >
            {s.clearFilters}
          </button>
        )}
      </fieldset>

      <div aria-live="polite" className="search-summary">
        {state.status === 'error' && <p role="alert">{s.failed}</p>}
        {state.status === 'loading' && q.trim() && <p>{s.loading}</p>}
        {state.status === 'done' && !q.trim() && <p>{s.prompt}</p>}
        {response && (
          <p>
            {total > 0 ? s.count(total) : s.none(response.query)}
            {corrections.length > 0 && ` · ${s.corrected(corrections.join('、'))}`}
          </p>
        )}
      </div>

      {hits.length > 0 && (
        <ol className="search-results">
          {hits.map((hit) => (
            <li key={hitPath(hit)} className={`search-result search-result-${hit.kind}`}>
              <span className={`badge search-kind search-kind-${hit.kind}`}>{s.kind[hit.kind]}</span>
              <Link to={hitPath(hit)} className="search-result-title">
                <Highlight value={hit.title} />
              </Link>
              <p className="search-hit-meta">
                {hit.kind !== 'speaker' && <HitPeople hit={hit} max={6} />}
                <HitContext hit={hit} withEventTitle />
              </p>
              {hit.snippet && (
                <p className="search-hit-snippet">
                  <Highlight value={hit.snippet} />
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {response && hits.length < total && (
        <button
          type="button"
          className="button"
          onClick={() => setMore({ key: searchKey, limit: limit + PAGE })}
        >
          {s.more}
        </button>
      )}
    </div>
  );
}
