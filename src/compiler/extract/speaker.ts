// A speaker as posts write one → RawSpeaker: `李唯，蚂蚁集团技术专家…`, `周群力（花名：仪式）`,
// `曾凡松（逐灵），阿里巴巴高级技术专家`, `碧远@SOFARPC 开源负责人`, `蚂蚁金服技术总监 杨冰`, `Jie Cao`.
// A Chinese name is 2–4 Han characters followed by a separator; 花名 (aliases) are kept as aliases.
import type { RawSpeaker } from '../facts';

const HAN = '\\u3400-\\u9fff';
// The name, then what may follow it: a bracket, comma, colon, space, `@`, `是`, `花名`, or the end.
const LEADING_NAME = new RegExp(
  `^([${HAN}][${HAN}·]{1,3}?)(?=$|[（(，,、：:;；\\s@/]|是|花名|目前|现任|曾任|来自)`,
);
const TRAILING_NAME = new RegExp(`(?:^|\\s)([${HAN}]{2,4})$`);
const ENGLISH_NAME = /^([A-Z][a-z]{1,15}(?:[ -][A-Z][a-z]{1,15}){1,2})$/;
const ALIAS_IN_BRACKETS = new RegExp(`^\\s*[（(]\\s*(?:花名\\s*[：:]?\\s*)?([${HAN}]{2,3})\\s*[）)]`);
const ALIAS_WORD = new RegExp(`花名\\s*[：:]?\\s*([${HAN}]{2,3})`);
const BRACKETED = /^\s*[（(]([^（）()]{1,80})[）)]/;
// `某某集团技术专家李四`: a role word, then a 2–3 character name closing the text.
const NAME_AFTER_ROLE = new RegExp(
  `(?:专家|工程师|架构师|成员|负责人|总监|经理|主管|顾问|研究员|创始人)([${HAN}]{2,3})$`,
);
// `蚂蚁集团技术专家李旭东（花名：向旭）`, `某项目核心成员 朱小明（花名：某某）`: role words, then the name right
// before its 花名 bracket.
const NAME_BEFORE_ALIAS = new RegExp(
  `(?:^|\\s|专家|工程师|架构师|成员|负责人|总监|经理|主管|顾问|研究员|创始人|作者|Committer|Maintainer|PMC)` +
    `([${HAN}]{2,4})\\s*(?=[（(]\\s*花名)`,
  'i',
);

/** Words that say what someone does (`专家`, `负责人`, `Maintainer`), as opposed to where. */
export const ROLE_WORD =
  /专家|工程师|架构师|分析师|负责人|总监|经理|创始人|CTO|CEO|VP|成员|作者|研究员|Committer|Contributor|Maintainer|PMC|布道师|开发者|主管|顾问/i;

// Words that fill a name's slot but are not names: labels, pronouns, roles, organisations.
const NOT_NAMES = new Set(
  (
    '嘉宾 讲师 主持 主持人 简介 介绍 地址 时间 地点 议题 主题 专家 团队 社区 本次 本期 我们 大家 目前 欢迎 ' +
    '现任 曾任 负责 个人 分享 活动 直播 听众 收获 资料 链接 报名 项目 详情 大纲 背景 内容 议程 环节 圆桌 ' +
    '同学 老师 作者 成员 开发者 工程师 架构师 创始人 联合 高级 资深 首席 技术 研发 产品 运营 开源 基于 ' +
    '来自 他们 她们 他是 她是 讲者 演讲 主讲 主讲人 点击 下载 回顾 视频 文章 群号 钉钉 微信 公众号 推荐 阅读 ' +
    // Words a description sentence starts with (`在本 workshop 中，…`, `通过本次…`).
    '在本 在此 在这 通过 本场 此次 这次 这是 作为 随着 如何 对于 关于 为了 由于 如果 今天 了解 主要 参与 您将 你将 您可 你可 ' +
    // Companies written in a name's bracket (`张超盟（华为）`), which would otherwise read as a 花名.
    '华为 网易 腾讯 百度 阿里 蚂蚁 京东 美团 滴滴 字节 微博 新浪 携程 快手 中兴 联想'
  ).split(' '),
);
const NOT_NAME_SUFFIX =
  /(?:集团|公司|金服|科技|团队|社区|专家|工程师|经理|总监|负责人|大学|学院|中心|银行|平台|项目|技术|研发|简介|介绍)$/;
// An organisation never spans a `、` (`网易高级技术专家、网易严选…` is two roles); 网管 and 网络 are not the
// 网 of a site's name (`慧择网`), and 通讯 ends one (`中兴通讯网管软件资深专家`).
const ORG_SUFFIX =
  /^([^、]{2,24}?(?:集团|公司|金服|科技|银行|大学|学院|研究院|研究所|实验室|社区|基金会|团队|云|网(?![管络])|软件|通讯))/;
// Words before the place of work: `目前在蚂蚁集团…`, `现任 API7 VP`, `吕思泉是思科…`.
const LEAD_WORDS = /^(?:目前(?:在|就职于|任职于)?|现任|现为|是)\s*/;

/** True when a 2–4 character string can be a person's name (or 花名). */
export function isPlausibleName(name: string): boolean {
  return name.length >= 2 && name.length <= 5 && !NOT_NAMES.has(name) && !NOT_NAME_SUFFIX.test(name);
}

/** The name a text starts with (`李唯，…`, `周群力（花名：仪式）…`), and the text after it. */
export function leadingName(text: string): { name: string; rest: string } | null {
  const s = text.trim();
  const m = LEADING_NAME.exec(s);
  if (m && isPlausibleName(m[1]!)) return { name: m[1]!, rest: s.slice(m[1]!.length) };
  return null;
}

/** A paragraph that introduces a person: `彭涛，…`, `吕思泉是…`, `周群力（花名：仪式）…`, `王庆 英特尔…`. */
export function introducesPerson(text: string): RawSpeaker | null {
  const lead = leadingName(text);
  if (!lead || !(lead.rest === '' || /^(?:[（(，,：:\s]|是|花名)/.test(lead.rest))) return null;
  return parseSpeaker(text, text);
}

const clean = (s: string) =>
  s
    .replace(/^[\s，,、：:;；。@/\-—]+/, '')
    .replace(/[\s，,、；;。]+$/, '')
    .trim();

/** Splits `蚂蚁集团技术专家` into affiliation and role where an organisation word ends the first part. */
function affiliationAndRole(intro: string): { affiliation: string | null; role: string | null } {
  const clauses = intro.split(/[，,。；;]/);
  const first = clean(clauses[0] ?? '').replace(LEAD_WORDS, '');
  if (!first) return { affiliation: null, role: null };
  const org = ORG_SUFFIX.exec(first);
  if (org) {
    // `蚂蚁集团技术专家`, or `蚂蚁集团，高级技术专家` with the role in the next clause.
    const role = clean(first.slice(org[1]!.length)) || clean(clauses[1] ?? '');
    return { affiliation: clean(org[1]!), role: role && role.length <= 40 ? role : null };
  }
  return { affiliation: null, role: first.length <= 40 ? first : null };
}

/**
 * A line that describes a person named on an earlier line (`- 蚂蚁集团技术专家。`, `Dragonfly Maintainer`):
 * the first short one gives their affiliation and role, and every one adds to their bio.
 */
export function addDescription(person: RawSpeaker, line: string): void {
  const text = line.replace(/[。.]$/, '');
  if (!person.role && text.length <= 40) {
    const { affiliation, role } = affiliationAndRole(text);
    person.affiliation ??= affiliation;
    person.role = role;
  }
  // A paragraph that repeats the bio and goes on (`嘉宾简介：` after a one-line intro) replaces it.
  if (!person.bio || line.includes(person.bio)) person.bio = line;
  else if (!person.bio.includes(line)) person.bio = `${person.bio}\n${line}`;
}

// A short phrase with no role and no clause (`乐天创研`, `JEX`, `新浪微博`) names a place of work.
const namesPlace = (text: string): boolean =>
  text.length <= 12 && !ROLE_WORD.test(text) && !/[，,、。；;：:]/.test(text);

/**
 * The bracket after a name: `（乐天创研）` and `（新浪微博，微博搜索架构师）` name the place of work, then
 * maybe the role; anything else (`（京东金融数据研发负责人）`, `（目前在蚂蚁集团…）`) reads as an introduction.
 */
function bracketFacts(bracket: string): { affiliation: string | null; role: string | null } {
  const [first = '', ...more] = bracket.split(/[，,]/).map(clean);
  if (!namesPlace(first) || more.length > 1) return affiliationAndRole(bracket);
  const role = more[0] && ROLE_WORD.test(more[0]) && more[0].length <= 40 ? more[0] : null;
  return { affiliation: first || null, role };
}

function build(name: string, after: string, bio: string | null): RawSpeaker {
  const aliases: string[] = [];
  let rest = after;
  let bracketInfo: string | null = null;
  const alias = ALIAS_IN_BRACKETS.exec(rest);
  if (alias && isPlausibleName(alias[1]!)) {
    aliases.push(alias[1]!);
    rest = rest.slice(alias[0].length);
  } else {
    const br = BRACKETED.exec(rest);
    if (br) {
      // `张亮（京东金融数据研发负责人）`: the bracket holds the introduction.
      bracketInfo = br[1]!;
      rest = rest.slice(br[0].length);
    }
  }
  const word = ALIAS_WORD.exec(after);
  if (word && !aliases.includes(word[1]!) && word[1] !== name) aliases.push(word[1]!);
  let intro = clean((bracketInfo ?? rest).replace(/花名\s*[：:]?\s*[\u3400-\u9fff]{2,3}/, ''));
  const inner = BRACKETED.exec(intro);
  if (!bracketInfo && inner) intro = clean(inner[1]!);
  const { affiliation, role } = bracketInfo ? bracketFacts(intro) : affiliationAndRole(intro);
  // Without a bio of its own, what follows the name is the bio: not the 花名 bracket (`周涛（广侯）` has
  // none), and a bracketed introduction without its brackets.
  const said = [bracketInfo, rest.replace(/^[\s，,、：:;；@]+/, '').trim()].filter(Boolean).join('，');
  return { name, aliases, affiliation, role, bio: bio ?? (said || null) };
}

/**
 * One person as written. `name-first` (`李唯，蚂蚁集团技术专家`), English (`Jie Cao`), or name-last
 * (`蚂蚁金服技术总监 杨冰`, `蚂蚁金服 SOFA 团队 碧远`). Returns null when no name is recognisable.
 */
export function parseSpeaker(
  text: string,
  bio: string | null = null,
  allowEnglish = false,
): RawSpeaker | null {
  const s = text
    .replace(/^\s*(?:主讲人|主讲|讲师|嘉宾|分享嘉宾|演讲嘉宾|主持人|主持|Speaker|Host)\s*[：:]\s*/i, '')
    .trim();
  if (!s) return null;
  const lead = leadingName(s);
  if (lead) return build(lead.name, lead.rest, bio);
  const en = allowEnglish ? ENGLISH_NAME.exec(s) : null;
  if (en) return { name: en[1]!, aliases: [], affiliation: null, role: null, bio };
  const beforeAlias = NAME_BEFORE_ALIAS.exec(s);
  if (beforeAlias && isPlausibleName(beforeAlias[1]!)) {
    const at = beforeAlias.index + beforeAlias[0].length;
    const person = build(beforeAlias[1]!, s.slice(at), bio ?? s);
    const intro = s.slice(0, at - beforeAlias[1]!.length).trim();
    if (intro) {
      const { affiliation, role } = affiliationAndRole(intro);
      person.affiliation ??= affiliation;
      person.role ??= role;
    }
    return person;
  }
  const afterRole = NAME_AFTER_ROLE.exec(s);
  if (afterRole && isPlausibleName(afterRole[1]!)) {
    const intro = s.slice(0, afterRole.index + afterRole[0].length - afterRole[1]!.length).trim();
    const { affiliation, role } = affiliationAndRole(intro);
    return { name: afterRole[1]!, aliases: [], affiliation, role, bio: bio ?? s };
  }
  const tail = TRAILING_NAME.exec(s);
  if (tail && isPlausibleName(tail[1]!)) {
    const intro = s.slice(0, tail.index).trim();
    const { affiliation, role } = affiliationAndRole(intro);
    return { name: tail[1]!, aliases: [], affiliation, role, bio: bio ?? (intro || null) };
  }
  return null;
}

/**
 * A line that names one or more people: `A（x），role；B（y），role`, `鲁直、涵畅、张超盟`,
 * `茅舍@Soloπ 核心作者<br />不溯@…`, `陈逸凡、崔秀龙、敖小剑、郑德惠共同参加的…`.
 */
export function parseSpeakerList(text: string, allowEnglish = false): RawSpeaker[] {
  const s = text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/^\s*(?:主讲人|主讲|讲师|嘉宾|分享嘉宾|演讲嘉宾|主持人|主持|Speakers?|Host)\s*[：:]\s*/i, '');
  const parts = s.split(/[\n；;]|\s{2,}(?=[\u3400-\u9fff]{2,4}[（(])/);
  const out: RawSpeaker[] = [];
  for (const part of parts) {
    const p = part.trim();
    if (!p) continue;
    // `A、B、C`: a run of bare names (each may carry its bracket) separated by 、 or ，.
    const names = nameRun(p);
    if (names.length > 1) {
      out.push(...names);
      continue;
    }
    const one = parseSpeaker(p, null, allowEnglish);
    if (one) out.push(one);
  }
  return dedupe(out);
}

const RUN_ITEM = new RegExp(
  `^\\s*([${HAN}]{2,4}?)\\s*(?:[（(]([^（）()]{1,20})[）)])?\\s*(?=[、，,]|$|共同|等|一起|参与|参加|作为)`,
);

/** `鲁直、涵畅、张超盟` → three speakers; empty when the text is not such a run. */
function nameRun(text: string): RawSpeaker[] {
  if (!/[、]/.test(text) && !/^[^，,]{2,12}[，,][^，,]{2,12}$/.test(text)) return [];
  const out: RawSpeaker[] = [];
  let rest = text;
  for (let guard = 0; guard < 20 && rest; guard++) {
    const m = RUN_ITEM.exec(rest);
    if (!m || !isPlausibleName(m[1]!)) break;
    const alias = m[2] && /^[\u3400-\u9fff]{2,3}$/.test(m[2]) ? [m[2]] : [];
    out.push({ name: m[1]!, aliases: alias, affiliation: null, role: null, bio: null });
    rest = rest.slice(m[0].length);
    const sep = /^\s*[、，,]\s*/.exec(rest);
    if (!sep) break;
    rest = rest.slice(sep[0].length);
  }
  return out.length > 1 ? out : [];
}

/** One entry per person; `章耿（花名余淮）` and `余淮` are the same person. */
export function dedupe(speakers: RawSpeaker[]): RawSpeaker[] {
  const seen = new Map<string, RawSpeaker>();
  for (const s of speakers) {
    const prev =
      seen.get(s.name) ??
      [...seen.values()].find((p) => p.aliases.includes(s.name) || s.aliases.includes(p.name));
    if (!prev) seen.set(s.name, s);
    else {
      for (const a of s.aliases) if (!prev.aliases.includes(a)) prev.aliases.push(a);
      prev.affiliation ??= s.affiliation;
      prev.role ??= s.role;
      if (s.bio && (!prev.bio || s.bio.length > prev.bio.length)) prev.bio = s.bio;
    }
  }
  return [...seen.values()];
}
