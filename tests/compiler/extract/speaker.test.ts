import { describe, expect, it } from 'vitest';
import { parseSpeaker, parseSpeakerList } from '../../../src/compiler/extract/speaker';

describe('parseSpeaker', () => {
  it('reads name, affiliation, role and bio from an introduction', () => {
    expect(parseSpeaker('李唯，蚂蚁集团技术专家，2017 年加入蚂蚁集团中间件团队。')).toMatchObject({
      name: '李唯',
      affiliation: '蚂蚁集团',
      role: '技术专家',
      bio: '蚂蚁集团技术专家，2017 年加入蚂蚁集团中间件团队。',
    });
  });

  it('keeps a 花名 as an alias', () => {
    expect(parseSpeaker('周群力（花名：仪式），开源爱好者')).toMatchObject({
      name: '周群力',
      aliases: ['仪式'],
    });
    expect(parseSpeaker('祝辰（花名忘禅），蚂蚁集团技术专家')).toMatchObject({
      name: '祝辰',
      aliases: ['忘禅'],
    });
    expect(parseSpeaker('章耿 花名余淮（蚂蚁金服高级技术专家）')).toMatchObject({
      name: '章耿',
      aliases: ['余淮'],
    });
    expect(parseSpeaker('曾凡松（逐灵），阿里巴巴高级技术专家')).toMatchObject({
      name: '曾凡松',
      aliases: ['逐灵'],
    });
  });

  it('reads the bracket of a headline as the introduction', () => {
    expect(parseSpeaker('张亮（京东金融数据研发负责人）')).toMatchObject({
      name: '张亮',
      aliases: [],
      role: '京东金融数据研发负责人',
    });
  });

  it('reads a bracket that names no role as the affiliation, and a company in it as no 花名', () => {
    expect(parseSpeaker('张超盟（华为）')).toMatchObject({
      name: '张超盟',
      aliases: [],
      affiliation: '华为',
      role: null,
    });
    expect(parseSpeaker('白西原（乐天创研）')).toMatchObject({ affiliation: '乐天创研', role: null });
    expect(parseSpeaker('杨文（JEX）')).toMatchObject({ affiliation: 'JEX', role: null });
    expect(parseSpeaker('丁振凯（新浪微博，微博搜索架构师）')).toMatchObject({
      affiliation: '新浪微博',
      role: '微博搜索架构师',
    });
    expect(parseSpeaker('周群力（目前在蚂蚁集团中间件团队负责某项目研发）')?.affiliation).not.toBe(
      '目前在蚂蚁集团中间件团队负责某项目研发',
    );
  });

  it('reads the place of work without the words before it, within one clause and one 、 item', () => {
    const facts = (text: string) => {
      const p = parseSpeaker(text);
      return [p?.affiliation, p?.role];
    };
    expect(facts('周群力（花名：仪式）目前在蚂蚁集团中间件团队负责某项目研发')).toEqual([
      '蚂蚁集团',
      '中间件团队负责某项目研发',
    ]);
    expect(facts('王晔倞，现任API7 VP，Apache APISIX Contributor。')).toEqual([null, 'API7 VP']);
    expect(facts('吕思泉是思科的技术专家')).toEqual([null, '思科的技术专家']);
    expect(facts('赵化冰（中兴通讯网管软件资深专家）')).toEqual(['中兴通讯', '网管软件资深专家']);
    expect(facts('王国云，网易高级技术专家、网易严选架构师')).toEqual([
      null,
      '网易高级技术专家、网易严选架构师',
    ]);
    expect(facts('涂小刚（慧择网运维经理）')).toEqual(['慧择网', '运维经理']);
  });

  it('does not take the 花名 bracket for the bio, and unwraps a bracketed introduction', () => {
    expect(parseSpeaker('周涛(广侯）')).toMatchObject({ aliases: ['广侯'], bio: null });
    expect(parseSpeaker('李云（至简），阿里巴巴高级技术专家')?.bio).toBe('阿里巴巴高级技术专家');
    expect(parseSpeaker('杨彪（美团高级技术专家）')?.bio).toBe('美团高级技术专家');
  });

  it('finds the name at the end when the line starts with the organisation', () => {
    expect(parseSpeaker('蚂蚁金服技术总监 杨冰')).toMatchObject({ name: '杨冰' });
    expect(parseSpeaker('蚂蚁金服 SOFA 团队 碧远')).toMatchObject({ name: '碧远' });
  });

  it('reads names before 是, @ and a space', () => {
    expect(parseSpeaker('吕思泉是思科的技术专家')?.name).toBe('吕思泉');
    expect(parseSpeaker('碧远@SOFARPC 开源负责人')?.name).toBe('碧远');
    expect(parseSpeaker('青勤 蚂蚁金服自动化测试框架核心成员')?.name).toBe('青勤');
  });

  it('does not take labels, roles or organisations for names', () => {
    expect(parseSpeaker('地址：https://example.org')).toBeNull();
    expect(parseSpeaker('蚂蚁集团高级工程师。')).toBeNull();
    expect(parseSpeaker('SOFAGirl 主持人')).toBeNull();
    expect(parseSpeaker('Dragonfly Maintainer')).toBeNull();
    expect(parseSpeaker('Jie Cao', null, true)?.name).toBe('Jie Cao');
  });
});

describe('parseSpeakerList', () => {
  it('splits a table cell of several people', () => {
    const s = parseSpeakerList('孙明（木林），某云高级技术专家；钱亮（石川），某云技术专家');
    expect(s.map((x) => [x.name, x.aliases[0]])).toEqual([
      ['孙明', '木林'],
      ['钱亮', '石川'],
    ]);
    expect(parseSpeakerList('茅舍@某框架核心作者<br />不溯@某框架核心作者').map((x) => x.name)).toEqual([
      '茅舍',
      '不溯',
    ]);
  });

  it('reads a run of names, with or without a label', () => {
    expect(parseSpeakerList('主讲人：鲁直、涵畅、张超盟').map((x) => x.name)).toEqual([
      '鲁直',
      '涵畅',
      '张超盟',
    ]);
    expect(parseSpeakerList('陈一凡、崔二龙、郑三惠共同参加的圆桌讨论').map((x) => x.name)).toEqual([
      '陈一凡',
      '崔二龙',
      '郑三惠',
    ]);
    expect(parseSpeakerList('主持人：宋净超，社区联合创始人').map((x) => x.name)).toEqual(['宋净超']);
  });

  it('finds the name right before its 花名 bracket after role words', () => {
    expect(parseSpeaker('某某集团技术专家林小北（花名：北辰）')).toMatchObject({
      name: '林小北',
      aliases: ['北辰'],
      affiliation: '某某集团',
      role: '技术专家',
    });
    expect(parseSpeaker('某项目核心成员 韩东（花名：冬青）')).toMatchObject({
      name: '韩东',
      aliases: ['冬青'],
    });
  });

  it('does not take the first words of a description sentence for a name', () => {
    expect(parseSpeakerList('在本 workshop 中，您可以体验某框架的动态部署。')).toEqual([]);
    expect(parseSpeakerList('通过 本次分享，你将了解某协议的设计。')).toEqual([]);
  });

  it('merges a person named once by name and once by 花名', () => {
    expect(parseSpeakerList('章耿 花名余淮（技术专家）\n蚂蚁金服 SOFA 团队 余淮').map((x) => x.name)).toEqual(
      ['章耿'],
    );
  });
});
