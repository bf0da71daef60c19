// When the event happens. Candidates, strongest first: the 活动时间/时间/日期 (or English Date + Time)
// summary line, a 直播时间 line, a date standing on its own line (with the time on the next line), the
// front-matter description, a date in the post's path (`…-20190106`), and dated phrases in the prose.
// The first candidate with a day is the event's day; when it names a weekday the day is not, a candidate
// whose day is that weekday wins (a date pasted from another post is the usual cause). A missing end
// comes from another candidate that starts at the same time, or from the end of the agenda.
import {
  compareTime,
  dayOfIso,
  daysBetween,
  formatDay,
  parseDateTime,
  weekdayOf,
  type DateTimePhrase,
  type DayParts,
  type TimeParts,
} from '../dates';
import type { Line } from './markdown';
import type { Labelled } from './summary-list';
import type { Slot } from './talk';

interface Candidate extends DateTimePhrase {
  from: string;
  text: string;
}

export interface When {
  day: DayParts | null;
  start: TimeParts | null;
  end: TimeParts | null;
  /** Where the day came from, for messages. */
  from: string | null;
  warnings: string[];
}

const MAIN_LABEL = /^(?:活动时间|活动日期|会议时间|会议日期|时间|日期|举办时间|Date|When)$/i;
const TIME_LABEL = /^(?:Time|时段)$/i;
const LIVE_LABEL = /^(?:直播时间|开播时间|开始时间|分享时间|Live)$/i;
const DAY_LINE =
  /^(?:\d{4}\s{0,2}年\s{0,2})?\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}[日号](?:\s{0,2}[（(]?\s{0,2}(?:周|星期)[一二三四五六日天][）)]?)?(?:\s{0,2}.{0,20})?$/;
const TIMEISH = /\d{1,2}\s{0,2}[:：]\s{0,2}\d{2}|[点时]/;
const PATH_DATE = /(?:^|[^\d])(20\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?:[^\d]|$)/;
const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

const hhmm = (t: TimeParts) => `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;

export function collectCandidates(
  lines: Line[],
  fields: Labelled[],
  description: string | null,
  source: string,
  ref: DayParts | null,
): Candidate[] {
  const out: Candidate[] = [];
  const add = (from: string, text: string) => {
    const p = parseDateTime(text, ref);
    if (p.date || p.start) out.push({ ...p, from, text });
  };
  const main = fields.filter((f) => MAIN_LABEL.test(f.label));
  for (const f of main) {
    let text = f.value;
    // English summary lists put the day and the hours on two lines: `Date: …` and `Time: 9:00 – 16:00`.
    const time = fields.find((t) => TIME_LABEL.test(t.label));
    if (time && !/\d{1,2}\s*[:：]\s*\d{2}/.test(text)) text += ` ${time.value}`;
    add(`${f.label} line`, text);
  }
  for (const f of fields) if (LIVE_LABEL.test(f.label)) add(`${f.label} line`, f.value);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.text.length > 40 || !DAY_LINE.test(l.text)) continue;
    let text = l.text;
    const next = lines.slice(i + 1, i + 4).find((x) => x.text);
    if (next && next.text.length <= 30 && TIMEISH.test(next.text)) text += ` ${next.text}`;
    add('a date line in the body', text);
  }
  if (description) add('the description', description);
  const path = PATH_DATE.exec(source);
  if (path) add('the post’s path', `${path[1]}-${path[2]}-${path[3]}`);
  for (const l of lines) {
    if (l.text.length > 300 || !/月\s{0,2}\d{1,2}\s{0,2}[日号]/.test(l.text)) continue;
    const p = parseDateTime(l.text, ref);
    if (p.date && p.start) out.push({ ...p, from: 'the text', text: l.text });
  }
  return out;
}

export function resolveWhen(candidates: Candidate[], slots: Slot[], ref: DayParts | null = null): When {
  const warnings: string[] = [];
  const dated = candidates.filter((c) => c.date);
  let primary = dated[0] ?? null;
  if (!primary) {
    return { day: null, start: null, end: null, from: null, warnings };
  }
  let day = primary.date!;
  if (primary.weekday !== null && weekdayOf(day) !== primary.weekday) {
    const named = primary.weekday;
    // An announcement's event is not before the post itself: a day before it is a leftover.
    const plausible = (d: DayParts) =>
      !ref || daysBetween(ref, primary!.date!) < 0 || daysBetween(ref, d) >= 0;
    const alt = dated.find((c) => c !== primary && weekdayOf(c.date!) === named && plausible(c.date!));
    const msg = `${primary.from} says ${formatDay(day)} is ${WEEKDAY_NAMES[named]}, but it is ${WEEKDAY_NAMES[weekdayOf(day)]}`;
    if (alt) {
      warnings.push(
        `${msg}; ${formatDay(alt.date!)} from ${alt.from} was used instead. Correct the date or the weekday`,
      );
      day = alt.date!;
      if (!primary.start) primary = { ...primary, start: alt.start, end: alt.end };
    } else warnings.push(`${msg}; correct the date or the weekday`);
  }
  let start = primary.start;
  let end = primary.end;
  if (!start) {
    const same = candidates.find((c) => c.start && c.date && formatDay(c.date) === formatDay(day));
    if (same) ({ start, end } = same);
  }
  const firstSlot = slots.reduce<TimeParts | null>(
    (a, s) => (!a || compareTime(s.start, a) < 0 ? s.start : a),
    null,
  );
  if (!start && firstSlot) start = firstSlot;
  if (start && !end) {
    const sameStart = candidates.find((c) => c.start && c.end && compareTime(c.start, start!) === 0);
    if (sameStart) end = sameStart.end;
  }
  if (start && !end) {
    const lastEnd = slots.reduce<TimeParts | null>(
      (a, s) => (s.end && (!a || compareTime(s.end, a) > 0) ? s.end : a),
      null,
    );
    if (lastEnd && compareTime(lastEnd, start) > 0) end = lastEnd;
  }
  if (start && end && compareTime(end, start) <= 0) {
    warnings.push(
      `the event ends (${hhmm(end)}) before it starts (${hhmm(start)}); write the hours as 14:00-17:00`,
    );
    end = null;
  }
  return { day, start, end, from: primary.from, warnings };
}

/** The reference day for years the body leaves out: the post's date, else its publish date. */
export function referenceDay(date: string | null, publishDate: string | null): DayParts | null {
  return dayOfIso(date) ?? dayOfIso(publishDate);
}
