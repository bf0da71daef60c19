// Reading the bundle's ISO dates (`2021-03-21T14:00:00+08:00` or `2021-03-21`) for calendars and
// feeds: the compiler's `.ics` and Atom files and the app's Google Calendar link.
import type { IsoDateTime } from './types';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** A calendar day, or a wall-clock time with its UTC instant. */
export type When =
  { kind: 'date'; year: number; month: number; day: number } | { kind: 'time'; instant: Date };

export function isDateOnly(value: string): boolean {
  return DATE_ONLY.test(value);
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (east positive); 0 for an unknown zone. */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const wall = wallTime(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let fmt = formatters.get(timeZone);
  if (fmt === undefined) {
    try {
      fmt = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      fmt = null;
    }
    formatters.set(timeZone, fmt);
  }
  return fmt;
}

function intlWallTime(instant: Date, fmt: Intl.DateTimeFormat): WallTime {
  const parts: Record<string, number> = {};
  for (const p of fmt.formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

// Intl is slow (microseconds per call) and the feeds ask for thousands of wall times. A zone that kept
// one whole-minute offset at every monthly probe over FAST_FROM..FAST_TO (Asia/Shanghai: +08:00 since
// its last DST in 1991) is read by arithmetic inside that span; any other zone or instant asks Intl.
const FAST_FROM = Date.UTC(1992, 0, 1);
const FAST_TO = Date.UTC(2046, 0, 1);
const steadyOffsets = new Map<string, number | null>();

function steadyOffsetMinutes(timeZone: string, fmt: Intl.DateTimeFormat): number | null {
  let off = steadyOffsets.get(timeZone);
  if (off === undefined) {
    off = null;
    for (let y = 1992; y < 2046; y++) {
      for (let m = 0; m < 12; m++) {
        const at = new Date(Date.UTC(y, m, 1));
        const w = intlWallTime(at, fmt);
        const o = (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - at.getTime()) / 60000;
        if (off === null) off = o;
        if (o !== off || !Number.isInteger(o)) {
          off = null;
          y = 2046;
          break;
        }
      }
    }
    steadyOffsets.set(timeZone, off);
  }
  return off;
}

/** The wall-clock reading of `instant` in `timeZone` (UTC when the zone is unknown). */
export function wallTime(instant: Date, timeZone: string): WallTime {
  const fmt = formatterFor(timeZone);
  if (!fmt) return wallTime(instant, 'UTC');
  const t = instant.getTime();
  if (t >= FAST_FROM && t < FAST_TO) {
    const off = steadyOffsetMinutes(timeZone, fmt);
    if (off !== null) {
      const d = new Date(t + off * 60000);
      return {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
      };
    }
  }
  return intlWallTime(instant, fmt);
}

/** Parses a bundle date; a date-time without offset is read as wall time in `timeZone`. Null when unreadable. */
export function parseWhen(value: IsoDateTime | null | undefined, timeZone: string): When | null {
  if (!value) return null;
  const s = value.trim();
  const d = DATE_ONLY.exec(s);
  if (d) return { kind: 'date', year: Number(d[1]), month: Number(d[2]), day: Number(d[3]) };
  const t = DATE_TIME.exec(s);
  if (!t) return null;
  const [, y, mo, da, h, mi, se, off] = t;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(da), Number(h), Number(mi), Number(se ?? 0));
  if (Number.isNaN(utc)) return null;
  if (off) {
    if (off.toUpperCase() === 'Z') return { kind: 'time', instant: new Date(utc) };
    const m = /^([+-])(\d{2}):?(\d{2})$/.exec(off);
    if (!m) return null;
    const minutes = (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
    return { kind: 'time', instant: new Date(utc - minutes * 60000) };
  }
  // No offset: guess with the zone's offset near that time, then correct once.
  let instant = new Date(utc - zoneOffsetMinutes(new Date(utc), timeZone) * 60000);
  instant = new Date(utc - zoneOffsetMinutes(instant, timeZone) * 60000);
  return { kind: 'time', instant };
}

/**
 * The last day (inclusive) of an all-day event that starts on `start`: its end day, or the day its end
 * instant falls on in `timeZone`; never before the start.
 */
export function lastDay(start: When & { kind: 'date' }, end: When | null, timeZone: string): Day {
  const last: Day = end?.kind === 'date' ? end : end ? wallTime(end.instant, timeZone) : start;
  return basicDate(last) < basicDate(start) ? start : last;
}

type Day = { year: number; month: number; day: number };

/** The calendar day after `w` (for exclusive all-day ends). */
export function nextDay(w: { year: number; month: number; day: number }): {
  year: number;
  month: number;
  day: number;
} {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDD` */
export function basicDate(w: { year: number; month: number; day: number }): string {
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}`;
}

/** `YYYYMMDDTHHMMSSZ` */
export function basicUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** `YYYYMMDDTHHMMSS` (floating; pair with a TZID). */
export function basicLocal(w: WallTime): string {
  return `${basicDate(w)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/** RFC 3339 in UTC without milliseconds, for Atom. */
export function rfc3339(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The instant an event starts (midnight in its zone for a date alone); for sorting and Atom dates. */
export function startInstant(value: IsoDateTime | null | undefined, timeZone: string): Date | null {
  const w = parseWhen(value, timeZone);
  if (!w) return null;
  if (w.kind === 'time') return w.instant;
  const midnight = parseWhen(`${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}T00:00:00`, timeZone);
  return midnight?.kind === 'time' ? midnight.instant : null;
}

/** `HH:MM` wall time of an ISO date-time in `timeZone`, or null for a date alone. */
export function clock(value: IsoDateTime | null | undefined, timeZone: string): string | null {
  const w = parseWhen(value, timeZone);
  if (!w || w.kind !== 'time') return null;
  const t = wallTime(w.instant, timeZone);
  return `${pad(t.hour)}:${pad(t.minute)}`;
}

const probeOffsets = new Map<string, number | null>();

/** True when `timeZone` keeps one UTC offset (no DST) over the years that matter here. */
export function fixedOffsetMinutes(timeZone: string, instants: Date[] = []): number | null {
  // The yearly probes are the same on every call: check them once per zone, then only `instants`.
  let first = probeOffsets.get(timeZone);
  if (first === undefined) {
    first = null;
    if (formatterFor(timeZone)) {
      const probes: Date[] = [];
      for (let y = 1995; y <= 2040; y += 1) {
        probes.push(new Date(Date.UTC(y, 0, 15)), new Date(Date.UTC(y, 6, 15)));
      }
      const o = zoneOffsetMinutes(probes[0]!, timeZone);
      first = probes.every((p) => zoneOffsetMinutes(p, timeZone) === o) ? o : null;
    }
    probeOffsets.set(timeZone, first);
  }
  if (first === null) return null;
  for (const p of instants) if (zoneOffsetMinutes(p, timeZone) !== first) return null;
  return first;
}
