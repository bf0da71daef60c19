import { describe, expect, it } from 'vitest';
import { readAgendaTables } from '../../../src/compiler/extract/agenda-table';
import { lines, names } from './helpers';

const read = (md: string) => readAgendaTables(lines(md), md);

describe('readAgendaTables', () => {
  it('reads a 时间 | 环节 | 分享嘉宾 table, leaving breaks out of the talks but not the slots', () => {
    const r = read(`
| 时间 | 环节（分享主题） | 分享嘉宾 |
| --- | --- | --- |
| 9:00-9:30 | 签到 |  |
| 9:30-10:10 | 《某超大规模实践》 | 孙明（木林），某云高级技术专家；钱亮（石川），某云技术专家 |
| 15:00-15:10 | 某社区化发布 | 涵畅 |
| 15:20-16:00 | 圆桌环节-《落地的务实与创新》 | 鲁直 蚂蚁金服 云原生负责人 |
| 16:00-16:30 | 茶歇 |  |
`);
    expect(r.talks.map((t) => [t.title, names(t)])).toEqual([
      ['某超大规模实践', ['孙明', '钱亮']],
      ['某社区化发布', ['涵畅']],
      ['落地的务实与创新', ['鲁直']],
    ]);
    expect(r.talks[0]).toMatchObject({
      startTime: { hour: 9, minute: 30 },
      endTime: { hour: 10, minute: 10 },
    });
    expect(r.slots.at(-1)!.end).toEqual({ hour: 16, minute: 30 });
  });

  it('leaves out breaks, meals, Q&A, photos and celebrations, alone or combined, but keeps a roundtable', () => {
    const r = read(`
| 时间 | 环节 | 嘉宾 |
| --- | --- | --- |
| 13:00 - 13:30 | 签到 |  |
| 13:30 - 14:10 | 《某框架这一年》 | 某某公司技术总监 王小二 |
| 14:10 - 14:20 | 茶歇休息 |  |
| 14:20 - 14:40 | 庆祝三周年环节 |  |
| 14:40 - 15:00 | 合影、中场休息、签售 |  |
| 15:00 - 15:40 | 圆桌环节：某技术的落地 | 赵一、钱二 |
| 15:40 - 16:00 | 互动交流 |  |
| 16:00 - 16:10 | Q&A |  |
| 16:10 - 17:00 | 午餐时间 |  |
`);
    expect(r.talks.map((t) => t.title)).toEqual(['某框架这一年', '圆桌环节：某技术的落地']);
    expect(r.slots.at(-1)!.end).toEqual({ hour: 17, minute: 0 });
  });

  it('reads an outline column and several speakers in one cell', () => {
    const r = read(`
| 时间 | 环节 | 分享大纲 | 分享嘉宾 |
| --- | --- | --- | --- |
| 15:55-16:40 | 《某测试框架的跨平台实践》 | - 移动端测试<br />- 双端打通<br /> | 茅舍@某框架核心作者<br />不溯@某框架核心作者 |
`);
    expect(names(r.talks[0]!)).toEqual(['茅舍', '不溯']);
    expect(r.talks[0]!.abstract).toContain('移动端测试');
  });

  it('reads a two-column table whose cell holds the title then the speaker', () => {
    const r = read(`
| 某频道#2：某性能优化 时间：2019-02-21 |  |
| --- | --- |
| 19:00-20:00 | **《某性能优化（上）》** 蚂蚁金服 SOFA 团队 碧远 |
`);
    expect(r.talks.map((t) => [t.title, names(t)])).toEqual([['某性能优化（上）', ['碧远']]]);
  });

  it('reads an HTML table', () => {
    const r = read(`<table>
<tr>
<th colspan=2 >某频道#1 《某实践谈起》<br>时间：2019-01-17</th>
<tr>
<td>19:00-20:00	</td>
<td>
<b>《某实践谈起》</b>
章耿 花名余淮（蚂蚁金服高级技术专家）</tr>
</table>`);
    expect(r.talks).toHaveLength(1);
    expect(r.talks[0]!.speakers).toMatchObject([{ name: '章耿', aliases: ['余淮'] }]);
  });
});
