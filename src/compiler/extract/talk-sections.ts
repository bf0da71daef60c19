// Talk sections: a title line `**《title》**` (or `### 《title》`) followed by labelled parts —
// `**嘉宾介绍**` / `**「嘉宾简介」**` / `嘉宾简介：…` (speakers), `**议题简介**` (abstract),
// `**听众收获**` (takeaways) — and the webinar form `**分享主题：**` + `《title》` + `**分享嘉宾：**` + intro.
// A quote line right under the title (`>王庆 英特尔研发总监…`) names the speaker too.
import type { RawSpeaker } from '../facts';
import type { Line } from './markdown';
import { introducesPerson, parseSpeaker, parseSpeakerList, dedupe } from './speaker';
import { draft, type DraftTalk } from './talk';

const TITLE_LINE = /^《([^《》]{2,200})[》>]$/;
const LABELS =
  '嘉宾介绍|嘉宾简介|讲师介绍|讲师简介|分享嘉宾|演讲嘉宾|个人简介|嘉宾|讲师|议题简介|议题介绍|话题简介|内容简介|分享简介|分享内容|演讲简介|Topic\\s*介绍|听众收获|听众收益|你将收获|用户收获|项目地址|直播时间|大纲|分享大纲|本期分享大纲|解决思路|成果';
// A label alone on its line (`**嘉宾介绍**`), or followed by a colon and its content.
const PART = new RegExp(`^[「【]?\\s*(${LABELS})\\s*[」】]?\\s*(?:[：:]\\s*(.*))?$`, 'i');
const SPEAKER_PART = /嘉宾|讲师|个人简介/;
const ABSTRACT_PART = /简介|介绍|内容/;
const TAKEAWAY_PART = /收获|收益/;

type Mode = 'pre' | 'speaker' | 'abstract' | 'takeaways' | 'other';

function modeOf(label: string): Mode {
  if (SPEAKER_PART.test(label)) return 'speaker';
  if (TAKEAWAY_PART.test(label)) return 'takeaways';
  if (ABSTRACT_PART.test(label)) return 'abstract';
  return 'other';
}

export function readTalkSections(lines: Line[]): DraftTalk[] {
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.listItem || l.raw.trimStart().startsWith('|')) continue;
    if (TITLE_LINE.test(l.text)) starts.push(i);
  }
  const talks: DraftTalk[] = [];
  for (let k = 0; k < starts.length; k++) {
    const i = starts[k]!;
    const stop = k + 1 < starts.length ? starts[k + 1]! : lines.length;
    const title = TITLE_LINE.exec(lines[i]!.text)![1]!;
    const t = draft(title);
    const speakers: RawSpeaker[] = [];
    const abstract: string[] = [];
    let mode: Mode = 'pre';
    for (let j = i + 1; j < stop; j++) {
      const l = lines[j]!;
      if (!l.text) continue;
      const part = PART.exec(l.text);
      if (l.heading && !part) break;
      if (part) {
        mode = modeOf(part[1]!);
        const inline = (part[2] ?? '').trim();
        if (!inline) continue;
        // `嘉宾简介：肖健（花名：昱恒）目前在…`: the content follows the label on the same line.
        if (mode === 'speaker') {
          const s = parseSpeaker(inline, inline);
          if (s) speakers.push(s);
        } else if (mode === 'abstract') abstract.push(inline);
        continue;
      }
      if (/^[-*_]{3,}$/.test(l.raw.trim())) continue;
      if (mode === 'pre') {
        // A quote or plain line right under the title that starts with a name: `>王庆 英特尔…`.
        if (speakers.length === 0) {
          const s = parseSpeakerList(l.text);
          if (s.length) speakers.push(...s.map((x) => ({ ...x, bio: x.bio ?? l.text })));
        }
      } else if (mode === 'speaker') {
        // Each introduction paragraph starts with its person's name; other lines add to the last one.
        const s = introducesPerson(l.text);
        if (s) speakers.push(s);
        else if (speakers.length) {
          const last = speakers[speakers.length - 1]!;
          last.role ??= l.text.length <= 40 ? l.text : null;
        }
      } else if (mode === 'abstract') abstract.push(l.text);
      else if (mode === 'takeaways') t.takeaways.push(l.text.replace(/^\d{1,2}[、.．]\s*/, ''));
    }
    t.speakers = dedupe(speakers);
    t.abstract = abstract.length ? abstract.join('\n') : null;
    talks.push(t);
  }
  return talks;
}
