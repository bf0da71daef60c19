// Talk lists of links, one talk per item, the speakers after the title:
// `- [使用 IAST 构建高效的 DevSecOps 流程 - 董志勇](video)`, `- [Jutopia 一站式云原生机器学习平台，何昌钦](video)`,
// `- [基于云原生技术的服务最大化可用性，白西原（乐天创研）](video)`. The link is the talk's recording.
import type { Line } from './markdown';
import { isNotATalk, links } from './markdown';
import { parseSpeakerList } from './speaker';
import { draft, type DraftTalk } from './talk';

// The tail must be nothing but names (each may carry a bracket), joined by 、 or ，.
const NAMES_ONLY =
  /^[\u3400-\u9fff]{2,4}(?:\s*[（(][^（）()]{1,30}[）)])?(?:\s*[、，,]\s*[\u3400-\u9fff]{2,4}(?:\s*[（(][^（）()]{1,30}[）)])?){0,5}$/;
const SPLIT = /\s+[-–—]\s+|[，,]\s*/g;
const DECK = /\.(?:pdf|pptx?|key)(?:$|[?#])/i;

export function readLinkListTalks(lines: Line[]): DraftTalk[] {
  const talks: DraftTalk[] = [];
  for (const l of lines) {
    if (!l.listItem) continue;
    const ls = links(l.raw);
    if (ls.length !== 1) continue;
    const link = ls[0]!;
    if (link.text.length < 4 || link.text.replace(/\s/g, '').length < l.text.replace(/\s/g, '').length - 2)
      continue;
    // Split at the last separator whose tail is only names.
    let cut = -1;
    let cutLen = 0;
    for (const m of link.text.matchAll(SPLIT)) {
      const tail = link.text.slice(m.index + m[0].length).trim();
      if (NAMES_ONLY.test(tail)) {
        cut = m.index;
        cutLen = m[0].length;
        break;
      }
    }
    if (cut <= 0) continue;
    const title = link.text.slice(0, cut).trim();
    if (isNotATalk(title) || /开场|致辞|欢迎/.test(title)) continue;
    const t = draft(
      title,
      parseSpeakerList(
        link.text
          .slice(cut + cutLen)
          .trim()
          .replace(/[，,]/g, '、'),
      ),
    );
    if (DECK.test(link.url)) t.slides.push(link.url);
    else t.video = link.url;
    talks.push(t);
  }
  return talks;
}
