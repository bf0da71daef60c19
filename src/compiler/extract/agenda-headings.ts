// Agenda headings: a schedule slot written as a heading or bold line, `### 19:05-20:00 title`, with the
// speaker on the next line (`青勤 蚂蚁金服…`, `曾柯（花名：毅丝），蚂蚁集团高级工程师`) or in a detail list
// (`- 讲师：贾岛 …`, `- 主持人：鲁直 …`, `- 嘉宾：` + items), or at the end of the line: `**9:20 - 10:10 Title
// by Jie Cao**`, `… by 玄北`, `… by: 玄北`, `… ｜玄北`. A description sentence under the line is not a name.
// Breaks and the host's opening keep their slot (for the event's end) but are not talks.
import type { RawSpeaker } from '../facts';
import { normalizeDigits } from '../dates';
import { bookTitle, isNotATalk, type Line } from './markdown';
import { parseSpeaker, parseSpeakerList, dedupe } from './speaker';
import { draft, type DraftTalk, type Slot } from './talk';

const SLOT_LINE =
  /^(\d{1,2})\s{0,2}:\s{0,2}(\d{2})\s{0,3}(?:-{1,2}|–|—{1,2}|~|～|至)\s{0,3}(\d{1,2})\s{0,2}:\s{0,2}(\d{2})\s{0,4}(.{0,300})$/;
// The speaker at the end of a slot line: ` by Jie Cao`, ` by 玄北`, ` by: 玄北、卫恒`, `｜玄北`.
const HAN_NAMES = '[\\u3400-\\u9fff·]{2,5}(?:\\s*[、,，&]\\s*[\\u3400-\\u9fff·]{2,5}){0,4}';
// After a bar only short names (2–3 characters, as names and 花名 are): `云原生｜调度器实践` keeps its title.
const BAR_NAMES = '[\\u3400-\\u9fff]{2,3}(?:\\s*[、,，&]\\s*[\\u3400-\\u9fff]{2,3}){0,4}';
const BY_SPEAKERS = new RegExp(
  `(?:\\s+[Bb]y\\s*[:：]?\\s*([A-Z][A-Za-z .,'-]{1,80}?|${HAN_NAMES})|\\s*[|｜]\\s*(${BAR_NAMES}))\\s*$`,
);
const DETAIL_SPEAKER =
  /^(?:讲师|主讲人|主讲|分享嘉宾|演讲嘉宾|嘉宾|主持人|主持|Speakers?|Host)\s*[：:]\s*(.*)$/i;
const DETAIL_OTHER = /^[\u3400-\u9fffA-Za-z ]{1,12}[：:]/;

export interface AgendaRead {
  talks: DraftTalk[];
  slots: Slot[];
}

function isSlotLine(l: Line): boolean {
  if (l.raw.trimStart().startsWith('|') || l.listItem) return false;
  return SLOT_LINE.test(normalizeDigits(l.text));
}

function speakersAfter(lines: Line[], from: number): RawSpeaker[] {
  const out: RawSpeaker[] = [];
  let inGuests = false;
  let guestIndent = -1;
  for (let j = from; j < lines.length; j++) {
    const l = lines[j]!;
    if (!l.text) continue;
    if (l.heading || isSlotLine(l)) break;
    if (/^本期分享大纲|^分享大纲|^你将收获/.test(l.text)) break;
    const detail = DETAIL_SPEAKER.exec(l.text);
    if (detail) {
      const value = detail[1]!.trim();
      if (value) out.push(...parseSpeakerList(value));
      else {
        inGuests = true;
        guestIndent = l.indent;
      }
      continue;
    }
    if (inGuests && l.listItem && l.indent > guestIndent) {
      const s = parseSpeaker(l.text);
      if (s) out.push(s);
      continue;
    }
    inGuests = false;
    if (DETAIL_OTHER.test(l.text)) continue; // `- 讲师介绍：…`, `- Topic 介绍：…`
    if (out.length) break;
    // The first plain line under the slot names the speaker, or nothing does.
    if (!l.listItem) {
      out.push(...parseSpeakerList(l.text));
      break;
    }
  }
  return dedupe(out);
}

export function readAgendaHeadings(lines: Line[]): AgendaRead {
  const talks: DraftTalk[] = [];
  const slots: Slot[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!isSlotLine(l)) continue;
    const m = SLOT_LINE.exec(normalizeDigits(l.text))!;
    const start = { hour: +m[1]!, minute: +m[2]! };
    const end = { hour: +m[3]!, minute: +m[4]! };
    slots.push({ start, end });
    let rest = m[5]!.trim();
    let speakers: RawSpeaker[] = [];
    const by = BY_SPEAKERS.exec(rest);
    if (by) {
      rest = rest.slice(0, by.index);
      speakers = (by[1] ?? by[2]!)
        .split(/\s*(?:[,，、&]|\band\b)\s*/)
        .map((n) => parseSpeaker(n, null, true))
        .filter((s): s is RawSpeaker => s !== null);
    }
    const inBook = bookTitle(rest);
    const title = inBook ?? rest;
    if (!title || isNotATalk(title) || isNotATalk(rest)) continue;
    // `19:05-20:00 《title》 张三 某公司技术专家`: the speaker may follow the title on the same line.
    if (!speakers.length && inBook) {
      const after = rest.slice(rest.indexOf(inBook) + inBook.length).replace(/^[》>\s]+/, '');
      if (after) speakers = parseSpeakerList(after);
    }
    if (!speakers.length) speakers = speakersAfter(lines, i + 1);
    const t = draft(title, speakers);
    t.startTime = start;
    t.endTime = end;
    talks.push(t);
  }
  return { talks, slots };
}
