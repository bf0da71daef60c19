import { useI18n } from '../i18n/I18nContext';

/** Grey placeholders while a bundle file loads (shown only on slow networks). */
export function PageSkeleton({ rows = 6 }: { rows?: number }) {
  const { t } = useI18n();
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{t.loading}</span>
      <div className="sk sk-title" aria-hidden="true" />
      <div className="sk sk-line short" aria-hidden="true" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="sk sk-block" aria-hidden="true" />
      ))}
    </div>
  );
}
