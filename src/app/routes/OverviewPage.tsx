import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { BundleIndex } from '../../model/types';
import { BarChart, StackedYears } from '../components/Charts';
import ErrorView from '../components/ErrorView';
import { PageSkeleton } from '../components/Skeleton';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { indexQuery } from '../data/queries';
import { useI18n } from '../i18n/I18nContext';
import { computeOverview } from '../lib/overview';

export default function OverviewPage() {
  const { t } = useI18n();
  useDocumentTitle(t.overviewTitle);
  const index = useQuery(indexQuery());
  if (index.isPending) return <PageSkeleton />;
  if (index.isError) return <ErrorView error={index.error} onRetry={() => void index.refetch()} />;
  return <Overview index={index.data} />;
}

function Overview({ index }: { index: BundleIndex }) {
  const { t } = useI18n();
  const o = useMemo(() => computeOverview(index), [index]);
  return (
    <div className="overview-page">
      <h1>{t.overviewTitle}</h1>
      <p className="lead">
        {[
          t.timelineIntro(o.total),
          // The timeline lists these too: said here so the two counts add up.
          o.announcements > 0 && t.announcementsIntro(o.announcements),
          t.speakersIntro(index.speakers.length),
          t.overviewIntro,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div className="charts">
        <StackedYears title={t.chartPerYear} data={o.perYear} />
        <BarChart
          title={t.chartMode}
          bars={o.modes.map((m) => ({
            label: m.mode ? t.mode[m.mode] : t.modeUnknown,
            value: m.value,
            to: m.mode ? `/?mode=${m.mode}` : undefined,
          }))}
        />
        <BarChart title={t.chartCities} bars={o.cities} />
        <BarChart title={t.chartSpeakers} bars={o.speakers} />
        <BarChart title={t.chartTags} bars={o.tags} />
      </div>
    </div>
  );
}
