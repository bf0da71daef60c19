// After a redeploy the host may no longer have the previous build's files, so a page opened before it
// fails to load the code of the next route the reader visits. Vite reports each such failure
// ('vite:preloadError'); the route's error view then loads the page again, once, which brings the new
// build at the address the reader asked for.

const staleErrors = new WeakSet<object>();

/** Remembers the errors of code that failed to load (main.tsx calls this once). */
export function watchForStaleBuild(): void {
  window.addEventListener('vite:preloadError', (event) => {
    const error = (event as Event & { payload?: unknown }).payload;
    if (typeof error === 'object' && error !== null) staleErrors.add(error);
  });
}

export function isStaleBuildError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && staleErrors.has(error);
}

const RELOADED_AT = 'event-browser.reloaded-for-new-build';
/** A second failure this soon after a reload is no stale page but a broken deploy: no reload loop. */
const AGAIN_MS = 30_000;

/** Loads the page again unless it did so moments ago. */
export function reloadForNewBuild(): void {
  try {
    if (Date.now() - Number(sessionStorage.getItem(RELOADED_AT) ?? 0) < AGAIN_MS) return;
    sessionStorage.setItem(RELOADED_AT, String(Date.now()));
  } catch {
    return; // without storage a loop could not be told apart
  }
  window.location.reload();
}
