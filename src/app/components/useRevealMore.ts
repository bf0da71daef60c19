// Long lists render their first items and add more as the reader nears the end. Committing all
// 5,079 speaker cards of a 10,000-post archive at once froze the page for 110-250 ms each time the
// filter changed (the list emptied or refilled); a step of cards takes a few milliseconds.
import { useEffect, useRef, useState } from 'react';

/** Where to start loading the next step: this far below the viewport. */
const AHEAD = '1200px';

/**
 * `restoreKey` names the page visit (the history entry's key): going Back to it shows as many items
 * as the reader had reached, so the browser can scroll to where they were. `listKey` names the list
 * (its filter and sort): another list starts again from its first step. New data for the same list
 * (a live update in `npm run dev`, a refetch) keeps the reader's place.
 */
export function useRevealMore<T>(items: readonly T[], step: number, restoreKey?: string, listKey = '') {
  const storeKey = restoreKey ? `reveal:${restoreKey}` : null;
  const [count, setCount] = useState(() => Math.max(step, Number(readStore(storeKey)) || 0));
  const [countedFor, setCountedFor] = useState(listKey);
  if (countedFor !== listKey) {
    setCountedFor(listKey);
    setCount(step);
  }
  // Without IntersectionObserver (old browsers, jsdom) the end could never be seen: show everything.
  const limit = typeof IntersectionObserver === 'undefined' ? items.length : count;
  const more = limit < items.length;
  const sentinel = useRef<HTMLDivElement>(null);
  useEffect(() => writeStore(storeKey, String(count)), [storeKey, count]);
  useEffect(() => {
    const el = sentinel.current;
    if (!more || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setCount((n) => n + step);
      },
      { rootMargin: `0px 0px ${AHEAD} 0px` },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [more, limit, step]);
  return { shown: more ? items.slice(0, limit) : items, more, sentinel };
}

// Storage can be unavailable (privacy modes) or full: the place is then simply not kept.
function readStore(key: string | null): string | null {
  try {
    return key ? sessionStorage.getItem(key) : null;
  } catch {
    return null;
  }
}

function writeStore(key: string | null, value: string) {
  try {
    if (key) sessionStorage.setItem(key, value);
  } catch {
    // not kept
  }
}
