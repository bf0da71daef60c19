import { describe, expect, it } from 'vitest';
import { readHeadingTalks } from '../../../src/compiler/extract/heading-talks';
import { lines, names } from './helpers';

describe('readHeadingTalks', () => {
  it('reads `#### title` + a speaker line, co-speakers and the abstract', () => {
    const talks = readHeadingTalks(
      lines(`
## 讲师与演讲话题

#### 某渐进式迁移方案

敖小剑 蚂蚁集团高级技术专家，微服务专家

张瑜标 阿里巴巴技术专家、前某负责人

#### 某平台的微服务实践

张波 某公司中间件团队负责人

介绍通过 SDS 实现证书管理的落地方案。

当下 Service Mesh 技术可以说是炙手可热。
`),
    );
    expect(talks.map((t) => [t.title, names(t)])).toEqual([
      ['某渐进式迁移方案', ['敖小剑', '张瑜标']],
      ['某平台的微服务实践', ['张波']],
    ]);
    expect(talks[1]!.abstract).toContain('介绍通过 SDS');
  });

  it('reads 主讲人 lines, images before the speaker line, and a run of names', () => {
    const talks = readHeadingTalks(
      lines(`
#### 某超大规模实践

主讲人：曾凡松（逐灵） 、汪萌海（木苏）

小程序是轻量级的快速迭代的移动应用，对小程序开发者要求很高。

#### Roundtable：回顾 2018，某技术蓄势待发

![](photo.jpg)

陈一凡、崔二龙、敖三剑共同参加的圆周讨论环节。
`),
    );
    expect(talks.map((t) => [t.title, names(t)])).toEqual([
      ['某超大规模实践', ['曾凡松', '汪萌海']],
      ['Roundtable：回顾 2018，某技术蓄势待发', ['陈一凡', '崔二龙', '敖三剑']],
    ]);
  });

  it('does not read sections of the post as talks', () => {
    const talks = readHeadingTalks(
      lines(
        '## 视频回放与资料下载\n\n地址：https://example.org/review\n\n## 嘉宾\n\n- 王特（花名：亦夏），某社区 PPMC\n\n### | 加入 SOFA 钉钉互动群\n\n欢迎加入',
      ),
    );
    expect(talks).toEqual([]);
  });

  it('reads numbered sections: 讲师 lines (one speaker each) and the talk’s own download link', () => {
    const talks = readHeadingTalks(
      lines(`
## 介绍

### | 一、韩梅周年致辞

[点击下载资料](https://example.org/d/opening.pdf)

### | 二、《某账本服务的分片实践》

讲师：某某集团技术专家林小北（花名：北辰）

[点击下载资料](https://example.org/d/registry.pdf)

**议题简介**

本次分享某账本服务的分片演进。

### | 三、《某插件体系让发布快一倍》

讲师：某某集团技术专家 韩东（花名：冬青）

讲师：某某集团技术专家周西（花名：西风）

[点击下载资料](https://example.org/d/modules.pdf)
`),
    );
    expect(talks.map((t) => [t.title, names(t), t.slides])).toEqual([
      ['某账本服务的分片实践', ['林小北'], ['https://example.org/d/registry.pdf']],
      ['某插件体系让发布快一倍', ['韩东', '周西'], ['https://example.org/d/modules.pdf']],
    ]);
    expect(talks[0]!.speakers[0]!.aliases).toEqual(['北辰']);
  });

  it('leaves out the host’s opening even when a 讲师 line follows it', () => {
    const talks = readHeadingTalks(
      lines(`
### 开场致辞

讲师：宋一（某社区创始人）

### 某网关的设计取舍

讲师：王二

个人介绍：某公司联合创始人 CTO
`),
    );
    expect(talks.map((t) => [t.title, names(t)])).toEqual([['某网关的设计取舍', ['王二']]]);
  });

  it('reads a numbered heading without 《》 and a 讲师 line with the name right after the role', () => {
    const talks = readHeadingTalks(
      lines(`
### | 四、某缓存 2.0 发布，换掉旧内核

讲师：某某集团技术专家周西

### 2.0 版本的变化

这一节介绍变化。
`),
    );
    expect(talks.map((t) => [t.title, names(t)])).toEqual([['某缓存 2.0 发布，换掉旧内核', ['周西']]]);
    expect(talks[0]!.speakers[0]).toMatchObject({ affiliation: '某某集团', role: '技术专家' });
  });
});
