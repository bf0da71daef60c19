import { useI18n } from '../i18n/I18nContext';
import { useDocumentTitle } from '../components/useDocumentTitle';

export default function OverviewPage() {
  const { t } = useI18n();
  useDocumentTitle(t.overviewTitle);
  return <h1>{t.overviewTitle}</h1>;
}
