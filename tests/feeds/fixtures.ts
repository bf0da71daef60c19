// Hand-made events for the feed and static-page tests (shaped like the user's posts).
import type { Event, Talk } from '../../src/model/types';

function talk(partial: Partial<Talk> & Pick<Talk, 'id' | 'title'>): Talk {
  return {
    speakers: [],
    abstract: null,
    takeaways: [],
    slides: [],
    video: null,
    start: null,
    end: null,
    ...partial,
  };
}

function event(partial: Partial<Event> & Pick<Event, 'slug' | 'title'>): Event {
  return {
    source: `${partial.slug}.md`,
    summary: null,
    kind: 'event',
    series: null,
    start: null,
    end: null,
    timezone: 'Asia/Shanghai',
    mode: null,
    city: null,
    venue: null,
    talks: [],
    slides: [],
    links: [],
    tags: [],
    cover: null,
    html: '',
    warnings: [],
    ...partial,
  };
}

export const hangzhou = event({
  slug: 'sofameetup-4-hangzhou',
  source: 'sofameetup-4-hangzhou.md',
  title: 'SOFAMeetup#4 杭州站 Service Mesh 领域的最新生产实践和未来展望',
  summary: 'SOFAMeetup#4 杭州站 Service Mesh 领域的最新生产实践和未来展望',
  series: 'SOFAMeetup',
  start: '2021-03-21T14:00:00+08:00',
  end: '2021-03-21T17:00:00+08:00',
  mode: 'offline',
  city: '杭州',
  venue: '浙江杭州西湖区学院路77号黄龙万科中心-I座',
  cover: 'https://gw.alipayobjects.com/mdn/rms_95b965/afts/img/A*PGCEQL8Cb_IAAAAAAAAAAAAAARQnAQ',
  tags: ['SOFAMeetup', 'Service Mesh'],
  slides: ['https://gw.alipayobjects.com/os/bmw-prod/9e025683-6099-4927-acbc-393013d7d83c.pdf'],
  talks: [
    talk({
      id: 't1',
      title: '蚂蚁集团 Service Mesh 进展回顾与展望',
      speakers: [{ slug: 'shi-jianwei', name: '石建伟' }],
      start: '2021-03-21T14:00:00+08:00',
      end: '2021-03-21T14:40:00+08:00',
    }),
    talk({
      id: 't2',
      title: '美团服务治理体系的演进, with commas; semicolons \\ and backslashes',
      speakers: [
        { slug: 'zhang-san', name: '张三' },
        { slug: 'li-si', name: '李四' },
      ],
    }),
  ],
});

export const online = event({
  slug: 'sofachannel-23',
  title: 'SOFAChannel#23 线上直播：云原生网络代理 MOSN 的进化之路',
  summary: '一场线上直播',
  series: 'SOFAChannel',
  start: '2021-01-07T19:00:00+08:00',
  end: '2021-01-07T20:00:00+08:00',
  mode: 'online',
  links: [{ kind: 'live', label: '直播间', url: 'https://live.example.org/room/1?a=1&b=2' }],
  talks: [talk({ id: 't1', title: 'MOSN 的进化之路', speakers: [{ slug: 'wang-wu', name: '王五' }] })],
});

export const allDay = event({
  slug: 'kubecon-workshop-2023',
  title: 'Cloud Native Workshop (two days)',
  start: '2023-08-19',
  end: '2023-08-20',
  mode: 'hybrid',
  city: '成都',
  venue: '成都市高新区天府大道',
  links: [{ kind: 'live', label: 'Live', url: 'https://live.example.org/ws' }],
  talks: [talk({ id: 't1', title: 'Workshop: eBPF from zero', speakers: [{ slug: 'li-si', name: '李四' }] })],
});

export const hostile = event({
  slug: 'hostile',
  title: '</script><script>alert(1)</script> & "quotes" <b>bold</b>',
  summary: '<img src=x onerror=alert(1)> summary & more',
  start: '2022-05-01T10:00:00Z',
  end: '2022-05-01T11:30:00Z',
  timezone: 'Europe/Berlin',
  mode: 'offline',
  city: 'Berlin',
  venue: 'Hall "A" <1>',
  cover: 'javascript:alert(1)',
  talks: [
    talk({
      id: 't1',
      title: '</script><script>alert(2)</script>',
      speakers: [{ slug: 'evil', name: '<svg onload=alert(3)>' }],
    }),
  ],
});

export const announcement = event({
  slug: 'recruiting-contributors',
  kind: 'announcement',
  title: '招募贡献者 Contributors wanted',
  summary: 'No date at all.',
});

export const allEvents: Event[] = [hangzhou, online, allDay, hostile, announcement];
