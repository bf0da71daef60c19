import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nContext';

/** Every page names itself in the tab and in history: `<page> · 活动浏览`. */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} · ${t.appName}` : t.appName;
  }, [title, t.appName]);
}
