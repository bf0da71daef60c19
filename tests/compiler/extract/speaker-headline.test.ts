import { describe, expect, it } from 'vitest';
import { readSpeakerHeadlines } from '../../../src/compiler/extract/speaker-headline';
import { lines } from './helpers';

describe('readSpeakerHeadlines', () => {
  it('reads `**张亮（…）：title**` with its bio and abstract (the user’s Service Mesh Meetup #2 post)', () => {
    const talks = readSpeakerHeadlines(
      lines(`
## 讲师与演讲话题

**张亮（京东金融数据研发负责人）：Service Mesh 的延伸 —— 论道 Database Mesh**

个人简介：张亮，京东金融数据研发负责人。热爱开源。

随着 Service Mesh 概念的推广与普及……

---

**朵晓东（蚂蚁集团，高级技术专家）：蚂蚁集团开源的 Service Mesh 数据平面 SOFA MOSN 深层揭秘**

个人简介：蚂蚁集团高级技术专家，专注云计算技术及产品。
`),
    );
    expect(talks).toHaveLength(2);
    expect(talks[0]).toMatchObject({
      title: 'Service Mesh 的延伸 —— 论道 Database Mesh',
      abstract: '随着 Service Mesh 概念的推广与普及……',
    });
    expect(talks[0]!.speakers[0]).toMatchObject({
      name: '张亮',
      bio: '张亮，京东金融数据研发负责人。热爱开源。',
    });
    expect(talks[1]!.speakers[0]).toMatchObject({
      name: '朵晓东',
      affiliation: '蚂蚁集团',
      role: '高级技术专家',
    });
  });

  it('reads the list-item form and ignores labels without a bracket', () => {
    const talks = readSpeakerHeadlines(
      lines('- 张超盟（华为）：某容器应用的灰度发布实践\n\n张晓辉：\n\n某基金会大使'),
    );
    expect(talks.map((t) => [t.title, t.speakers[0]!.name])).toEqual([
      ['某容器应用的灰度发布实践', '张超盟'],
    ]);
  });
});

describe('readSpeakerHeadlines as headings', () => {
  it('reads `### 张三（公司）：title` headings too', () => {
    const talks = readSpeakerHeadlines(
      lines('### 邵俊雄（某金服）：某协议扩展\n\n个人简介：某金服技术专家。\n\n### 下一个部分'),
    );
    expect(talks.map((t) => [t.title, t.speakers[0]!.name, t.speakers[0]!.bio])).toEqual([
      ['某协议扩展', '邵俊雄', '某金服技术专家。'],
    ]);
  });

  it('reads dash, comma and bare separators on bold lines and headings; later dashes stay in the title', () => {
    const talks = readSpeakerHeadlines(
      lines(`
**李一（某云）——某电商大促的全链路压测**

Topic 摘要：以大促为例，分享某云的压测平台。

讲师介绍：某云微服务平台架构师。

### 周二 （某车网）——某配置中心的推送模型

**孙三（某金融数据研发负责人）从网关到边车 —— 再谈某协议**

**吴四（某开源项目创始人），日志即指标 —— 某项目 3.0**

**郑五（某微博，搜索架构师），某社交平台的限流实践 - 某Limiter**
`),
    );
    expect(talks.map((t) => [t.title, t.speakers[0]!.name])).toEqual([
      ['某电商大促的全链路压测', '李一'],
      ['某配置中心的推送模型', '周二'],
      ['从网关到边车 —— 再谈某协议', '孙三'],
      ['日志即指标 —— 某项目 3.0', '吴四'],
      ['某社交平台的限流实践 - 某Limiter', '郑五'],
    ]);
    expect(talks[0]!.abstract).toBe('Topic 摘要：以大促为例，分享某云的压测平台。');
    expect(talks[0]!.speakers[0]!.bio).toBe('某云微服务平台架构师。');
  });

  it('needs a colon outside bold lines and headings, and an affiliation in the bracket without a dash', () => {
    const talks = readSpeakerHeadlines(
      lines(`
- 王六（某公司）——这只是一个列表项

**服务网格（Service Mesh）的落地实践**

**赵七（某某集团），高级技术专家**

赵八（某公司）是一位资深工程师。
`),
    );
    expect(talks).toEqual([]);
  });
});

describe('readSpeakerHeadlines: ordinals and topics lists', () => {
  it('ignores a leading ordinal before a bold headline (`第一场`, `议题2：`)', () => {
    const talks = readSpeakerHeadlines(
      lines(`
第一场**钱小川（某金服）：某架构下的服务网格探索**

个人简介：某金服高级技术专家。

第二场**孔二（某云科技）：某监控系统的高可用搭建**

议题3：**林三（某银行）：某交易系统的网格化改造**
`),
    );
    expect(talks.map((t) => [t.title, t.speakers[0]!.name])).toEqual([
      ['某架构下的服务网格探索', '钱小川'],
      ['某监控系统的高可用搭建', '孔二'],
      ['某交易系统的网格化改造', '林三'],
    ]);
  });

  it('reads `- 某人：title` items under a topics heading, and only there', () => {
    const talks = readSpeakerHeadlines(
      lines(`
## 关于本次活动

- 时间：2020年5月9日（星期六）
- 地点：某市某区某路 1 号

## 议题介绍

- 何一鸣：社区介绍——开源社区与某技术的发展
- 马小东：容器编排与应用实践
- 时间：下午两点开始

## 合作伙伴

- 罗三：这不是一个议题列表
`),
    );
    expect(talks.map((t) => [t.title, t.speakers[0]!.name])).toEqual([
      ['社区介绍——开源社区与某技术的发展', '何一鸣'],
      ['容器编排与应用实践', '马小东'],
    ]);
  });

  it('reads the same list under an English `## Topics` heading', () => {
    const talks = readSpeakerHeadlines(lines('## Topics\n\n- 卢小红：某搜索平台的云原生实践'));
    expect(talks.map((t) => [t.title, t.speakers[0]!.name])).toEqual([['某搜索平台的云原生实践', '卢小红']]);
  });
});
