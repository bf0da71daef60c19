import { describe, expect, it } from 'vitest';
import { readAgendaHeadings } from '../../../src/compiler/extract/agenda-headings';
import { lines, names } from './helpers';

describe('readAgendaHeadings', () => {
  it('reads `### 19:05-20:00 title` with the speaker on the next line, skipping the host’s opening', () => {
    const r = readAgendaHeadings(
      lines(`
### 19:00-19:05  主持人开场

SOFAGirl 主持人

### 19:05-20:00  轻量级监控分析系统原理讲解

响风 蚂蚁金服轻量级监控分析系统开源负责人

### 本期分享大纲：

- 监控预警基本概念介绍
`),
    );
    expect(r.talks.map((t) => [t.title, names(t)])).toEqual([['轻量级监控分析系统原理讲解', ['响风']]]);
    expect(r.slots).toHaveLength(2);
  });

  it('reads bold slot lines and `by` speakers in English', () => {
    const r = readAgendaHeadings(
      lines(`
**9:00 - 9:20 Opening speech**

**9:20 - 10:10 Quickly build microservices by Jie Cao**

Building a microservices application.

**12:00 - 13:00 Lunch time**
`),
    );
    expect(r.talks.map((t) => [t.title, names(t)])).toEqual([['Quickly build microservices', ['Jie Cao']]]);
  });

  it('reads detail blocks with 讲师 / 主持人 / 嘉宾 lists', () => {
    const r = readAgendaHeadings(
      lines(`
13:30-14:15《某网关的思考与实践》

- 讲师：贾岛 蚂蚁金服 高级技术专家
- 讲师介绍：靳文祥（花名贾岛），2011年毕业后加入……

15:20-16:00 圆桌环节《落地的务实与创新》

- 主持人：鲁直 蚂蚁金服云原生落地负责人
- 嘉宾：
  - 涵畅 蚂蚁金服高级技术专家
  - 张超盟 某云微服务平台架构师
`),
    );
    expect(r.talks.map((t) => [t.title, names(t)])).toEqual([
      ['某网关的思考与实践', ['贾岛']],
      ['落地的务实与创新', ['鲁直', '涵畅', '张超盟']],
    ]);
  });
});

describe('readAgendaHeadings, speaker on the slot line', () => {
  it('reads the speaker after the 《title》 on the same line', () => {
    const r = readAgendaHeadings(
      lines('**14:00-14:40 《某框架的演进》 王五 某公司技术专家**\n\n本次分享介绍……'),
    );
    expect(r.talks.map((t) => [t.title, names(t)])).toEqual([['某框架的演进', ['王五']]]);
  });

  it('reads `by 名字`, `by: 名字` and `｜名字` at the end of a slot line; descriptions are not names', () => {
    const r = readAgendaHeadings(
      lines(`
**9:00 - 9:20 开场演讲 某开源体系介绍 by 韩一**

**9:20 - 10:10 使用某框架快速构建微服务 by 柳二**

在本 workshop 中，您将动手搭建一个会员积分示例应用。

**10:15 - 11:05 某模块动态部署实践 by: 石三、周四**

通过本 workshop，您将把两个模块部署进同一个进程。

**11:10 - 12:00 某事务框架保障支付一致性｜屹五**

**12:00 - 13:00 午餐时间**

**13:00 - 13:30 某平台的无服务器探索**

在本次分享中，我们将介绍某平台。
`),
    );
    expect(r.talks.map((t) => [t.title, names(t)])).toEqual([
      ['使用某框架快速构建微服务', ['柳二']],
      ['某模块动态部署实践', ['石三', '周四']],
      ['某事务框架保障支付一致性', ['屹五']],
      ['某平台的无服务器探索', []],
    ]);
    expect(r.slots).toHaveLength(6);
  });

  it('drops a leading series tag from the title', () => {
    const r = readAgendaHeadings(
      lines('### 19:05-20:00  SOFAChannel#12：从一个例子开始体验某框架\n\n力一 某框架开源负责人'),
    );
    expect(r.talks.map((t) => [t.title, names(t)])).toEqual([['从一个例子开始体验某框架', ['力一']]]);
  });
});
