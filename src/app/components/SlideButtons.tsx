import { useI18n } from '../i18n/I18nContext';
import ExternalLink from './ExternalLink';

function fileHint(url: string): string {
  try {
    const u = new URL(url);
    const file = u.pathname.split('/').filter(Boolean).pop() ?? '';
    const ext = /\.([a-z0-9]{2,5})$/i.exec(file)?.[1];
    return ext ? ext.toUpperCase() : u.hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** One clear download button per deck; `context` (talk or event title) completes the accessible name. */
export default function SlideButtons({ urls, context }: { urls: string[]; context: string }) {
  const { t } = useI18n();
  if (!urls.length) return null;
  return (
    <ul className="slide-buttons">
      {urls.map((url, i) => {
        const hint = fileHint(url);
        return (
          <li key={url + i}>
            <ExternalLink href={url} className="button download">
              <span aria-hidden="true" className="icon">
                ⤓
              </span>
              {urls.length > 1 ? t.downloadSlidesN(i + 1) : t.downloadSlides}
              <span className="visually-hidden">: {context}</span>
              {hint && <span className="hint">{hint}</span>}
            </ExternalLink>
          </li>
        );
      })}
    </ul>
  );
}
