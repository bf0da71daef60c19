// Minimal shape checks on bundle files: enough to turn a corrupt file into an error view
// instead of a crash deep inside a component.
import { DEFAULT_TIMEZONE, type BundleIndex, type Event, type Speaker } from '../../model/types';

export class BundleError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'corrupt' | 'not-found',
    readonly url: string,
  ) {
    super(message);
    this.name = 'BundleError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown) => v === null || v === undefined || typeof v === 'string';

function fail(url: string, what: string): never {
  throw new BundleError(`${url}: ${what}`, 'corrupt', url);
}

export function validateIndex(data: unknown, url: string): BundleIndex {
  if (!isObj(data)) fail(url, 'not an object');
  if (!Array.isArray(data.events)) fail(url, '`events` is not an array');
  if (!Array.isArray(data.speakers)) fail(url, '`speakers` is not an array');
  for (const e of data.events as unknown[]) {
    if (!isObj(e) || !isStr(e.slug) || !isStr(e.title)) fail(url, 'an event lacks slug or title');
    if (!isStrOrNull(e.start)) fail(url, `event ${e.slug}: bad start`);
    if (!Array.isArray(e.tags)) e.tags = [];
    if (typeof e.talkCount !== 'number') e.talkCount = 0;
    e.series ??= null;
    e.mode ??= null;
    e.city ??= null;
    e.start ??= null;
    e.end ??= null;
    if (!isStr(e.timezone)) e.timezone = DEFAULT_TIMEZONE;
  }
  for (const s of data.speakers as unknown[]) {
    if (!isObj(s) || !isStr(s.slug) || !isStr(s.name)) fail(url, 'a speaker lacks slug or name');
    if (!Array.isArray(s.aliases)) s.aliases = [];
    if (typeof s.talkCount !== 'number') s.talkCount = 0;
    s.affiliation ??= null;
  }
  return data as unknown as BundleIndex;
}

export function validateEvent(data: unknown, url: string): Event {
  if (!isObj(data) || !isStr(data.slug) || !isStr(data.title)) fail(url, 'not an event');
  if (!Array.isArray(data.talks)) fail(url, '`talks` is not an array');
  for (const t of data.talks as unknown[]) {
    if (!isObj(t) || !isStr(t.title)) fail(url, 'a talk lacks a title');
    if (!Array.isArray(t.speakers)) t.speakers = [];
    if (!Array.isArray(t.slides)) t.slides = [];
    if (!Array.isArray(t.takeaways)) t.takeaways = [];
  }
  for (const k of ['slides', 'links', 'tags', 'warnings'] as const) if (!Array.isArray(data[k])) data[k] = [];
  if (!isStr(data.html)) data.html = '';
  if (!isStr(data.timezone)) data.timezone = DEFAULT_TIMEZONE;
  return data as unknown as Event;
}

export function validateSpeaker(data: unknown, url: string): Speaker {
  if (!isObj(data) || !isStr(data.slug) || !isStr(data.name)) fail(url, 'not a speaker');
  if (!Array.isArray(data.talks)) fail(url, '`talks` is not an array');
  for (const k of ['aliases', 'coSpeakers'] as const) if (!Array.isArray(data[k])) data[k] = [];
  for (const t of data.talks as unknown[]) {
    if (!isObj(t) || !isStr(t.event) || !isStr(t.title)) fail(url, 'a talk lacks its event or title');
    if (!Array.isArray(t.slides)) t.slides = [];
  }
  return data as unknown as Speaker;
}
