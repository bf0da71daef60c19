// The 概要 summary list: `- 活动时间：…`, `- 活动地点：…`, `- 活动形式：…`, `- 资料下载：` + links,
// also written as plain paragraphs or with bold labels (`**直播时间：**2020年5月28日…`), and the English
// `- Date: …` / `- Time: …` / `- Location: …`; an emoji may lead the label (`📅 **时间**：…`,
// `📍 **地址：**…`). A labelled line's value may continue on the following
// link lines (a 资料下载 list), up to the next label, heading or prose line.
import { type Line, links } from './markdown';

export interface Labelled {
  label: string;
  /** The plain value on the label's own line. */
  value: string;
  /** The Markdown of the value and its continuation lines (for links). */
  raw: string;
  line: number;
}

const LABEL = /^([\u3400-\u9fffA-Za-z][\u3400-\u9fffA-Za-z ]{0,11}?)\s*[：:]\s*(.*)$/;
// An emoji or symbol in front of a label: `📅 **时间**：…`, `📍 **地址：**…`, `⏰ 时间：…`, `▶ 地点：…`.
const LEAD_MARK =
  /^(?:[\p{Extended_Pictographic}\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff]\ufe0f?\u200d?\s*){1,4}/u;
const RAW_LABEL = /^[^：:]{0,40}?[：:](?:\s*\*{1,3})?\s*/;
// A line that only carries links (`[《t》](url)<br/>`, `<https://…>`, a bare URL) continues a value.
const LINK_LINE = /^\s*(?:[-*+]\s+)?(?:>\s*)?(?:<font[^>]{0,80}>)?\s*(?:\[|<https?:|https?:\/\/|【)/i;

export function readLabelled(lines: Line[]): Labelled[] {
  const out: Labelled[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.heading) continue;
    const m =
      LABEL.exec(l.text) ?? (LEAD_MARK.test(l.text) ? LABEL.exec(l.text.replace(LEAD_MARK, '')) : null);
    if (!m) continue;
    const label = m[1]!.trim();
    const rawValue = l.raw.replace(/^\s*(?:>\s*)?(?:[-*+]\s+)?/, '').replace(RAW_LABEL, '');
    let raw = rawValue;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j]!;
      if (next.heading) break;
      if (!next.text) continue;
      if (LABEL.exec(next.text) && !LINK_LINE.test(next.raw)) break;
      if (!LINK_LINE.test(next.raw)) break;
      raw += '\n' + next.raw;
    }
    out.push({ label, value: m[2]!.trim(), raw, line: l.n });
  }
  return out;
}

export function findLabel(fields: Labelled[], label: RegExp): Labelled | null {
  return fields.find((f) => label.test(f.label)) ?? null;
}

export function findLabels(fields: Labelled[], label: RegExp): Labelled[] {
  return fields.filter((f) => label.test(f.label));
}

export const linksOf = (f: Labelled) => links(f.raw);
