// The speakers list: text filter and sort, both kept in the URL.
import type { SpeakerSummary } from '../../model/types';

export type SpeakerSort = 'name' | 'talks';

export function parseSort(v: string | null): SpeakerSort {
  return v === 'talks' ? 'talks' : 'name';
}

export function filterSpeakers(list: readonly SpeakerSummary[], query: string): SpeakerSummary[] {
  const q = query.trim().toLowerCase();
  if (!q) return list.slice();
  return list.filter((s) =>
    [s.name, s.affiliation ?? '', ...s.aliases].some((v) => v.toLowerCase().includes(q)),
  );
}

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    // Chinese names sort by pinyin in either UI language.
    c = new Intl.Collator([locale === 'en' ? 'en' : 'zh-CN', 'zh-CN'], {
      sensitivity: 'base',
      numeric: true,
    });
    collators.set(locale, c);
  }
  return c;
}

export function sortSpeakers(list: SpeakerSummary[], sort: SpeakerSort, locale: string): SpeakerSummary[] {
  const c = collator(locale);
  return list.sort((a, b) =>
    sort === 'talks' ? b.talkCount - a.talkCount || c.compare(a.name, b.name) : c.compare(a.name, b.name),
  );
}
