// Back/Forward to a long page whose layout settles late lands on other text: <ScrollRestoration/>
// restores a pixel offset, measured when every image above the reader's place had its height, and on
// return those images can be empty for a moment (a reload fetches them anew; a broken one gets its
// alt text only when it fails again). This remembers which element was at the top of the view and puts
// it back there; the browser's scroll anchoring then keeps it in place while the images settle.
import { useEffect, type RefObject } from 'react';
import { useLocation, useNavigationType } from 'react-router';

interface Anchor {
  /** Child indexes from the container down to the element. */
  path: number[];
  /** The start of its text, to tell that the path still leads to the same element. */
  text: string;
  /** Its top, relative to the viewport. */
  top: number;
}

const STORE = 'scroll-anchors';
const KEPT = 100;
let anchors: Map<string, Anchor> | null = null;

/** Per history entry (location.key), kept in sessionStorage for a reload or a Back from another site. */
function store(): Map<string, Anchor> {
  if (!anchors) {
    try {
      anchors = new Map(JSON.parse(sessionStorage.getItem(STORE) ?? '[]') as [string, Anchor][]);
    } catch {
      anchors = new Map();
    }
    window.addEventListener('pagehide', () => {
      try {
        sessionStorage.setItem(STORE, JSON.stringify([...anchors!]));
      } catch {
        // storage unavailable or full: the place is then restored in pixels only
      }
    });
  }
  return anchors;
}

export function useScrollAnchor(container: RefObject<HTMLElement | null>): void {
  const { key } = useLocation();
  const navigationType = useNavigationType();

  useEffect(() => {
    const saved = navigationType === 'POP' ? store().get(key) : undefined;
    return saved ? holdAnchor(container, saved) : undefined;
  }, [key, navigationType, container]);

  useEffect(() => {
    let frame = 0;
    const record = () => {
      frame = 0;
      // Gone: the app has moved on to another page, and this scroll is its reset to the top.
      if (!container.current) return;
      const places = store();
      const anchor = anchorAtTop(container.current);
      places.delete(key);
      if (anchor) places.set(key, anchor);
      // The newest entries last; a long session keeps only the places Back can still reach soon.
      if (places.size > KEPT) places.delete(places.keys().next().value!);
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(record);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [key, container]);
}

/** What tells that the reader scrolls: from then on, the place is theirs. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
const HOLD_MS = 1000;

/**
 * Keeps the saved element at its saved place for the first moments after the return: the router
 * restores its pixel offset in the same or a later commit, and images settle; stops when the reader
 * scrolls. Returns the stop function.
 */
function holdAnchor(container: RefObject<HTMLElement | null>, saved: Anchor): () => void {
  const until = performance.now() + HOLD_MS;
  let frame = 0;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of READER_INPUT) window.removeEventListener(type, stop);
  };
  const step = () => {
    const el = container.current && follow(container.current, saved.path);
    if (!el || textStart(el) !== saved.text) return stop();
    const dy = el.getBoundingClientRect().top - saved.top;
    if (Math.abs(dy) >= 1) window.scrollBy(0, dy);
    if (performance.now() < until) frame = requestAnimationFrame(step);
    else stop();
  };
  for (const type of READER_INPUT) window.addEventListener(type, stop, { passive: true });
  frame = requestAnimationFrame(step);
  return stop;
}

/** The innermost element of the container at the top of the viewport (under any sticky header). */
function anchorAtTop(container: HTMLElement): Anchor | null {
  const box = container.getBoundingClientRect();
  if (box.top >= 0 || box.bottom <= 0) return null; // the container's top is in view: pixels suffice
  const x = box.left + box.width / 2;
  // A gap between paragraphs hits their section, which would anchor too coarsely: look a bit lower.
  for (let y = 1; y < window.innerHeight / 2; y += 24) {
    const el = document.elementsFromPoint(x, y).find((e) => e !== container && container.contains(e));
    if (el && el.getBoundingClientRect().height < window.innerHeight / 2) {
      return { path: pathTo(container, el), text: textStart(el), top: el.getBoundingClientRect().top };
    }
  }
  return null;
}

function pathTo(container: Element, el: Element): number[] {
  const path: number[] = [];
  for (let e = el; e !== container && e.parentElement; e = e.parentElement)
    path.unshift(Array.prototype.indexOf.call(e.parentElement.children, e));
  return path;
}

function follow(container: Element, path: number[]): Element | null {
  let el: Element | undefined = container;
  for (const i of path) el = el?.children[i];
  return el ?? null;
}

function textStart(el: Element): string {
  return (el.textContent ?? '').slice(0, 60);
}
