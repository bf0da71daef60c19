// Search documents for the app: file path in the bundle → content (the pipeline writes what this returns).
// One compact file (src/model/search.ts): events, talks and speakers with their titles, people, keywords,
// a bounded piece of body text, and the pinyin of Chinese titles and names (pinyin.ts), so the browser
// never needs a pinyin dictionary. Each text is written once; documents link to each other.
import type { Event, Speaker } from '../model/types';
import {
  SEARCH_FILE,
  SEARCH_TEXT_LIMIT,
  SEARCH_VERSION,
  type NamePinyin,
  type SearchData,
  type SearchDoc,
  type SearchEvent,
} from '../model/search';
import { namePinyin, titlePinyin } from './pinyin';

/** Whitespace collapsed, Markdown emphasis and links reduced to their text, cut at `limit` characters. */
export function plainText(text: string | null | undefined, limit = SEARCH_TEXT_LIMIT): string {
  if (!text) return '';
  const flat = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= limit) return flat;
  // Cut on a code point boundary, never inside a surrogate pair.
  return Array.from(flat).slice(0, limit).join('').trimEnd();
}

function join(parts: (string | null | undefined)[], sep = ' '): string {
  return parts.filter((p): p is string => !!p && p.trim() !== '').join(sep);
}

function uniq<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Drops empty optional fields so the file stays small. */
function compact(doc: SearchDoc): SearchDoc {
  const out: SearchDoc = { k: doc.k, e: doc.e, t: doc.t };
  if (doc.id) out.id = doc.id;
  if (doc.n && doc.n.length) out.n = doc.n;
  if (doc.np && doc.np.length) out.np = doc.np;
  if (doc.tp) out.tp = doc.tp;
  if (doc.g) out.g = doc.g;
  if (doc.x) out.x = doc.x;
  if (doc.d && doc.d.length) out.d = doc.d;
  return out;
}

const EMPTY_PINYIN: NamePinyin = ['', '', ''];

function pinyinOf(names: string[]): NamePinyin[] | undefined {
  const all = names.map((n) => namePinyin(n) ?? EMPTY_PINYIN);
  return all.some((p) => p[0]) ? all : undefined;
}

export function buildSearchData(events: Event[], speakers: Speaker[]): SearchData {
  const table: SearchEvent[] = [];
  const eventIndex = new Map<string, number>();
  const talkDoc = new Map<string, number>();
  const docs: SearchDoc[] = [];

  for (const ev of events) {
    const idx = table.length;
    eventIndex.set(ev.slug, idx);
    table.push({
      slug: ev.slug,
      title: ev.title,
      date: ev.start,
      series: ev.series,
      mode: ev.mode,
      city: ev.city,
    });
    docs.push(
      compact({
        k: 'e',
        e: [idx],
        t: ev.title,
        tp: titlePinyin(ev.title),
        g: join(uniq([ev.series ?? '', ev.city ?? '', ...ev.tags])),
        x: plainText(ev.summary),
      }),
    );
    for (const talk of ev.talks) {
      const names = talk.speakers.map((s) => s.name);
      talkDoc.set(`${ev.slug}#${talk.id}`, docs.length);
      docs.push(
        compact({
          k: 't',
          e: [idx],
          id: talk.id,
          t: talk.title,
          n: names,
          np: pinyinOf(names),
          tp: titlePinyin(talk.title),
          x: plainText(join([talk.abstract, ...talk.takeaways])),
        }),
      );
    }
  }

  for (const sp of speakers) {
    const names = [sp.name, ...sp.aliases.filter((a) => a !== sp.name)];
    docs.push(
      compact({
        k: 's',
        e: uniq(sp.talks.map((t) => eventIndex.get(t.event)).filter((i): i is number => i !== undefined)),
        id: sp.slug,
        t: sp.name,
        n: names.slice(1),
        np: pinyinOf(names),
        g: join([sp.affiliation, sp.role]),
        x: plainText(sp.bio),
        d: uniq(
          sp.talks
            .map((t) => talkDoc.get(`${t.event}#${t.talk}`))
            .filter((i): i is number => i !== undefined),
        ),
      }),
    );
  }

  return { version: SEARCH_VERSION, events: table, docs };
}

export function buildSearchFiles(events: Event[], speakers: Speaker[]): Record<string, string> {
  return { [SEARCH_FILE]: JSON.stringify(buildSearchData(events, speakers)) };
}
