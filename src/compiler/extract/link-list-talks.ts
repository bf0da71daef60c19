// Talk lists of links, one talk per item, the speakers after the title:
// `- [使用 IAST 构建高效的 DevSecOps 流程 - 董志勇](video)`, `- [Jutopia 一站式云原生机器学习平台，何昌钦](video)`,
// `- [基于云原生技术的服务最大化可用性，白西原（乐天创研）](video)`. The link is the talk's recording.
// The speaker may also follow the link: `- [title](video)，粟伟，某公司解决方案架构师`,
// `- [title](video)，石建伟（卓与），某集团高级技术专家`. Openings (`开场演讲：…`) are not talks.
import type { Line, MdLink } from './markdown';
import { bookTitle, isNotATalk, links } from './markdown';
import { isLinkLabel } from './resources';
import { leadingName, parseSpeakerList } from './speaker';
import { draft, type DraftTalk } from './talk';

// The tail must be nothing but names (each may carry a bracket), joined by 、 or ，.
const NAMES_ONLY =
  /^[\u3400-\u9fff]{2,4}(?:\s*[（(][^（）()]{1,30}[）)])?(?:\s*[、，,]\s*[\u3400-\u9fff]{2,4}(?:\s*[（(][^（）()]{1,30}[）)])?){0,5}$/;
const SPLIT = /\s+[-–—]\s+|[，,]\s*/g;
// Sections that list articles by their authors, not talks: 推荐阅读, 往期回顾, 相关文章, References.
const READING = /阅读|推荐|文章|往期|相关链接|参考|references?|further/i;
const GENERIC = /^(?:点击|点此|这里|链接|下载|查看|详情|更多)/;
const DECK = /\.(?:pdf|pptx?|key)(?:$|[?#])/i;

// After the link: a separator, then a person introduced by name (`，粟伟，…`, ` - 石建伟（卓与），…`).
const AFTER_LINK = /^\s*(?:[，,、]|[-–—]\s)\s*(.+)$/;

function nameAfterLink(l: Line, link: MdLink): DraftTalk | null {
  const quoted = bookTitle(link.text);
  const title = (quoted ?? link.text).trim();
  if (l.text.indexOf(link.text) !== 0 || isNotATalk(title) || /开场|致辞|欢迎/.test(title)) return null;
  // A title in 《》 is a title even when its words could label a link (`《注册中心 6.0 新特性》`).
  if ((!quoted && isLinkLabel(title)) || GENERIC.test(title)) return null;
  const tail = AFTER_LINK.exec(l.text.slice(link.text.length));
  const lead = tail ? leadingName(tail[1]!) : null;
  if (!lead || !/^\s*(?:$|[（(，,、])/.test(lead.rest)) return null;
  const speakers = parseSpeakerList(tail![1]!);
  if (!speakers.length) return null;
  const t = draft(title, speakers.slice(0, 1));
  if (DECK.test(link.url)) t.slides.push(link.url);
  else t.video = link.url;
  return t;
}

export function readLinkListTalks(lines: Line[]): DraftTalk[] {
  const talks: DraftTalk[] = [];
  let reading = false;
  for (const l of lines) {
    if (l.heading) reading = READING.test(l.text);
    if (!l.listItem || reading) continue;
    const ls = links(l.raw);
    if (ls.length !== 1) continue;
    const link = ls[0]!;
    if (link.text.length < 4) continue;
    if (link.text.replace(/\s/g, '').length < l.text.replace(/\s/g, '').length - 2) {
      const after = nameAfterLink(l, link);
      if (after) talks.push(after);
      continue;
    }
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
