// Speaker headlines: `**张亮（京东金融数据研发负责人）：Service Mesh 的延伸 —— 论道 Database Mesh**`,
// also as list items (`- 张超盟（华为）：Kubernetes 容器应用…`). On a bold line or a heading the separator
// after the bracket may also be a dash, a comma or nothing (`**某人（某公司）——title**`,
// `### 某人 （某公司）——title`, `**某人（某公司，架构师），title**`, `**某人（某公司）title**`); only that
// first separator splits, later dashes belong to the title. The paragraphs that follow, up to the next
// headline, heading or rule, hold the bio (`个人简介：…`) and the abstract. A leading ordinal
// (`第一场**某人（某公司）：title**`, `议题2：某人（某公司）：title`) is not part of the headline.
// Under a topics heading (`## 议题介绍`, `## Topics`) a list item may name the speaker without a
// bracket: `- 某人：title` (the reverse of `title，speaker`).
import type { Line } from './markdown';
import { isNotATalk } from './markdown';
import { isPlausibleName, parseSpeaker } from './speaker';
import { draft, type DraftTalk } from './talk';

const HEADLINE =
  /^([\u3400-\u9fff·]{2,5})\s{0,2}[（(]([^（）()]{1,80})[）)]\s{0,2}(——|—|–|-{1,2}|[：:，,])?\s*(.{2,200})$/;
// A line that is bold from end to end (after a list bullet or quote marker).
const WHOLE_BOLD = /^\s*(?:>\s*)?(?:[-*+]\s+)?\*\*[^*].*\*\*\s*$/;
// `**某人（某公司），高级技术专家**` introduces a person: what follows is a role, not a title.
const ROLE_ONLY =
  /^.{0,16}(?:专家|工程师|架构师|负责人|总监|经理|创始人|成员|作者|研究员|布道师|开发者|主管|顾问|CTO|CEO|VP)$/i;
// Without a colon or a long dash, the bracket must read as an affiliation or role — `服务网格（Service
// Mesh）的落地` is a title, not a person.
const AFFILIATION =
  /[，,、]|集团|公司|金服|科技|银行|大学|学院|研究院|实验室|社区|基金会|团队|云|网|软件|专家|工程师|架构师|负责人|总监|经理|创始人|成员|作者|研究员|布道师|开发者|主管|顾问|CTO|CEO|VP/i;
const BIO = /^(?:个人简介|嘉宾简介|讲师简介|讲师介绍|嘉宾介绍|简介)\s*[：:]\s*(.*)$/;
const ORDINAL =
  /^(?:第\s{0,2}[一二三四五六七八九十\d]{1,3}\s{0,2}[场位个讲]|议题\s{0,2}[一二三四五六七八九十\d]{1,3})\s{0,2}[：:、.．]?\s{0,2}/;
// `## 议题介绍`, `## 本期议题`, `## 演讲话题`, `## Topics`: a list of talks follows.
const TOPICS_HEADING = /^(?:本期|活动|分享|演讲)?(?:议题|话题|主题)(?:介绍|列表|安排)?$|^(?:topics|talks)$/i;
// `某人：title` or `某人、某人：title` — names only before the colon.
const BARE_HEADLINE =
  /^([\u3400-\u9fff·]{2,5}(?:[、，,][\u3400-\u9fff·]{2,5}){0,3})\s{0,2}[：:]\s*(.{4,200})$/;
const NOT_BARE_NAME = /^(?:形式|费用|人数|方式|名额|门票|日期|场地|城市|主办|协办|承办|赞助|票价|备注|注意)$/;

/** `name（org）：title`, or on a bold line or heading `name（org）——title` and the like: [name, org, title]. */
export function speakerHeadline(l: Line): [string, string, string] | null {
  const m = HEADLINE.exec(l.text.replace(ORDINAL, ''));
  if (!m) return null;
  const sep = m[3] ?? '';
  if (sep !== '：' && sep !== ':') {
    if (!l.heading && !WHOLE_BOLD.test(l.raw)) return null;
    if (!/^[—–]/.test(sep) && !AFFILIATION.test(m[2]!)) return null;
  }
  const title = m[4]!.trim();
  if (ROLE_ONLY.test(title) || isNotATalk(title)) return null;
  return [m[1]!, m[2]!, title];
}

/** `- 某人：title` in a topics list: [names, title]. */
function bareHeadline(l: Line): [string[], string] | null {
  const m = BARE_HEADLINE.exec(l.text);
  if (!m) return null;
  const names = m[1]!.split(/[、，,]/);
  if (!names.every((n) => isPlausibleName(n) && !NOT_BARE_NAME.test(n))) return null;
  const title = m[2]!.trim();
  if (isNotATalk(title) || /^(?:https?:|\d)/.test(title)) return null;
  return [names, title];
}

export function readSpeakerHeadlines(lines: Line[]): DraftTalk[] {
  const talks: DraftTalk[] = [];
  let current: DraftTalk | null = null;
  let topics = false;
  for (const l of lines) {
    const isRule = /^\s*[-*_]{3,}\s*$/.test(l.raw);
    // The headline is a bold line, a list item, or a heading of its own.
    const m = speakerHeadline(l);
    const speaker = m ? parseSpeaker(`${m[0]}（${m[1]}）`) : null;
    if (m && speaker) {
      speaker.bio = null;
      current = draft(m[2], [speaker]);
      talks.push(current);
      continue;
    }
    const bare = topics && l.listItem ? bareHeadline(l) : null;
    const people = bare ? bare[0].map((n) => parseSpeaker(n)).filter((p) => p !== null) : [];
    if (bare && people.length) {
      current = draft(bare[1], people);
      talks.push(current);
      continue;
    }
    if (l.heading) topics = TOPICS_HEADING.test(l.text.replace(/[\s：:]/g, ''));
    if (l.heading || isRule) {
      current = null;
      continue;
    }
    if (!current || !l.text || l.listItem) continue;
    const bio = BIO.exec(l.text);
    if (bio) current.speakers[0]!.bio = bio[1]!.trim() || null;
    else current.abstract = current.abstract ? `${current.abstract}\n${l.text}` : l.text;
  }
  return talks;
}
