// The speakers list: text filter and sort, both kept in the URL.
import { namePinyinForms } from '../../model/search';
import type { SpeakerSummary } from '../../model/types';
import { nameOrder } from './collate';

export type SpeakerSort = 'name' | 'talks';

export function parseSort(v: string | null): SpeakerSort {
  return v === 'talks' ? 'talks' : 'name';
}

/**
 * Speakers whose name, alias or affiliation holds the query, or, for a query in Latin letters, whose
 * Chinese name or alias has a pinyin, initials or given name starting with it (`wusheng`, `wu sheng`,
 * `ws`, `sheng`), as in the header search.
 */
export function filterSpeakers(list: readonly SpeakerSummary[], query: string): SpeakerSummary[] {
  const q = query.trim().toLowerCase();
  if (!q) return list.slice();
  const pinyin = /^[a-z][a-z\s']*$/.test(q) ? q.replace(/[\s']/g, '') : null;
  return list.filter(
    (s) =>
      [s.name, s.affiliation ?? '', ...s.aliases].some((v) => v.toLowerCase().includes(q)) ||
      (pinyin !== null && pinyinKeys(s).some((key) => key.startsWith(pinyin))),
  );
}

const keysOf = new WeakMap<SpeakerSummary, string[]>();

/** Each Chinese name's pinyin in full, its initials and its given name: `wu sheng` → wusheng, ws, sheng. */
export function pinyinKeys(s: SpeakerSummary): string[] {
  let keys = keysOf.get(s);
  if (!keys) {
    keys = s.pinyin.flatMap((spoken) => namePinyinForms(spoken.split(' ')));
    keysOf.set(s, keys);
  }
  return keys;
}

export function sortSpeakers(list: SpeakerSummary[], sort: SpeakerSort, locale: string): SpeakerSummary[] {
  const byName = nameOrder(locale);
  return list.sort((a, b) =>
    sort === 'talks' ? b.talkCount - a.talkCount || byName(a.name, b.name) : byName(a.name, b.name),
  );
}
