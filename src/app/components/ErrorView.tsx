import { useI18n } from '../i18n/I18nContext';
import { BundleError } from '../data/queries';
import { useDocumentTitle } from './useDocumentTitle';

/** A file failed to load or is corrupt: say so and offer a retry, never a blank page. */
export default function ErrorView({
  error,
  onRetry,
  message,
}: {
  error: unknown;
  onRetry?: () => void;
  /** What went wrong, when the caller knows better than "a data file failed". */
  message?: string;
}) {
  const { t } = useI18n();
  useDocumentTitle(t.errorTitle);
  const corrupt = error instanceof BundleError && error.kind === 'corrupt';
  return (
    <section className="error-view" role="alert" aria-labelledby="error-title">
      <h1 id="error-title">{t.errorTitle}</h1>
      <p>{message ?? (corrupt ? t.errorCorrupt : t.errorBody)}</p>
      {error instanceof Error && <p className="muted small">{error.message}</p>}
      {onRetry ? (
        <button type="button" className="button primary" onClick={() => retryFromMain(onRetry)}>
          {t.retry}
        </button>
      ) : (
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          {t.reload}
        </button>
      )}
    </section>
  );
}

/**
 * A retry that works replaces this view, button and all, and keyboard focus would fall to <body> (the
 * next Tab starting over from the top). Focus the page's <main> first: the new page is then next, and
 * if the retry fails again, the first Tab reaches the retry button again.
 */
function retryFromMain(onRetry: () => void) {
  document.getElementById('main')?.focus({ preventScroll: true });
  onRetry();
}
