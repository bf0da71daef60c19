import { describe, expect, it } from 'vitest';
import { readTalkSections } from '../../../src/compiler/extract/talk-sections';
import { lines, names } from './helpers';

describe('readTalkSections', () => {
  it('reads 《title》 sections with 嘉宾介绍 / 议题简介 / 听众收获 (the user’s SOFAMeetup#4 post)', () => {
    const [t] = readTalkSections(
      lines(`
**《Service Mesh 在蚂蚁落地后的探索与实践》**

**嘉宾介绍**

李唯，蚂蚁集团技术专家，2017 年加入蚂蚁集团中间件团队。

**议题简介**

- Service Mesh 在蚂蚁落地之后的能力建设。

**听众收获**

- 了解 Service Mesh 在蚂蚁实践过程中遇到的困难和思考

- 收获 Service Mesh 在赋能业务方面的案例经验与启发
`),
    );
    expect(t).toMatchObject({
      title: 'Service Mesh 在蚂蚁落地后的探索与实践',
      abstract: 'Service Mesh 在蚂蚁落地之后的能力建设。',
      takeaways: [
        '了解 Service Mesh 在蚂蚁实践过程中遇到的困难和思考',
        '收获 Service Mesh 在赋能业务方面的案例经验与启发',
      ],
    });
    expect(t!.speakers[0]).toMatchObject({ name: '李唯', affiliation: '蚂蚁集团', role: '技术专家' });
  });

  it('reads two introduction paragraphs as two speakers, and not a bio line that starts like a name', () => {
    const [t] = readTalkSections(
      lines(`
**《快速闪电：某镜像加速服务》**

**嘉宾介绍**

彭涛，蚂蚁集团高级技术专家，Linux 内核开发者。

徐佶辉，蚂蚁集团技术专家。

曾在通讯、金融行业担任架构师。
`),
    );
    expect(names(t!)).toEqual(['彭涛', '徐佶辉']);
  });

  it('reads the quote line under a ### 《title》 heading and an inline 嘉宾简介', () => {
    const [a, b] = readTalkSections(
      lines(`
### 《如何建立云原生时代的工具链》

>刘新 某科技创始人、某项目核心开发者。

嘉宾简介：

刘新，某科技创始人。

***

### 《服务发现的大规模实践与展望》

>肖健 目前在蚂蚁集团中间件团队负责研发

嘉宾简介：肖健（花名：昱恒）目前在蚂蚁集团中间件团队负责研发
`),
    );
    expect(names(a!)).toEqual(['刘新']);
    expect(b!.speakers).toMatchObject([{ name: '肖健', aliases: ['昱恒'] }]);
  });

  it('takes a 嘉宾简介 paragraph that repeats the quote line’s intro and goes on as the bio', () => {
    const [t] = readTalkSections(
      lines(`
### 《云原生多集群治理实践》

>徐迪 某云技术专家，某项目发起人。

嘉宾简介：

某云技术专家，某项目发起人。在云原生领域有着丰富的经验。

议题简介：

在过去的数年里……
`),
    );
    expect(t!.speakers).toMatchObject([
      { name: '徐迪', bio: '某云技术专家，某项目发起人。在云原生领域有着丰富的经验。' },
    ]);
  });

  it('reads 「嘉宾简介」 and the webinar form 分享主题 / 分享嘉宾', () => {
    const [a] = readTalkSections(
      lines(
        '**《某加速实践》**\n\n2023 年 8 月 9 日（周三）\n\n**「嘉宾简介」**\n\n戚文博（花名：百蓦）\n\n蚂蚁集团技术专家\n\nDragonfly Maintainer\n\n**「议题简介」**\n\n在 AI 场景下……',
      ),
    );
    // The lines after the name line describe that person: affiliation and role, and the bio.
    expect(a!.speakers).toEqual([
      {
        name: '戚文博',
        aliases: ['百蓦'],
        affiliation: '蚂蚁集团',
        role: '技术专家',
        bio: '戚文博（花名：百蓦）\n蚂蚁集团技术专家\nDragonfly Maintainer',
      },
    ]);
    expect(a!.abstract).toBe('在 AI 场景下……');
    const [b] = readTalkSections(
      lines(
        '**分享主题：**\n\n《多点生活的实践》\n\n**分享嘉宾：**\n\n陈鹏，多点生活平台架构组研发工程师。\n\n**直播时间：**2020年5月28日（周四）20:00-21:00',
      ),
    );
    expect(b).toMatchObject({ title: '多点生活的实践' });
    expect(names(b!)).toEqual(['陈鹏']);
  });

  it('reads the recap layout: name / role blocks above each 《title》, several people under the first', () => {
    const talks = readTalkSections(
      lines(`
## 活动回顾

嘉宾简介：

《某开放标准联盟年度进展》

王一

某芯片公司技术经理

在某芯片公司带领编译器团队，业余时间维护一个解释器。

杨二（花名：凯风）

某某集团技术总监

Jane Doe

某联盟董事会主席

汤三
某某集团资深技术专家
《某存储引擎的冷热分层》
嘉宾简介：
汤三，十年来一直在做存储引擎。
听众收益：
了解冷热分层的取舍

何四
某芯片公司资深软件工程师
《某边缘网关的三年演进》
嘉宾简介：某公司资深软件工程师，某网关核心开发者
议题简介：回顾某网关从单体到插件化的过程。

`),
    );
    expect(talks.map((t) => [t.title, names(t)])).toEqual([
      ['某开放标准联盟年度进展', ['王一', '杨二', 'Jane Doe']],
      ['某存储引擎的冷热分层', ['汤三']],
      ['某边缘网关的三年演进', ['何四']],
    ]);
    expect(talks[0]!.speakers[1]).toMatchObject({
      aliases: ['凯风'],
      affiliation: '某某集团',
      role: '技术总监',
    });
    expect(talks[1]!.takeaways).toEqual(['了解冷热分层的取舍']);
  });

  it('keeps people under their own title when titles are followed by names', () => {
    const talks = readTalkSections(
      lines(`
《某网关实践》

张五

某公司架构师

《某调度器实践》

李六

某公司工程师
`),
    );
    expect(talks.map((t) => [t.title, names(t)])).toEqual([
      ['某网关实践', ['张五']],
      ['某调度器实践', ['李六']],
    ]);
  });

  it('does not open a section on a linked 《title》 of a resource list', () => {
    const talks = readTalkSections(
      lines('[《某题目》](https://example.org/a.pdf)<br/>\n\n《某题目二》\n\n赵七，某公司专家'),
    );
    expect(talks.map((t) => [t.title, names(t)])).toEqual([['某题目二', ['赵七']]]);
  });

  it('does not read a 《开场致辞》 section as a talk', () => {
    const talks = readTalkSections(
      lines('《开场致辞》\n\n韩一，某社区创始人\n\n《某存储实践》\n\n**嘉宾介绍**\n\n赵七，某公司专家'),
    );
    expect(talks.map((t) => [t.title, names(t)])).toEqual([['某存储实践', ['赵七']]]);
  });
});
