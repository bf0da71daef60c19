import { describe, expect, it } from 'vitest';
import { readLinkListTalks } from '../../../src/compiler/extract/link-list-talks';
import { lines, names } from './helpers';

describe('readLinkListTalks', () => {
  it('reads `[title - speaker](video)` and `[title，speaker（org）](video)` items, skipping the welcome', () => {
    const talks = readLinkListTalks(
      lines(`
## 话题

- [欢迎来到某社区大连站](https://www.bilibili.com/video/BV1)
- [Connecting, Controlling and Observing Microservices，林杨](https://www.bilibili.com/video/BV2)
- [基于云原生技术的服务最大化可用性，白西原（某创研）](https://www.bilibili.com/video/BV3)
- [云原生场景下的开发和调试 - 汪晟杰，黄金浩](https://www.bilibili.com/video/BV4)
- [《某资料》](https://example.org/deck.pdf)
`),
    );
    expect(talks.map((t) => [t.title, names(t), t.video])).toEqual([
      ['Connecting, Controlling and Observing Microservices', ['林杨'], 'https://www.bilibili.com/video/BV2'],
      ['基于云原生技术的服务最大化可用性', ['白西原'], 'https://www.bilibili.com/video/BV3'],
      ['云原生场景下的开发和调试', ['汪晟杰', '黄金浩'], 'https://www.bilibili.com/video/BV4'],
    ]);
  });

  it('reads `[title](video)，name，role` items with the speaker after the link, skipping the opening', () => {
    const talks = readLinkListTalks(
      lines(`
## 话题

- [开场演讲：欢迎来到某社区西安站](https://www.bilibili.com/video/BV10)，韩一，某社区创始人
- [某调度器源码导读 & 实操](https://www.bilibili.com/video/BV11)，柳二，某云资深解决方案架构师
- [某消息队列：从单机到多活](https://example.org/deck.pdf)，石三（卓越），某集团高级技术专家
- [《注册中心 6.0 新特性》](https://www.bilibili.com/video/BV12)，李四，某集团技术专家
- [报名链接](https://example.org/register)，截止到周五
- [某项目](https://github.com/example/project)，某公司开源的网关
`),
    );
    expect(talks.map((t) => [t.title, names(t), t.video, t.slides])).toEqual([
      ['某调度器源码导读 & 实操', ['柳二'], 'https://www.bilibili.com/video/BV11', []],
      ['某消息队列：从单机到多活', ['石三'], null, ['https://example.org/deck.pdf']],
      ['注册中心 6.0 新特性', ['李四'], 'https://www.bilibili.com/video/BV12', []],
    ]);
  });

  it('does not read a reading list as talks', () => {
    const talks = readLinkListTalks(
      lines(`
## 推荐阅读

- [某网格的深度实践](https://example.org/article/1)，敖一
- [某框架源码解析 - 李二](https://example.org/article/2)
`),
    );
    expect(talks).toEqual([]);
  });
});
