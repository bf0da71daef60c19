import { describe, expect, it } from 'vitest';
import { findLabel, linksOf, readLabelled } from '../../../src/compiler/extract/summary-list';
import { facts, lines } from './helpers';

// The 概要 list of the user's SOFAMeetup#8 post (data/posts/sofameetup-8-chengdu.md), shortened.
const summary = `
## 概要

- 活动主题：SOFA x Erda Meetup#8 成都站，云原生基础设施建设的现在及未来

- 活动时间：2021 年 09 月 11 日（周六）13:30-17:00

- 活动地点：四川省成都市武侯区蚂蚁 C 空间 101 猎户座

- 活动形式：线下活动

- 资料下载：<br/>
[《从云原生视角，解读 Erda 微服务观测系统的实现》](https://gw.alipayobjects.com/os/bmw-prod/75201cac.pdf)<br/>
[《Service Mesh落地之后：为 sidecar 注入灵魂》](https://gw.alipayobjects.com/os/bmw-prod/ce6c26b1.pdf)

- 本次分享涉及的项目地址

https://github.com/sofastack/sofa-registry
`;

describe('readLabelled', () => {
  it('reads each 概要 item and the link lines that continue 资料下载', () => {
    const fields = readLabelled(lines(summary));
    expect(findLabel(fields, /^活动时间$/)?.value).toBe('2021 年 09 月 11 日（周六）13:30-17:00');
    expect(findLabel(fields, /^活动形式$/)?.value).toBe('线下活动');
    expect(linksOf(findLabel(fields, /^资料下载$/)!).map((l) => l.url)).toEqual([
      'https://gw.alipayobjects.com/os/bmw-prod/75201cac.pdf',
      'https://gw.alipayobjects.com/os/bmw-prod/ce6c26b1.pdf',
    ]);
  });

  it('reads bold labels and plain-paragraph lists', () => {
    const fields = readLabelled(
      lines('**直播时间：**2020年5月28日（周四）20:00-21:00\n\n活动形式：线上直播'),
    );
    expect(fields.map((f) => [f.label, f.value])).toEqual([
      ['直播时间', '2020年5月28日（周四）20:00-21:00'],
      ['活动形式', '线上直播'],
    ]);
  });

  it('reads labels led by an emoji, with the colon inside or outside the bold', () => {
    const fields = readLabelled(
      lines(
        '📅 **时间**：2024/5/18 14:00-17:30\n\n📍 **地址：**江苏省南京市 · 某园区 B 座 3F\n\n⏰ 报名：见下方',
      ),
    );
    expect(fields.map((f) => [f.label, f.value, f.raw])).toEqual([
      ['时间', '2024/5/18 14:00-17:30', '2024/5/18 14:00-17:30'],
      ['地址', '江苏省南京市 · 某园区 B 座 3F', '江苏省南京市 · 某园区 B 座 3F'],
      ['报名', '见下方', '见下方'],
    ]);
  });
});

describe('summary facts', () => {
  it('gives the event time, place and mode from the list, not the publish date', () => {
    const f = facts(summary, { date: '2021-09-01T15:00:00+08:00' });
    expect(f).toMatchObject({
      kind: 'event',
      start: '2021-09-11T13:30:00+08:00',
      end: '2021-09-11T17:00:00+08:00',
      mode: 'offline',
      city: '成都',
      venue: '四川省成都市武侯区蚂蚁 C 空间 101 猎户座',
    });
    // No agenda in words: the titled decks are the talks, each with its deck.
    expect(f.talks.map((t) => [t.title, t.slides.length])).toEqual([
      ['从云原生视角，解读 Erda 微服务观测系统的实现', 1],
      ['Service Mesh落地之后：为 sidecar 注入灵魂', 1],
    ]);
    expect(f.slides).toEqual([]);
  });

  it('reads 线上直播 as online with no city, and 线下 + 线上 as hybrid', () => {
    expect(facts('- 活动时间：1 月 17 日周四晚 7 点\n- 活动形式：线上直播').mode).toBe('online');
    expect(facts('- 活动时间：04 月 20 日 13:30--18:00\n- 活动形式：线下 Meetup + 线上直播').mode).toBe(
      'hybrid',
    );
  });

  it('tells the author when the 活动时间 line cannot be read', () => {
    const f = facts('- 活动时间：下周见\n- 活动形式：线下活动');
    expect(f.warnings.join('\n')).toMatch(
      /活动时间 line not understood: “下周见”; write it as 2021 年 03 月 21 日 14:00-17:00/,
    );
  });
});
