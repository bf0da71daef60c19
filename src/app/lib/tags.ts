// Tags as readers mean them: posts spell one tag several ways (`Istio`/`istio`, `Service Mesh`/
// `service mesh`); those are one tag, shown in its most used spelling, and a filter on any of them
// finds them all.
import type { EventSummary } from '../../model/types';

const keys = new Map<string, string>();

/** The same for spellings that differ only in case, width or spacing. */
export function tagKey(tag: string): string {
  let key = keys.get(tag);
  if (key === undefined) {
    key = tag.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    keys.set(tag, key);
  }
  return key;
}

export function hasTag(e: Pick<EventSummary, 'tags'>, tag: string): boolean {
  const key = tagKey(tag);
  return e.tags.some((t) => tagKey(t) === key);
}

/** Each tag (by key) with the number of events that have it, under its most used spelling. */
export function countTags(events: readonly Pick<EventSummary, 'tags'>[]): Map<string, number> {
  const byKey = new Map<string, { events: number; spellings: Map<string, number> }>();
  for (const e of events) {
    const seen = new Set<string>();
    for (const t of e.tags) {
      const key = tagKey(t);
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { events: 0, spellings: new Map() }));
      entry.spellings.set(t, (entry.spellings.get(t) ?? 0) + 1);
      if (!seen.has(key)) {
        seen.add(key);
        entry.events++;
      }
    }
  }
  const out = new Map<string, number>();
  for (const { events: n, spellings } of byKey.values()) {
    // Most used; on a tie, the first seen.
    let best = '';
    let bestCount = 0;
    for (const [spelling, count] of spellings) if (count > bestCount) [best, bestCount] = [spelling, count];
    out.set(best, n);
  }
  return out;
}
