// Agenda tables, Markdown (`| 13:30-14:15 | 《title》 | 大纲 | 碧远@SOFARPC 开源负责人 |`) or HTML
// (`<tr><td>19:00-20:00</td><td><b>《title》</b> 章耿 花名余淮（…）</td>`). The time column is the one
// holding HH:MM ranges; the title is the 《》 text of the topic column (or the whole cell); speakers come
// from a 嘉宾/讲师 column, or from what follows the 《title》 in the same cell.
import type { RawSpeaker } from '../facts';
import { normalizeDigits } from '../dates';
import { bookTitle, isNotATalk, plain, type Line } from './markdown';
import { parseSpeakerList } from './speaker';
import { draft, type Slot } from './talk';
import type { AgendaRead } from './agenda-headings';

const RANGE =
  /(\d{1,2})\s{0,2}:\s{0,2}(\d{2})\s{0,3}(?:-{1,2}|–|—{1,2}|~|～|至)\s{0,3}(\d{1,2})\s{0,2}:\s{0,2}(\d{2})/;
const SPEAKER_HEAD = /嘉宾|讲师|讲者|分享人|演讲人|speaker/i;
const TOPIC_HEAD = /环节|主题|议题|话题|内容|topic|title/i;
const OUTLINE_HEAD = /大纲|简介|abstract/i;

type Table = string[][]; // rows of raw cells

function markdownTables(lines: Line[]): Table[] {
  const tables: Table[] = [];
  let current: Table | null = null;
  for (const l of lines) {
    const s = l.raw.trim();
    if (s.startsWith('|')) {
      if (!current) tables.push((current = []));
      if (/^\|[\s|:-]+\|?$/.test(s)) continue; // the | --- | separator
      const cells = s
        .replace(/^\|/, '')
        .replace(/\|\s*$/, '')
        .split(/(?<!\\)\|/);
      current.push(cells.map((c) => c.trim()));
    } else current = null;
  }
  return tables;
}

const TABLE_BLOCK = /<table[\s\S]{0,20000}?<\/table>/gi;

function htmlTables(body: string): Table[] {
  const tables: Table[] = [];
  for (const m of body.matchAll(TABLE_BLOCK)) {
    const rows = m[0].split(/<tr[^>]{0,200}>/i).slice(1);
    tables.push(
      rows.map((r) =>
        r
          .split(/<t[dh][^>]{0,200}>/i)
          .slice(1)
          .map((c) => c.replace(/<\/t[dhr]>|<\/table>/gi, '').trim()),
      ),
    );
  }
  return tables;
}

const cellText = (c: string) => plain(c.replace(/<br\s*\/?>/gi, '\n')).trim();

function readTable(rows: Table, out: AgendaRead): void {
  if (rows.length < 1) return;
  const width = Math.max(...rows.map((r) => r.length));
  // The time column: the one whose cells most often hold a HH:MM range.
  let timeCol = -1;
  let best = 0;
  for (let c = 0; c < width; c++) {
    const hits = rows.filter((r) => RANGE.test(normalizeDigits(r[c] ?? ''))).length;
    if (hits > best) {
      best = hits;
      timeCol = c;
    }
  }
  if (timeCol < 0) return;
  const header = rows[0]!.map((c) => cellText(c));
  const headed = !RANGE.test(normalizeDigits(rows[0]![timeCol] ?? ''));
  const find = (re: RegExp) => (headed ? header.findIndex((h, i) => i !== timeCol && re.test(h)) : -1);
  const speakerCol = find(SPEAKER_HEAD);
  let topicCol = find(TOPIC_HEAD);
  if (topicCol < 0 || topicCol === speakerCol) topicCol = timeCol + 1 < width ? timeCol + 1 : -1;
  if (topicCol < 0) return;
  const outlineCol = find(OUTLINE_HEAD);
  for (const row of rows) {
    const r = RANGE.exec(normalizeDigits(row[timeCol] ?? ''));
    if (!r) continue;
    const slot: Slot = { start: { hour: +r[1]!, minute: +r[2]! }, end: { hour: +r[3]!, minute: +r[4]! } };
    const rawTopic = (row[topicCol] ?? '').replace(/<br\s*\/?>/gi, '\n');
    const topic = cellText(rawTopic);
    const inBook = bookTitle(topic);
    const title = inBook ?? topic.split('\n')[0]!.trim();
    if (!title) continue;
    // A slot's time is kept even for breaks: the last slot is when the event ends.
    out.slots.push(slot);
    if (isNotATalk(title)) continue;
    let speakers: RawSpeaker[] = [];
    // A speaker column holds people only, so English names (`Jimmy Song`) are safe to read there.
    if (speakerCol >= 0)
      speakers = parseSpeakerList(cellText((row[speakerCol] ?? '').replace(/<br\s*\/?>/gi, '\n')), true);
    else if (inBook) {
      // `**《title》** 蚂蚁金服 SOFA 团队 碧远`: the speaker follows the title in the same cell.
      const after = topic.slice(topic.indexOf(inBook) + inBook.length).replace(/^[》>\s]+/, '');
      speakers = parseSpeakerList(after);
    }
    const t = draft(title, speakers);
    t.startTime = slot.start;
    t.endTime = slot.end;
    if (outlineCol >= 0) {
      const outline = cellText((row[outlineCol] ?? '').replace(/<br\s*\/?>/gi, '\n'));
      if (outline) t.abstract = outline;
    }
    out.talks.push(t);
  }
}

export function readAgendaTables(lines: Line[], body: string): AgendaRead {
  const out: AgendaRead = { talks: [], slots: [] };
  for (const t of markdownTables(lines)) readTable(t, out);
  if (body.includes('<table') || body.includes('<TABLE')) for (const t of htmlTables(body)) readTable(t, out);
  return out;
}
