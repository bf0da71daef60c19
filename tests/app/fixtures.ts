// Small bundle fixtures for component tests, in the shape of src/model/types.ts.
import type { BundleIndex, Event, EventSummary, Speaker, SpeakerSummary } from '../../src/model/types';

export function summary(e: Partial<EventSummary> & Pick<EventSummary, 'slug' | 'title'>): EventSummary {
  return {
    kind: 'event',
    series: null,
    start: null,
    end: null,
    timezone: 'Asia/Shanghai',
    mode: null,
    city: null,
    tags: [],
    talkCount: 0,
    source: `${e.slug}.md`,
    ...e,
  };
}

export function speaker(
  slug: string,
  name: string,
  aliases: string[],
  affiliation: string | null,
  talkCount: number,
  pinyin: string[],
): SpeakerSummary {
  return { slug, name, aliases, affiliation, talkCount, pinyin };
}

export const hangzhou: Event = {
  slug: 'sofameetup-4-hangzhou',
  source: 'sofameetup-4-hangzhou.md',
  title: 'SOFAMeetup#4 杭州站 Service Mesh 领域的最新生产实践和未来展望',
  summary: 'Service Mesh 专题',
  kind: 'event',
  series: 'SOFAMeetup',
  start: '2021-03-21T14:00:00+08:00',
  end: '2021-03-21T17:00:00+08:00',
  timezone: 'Asia/Shanghai',
  mode: 'offline',
  city: '杭州',
  venue: '浙江杭州西湖区学院路77号黄龙万科中心-I座',
  talks: [
    {
      id: 't1',
      title: 'Service Mesh 在蚂蚁落地后的探索与实践',
      speakers: [{ slug: 'li-wei', name: '李唯' }],
      abstract: 'Service Mesh 在蚂蚁落地之后的能力建设。',
      takeaways: ['了解 MOSN 的演进'],
      slides: ['https://example.com/decks/mesh.pdf'],
      video: null,
      start: '2021-03-21T14:00:00+08:00',
      end: '2021-03-21T14:40:00+08:00',
    },
    {
      id: 't2',
      title: 'MOSN 变更风险与效率',
      speakers: [
        { slug: 'li-wei', name: '李唯' },
        { slug: 'zhou-qunli', name: '周群力' },
      ],
      abstract: null,
      takeaways: [],
      slides: [],
      video: 'https://example.com/video/2',
      start: null,
      end: null,
    },
  ],
  slides: ['https://example.com/decks/all.pdf'],
  links: [{ kind: 'registration', label: '报名', url: 'https://example.com/register' }],
  tags: ['SOFAMeetup', 'Service Mesh'],
  cover: 'https://example.com/cover.png',
  html: '<p>SOFAMeetup 牛年首站：<strong>3月21日 杭州见！</strong> <a href="https://example.com/x" target="_blank" rel="noopener noreferrer">详情</a></p>', // as the compiler writes it
  warnings: [],
};

export const index: BundleIndex = {
  version: 1,
  generatedAt: '2024-01-01T00:00:00Z',
  events: [
    summary({
      slug: 'future-meetup',
      title: 'Future Meetup 线上',
      series: 'SOFAMeetup',
      start: '2099-05-01T19:00:00+08:00',
      mode: 'online',
      tags: ['Cloud Native'],
      talkCount: 1,
    }),
    summary({
      slug: 'sofameetup-8-chengdu',
      title: 'SOFAMeetup#8 成都站 云原生基础设施建设的现在及未来',
      series: 'SOFAMeetup',
      start: '2021-09-11T14:00:00+08:00',
      mode: 'offline',
      city: '成都',
      tags: ['SOFAMeetup'],
      talkCount: 4,
    }),
    summary({
      slug: 'sofameetup-4-hangzhou',
      title: hangzhou.title,
      series: 'SOFAMeetup',
      start: hangzhou.start,
      end: hangzhou.end,
      mode: 'offline',
      city: '杭州',
      tags: hangzhou.tags,
      talkCount: 2,
    }),
    summary({
      slug: 'service-mesh-meetup-2-beijing',
      title: 'Service Mesh Meetup #2 北京站',
      series: 'Service Mesh Meetup',
      start: '2018-07-29T13:00:00+08:00',
      end: '2018-07-29T17:00:00+08:00',
      mode: 'hybrid',
      city: '北京',
      tags: ['Service Mesh'],
      talkCount: 4,
    }),
    summary({ slug: 'notice', title: '社区公告', kind: 'announcement' }),
  ],
  speakers: [
    speaker('li-wei', '李唯', [], '蚂蚁集团', 2, ['li wei']),
    speaker('zhou-qunli', '周群力', ['仪式'], '蚂蚁集团', 1, ['zhou qun li', 'yi shi']),
    speaker('zhang-liang', '张亮', [], '京东金融', 3, ['zhang liang']),
    speaker('wu-sheng', '吴晟', [], 'Tetrate', 5, ['wu sheng']),
  ],
};

export const liWei: Speaker = {
  slug: 'li-wei',
  name: '李唯',
  aliases: ['唯哥'],
  affiliation: '蚂蚁集团',
  role: '技术专家',
  bio: '2017 年加入蚂蚁集团中间件团队。',
  talks: [
    {
      event: 'sofameetup-4-hangzhou',
      eventTitle: hangzhou.title,
      talk: 't1',
      title: 'Service Mesh 在蚂蚁落地后的探索与实践',
      date: '2021-03-21T14:00:00+08:00',
      slides: ['https://example.com/decks/mesh.pdf'],
    },
    {
      event: 'sofameetup-8-chengdu',
      eventTitle: 'SOFAMeetup#8 成都站',
      talk: 't2',
      title: '更新的议题',
      date: '2021-09-11T14:00:00+08:00',
      slides: [],
    },
  ],
  coSpeakers: [{ slug: 'zhou-qunli', name: '周群力' }],
};
