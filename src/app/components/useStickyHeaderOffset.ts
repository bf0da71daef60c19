import { useEffect, type RefObject } from 'react';

/**
 * Publishes the sticky header's height as `--header-height` on the root, for `scroll-padding-top`
 * (styles.css): an element that gets focus (Shift+Tab up the page) or an #anchor then scrolls into view
 * below the header, not under it. The header's height changes as it wraps (one row on a desktop, two at
 * tablet widths), so it is measured, not guessed.
 */
export function useStickyHeaderOffset(headerRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const header = headerRef.current;
    if (!header || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const update = () => root.style.setProperty('--header-height', `${header.offsetHeight}px`);
    const observer = new ResizeObserver(update);
    observer.observe(header);
    update();
    return () => {
      observer.disconnect();
      root.style.removeProperty('--header-height');
    };
  }, [headerRef]);
}
