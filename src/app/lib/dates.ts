// Dates and times of events, shown in the event's own time zone with Intl.
import { DEFAULT_TIMEZONE, type IsoDateTime } from '../../model/types';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDateOnly(iso: string): boolean {
  return DATE_ONLY.test(iso);
}

const validTz = new Map<string, boolean>();
/** The zone if Intl knows it, else the default: a typo in a post must not crash a page. */
export function safeTz(tz: string | null | undefined): string {
  if (!tz) return DEFAULT_TIMEZONE;
  let ok = validTz.get(tz);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      ok = true;
    } catch {
      ok = false;
    }
    validTz.set(tz, ok);
  }
  return ok ? tz : DEFAULT_TIMEZONE;
}

/** The instant of an ISO value; a date alone is read as the start of that day (UTC, for display as a day). */
export function toDate(iso: IsoDateTime): Date | null {
  const m = DATE_ONLY.exec(iso);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(opts);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, opts);
    formatters.set(key, f);
  }
  return f;
}

function zoneFor(iso: string, tz: string): string {
  return isDateOnly(iso) ? 'UTC' : safeTz(tz);
}

/** `2021年3月21日 周日` / `Sun, Mar 21, 2021`. */
export function formatDate(iso: IsoDateTime, tz: string, locale: string, month: 'short' | 'long' = 'short') {
  const d = toDate(iso);
  if (!d) return iso;
  return fmt(locale, {
    timeZone: zoneFor(iso, tz),
    year: 'numeric',
    month,
    day: 'numeric',
    // Chinese says 周日 everywhere (星期日 is the long form); English spells the day out in long dates.
    weekday: locale.startsWith('zh') ? 'short' : month,
  }).format(d);
}

/** `14:00`, or null when only the day is known. */
export function formatTime(iso: IsoDateTime | null, tz: string, locale: string): string | null {
  if (!iso || isDateOnly(iso)) return null;
  const d = toDate(iso);
  if (!d) return null;
  return fmt(locale, { timeZone: safeTz(tz), hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    d,
  );
}

/** The day of an ISO value in a zone, `YYYY-MM-DD`, to tell whether start and end share a day. */
function dayKey(iso: IsoDateTime, tz: string): string {
  if (isDateOnly(iso)) return iso;
  const d = toDate(iso);
  if (!d) return iso;
  return fmt('en-CA', { timeZone: safeTz(tz), year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

/** `GMT+8`: the zone's offset at that instant. */
export function offsetLabel(iso: IsoDateTime, tz: string, locale: string): string {
  const d = toDate(iso);
  if (!d) return '';
  const parts = fmt(locale, { timeZone: safeTz(tz), timeZoneName: 'shortOffset' }).formatToParts(d);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
}

export interface EventWhen {
  date: string;
  /** `14:00–17:00`, `14:00`, or null for a day without a time. */
  time: string | null;
  /** The last day when the event spans several days. */
  endDate: string | null;
  /** When a time is shown, its zone: `Asia/Shanghai` and its offset then, `GMT+8`. */
  zone: { name: string; offset: string } | null;
}

export function describeWhen(
  start: IsoDateTime | null,
  end: IsoDateTime | null,
  tz: string,
  locale: string,
  month: 'short' | 'long' = 'long',
): EventWhen | null {
  if (!start || !toDate(start)) return null;
  const zone = safeTz(tz);
  const date = formatDate(start, zone, locale, month);
  const t0 = formatTime(start, zone, locale);
  const sameDay = !end || !toDate(end) || dayKey(end, zone) === dayKey(start, zone);
  const endDate = sameDay || !end ? null : formatDate(end, zone, locale, month);
  const t1 = end ? formatTime(end, zone, locale) : null;
  const time = t0 ? (t1 && sameDay ? `${t0}–${t1}` : t0) : null;
  return { date, time, endDate, zone: t0 ? { name: zone, offset: offsetLabel(start, zone, locale) } : null };
}

/** `3月21日周日` / `Sun, Mar 21`: the timeline's day, under a month heading. */
export function formatDay(iso: IsoDateTime, tz: string, locale: string): string {
  const d = toDate(iso);
  if (!d) return iso;
  return fmt(locale, { timeZone: zoneFor(iso, tz), month: 'short', day: 'numeric', weekday: 'short' }).format(
    d,
  );
}

/** `3月` / `March`: a month under its year's heading. */
export function formatMonthName(year: number, month: number, locale: string): string {
  // Chinese reads `5月` (not `五月`) for a numbered month.
  const style = locale.startsWith('zh') ? 'short' : 'long';
  return fmt(locale, { timeZone: 'UTC', month: style }).format(new Date(Date.UTC(year, month - 1, 1)));
}

/** `2021年3月` / `March 2021`. */
export function formatMonth(year: number, month: number, locale: string): string {
  return fmt(locale, { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(
    new Date(Date.UTC(year, month - 1, 1)),
  );
}
