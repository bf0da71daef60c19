// Talk sections: a title line `**《title》**` (or `### 《title》`) followed by labelled parts —
// `**嘉宾介绍**` / `**「嘉宾简介」**` / `嘉宾简介：…` (speakers), `**议题简介**` (abstract),
// `**听众收获**` (takeaways) — and the webinar form `**分享主题：**` + `《title》` + `**分享嘉宾：**` + intro.
// A quote line right under the title (`>王庆 英特尔研发总监…`) names the speaker too, and so do further
// name lines that each come with a role line (`杨斌（花名：凯撒）` / `某集团技术总监`, `Jane Doe` / `某联盟主席`).
// The recap layout puts the people before their title: short `name` / `role` lines right above the
// `《title》` line, several such blocks for several speakers. When most titles are written that way, the
// blocks above a title are its speakers (only the last block when the talk before has no labelled parts,
// since its people follow its own title).
import type { RawSpeaker } from '../facts';
import { isNotATalk, type Line } from './markdown';
import {
  addDescription,
  introducesPerson,
  isPlausibleName,
  parseSpeaker,
  parseSpeakerList,
  dedupe,
} from './speaker';
import { draft, type DraftTalk } from './talk';

const LINKED = /\]\(\s*<?https?:/;
const TITLE_LINE = /^《([^《》]{2,200})[》>]$/;
const LABELS =
  '嘉宾介绍|嘉宾简介|讲师介绍|讲师简介|分享嘉宾|演讲嘉宾|个人简介|嘉宾|讲师|议题简介|议题介绍|话题简介|内容简介|分享简介|分享内容|演讲简介|Topic\\s*介绍|听众收获|听众收益|你将收获|用户收获|项目地址|直播时间|大纲|分享大纲|本期分享大纲|解决思路|成果';
// A label alone on its line (`**嘉宾介绍**`), or followed by a colon and its content.
const PART = new RegExp(`^[「【]?\\s*(${LABELS})\\s*[」】]?\\s*(?:[：:]\\s*(.*))?$`, 'i');
const SPEAKER_PART = /嘉宾|讲师|个人简介/;
const ABSTRACT_PART = /简介|介绍|内容/;
const TAKEAWAY_PART = /收获|收益/;

type Mode = 'pre' | 'speaker' | 'abstract' | 'takeaways' | 'other';

const HAN = '\\u3400-\\u9fff';
// A line that is nothing but a person's name, maybe with the 花名 bracket.
const HAN_NAME_LINE = new RegExp(`^([${HAN}]{2,4})\\s*(?:[（(](?:花名\\s*[：:]?\\s*)?[${HAN}]{2,3}[）)])?$`);
const EN_NAME_LINE = /^[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2}$/;
// A role line: short, no sentence punctuation (`某集团资深技术专家`, `某公司软件工程师/某框架负责人`).
const SENTENCE = /[。，,；;！!？?]/;

function isNameLine(l: Line): boolean {
  if (l.heading || l.listItem) return false;
  const m = HAN_NAME_LINE.exec(l.text);
  return m ? isPlausibleName(m[1]!) : EN_NAME_LINE.test(l.text);
}

function isRoleLine(l: Line): boolean {
  const t = l.text;
  return (
    !l.heading &&
    !l.listItem &&
    t.length >= 2 &&
    t.length <= 40 &&
    !SENTENCE.test(t) &&
    !TITLE_LINE.test(t) &&
    !PART.test(t) &&
    !isNameLine(l)
  );
}

const nextText = (lines: Line[], j: number, stop: number): number => {
  let k = j;
  while (k < stop && !lines[k]!.text) k++;
  return k;
};

interface Lead {
  /** First line of the blocks above the title (the title's own line when there are none). */
  start: number;
  /** Start of the block nearest the title. */
  lastStart: number;
  /** Name lines of the blocks, top to bottom. */
  names: number[];
}

/** The `name` / `role` blocks right above the title line at `i` (blank lines skipped), down to `floor`. */
function leadAbove(lines: Line[], i: number, floor: number): Lead {
  const lead: Lead = { start: i, lastStart: i, names: [] };
  for (let j = i - 1; j > floor; j--) {
    const l = lines[j]!;
    if (!l.text) continue;
    if (isNameLine(l)) {
      lead.names.unshift(j);
      lead.start = j;
      if (lead.names.length === 1) lead.lastStart = j;
    } else if (!isRoleLine(l)) break;
  }
  return lead;
}

function speakerOfNameLine(l: Line): RawSpeaker | null {
  return parseSpeaker(l.text, null, true);
}

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
    // `[《title》](deck.pdf)` lines list resources; they do not open a talk section.
    if (TITLE_LINE.test(l.text) && !LINKED.test(l.raw)) starts.push(i);
  }
  // A section titled `《开场致辞》` still ends the one before it, but is not a talk.
  const skip = new Set<number>();
  for (const i of starts) {
    if (isNotATalk(TITLE_LINE.exec(lines[i]!.text)![1]!)) skip.add(i);
  }
  // The recap layout: most titles have name/role blocks above them and no name right below them.
  const leads = starts.map((i, k) => leadAbove(lines, i, k > 0 ? starts[k - 1]! : -1));
  const ledTitles = starts.filter((i, k) => {
    const below = nextText(lines, i + 1, lines.length);
    return leads[k]!.names.length > 0 && !(below < lines.length && isNameLine(lines[below]!));
  }).length;
  const recap = ledTitles >= 2 && ledTitles * 2 >= starts.length;
  const ownLead: Array<{ start: number; names: number[] }> = starts.map((i, k) => {
    const lead = leads[k]!;
    if (!recap || !lead.names.length) return { start: i, names: [] };
    // The talk above has labelled parts: every block after them is this title's. Otherwise its people
    // follow its own title, and only the block nearest this title is this title's.
    const from = k > 0 ? starts[k - 1]! + 1 : 0;
    let labelled = k === 0;
    for (let j = from; j < lead.start && !labelled; j++) if (PART.test(lines[j]!.text)) labelled = true;
    if (labelled) return { start: lead.start, names: lead.names };
    return { start: lead.lastStart, names: lead.names.filter((n) => n >= lead.lastStart) };
  });

  const talks: DraftTalk[] = [];
  for (let k = 0; k < starts.length; k++) {
    const i = starts[k]!;
    const stop = k + 1 < starts.length ? ownLead[k + 1]!.start : lines.length;
    if (skip.has(i)) continue;
    const title = TITLE_LINE.exec(lines[i]!.text)![1]!;
    const t = draft(title);
    const speakers: RawSpeaker[] = [];
    for (const n of ownLead[k]!.names) {
      const s = speakerOfNameLine(lines[n]!);
      if (s) speakers.push(s);
    }
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
        else if (mode === 'takeaways') t.takeaways.push(inline);
        continue;
      }
      if (/^[-*_]{3,}$/.test(l.raw.trim())) continue;
      if (mode === 'pre') {
        // A quote or plain line right under the title that starts with a name: `>王庆 英特尔…`.
        if (speakers.length === 0) {
          const s = parseSpeakerList(l.text);
          if (s.length) speakers.push(...s.map((x) => ({ ...x, bio: x.bio ?? l.text })));
        } else if (isNameLine(l)) {
          // Further people, each a name line followed by a role line.
          const next = nextText(lines, j + 1, stop);
          const s = next < stop && isRoleLine(lines[next]!) ? speakerOfNameLine(l) : null;
          if (s) {
            addDescription(s, lines[next]!.text);
            speakers.push(s);
          }
        }
      } else if (mode === 'speaker') {
        // Each introduction paragraph starts with its person's name; other lines add to the last one.
        const s = introducesPerson(l.text);
        if (s) speakers.push(s);
        else if (speakers.length) addDescription(speakers[speakers.length - 1]!, l.text);
      } else if (mode === 'abstract') abstract.push(l.text);
      else if (mode === 'takeaways') t.takeaways.push(l.text.replace(/^\d{1,2}[、.．]\s*/, ''));
    }
    t.speakers = dedupe(speakers);
    t.abstract = abstract.length ? abstract.join('\n') : null;
    talks.push(t);
  }
  return talks;
}
