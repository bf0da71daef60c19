// extractFacts end to end: the user's posts in data/posts, and snippets written in the same conventions.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/compiler/extract';
import { normalizeFrontMatter } from '../../../src/compiler/front-matter';
import { facts, names } from './helpers';

function seed(file: string) {
  const text = fs.readFileSync(path.join(__dirname, '../../../data/posts', file), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text)!;
  const frontMatter = normalizeFrontMatter(parseYaml(m[1]!) as Record<string, unknown>, file);
  return extractFacts({ body: text.slice(m[0].length), frontMatter, source: file });
}

describe('the user’s posts', () => {
  it('SOFAMeetup#4: event time from the body, four talks, the deck on the event', () => {
    const f = seed('sofameetup-4-hangzhou.md');
    expect(f).toMatchObject({
      kind: 'event',
      series: 'SOFAMeetup',
      start: '2021-03-21T14:00:00+08:00',
      end: '2021-03-21T17:00:00+08:00',
      mode: 'offline',
      city: '杭州',
      slides: ['https://gw.alipayobjects.com/os/bmw-prod/9e025683-6099-4927-acbc-393013d7d83c.pdf'],
      warnings: [],
    });
    expect(f.talks.map((t) => [t.title, names(t)])).toEqual([
      ['Service Mesh 在蚂蚁落地后的探索与实践', ['李唯']],
      ['MOSN 的无人值守变更实践', ['黄家琦']],
      ['Service Mesh 在美团的落地挑战与实践', ['薛晨']],
      ['过往可鉴，未来可期 — MOSN 社区周年回顾与展望', ['田阳']],
    ]);
  });

  it('SOFAMeetup#8: each 资料下载 deck goes on the talk its link text names; 花名 kept', () => {
    const f = seed('sofameetup-8-chengdu.md');
    expect(f.slides).toEqual([]);
    expect(f.talks.map((t) => t.slides.length)).toEqual([1, 1, 1, 1]);
    expect(f.talks[2]!.slides[0]).toBe(
      'https://gw.alipayobjects.com/os/bmw-prod/82be6ceb-89e0-4d4e-9cc9-42128fc2491f.pdf',
    );
    expect(f.talks[1]!.speakers[0]).toMatchObject({ name: '周群力', aliases: ['仪式'] });
  });

  it('Service Mesh Meetup #2 (Wowchemy): the front-matter date is the event time', () => {
    const f = seed('service-mesh-meetup-2-beijing.md');
    expect(f).toMatchObject({
      series: 'Service Mesh Meetup',
      start: '2018-07-29T13:00:00+08:00',
      end: '2018-07-29T17:00:00+08:00',
      mode: 'offline',
      city: '北京',
      slides: ['https://github.com/servicemesher/meetup-slides'],
    });
    expect(f.talks.map((t) => t.speakers[0]!.name)).toEqual(['张亮', '吴晟', '朵晓东', '丁振凯']);
  });
});

describe('dates and times', () => {
  it('an all-day Wowchemy event has a date alone', () => {
    const f = facts('本期为特别场。', { event: 'X', date: '2019-11-24T13:00:00+08:00', all_day: true });
    expect([f.start, f.end]).toEqual(['2019-11-24', null]);
  });

  it('an all-day Wowchemy event with an agenda takes its hours from the agenda', () => {
    const f = facts(
      '## 议程\n\n**9:30 - 9:50 开场致辞 by 某主持**\n\n**9:50 - 10:40 某框架快速入门 by 林间**\n\n**12:00 - 13:00 午餐时间**\n\n**14:10 - 15:20 某网格动手实验 by 石川**\n',
      { event: '某大会同场活动', date: '2019-06-24T10:00:00+08:00', all_day: true },
      'event/some-workshop/index.md',
    );
    expect([f.start, f.end]).toEqual(['2019-06-24T09:30:00+08:00', '2019-06-24T15:20:00+08:00']);
  });

  it('a start without an end takes the end of the agenda', () => {
    const f = facts(
      '- 活动时间：8 月 11 日周日下午 13 点\n- 活动形式：线下活动\n- 活动地点：广州市某大厦 15F\n\n| 时间 | 环节 | 分享嘉宾 |\n| --- | --- | --- |\n| 13:00-13:30 | 签到 | |\n| 15:55-16:40 | 《某实践》 | 茅舍@某作者 |',
      { date: '2019-07-25T15:00:00+08:00' },
    );
    expect([f.start, f.end, f.city]).toEqual([
      '2019-08-11T13:00:00+08:00',
      '2019-08-11T16:40:00+08:00',
      '广州',
    ]);
    expect(f.talks[0]).toMatchObject({
      start: '2019-08-11T15:55:00+08:00',
      end: '2019-08-11T16:40:00+08:00',
    });
  });

  it('a start without an end takes the end of another phrase that starts at the same time', () => {
    const f = facts('- 活动时间：07 月 28 日，周四晚 19 点\n- 活动形式：线上直播', {
      date: '2022-07-26T15:00:00+08:00',
      description: '2022 年 7 月 26 日 19：00 - 20：00 ，线上直播第 29 期。',
    });
    expect([f.start, f.end]).toEqual(['2022-07-28T19:00:00+08:00', '2022-07-28T20:00:00+08:00']);
  });

  it('a weekday that does not fit the date prefers a phrase that fits, and says so', () => {
    const f = facts('- 活动时间：02 月 25 日，周四晚 19 点\n- 活动形式：线上直播', {
      date: '2023-02-15T15:00:00+08:00',
      description: '2023 年 02 月 16 日 19：00 - 20：00 ，线上直播第 32 期。',
    });
    expect(f.start).toBe('2023-02-16T19:00:00+08:00');
    expect(f.warnings[0]).toMatch(
      /2023-02-25 is 周四, but it is 周六; 2023-02-16 from the description was used/,
    );
  });

  it('a recap without a date line takes the date in its path', () => {
    const f = facts(
      '#### 某实践分享\n\n郑德惠 某公司资深开发工程师',
      { date: '2019-01-08T10:41:54+08:00' },
      'blog/meetup-guangzhou-20190106/index.md',
    );
    expect(f.start).toBe('2019-01-06');
  });

  it('a date and its hours on two lines are read together', () => {
    const f = facts(
      '## 直播介绍\n\n**《某加速实践》**\n\n2023 年 8 月 9 日（周三）\n\n19：00 - 20：00\n\n**「嘉宾简介」**\n\n戚文博（花名：百蓦）',
      { date: '2023-08-02T15:00:00+08:00' },
    );
    expect([f.start, f.end, f.mode]).toEqual([
      '2023-08-09T19:00:00+08:00',
      '2023-08-09T20:00:00+08:00',
      'online',
    ]);
  });

  it('an event theme with only `location`: the body’s hours beat the front-matter date’s time', () => {
    const f = facts(
      '### 关于本次活动\n\n时间：2019年5月11日（星期六）下午1:00-4:45\n\n地点：南京市某区某路 8 号',
      { date: '2019-05-11T16:02:11+08:00', location: '中国南京', fee: '免费' },
      'event/gopher-meetup-05.md',
    );
    expect([f.start, f.end]).toEqual(['2019-05-11T13:00:00+08:00', '2019-05-11T16:45:00+08:00']);
  });
});

describe('talks without an agenda in words', () => {
  it('a livestream with one talk takes its title from 活动主题 and its speaker from 嘉宾', () => {
    const f = facts(
      '## 概要\n\n- 活动主题：SOFAChannel#28:某类隔离框架设计\n\n- 活动时间：06 月 09 日，周四晚 19 点\n\n- 活动形式：线上直播\n\n- 资料下载：[戳这里](https://example.org/a.pdf)\n\n## 嘉宾\n\n- 张冯君（花名：远远）\n\n- 蚂蚁集团开发工程师\n',
      { title: 'SOFAChannel#28 某类隔离框架设计', date: '2022-06-09T15:00:00+08:00' },
    );
    expect(f.series).toBe('SOFAChannel');
    expect(f.talks).toHaveLength(1);
    expect(f.talks[0]).toMatchObject({ title: '某类隔离框架设计', slides: ['https://example.org/a.pdf'] });
    expect(f.talks[0]!.speakers[0]).toMatchObject({
      name: '张冯君',
      aliases: ['远远'],
      affiliation: '蚂蚁集团',
      role: '开发工程师',
    });
  });

  it('a `直播预告：` post with one 讲师 is one online talk titled as the post', () => {
    const f = facts(
      '某项目是一个云原生代理。本次分享介绍它的插件机制。\n\n讲师：青松（[@qingsong](https://github.com/qingsong)）\n\n## 本期大纲\n\n- 一个请求的旅程\n- 如何接入新的插件\n\n直播报名：https://example.org/live/42',
      { title: '直播预告：某代理的插件机制解析', date: '2020-04-07' },
      'blog/news/some-channel-3/index.md',
    );
    expect(f.kind).toBe('event');
    expect(f.mode).toBe('online');
    expect(f.talks.map((t) => [t.title, t.speakers.map((p) => p.name)])).toEqual([
      ['某代理的插件机制解析', ['青松']],
    ]);
  });

  it('a post whose speaker section names one person is that person’s talk; bio headings are not talks', () => {
    const f = facts(
      '## 分享人简介\n\n孟小雨，某项目 committer，某社区 Contributor。\n\n## 分享主题介绍\n\n某工具在性能异常时采集现场，缩短排障时间。\n\n## 直播时间\n\n2022 年 05 月 12 日 20:00-21:00',
      { title: '某工具：Go 应用性能诊断利器', date: '2022-05-10' },
      'live/some-live.md',
    );
    expect(f.talks.map((t) => [t.title, t.speakers.map((p) => p.name)])).toEqual([
      ['某工具：Go 应用性能诊断利器', ['孟小雨']],
    ]);
  });

  it('two named speakers and no talk list do not make the post a talk', () => {
    const f = facts('讲师：青松\n\n讲师：白桦\n\n活动时间：2020 年 4 月 7 日 19:00', {
      title: '直播预告：某项目双人对谈',
      date: '2020-04-01',
    });
    expect(f.talks).toEqual([]);
  });

  it('titled decks and titled recordings become the talks', () => {
    const f = facts(
      '- 活动时间：2022 年 08 月 13 日（周六）13:30-17:00\n- 活动地点：合肥市高新区某园\n- 活动形式：线下活动\n- 资料下载：  \n[《某体系助力业务极速研发》](https://example.org/1.pdf)  \n[《某运维的探索和总结》](https://example.org/2.pdf)\n\n### 直播回放\n\n[某体系助力业务极速研发](https://www.bilibili.com/video/BV1)\n',
    );
    expect(f.talks.map((t) => [t.title, t.slides, t.video])).toEqual([
      ['某体系助力业务极速研发', ['https://example.org/1.pdf'], 'https://www.bilibili.com/video/BV1'],
      ['某运维的探索和总结', ['https://example.org/2.pdf'], null],
    ]);
    expect(f.warnings.join('\n')).toMatch(/names no speaker/);
  });
});

describe('kind, place, links', () => {
  it('a post with no dated gathering is an announcement, and nothing is dropped', () => {
    const f = facts('### | SOFALab\n\n欢迎领取文章，参与共建~', {
      title: '<SOFA:ArkLab/>',
      categories: 'SOFALab',
    });
    expect(f).toMatchObject({ kind: 'announcement', start: null, mode: null, city: null, talks: [] });
  });

  it('a page listing several dated meetups is an index, not one event', () => {
    const f = facts(
      '## 某 Meetup #3 深圳站\n\n时间：2018年8月25日\n\n## 某 Meetup #2 北京站\n\n时间：2018年7月29日\n',
    );
    expect(f.kind).toBe('announcement');
  });

  it('an English Location gives the city; a title’s 站 and the description’s 在… do too', () => {
    expect(
      facts('- Date: Monday, 24 June, 2019\n- Time: 9:00 – 16:00\n- Location: Shanghai Expo Centre Room 616')
        .city,
    ).toBe('上海');
    expect(
      facts('12 月 28 日在杭州举行。', { title: '第九届某 Meetup 杭州站回顾' }, 'blog/x-20191228/index.md')
        .city,
    ).toBe('杭州');
    expect(
      facts('- 活动时间：04 月 20 日 13:30--18:00\n- 活动形式：线下 Meetup + 线上直播', {
        description: '我们在上海一起庆祝了社区的生日。',
      }).city,
    ).toBe('上海');
  });

  it('reads recording, live-room and registration links', () => {
    const f = facts(
      '- 活动时间：1 月 17 日周四晚 7 点\n- 活动形式：线上直播\n- 报名方式：<https://example.org/live/1>\n- B 站直播间地址：[http://live.bilibili.com/1](http://live.bilibili.com/1)\n- [直播视频回顾](https://example.org/live/148)',
    );
    expect(f.links.map((l) => l.kind)).toEqual(['registration', 'live', 'video']);
    // A bare URL is no label; the app names such a link by its kind.
    expect(f.links.map((l) => l.label)).toEqual(['', '', '直播视频回顾']);
  });

  it('keeps a link text that tells where it leads, and drops one that does not (戳这里, 点击观看)', () => {
    const f = facts(
      '- 活动时间：1 月 17 日周四晚 7 点\n- 报名方式：[请戳这里](https://example.org/reg)\n- 视频回顾：[点击观看](https://example.org/v/1)\n- [回顾文章](https://example.org/post)',
    );
    expect(f.links.map((l) => [l.kind, l.label])).toEqual([
      ['registration', ''],
      ['video', ''],
      ['other', '回顾文章'],
    ]);
  });
});

describe('English summary lists', () => {
  it('reads `- Register here: https://…` as the registration link', () => {
    const f = facts(
      '- Date: Monday, 24 June, 2019\n- Time: 9:00 – 16:00\n- Location: Shanghai Expo Centre Room 616\n- Register here: https://example.org/events/co-located#workshop',
    );
    expect(f.links).toEqual([
      { kind: 'registration', label: '', url: 'https://example.org/events/co-located#workshop' },
    ]);
  });

  it('reads `Date:` with its `Time:` line and does not warn that the Date line was not understood', () => {
    const f = facts(
      '- Date: Monday, 24 June, 2019\n- Time: 9:00 – 16:00\n- Location: Shanghai Expo Centre Room 616',
    );
    expect([f.start, f.end]).toEqual(['2019-06-24T09:00:00+08:00', '2019-06-24T16:00:00+08:00']);
    expect(f.warnings).toEqual([]);
  });

  it('does not classify a bare address by its own words', () => {
    const f = facts('- 活动时间：2021 年 03 月 21 日 14:00\n- 项目地址：https://example.org/register-center');
    expect(f.links).toEqual([]);
  });
});

describe('recordings', () => {
  it('reads `直播回顾：[戳这里](…)` as the recording, and `直播回顾文章` still as an article', () => {
    const f = facts(
      '- 活动时间：2 月 13 日周四晚 7 点\n- 活动形式：线上直播\n- 直播回顾：[戳这里](https://example.org/live/1096)\n- [直播回顾文章](https://example.org/blog/11)',
    );
    expect(f.links).toEqual([
      { kind: 'video', label: '', url: 'https://example.org/live/1096' },
      { kind: 'other', label: '直播回顾文章', url: 'https://example.org/blog/11' },
    ]);
  });
});

describe('placeholder link texts', () => {
  it('`待直播后更新` is no label: the address was filled in after the stream, the text was not', () => {
    const f = facts(
      '- 活动时间：02 月 16 日，周四晚 19 点\n- 活动形式：线上直播\n\n## 直播回放\n\n[待直播后更新](https://example.org/video/BV1)',
    );
    expect(f.links).toEqual([{ kind: 'video', label: '', url: 'https://example.org/video/BV1' }]);
  });
});

describe('links that name a talk', () => {
  const withTalks = (list: string) => `
## 概要

- 活动时间：2021 年 04 月 24 日（周六）14:00-17:00
${list}

### 本期议题以及嘉宾详解

**《某网关的落地实践》**

**嘉宾介绍**

王五，某公司技术专家

**《注册中心 6.0 新特性》**

**嘉宾介绍**

李四，某集团技术专家
`;
  const decks = (f: ReturnType<typeof facts>) => f.talks.map((t) => [t.title, t.slides]);

  it('reads `[《title》下载链接](…)` as that talk’s deck, not a registration link (注册中心 is a registry)', () => {
    const f = facts(
      withTalks(`
- 资料下载：

- [《某网关的落地实践》下载链接](https://example.org/d/gateway.pdf)

- [《注册中心 6.0 新特性》下载链接](https://example.org/d/registry.pdf)

- [《另一个议题》下载链接](https://example.org/d/other.pdf)`),
    );
    expect(f.links).toEqual([]);
    expect(decks(f)).toEqual([
      ['某网关的落地实践', ['https://example.org/d/gateway.pdf']],
      ['注册中心 6.0 新特性', ['https://example.org/d/registry.pdf']],
    ]);
    expect(f.slides).toEqual(['https://example.org/d/other.pdf']);
  });

  it('takes such a link as a deck outside a 资料下载 list too', () => {
    const f = facts(withTalks('\n- [《注册中心 6.0 新特性》下载链接](https://example.org/d/registry.pdf)'));
    expect(f.links).toEqual([]);
    expect(decks(f)).toEqual([
      ['某网关的落地实践', []],
      ['注册中心 6.0 新特性', ['https://example.org/d/registry.pdf']],
    ]);
  });
});

describe('emoji labels and deck files', () => {
  it('reads an emoji-led 时间/地址 with a YYYY/M/D date, and deck files named `讲师-title` as the talks’ slides', () => {
    const f = facts(
      `## 活动日程

📅 **时间**：2024/5/18 14:00-17:30

📍 **地址：**江苏省南京市 · 某园区 B 座 3F

## 议题

### 某框架：如何让应用秒级启动

韩小松，某公司研发工程师

### 某网关如何提升推理效率

乔一帆，某公司研发工程师

本次活动相关分享资料点击查看👉

[韩小松-某框架如何让应用秒级启动](https://example.org/files/a.pptx)

[乔一帆-某网关如何提升推理效率](https://example.org/files/b.pdf)
`,
      { date: '2024-05-14T15:00:00+08:00', tags: ['SOFAStack'] },
    );
    expect([f.start, f.end, f.mode, f.city]).toEqual([
      '2024-05-18T14:00:00+08:00',
      '2024-05-18T17:30:00+08:00',
      'offline',
      '南京',
    ]);
    expect(f.talks.map((t) => [t.title, t.slides])).toEqual([
      ['某框架：如何让应用秒级启动', ['https://example.org/files/a.pptx']],
      ['某网关如何提升推理效率', ['https://example.org/files/b.pdf']],
    ]);
    expect(f.slides).toEqual([]);
  });

  it('does not take a stray PDF far from any offer of decks', () => {
    const f = facts(
      '活动时间：2024 年 5 月 18 日 14:00\n\n活动地点：南京市某区\n\n这是一段关于社区的介绍。\n\n更多背景见[社区白皮书](https://example.org/whitepaper.pdf)',
    );
    expect(f.slides).toEqual([]);
  });
});

describe('a line’s own label beats its heading', () => {
  it('reads a recording address under a slides-and-recording heading as a video, and the archive as slides', () => {
    const f = facts(
      '活动时间：2019 年 10 月 26 日 13:00-17:00\n\n活动地点：成都市某区某路 9 号\n\n## 幻灯片下载及直播视频回放地址\n\n历届 某 Meetup 幻灯片归档地址：https://example.org/meetup-slides\n\n视频直播回放地址：https://example.org/activities/123\n',
    );
    expect(f.slides).toEqual(['https://example.org/meetup-slides']);
    expect(f.links).toContainEqual({
      kind: 'video',
      label: expect.any(String) as string,
      url: 'https://example.org/activities/123',
    });
    expect(f.links.map((l) => l.url)).not.toContain('https://example.org/meetup-slides');
  });
});

describe('slides and talk sections', () => {
  it('takes the bare address of a sentence about downloading the slides', () => {
    const f = facts(
      '2019年5月12日，周日，我们在北京举办了第九届某某 Meetup。\n\n错过直播的朋友可以观看视频重播：https://example.org/replay/9\n\n本次演讲的PPT和往期的幻灯片下载请前往代码仓库：https://example.org/some/slides',
    );
    expect(f.slides).toEqual(['https://example.org/some/slides']);
  });

  it('gives each numbered talk section its deck, keeps an address’s deck on the event, and does not promote the theme', () => {
    const f = facts(`
## 概要
- 活动主题：某社区开源三周年!
- 活动时间： 2022 年 04 月 16 日 （14:00-17:40）
- 活动形式：线上直播

## 介绍

### | 一、韩梅三周年致辞

[点击下载资料](https://example.org/d/address.pdf)

### | 二、《某账本服务的分片实践》

讲师：某某集团技术专家林小北（花名：北辰）

[点击下载资料](https://example.org/d/registry.pdf)
`);
    expect(f.talks.map((t) => [t.title, names(t), t.slides])).toEqual([
      ['某账本服务的分片实践', ['林小北'], ['https://example.org/d/registry.pdf']],
    ]);
    expect(f.slides).toEqual(['https://example.org/d/address.pdf']);
  });
});

describe('the theme of a livestream', () => {
  it('is still its one talk when the body has a numbered outline', () => {
    const f = facts(`
## 概要
- 活动主题：SOFAChannel#40：某框架的设计与实现
- 活动时间：2022 年 11 月 03 日 19:00-20:00
- 活动形式：线上直播

### 1. 背景

为什么要做某框架。

### 2. 架构

某框架的整体架构。
`);
    expect(f.talks.map((t) => t.title)).toEqual(['某框架的设计与实现']);
  });
});

describe('addresses that are URLs', () => {
  it('reads `地址：<streaming URL>` as the live room, not a venue', () => {
    const f = facts(
      '某某 Webinar#5，邀请某公司工程师分享《某网格实践》。\n\n- 时间：2020 年 7 月 22 日（周三）晚 8 点 - 9 点\n- 地址：https://live.bilibili.com/123',
    );
    expect(f).toMatchObject({ mode: 'online', venue: null, city: null });
    expect(f.links).toEqual([{ kind: 'live', label: '', url: 'https://live.bilibili.com/123' }]);
  });

  it('a venue with a live room and no 活动形式 line is hybrid', () => {
    const f = facts(
      '- 时间：2020 年 7 月 25 日 14:00-17:00\n- 地点：上海市某区某路 100 号\n- 地址：https://live.bilibili.com/123',
    );
    expect(f).toMatchObject({ mode: 'hybrid', city: '上海', venue: '上海市某区某路 100 号' });
  });
});

describe('extractFacts on arbitrary bodies', () => {
  const pieces = [
    '- 活动时间：',
    '2021 年 03 月 21 日',
    '（周日）',
    '14:00-17:00',
    '晚 7 点',
    '**《某题目》**',
    '**嘉宾介绍**',
    '李唯，',
    '蚂蚁集团技术专家',
    '\n',
    '\n\n',
    '| 13:00-13:30 | 《题》 | 张三 |',
    '### ',
    '#### ',
    '19:05-20:00 ',
    '[《题》](https://e.org/a(1).pdf)',
    '- 资料下载：',
    '主讲人：',
    '、',
    '（花名：仪式）',
    '<table><tr><td>',
    '> ',
    '  - ',
    '@',
    'abc',
    '、'.repeat(30),
  ];
  it('never throws and stays fast', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 20 })), { maxLength: 200 }),
        (parts) => {
          const t0 = performance.now();
          const f = facts(parts.join(''));
          expect(['event', 'announcement']).toContain(f.kind);
          expect(performance.now() - t0).toBeLessThan(500);
        },
      ),
      { numRuns: 300 },
    );
  });
});
