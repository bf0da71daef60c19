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
});
