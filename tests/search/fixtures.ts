// Hand-made events and speakers in the shape the compiler emits, written after the seeds and the corpus.
import type { Event, Speaker, Talk } from '../../src/model/types';

function talk(id: string, title: string, speakers: [string, string][], abstract: string | null = null): Talk {
  return {
    id,
    title,
    speakers: speakers.map(([slug, name]) => ({ slug, name })),
    abstract,
    takeaways: [],
    slides: [],
    video: null,
    start: null,
    end: null,
  };
}

function event(e: Partial<Event> & Pick<Event, 'slug' | 'title' | 'talks'>): Event {
  return {
    source: `${e.slug}.md`,
    summary: null,
    kind: 'event',
    series: null,
    start: null,
    end: null,
    timezone: 'Asia/Shanghai',
    mode: 'offline',
    city: null,
    venue: null,
    slides: [],
    links: [],
    tags: [],
    cover: null,
    html: '',
    warnings: [],
    ...e,
  };
}

export const events: Event[] = [
  event({
    slug: 'sofameetup-4-hangzhou',
    title: 'SOFAMeetup#4 杭州站 Service Mesh 领域的最新生产实践和未来展望',
    series: 'SOFAMeetup',
    start: '2021-03-21T14:00:00+08:00',
    city: '杭州',
    summary: 'SOFAMeetup 牛年首站：3月21日 杭州见！',
    talks: [
      talk('t1', 'Service Mesh 在蚂蚁落地后的探索与实践', [['li-wei', '李唯']]),
      talk(
        't2',
        'MOSN 的无人值守变更实践',
        [['huang-jia-qi', '黄家琦']],
        '自 Service Mesh 在蚂蚁大规模落地之后，MOSN 的变更风险和效率问题愈发突出',
      ),
      talk('t3', 'Service Mesh 在美团的落地挑战与实践', [['xue-chen', '薛晨']]),
    ],
  }),
  event({
    slug: 'sofameetup-10-chengdu',
    title: 'SOFAMeetup#10 成都站 云原生开源专场',
    series: 'SOFAMeetup',
    start: '2021-09-11T13:30:00+08:00',
    city: '成都',
    talks: [
      talk('t1', 'Service Mesh落地之后：为 sidecar 注入灵魂', [['zhou-qun-li', '周群力']]),
      talk('t2', '技术风口上的限流—蚂蚁集团的 Mesh 限流落地与实践', [['zhang-xi-hong', '张稀虹']]),
    ],
  }),
  event({
    slug: 'sofameetup-14',
    title: 'SOFAMeetup#14 云原生多运行时',
    series: 'SOFAMeetup',
    start: '2022-04-01',
    mode: 'online',
    talks: [
      talk('t1', '在大规模集群中落地 dapr 或 Layotto 这种多运行时架构是什么样的体验', [
        ['zhou-qun-li', '周群力'],
      ]),
    ],
  }),
  event({
    slug: 'service-mesh-meetup-2-beijing',
    title: 'Service Mesh Meetup #2 北京站',
    series: 'Service Mesh Meetup',
    start: '2018-07-29T13:00:00+08:00',
    city: '北京',
    talks: [
      talk('t1', 'Service Mesh 的延伸 —— 论道 Database Mesh', [['zhang-liang', '张亮']]),
      talk('t2', 'Observability on Service Mesh —— Apache SkyWalking 6.0', [['wu-sheng', '吴晟']]),
      talk('t3', '蚂蚁金服开源的 Service Mesh 数据平面 SOFA MOSN 深层揭秘', [['duo-xiao-dong', '朵晓东']]),
    ],
  }),
  event({
    slug: 'sofa-channel-24',
    title: 'SOFAChannel#24 漫谈 HTTP/3 进化史',
    series: 'SOFAChannel',
    start: '2022-01-20T19:00:00+08:00',
    mode: 'online',
    talks: [
      talk('t1', '漫谈 HTTP/3 进化史', [['zeng-ke', '曾柯']], 'QUIC 与 HTTP/3 的演进，以及 MOSN 中的实践'),
    ],
  }),
];

function speaker(slug: string, name: string, extra: Partial<Speaker> = {}): Speaker {
  const talks = events.flatMap((e) =>
    e.talks
      .filter((t) => t.speakers.some((s) => s.slug === slug))
      .map((t) => ({
        event: e.slug,
        eventTitle: e.title,
        talk: t.id,
        title: t.title,
        date: e.start,
        slides: [],
      })),
  );
  return {
    slug,
    name,
    aliases: [],
    affiliation: null,
    role: null,
    bio: null,
    talks,
    coSpeakers: [],
    ...extra,
  };
}

export const speakers: Speaker[] = [
  speaker('li-wei', '李唯', { affiliation: '蚂蚁集团' }),
  speaker('huang-jia-qi', '黄家琦', { aliases: ['嘉祁'], affiliation: '蚂蚁金服' }),
  speaker('xue-chen', '薛晨', { affiliation: '美团' }),
  speaker('zhou-qun-li', '周群力', { aliases: ['仪式'] }),
  speaker('zhang-xi-hong', '张稀虹'),
  speaker('zhang-liang', '张亮', { affiliation: '京东金融' }),
  speaker('wu-sheng', '吴晟', { bio: 'Apache SkyWalking 创始人' }),
  speaker('duo-xiao-dong', '朵晓东'),
  speaker('zeng-ke', '曾柯'),
];
