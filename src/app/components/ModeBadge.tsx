import type { EventMode } from '../../model/types';
import { useI18n } from '../i18n/I18nContext';

export default function ModeBadge({ mode }: { mode: EventMode | null }) {
  const { t } = useI18n();
  if (!mode) return null;
  return <span className={`badge mode-${mode}`}>{t.mode[mode]}</span>;
}
