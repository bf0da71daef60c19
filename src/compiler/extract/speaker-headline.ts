// Speaker headlines: `**张亮（京东金融数据研发负责人）：Service Mesh 的延伸 —— 论道 Database Mesh**`,
// also as list items (`- 张超盟（华为）：Kubernetes 容器应用…`). The paragraphs that follow, up to the next
// headline, heading or rule, hold the bio (`个人简介：…`) and the abstract.
import type { Line } from './markdown';
import { parseSpeaker } from './speaker';
import { draft, type DraftTalk } from './talk';

const HEADLINE = /^([\u3400-\u9fff·]{2,5})\s{0,2}[（(]([^（）()]{1,80})[）)]\s{0,2}[：:]\s*(.{2,200})$/;
const BIO = /^(?:个人简介|嘉宾简介|讲师简介|简介)\s*[：:]\s*(.*)$/;

export function readSpeakerHeadlines(lines: Line[]): DraftTalk[] {
  const talks: DraftTalk[] = [];
  let current: DraftTalk | null = null;
  for (const l of lines) {
    const isRule = /^\s*[-*_]{3,}\s*$/.test(l.raw);
    // The headline is a bold line, a list item, or a heading of its own.
    const m = HEADLINE.exec(l.text);
    const speaker = m ? parseSpeaker(`${m[1]}（${m[2]}）`) : null;
    if (m && speaker) {
      speaker.bio = null;
      current = draft(m[3]!, [speaker]);
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
