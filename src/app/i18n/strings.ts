// UI strings in 简体中文 and English. Posts are shown as written; only the interface is translated.
import type { EventMode } from '../../model/types';
import type { PostCounts } from '../lib/timeline';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
/** BCP 47 tag for `<html lang>` and `Intl`. */
export const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

const sameCounts = (a: PostCounts, b: PostCounts) =>
  a.events === b.events && a.announcements === b.announcements;

const zh = {
  appName: '活动浏览',
  skipToContent: '跳到正文',
  navMain: '主导航',
  navTimeline: '时间线',
  navSpeakers: '讲师',
  navOverview: '概览',
  navSearch: '搜索',
  language: '语言',
  theme: '主题',
  themeSystem: '自动',
  themeLight: '浅色',
  themeDark: '深色',
  loading: '加载中…',
  footer: '数据来自社区的 Hugo 文章 · 由 event-browser 编译',
  // errors
  errorTitle: '加载失败',
  errorBody: '数据文件无法加载或已损坏。请检查网络后重试。',
  errorCorrupt: '数据文件格式不正确。',
  errorNewBuild: '网站已更新，这个页面的代码已不在服务器上。请重新加载页面，使用新版本。',
  retry: '重试',
  reload: '重新加载页面',
  notFoundTitle: '没有找到这个页面',
  notFoundEvent: (slug: string) => `没有名为「${slug}」的活动。`,
  notFoundSpeaker: (slug: string) => `没有名为「${slug}」的讲师。`,
  notFoundPage: '这个地址没有对应的页面。',
  didYouMean: '你是不是要找：',
  backHome: '回到时间线',
  // timeline
  timelineTitle: '活动时间线',
  timelineIntro: (n: number) => `共 ${n} 场活动`,
  filters: '筛选',
  filterSeries: '系列',
  filterTag: '标签',
  filterMode: '形式',
  filterCity: '城市',
  filterYear: '年份',
  filterAll: '全部',
  clearFilters: '清除筛选',
  /** The timeline's count line: the shown posts, then all of them when a filter hides some. */
  showing: (shown: PostCounts, total: PostCounts) => {
    const posts = (c: PostCounts) =>
      `${c.events} 场活动${c.announcements ? `、${c.announcements} 篇公告` : ''}`;
    if (sameCounts(shown, total)) return `共 ${posts(total)}`;
    if (!total.announcements) return `显示 ${shown.events} / ${total.events} 场活动`;
    return `显示 ${posts(shown)}（共 ${posts(total)}）`;
  },
  noResults: '没有符合条件的活动。',
  upcoming: '即将开始',
  upcomingBadge: '即将开始',
  past: '往期活动',
  undated: '未注明日期',
  announcement: '公告',
  talks: (n: number) => `${n} 个议题`,
  mode: { online: '线上', offline: '线下', hybrid: '线上+线下' } satisfies Record<EventMode, string>,
  modeUnknown: '形式未知',
  // event page
  when: '时间',
  where: '地点',
  timezoneLabel: (tz: string, offset: string) => `${tz} 时间，${offset}`,
  dateUnknown: '日期未知',
  venue: '场地',
  city: '城市',
  series: '系列',
  tags: '标签',
  links: '链接',
  linkKind: { live: '直播', video: '视频回放', registration: '报名', source: '原文', other: '链接' },
  agenda: '议程',
  noTalks: '这篇文章没有列出议题。',
  speakersOfTalk: '讲师',
  abstract: '议题简介',
  takeaways: '收获',
  downloadSlides: '下载讲义',
  downloadSlidesN: (i: number) => `下载讲义 ${i}`,
  watchVideo: '观看视频',
  eventSlides: '活动资料',
  originalPost: '原文',
  sourceFile: (s: string) => `来源：${s}`,
  seriesNav: '同系列活动',
  previousEvent: '上一场',
  nextEvent: '下一场',
  compilerNotes: '编译提示',
  cover: (title: string) => `${title} 封面`,
  // speakers
  speakersTitle: '讲师',
  speakersIntro: (n: number) => `${n} 位讲师`,
  announcementsIntro: (n: number) => `${n} 篇公告`,
  filterSpeakers: '按姓名、拼音、花名或单位筛选',
  sortBy: '排序',
  sortName: '姓名',
  sortTalks: '议题数',
  noSpeakers: '没有符合条件的讲师。',
  aliases: '又名',
  affiliation: '单位',
  role: '职务',
  bio: '简介',
  talksOfSpeaker: '全部议题',
  coSpeakers: '同场讲师',
  atEvent: '活动',
  // overview
  overviewTitle: '概览',
  overviewIntro: '从全部活动数据统计得出。',
  chartPerYear: '每年活动数（按系列）',
  chartMode: '线上与线下',
  chartCities: '城市',
  chartSpeakers: '最常出现的讲师',
  chartTags: '热门话题',
  tableAlt: '数据表',
  year: '年份',
  count: '数量',
  total: '合计',
  noSeries: '无系列',
  name: '名称',
};

export type Strings = typeof zh;

/** `1 talk`, `2 talks`. */
const count = (n: number, one: string) => (n === 1 ? `1 ${one}` : `${n} ${one}s`);

const en: Strings = {
  appName: 'Event Browser',
  skipToContent: 'Skip to content',
  navMain: 'Main',
  navTimeline: 'Timeline',
  navSpeakers: 'Speakers',
  navOverview: 'Overview',
  navSearch: 'Search',
  language: 'Language',
  theme: 'Theme',
  themeSystem: 'Auto',
  themeLight: 'Light',
  themeDark: 'Dark',
  loading: 'Loading…',
  footer: 'Data from community Hugo posts · compiled by event-browser',
  errorTitle: 'Could not load',
  errorBody: 'A data file failed to load or is corrupt. Check your connection and try again.',
  errorCorrupt: 'The data file is not in the expected format.',
  errorNewBuild:
    'The site has been updated and this page’s code is no longer on the server. Reload the page to get the new version.',
  retry: 'Try again',
  reload: 'Reload page',
  notFoundTitle: 'Page not found',
  notFoundEvent: (slug) => `There is no event called “${slug}”.`,
  notFoundSpeaker: (slug) => `There is no speaker called “${slug}”.`,
  notFoundPage: 'Nothing lives at this address.',
  didYouMean: 'Did you mean:',
  backHome: 'Back to the timeline',
  timelineTitle: 'Event timeline',
  timelineIntro: (n) => count(n, 'event'),
  filters: 'Filters',
  filterSeries: 'Series',
  filterTag: 'Tag',
  filterMode: 'Format',
  filterCity: 'City',
  filterYear: 'Year',
  filterAll: 'All',
  clearFilters: 'Clear filters',
  showing: (shown, total) => {
    const posts = (c: PostCounts) =>
      count(c.events, 'event') + (c.announcements ? ` and ${count(c.announcements, 'announcement')}` : '');
    if (sameCounts(shown, total)) return posts(total);
    if (!total.announcements) return `Showing ${shown.events} of ${count(total.events, 'event')}`;
    return `Showing ${posts(shown)} (of ${posts(total)})`;
  },
  noResults: 'No events match these filters.',
  upcoming: 'Upcoming',
  upcomingBadge: 'Upcoming',
  past: 'Past events',
  undated: 'Date not given',
  announcement: 'Announcement',
  talks: (n) => count(n, 'talk'),
  mode: { online: 'Online', offline: 'In person', hybrid: 'Hybrid' },
  modeUnknown: 'Format unknown',
  when: 'When',
  where: 'Where',
  timezoneLabel: (tz, offset) => `${tz} time, ${offset}`,
  dateUnknown: 'Date unknown',
  venue: 'Venue',
  city: 'City',
  series: 'Series',
  tags: 'Tags',
  links: 'Links',
  linkKind: {
    live: 'Livestream',
    video: 'Video',
    registration: 'Register',
    source: 'Original',
    other: 'Link',
  },
  agenda: 'Agenda',
  noTalks: 'This post lists no talks.',
  speakersOfTalk: 'Speakers',
  abstract: 'Abstract',
  takeaways: 'Takeaways',
  downloadSlides: 'Download slides',
  downloadSlidesN: (i) => `Download slides ${i}`,
  watchVideo: 'Watch video',
  eventSlides: 'Event slides',
  originalPost: 'Original post',
  sourceFile: (s) => `Source: ${s}`,
  seriesNav: 'More in this series',
  previousEvent: 'Previous',
  nextEvent: 'Next',
  compilerNotes: 'Compiler notes',
  cover: (title) => `Cover of ${title}`,
  speakersTitle: 'Speakers',
  speakersIntro: (n) => count(n, 'speaker'),
  announcementsIntro: (n) => count(n, 'announcement'),
  filterSpeakers: 'Filter by name, pinyin, alias or affiliation',
  sortBy: 'Sort by',
  sortName: 'Name',
  sortTalks: 'Talks',
  noSpeakers: 'No speakers match.',
  aliases: 'Also known as',
  affiliation: 'Affiliation',
  role: 'Role',
  bio: 'Bio',
  talksOfSpeaker: 'Talks',
  coSpeakers: 'Spoke with',
  atEvent: 'Event',
  overviewTitle: 'Overview',
  overviewIntro: 'Computed from all events.',
  chartPerYear: 'Events per year, by series',
  chartMode: 'Online vs in person',
  chartCities: 'Cities',
  chartSpeakers: 'Most frequent speakers',
  chartTags: 'Top topics',
  tableAlt: 'Data table',
  year: 'Year',
  count: 'Count',
  total: 'Total',
  noSeries: 'No series',
  name: 'Name',
};

export const STRINGS: Record<Lang, Strings> = { zh, en };

/** The first of the browser's preferred languages we speak; Chinese when none. */
export function pickLang(preferred: readonly string[] | undefined): Lang {
  for (const tag of preferred ?? []) {
    const l = tag.toLowerCase();
    if (l.startsWith('zh')) return 'zh';
    if (l.startsWith('en')) return 'en';
  }
  return 'zh';
}
