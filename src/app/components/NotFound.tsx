import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nContext';
import { useDocumentTitle } from './useDocumentTitle';

export interface Suggestion {
  to: string;
  label: string;
  detail?: string | null;
}

/** A helpful dead end: what was not found, the nearest matches, and the way home. */
export default function NotFound({ message, suggestions }: { message: string; suggestions: Suggestion[] }) {
  const { t } = useI18n();
  useDocumentTitle(t.notFoundTitle);
  return (
    <section className="not-found" aria-labelledby="nf-title">
      <h1 id="nf-title">{t.notFoundTitle}</h1>
      <p>{message}</p>
      {suggestions.length > 0 && (
        <>
          <h2 className="h3">{t.didYouMean}</h2>
          <ul className="suggestions">
            {suggestions.map((s) => (
              <li key={s.to}>
                <Link to={s.to}>{s.label}</Link>
                {s.detail && <span className="muted"> · {s.detail}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to="/" className="button">
          {t.backHome}
        </Link>
      </p>
    </section>
  );
}
