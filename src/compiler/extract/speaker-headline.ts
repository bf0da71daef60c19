// Speaker headlines: `**张亮（京东金融数据研发负责人）：Service Mesh 的延伸 —— 论道 Database Mesh**`,
// also as list items (`- 张超盟（华为）：Kubernetes 容器应用…`). On a bold line or a heading the separator
// after the bracket may also be a dash, a comma or nothing (`**某人（某公司）——title**`,
// `### 某人 （某公司）——title`, `**某人（某公司，架构师），title**`, `**某人（某公司）title**`); only that
// first separator splits, later dashes belong to the title. The paragraphs that follow, up to the next
// headline, heading or rule, hold the bio (`个人简介：…`) and the abstract.
import type { Line } from './markdown';
import { isNotATalk } from './markdown';
import { parseSpeaker } from './speaker';
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

/** `name（org）：title`, or on a bold line or heading `name（org）——title` and the like: [name, org, title]. */
export function speakerHeadline(l: Line): [string, string, string] | null {
  const m = HEADLINE.exec(l.text);
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

export function readSpeakerHeadlines(lines: Line[]): DraftTalk[] {
  const talks: DraftTalk[] = [];
  let current: DraftTalk | null = null;
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
