// The words of the search UI, in the app's languages (the app's own strings stay in i18n/strings.ts).
import type { Lang } from '../i18n/strings';

export interface SearchStrings {
  label: string;
  placeholder: string;
  shortcut: string;
  groups: { event: string; talk: string; speaker: string };
  kind: { event: string; talk: string; speaker: string };
  seeAll: (q: string) => string;
  loading: string;
  failed: string;
  none: (q: string) => string;
  count: (n: number) => string;
  corrected: (pairs: string) => string;
  pageTitle: string;
  pageTitleFor: (q: string) => string;
  submit: string;
  filters: string;
  any: string;
  series: string;
  mode: string;
  city: string;
  year: string;
  clearFilters: string;
  more: string;
  prompt: string;
  events: (n: number) => string;
  speakersLabel: string;
}

const zh: SearchStrings = {
  label: '搜索活动、议题、讲师',
  placeholder: '搜索活动、议题、讲师（按 / 聚焦）',
  shortcut: '/',
  groups: { event: '活动', talk: '议题', speaker: '讲师' },
  kind: { event: '活动', talk: '议题', speaker: '讲师' },
  seeAll: (q) => `查看“${q}”的全部结果`,
  loading: '正在载入搜索数据…',
  failed: '搜索数据载入失败，请稍后重试。',
  none: (q) => `没有找到与“${q}”相关的结果。`,
  count: (n) => `${n} 条结果`,
  corrected: (pairs) => `已按 ${pairs} 搜索`,
  pageTitle: '搜索',
  pageTitleFor: (q) => `搜索：${q}`,
  submit: '搜索',
  filters: '筛选',
  any: '全部',
  series: '系列',
  mode: '形式',
  city: '城市',
  year: '年份',
  clearFilters: '清除筛选',
  more: '显示更多',
  prompt: '输入产品名、议题关键词、讲师姓名或拼音（如 wusheng、zl）。',
  events: (n) => `${n} 场活动`,
  speakersLabel: '讲师',
};

const en: SearchStrings = {
  label: 'Search events, talks, speakers',
  // Short enough for the header box (`/` focuses it: aria-keyshortcuts).
  placeholder: 'Search events, talks, speakers',
  shortcut: '/',
  groups: { event: 'Events', talk: 'Talks', speaker: 'Speakers' },
  kind: { event: 'Event', talk: 'Talk', speaker: 'Speaker' },
  seeAll: (q) => `See all results for “${q}”`,
  loading: 'Loading search data…',
  failed: 'The search data could not be loaded. Please try again later.',
  none: (q) => `Nothing found for “${q}”.`,
  count: (n) => (n === 1 ? '1 result' : `${n} results`),
  corrected: (pairs) => `Searched for ${pairs}`,
  pageTitle: 'Search',
  pageTitleFor: (q) => `Search: ${q}`,
  submit: 'Search',
  filters: 'Filters',
  any: 'Any',
  series: 'Series',
  mode: 'Format',
  city: 'City',
  year: 'Year',
  clearFilters: 'Clear filters',
  more: 'Show more',
  prompt: 'Type a product, a topic, a speaker’s name or its pinyin (wusheng, zl).',
  events: (n) => (n === 1 ? '1 event' : `${n} events`),
  speakersLabel: 'Speakers',
};

export const SEARCH_STRINGS: Record<Lang, SearchStrings> = { zh, en };
