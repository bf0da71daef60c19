// Chinese (and plain English) date/time phrases → calendar parts and ISO 8601 with offset.
// `2021 年 03 月 21 日（周日）14:00-17:00`, `1 月 17 日周四晚 7 点`, `上午 9:30`, `Monday, 24 June, 2019`.
// A missing year is inferred from a reference date (the post's publish date): the nearest year wins,
// so a post published on 2019-12-31 about `1 月 9 日` means 2020-01-09.
// Every pattern is anchored on digits or fixed words and uses bounded repeats: linear on any input.

export { DEFAULT_TIMEZONE } from '../model/types';
export const DEFAULT_OFFSET = '+08:00';

export interface DayParts {
  year: number;
  month: number;
  day: number;
}
export interface TimeParts {
  hour: number;
  minute: number;
}

export interface DateTimePhrase {
  /** null when the phrase names no day. */
  date: DayParts | null;
  /** True when the year was written, false when it was inferred (or no date). */
  yearWritten: boolean;
  /** 0 = Sunday … 6 = Saturday, as the phrase names it (周四, 星期日, Monday), or null. */
  weekday: number | null;
  start: TimeParts | null;
  end: TimeParts | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2021-03-21`. */
export const formatDay = (d: DayParts): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

/** `2021-03-21T14:00:00+08:00`, or the day alone when no time is known. */
export function toIso(d: DayParts, t: TimeParts | null, offset = DEFAULT_OFFSET): string {
  return t ? `${formatDay(d)}T${pad(t.hour)}:${pad(t.minute)}:00${offset}` : formatDay(d);
}

export function isValidDay(d: DayParts): boolean {
  if (d.year < 1970 || d.year > 2200 || d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
}

export function weekdayOf(d: DayParts): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

const DAY_MS = 86_400_000;
const dayNumber = (d: DayParts) => Date.UTC(d.year, d.month - 1, d.day) / DAY_MS;

/** Days from a to b (b − a). */
export const daysBetween = (a: DayParts, b: DayParts): number => dayNumber(b) - dayNumber(a);

/** The day of an ISO-ish string (`2019-01-17T10:20:00.000Z` → 2019-01-17), or null. */
export function dayOfIso(iso: string | null | undefined): DayParts | null {
  if (!iso) return null;
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const d = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
  return isValidDay(d) ? d : null;
}
const ISO_DAY = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})/;

/** The wall-clock time of an ISO string (`…T13:00:00+08:00` → 13:00), or null. */
export function timeOfIso(iso: string | null | undefined): TimeParts | null {
  if (!iso) return null;
  const m = ISO_TIME.exec(iso);
  if (!m) return null;
  const t = { hour: +m[1]!, minute: +m[2]! };
  return validTime(t) ? t : null;
}
const ISO_TIME = /^\s*\d{4}-\d{1,2}-\d{1,2}[T ](\d{1,2}):(\d{2})/;

/** The offset written in an ISO string (`+08:00`, `Z` → `+00:00`), or null. */
export function offsetOfIso(iso: string): string | null {
  const m = ISO_OFFSET.exec(iso);
  if (!m) return null;
  return m[1] === 'Z' ? '+00:00' : `${m[2]}:${m[3]}`;
}
const ISO_OFFSET = /[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(Z|([+-]\d{2}):?(\d{2}))$/;

const validTime = (t: TimeParts) => t.hour >= 0 && t.hour <= 24 && t.minute >= 0 && t.minute < 60;

/** Compare two times: negative when a is earlier. */
export const compareTime = (a: TimeParts, b: TimeParts): number =>
  a.hour * 60 + a.minute - (b.hour * 60 + b.minute);

// ---- the phrase reader -------------------------------------------------------------------------

const WEEKDAY_ZH: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS_EN = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

// Full-width digits and colons are normalized first, so the patterns only see ASCII digits.
const ZH_YMD = /(\d{4})\s{0,3}年\s{0,3}(\d{1,2})\s{0,3}月\s{0,3}(\d{1,2})\s{0,3}[日号]?/;
const ZH_MD = /(\d{1,2})\s{0,3}月\s{0,3}(\d{1,2})\s{0,3}[日号]/;
const NUM_YMD = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const EN_DMY = /\b(\d{1,2})(?:st|nd|rd|th)?\s{1,3}([A-Za-z]{3,9})\.?,?\s{1,3}(\d{4})\b/;
const EN_MDY = /\b([A-Za-z]{3,9})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})\b/;
const ZH_WEEKDAY = /(?:周|星期|礼拜)\s{0,2}([一二三四五六日天])/;
const EN_WEEKDAY = /\b(Sun|Mon|Tue|Wed|Thu|Fri|Sat)[a-z]{0,6}\b/i;

const PERIOD = '(上午|早上|早晨|中午|下午|傍晚|晚上|晚间|晚|AM|am|PM|pm)?';
const CLOCK = '(\\d{1,2})\\s{0,2}:\\s{0,2}(\\d{2})';
const DASH = '\\s{0,3}(?:-{1,2}|–|—{1,2}|~|～|至|到|to)\\s{0,3}';
const TIME_RANGE = new RegExp(`${PERIOD}\\s{0,2}${CLOCK}${DASH}${PERIOD}\\s{0,2}${CLOCK}`);
const TIME_CLOCK = new RegExp(`${PERIOD}\\s{0,2}${CLOCK}`);
// `晚 7 点`, `下午 13 点`, `晚上 8 点半`, `上午 9 点 30 分`: a period word is required for bare hours.
const TIME_DIAN = new RegExp(
  `(上午|早上|早晨|中午|下午|傍晚|晚上|晚间|晚)\\s{0,2}(\\d{1,2})\\s{0,2}[点时](?:\\s{0,2}(半)|\\s{0,2}(\\d{1,2})\\s{0,2}分)?`,
);
const DIAN_RANGE = new RegExp(
  `(上午|早上|早晨|中午|下午|傍晚|晚上|晚间|晚)\\s{0,2}(\\d{1,2})\\s{0,2}[点时]${DASH}(\\d{1,2})\\s{0,2}[点时]`,
);

const PM_WORDS = new Set(['下午', '傍晚', '晚上', '晚间', '晚', 'PM', 'pm']);
const AM_WORDS = new Set(['AM', 'am', '上午', '早上', '早晨']);

function withPeriod(period: string | undefined, hour: number): number {
  if (!period) return hour;
  if (PM_WORDS.has(period) && hour < 12) return hour + 12;
  if (period === '中午' && hour < 6) return hour + 12;
  if (AM_WORDS.has(period) && hour === 12) return 0;
  return hour;
}

/** Full-width digits, colons and tildes → ASCII, so one set of patterns reads both. */
export function normalizeDigits(text: string): string {
  if (!WIDE.test(text)) return text;
  return text.replace(WIDE_ALL, (ch) =>
    ch === '：' ? ':' : String.fromCharCode(ch.charCodeAt(0) - 0xff10 + 48),
  );
}
const WIDE = /[\uff10-\uff19：]/;
const WIDE_ALL = /[\uff10-\uff19：]/g;

function monthFromEnglish(word: string): number | null {
  const i = MONTHS_EN.indexOf(word.slice(0, 3).toLowerCase());
  return i >= 0 ? i + 1 : null;
}

/** Picks the year for a month/day that has none: the one nearest the reference day. */
export function inferYear(month: number, day: number, ref: DayParts | null): number | null {
  if (!ref) return null;
  let best: number | null = null;
  let bestGap = Infinity;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const d = { year, month, day };
    if (!isValidDay(d)) continue;
    const gap = Math.abs(daysBetween(ref, d));
    if (gap < bestGap) {
      bestGap = gap;
      best = year;
    }
  }
  return best;
}

interface Found<T> {
  value: T;
  index: number;
  length: number;
}

function findDate(text: string, ref: DayParts | null): Found<{ d: DayParts; yearWritten: boolean }> | null {
  let m = ZH_YMD.exec(text);
  if (m && m[0].includes('月')) {
    const d = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
    if (isValidDay(d)) return { value: { d, yearWritten: true }, index: m.index, length: m[0].length };
  }
  m = NUM_YMD.exec(text);
  if (m) {
    const d = { year: +m[1]!, month: +m[2]!, day: +m[3]! };
    if (isValidDay(d)) return { value: { d, yearWritten: true }, index: m.index, length: m[0].length };
  }
  m = ZH_MD.exec(text);
  if (m) {
    const month = +m[1]!;
    const day = +m[2]!;
    const year = inferYear(month, day, ref);
    if (year !== null) {
      return {
        value: { d: { year, month, day }, yearWritten: false },
        index: m.index,
        length: m[0].length,
      };
    }
  }
  m = EN_DMY.exec(text);
  if (m) {
    const month = monthFromEnglish(m[2]!);
    const d = month ? { year: +m[3]!, month, day: +m[1]! } : null;
    if (d && isValidDay(d)) return { value: { d, yearWritten: true }, index: m.index, length: m[0].length };
  }
  m = EN_MDY.exec(text);
  if (m) {
    const month = monthFromEnglish(m[1]!);
    const d = month ? { year: +m[3]!, month, day: +m[2]! } : null;
    if (d && isValidDay(d)) return { value: { d, yearWritten: true }, index: m.index, length: m[0].length };
  }
  return null;
}

function time(hour: number, minute: number): TimeParts | null {
  const t = { hour, minute };
  return validTime(t) ? t : null;
}

/** The first time or time range in a text: `14:00-17:00`, `晚 7 点`, `上午 9:30`. */
export function findTimes(text: string): { start: TimeParts | null; end: TimeParts | null; index: number } {
  const s = normalizeDigits(text);
  let m = TIME_RANGE.exec(s);
  if (m) {
    const startPeriod = m[1];
    const endPeriod = m[4] ?? startPeriod;
    const start = time(withPeriod(startPeriod, +m[2]!), +m[3]!);
    let end = time(withPeriod(endPeriod, +m[5]!), +m[6]!);
    // `晚 7:00-8:00` carries the period over to the end; `13:00-5:00` is read as 17:00.
    if (start && end && compareTime(end, start) < 0 && end.hour < 12) end = time(end.hour + 12, end.minute);
    if (start) return { start, end, index: m.index };
  }
  m = DIAN_RANGE.exec(s);
  if (m) {
    const start = time(withPeriod(m[1], +m[2]!), 0);
    const end = time(withPeriod(m[1], +m[3]!), 0);
    if (start) return { start, end, index: m.index };
  }
  const clock = TIME_CLOCK.exec(s);
  const dian = TIME_DIAN.exec(s);
  // Whichever comes first in the text wins.
  if (clock && (!dian || clock.index <= dian.index)) {
    const start = time(withPeriod(clock[1], +clock[2]!), +clock[3]!);
    if (start) return { start, end: null, index: clock.index };
  }
  if (dian) {
    const minute = dian[3] ? 30 : dian[4] ? +dian[4] : 0;
    const start = time(withPeriod(dian[1], +dian[2]!), minute);
    if (start) return { start, end: null, index: dian.index };
  }
  return { start: null, end: null, index: -1 };
}

/**
 * Reads one date/time phrase. `ref` is the day a missing year is inferred from (the post's date);
 * without it a month/day phrase has no date. Never throws.
 */
export function parseDateTime(text: string, ref: DayParts | null = null): DateTimePhrase {
  const s = normalizeDigits(String(text ?? '').slice(0, 2000));
  const found = findDate(s, ref);
  let weekday: number | null = null;
  let rest = s;
  if (found) {
    // The weekday, if any, follows the date closely: `（周日）`, `周四晚`, `, Monday`. English puts it first.
    const after = s.slice(found.index + found.length, found.index + found.length + 8);
    const w = ZH_WEEKDAY.exec(after);
    if (w) weekday = WEEKDAY_ZH[w[1]!] ?? null;
    else {
      const en = EN_WEEKDAY.exec(s.slice(Math.max(0, found.index - 12), found.index + found.length + 12));
      if (en) weekday = WEEKDAYS_EN.indexOf(en[1]!.slice(0, 3).toLowerCase());
    }
    // Times are read after the date so `2021-03-21` is never mistaken for a clock.
    rest = s.slice(found.index + found.length);
  }
  let { start, end } = findTimes(rest);
  if (!start && found) ({ start, end } = findTimes(s.slice(0, found.index)));
  return {
    date: found ? found.value.d : null,
    yearWritten: found ? found.value.yearWritten : false,
    weekday,
    start,
    end,
  };
}
