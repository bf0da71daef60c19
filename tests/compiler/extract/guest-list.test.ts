import { describe, expect, it } from 'vitest';
import { readGuestList } from '../../../src/compiler/extract/guest-list';
import { lines } from './helpers';

describe('readGuestList', () => {
  it('reads one person per item, description items joining the previous person, hosts left out', () => {
    const guests = readGuestList(
      lines(`
## 嘉宾

- SOFAGirl  主持人
- 戚文博（花名：百蓦）

- Dragonfly Maintainer

- 基于 P2P 的文件以及镜像加速系统, 负责 Scheduler 子模块

- 马金晶（花名：楚贤）
- 卫恒 SOFATracer 开源负责人
- 杜鑫，某云技术专家

## 议程
`),
    );
    expect(guests.map((g) => [g.name, g.aliases, g.role])).toEqual([
      ['戚文博', ['百蓦'], 'Dragonfly Maintainer'],
      ['马金晶', ['楚贤'], null],
      ['卫恒', [], 'SOFATracer 开源负责人'],
      ['杜鑫', [], '某云技术专家'],
    ]);
  });

  it('splits a description item into affiliation and role, and keeps every item in the bio', () => {
    const [guest] = readGuestList(
      lines(`
## 嘉宾

- 惠春阳（花名：三仟）
- 蚂蚁集团技术专家
- 某机密计算 LibOS 项目 Contributor
`),
    );
    expect(guest).toEqual({
      name: '惠春阳',
      aliases: ['三仟'],
      affiliation: '蚂蚁集团',
      role: '技术专家',
      bio: '惠春阳（花名：三仟）\n蚂蚁集团技术专家\n某机密计算 LibOS 项目 Contributor',
    });
  });
});
