// Long lists render their first items and add more as the reader nears the end. Committing all
// 5,079 speaker cards of a 10,000-post archive at once froze the page for 180-250 ms each time the
// filter changed (the list emptied or refilled); a step of cards takes a few milliseconds.
import { useEffect, useRef, useState } from 'react';

/** Where to start loading the next step: this far below the viewport. */
const AHEAD = '1200px';

export function useRevealMore<T>(items: readonly T[], step: number) {
  const [count, setCount] = useState(step);
  // A new list (another filter or sort) starts again from its first step.
  const [source, setSource] = useState(items);
  if (source !== items) {
    setSource(items);
    setCount(step);
  }
  // Without IntersectionObserver (old browsers, jsdom) the end could never be seen: show everything.
  const limit = typeof IntersectionObserver === 'undefined' ? items.length : count;
  const more = limit < items.length;
  const sentinel = useRef<HTMLDivElement>(null);
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
