/** `/` pressed to jump to a search box, not typed into a field or part of another shortcut. */
function isSearchShortcut(e: KeyboardEvent): boolean {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return false;
  const el = e.target as HTMLElement | null;
  return !(el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)));
}

/** Focuses `input` on `/`; `first`: before the header's box, which listens after it (the search page's own box). */
export function focusOnSearchShortcut(getInput: () => HTMLInputElement | null, first = false): () => void {
  const onKey = (e: KeyboardEvent) => {
    const input = getInput();
    if (!input || !isSearchShortcut(e)) return;
    e.preventDefault();
    input.focus();
    input.select();
  };
  document.addEventListener('keydown', onKey, { capture: first });
  return () => document.removeEventListener('keydown', onKey, { capture: first });
}
