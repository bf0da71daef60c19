// Applies the theme the reader picked before the page first paints: loaded by a classic <script src> in
// the <head> of every page (index.html, and so each prerendered page). A file, not inline code: the
// built pages' Content-Security-Policy allows scripts from 'self' only. Same key and attribute as
// src/app/theme/theme.ts, which keeps the choice afterwards (tests/app/page-load.test.tsx holds them equal).
(function () {
  try {
    const theme = localStorage.getItem('event-browser.theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
  } catch {
    // storage unavailable (privacy mode): the system theme applies
  }
})();
