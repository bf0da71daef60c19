// One post → an Event (speaker identities and the final slug are settled later, across all
// posts, in compile.ts) or a typed error. Never throws: a failing front-matter normalizer or body
// extractor turns into a warning on the event, and what they return is checked against the
// contract (ISO dates, http(s) URLs, strings) before it reaches the bundle.
import {
  DEFAULT_TIMEZONE,
  type Event,
  type EventLink,
  type EventMode,
  type IsoDateTime,
  type LinkKind,
  type Talk,
} from '../model/types';
import type { FrontMatter, PostFacts, RawSpeaker } from './facts';
import { normalizeFrontMatter } from './front-matter';
import { extractFacts } from './extract/index';
import { decodePost, messageOf, parsePost, type PostError } from './parse-post';
import { renderBody, safeHttpUrl } from './html';
import { baseSlug } from './slug';

export interface CompiledPost {
  source: string;
  /** The slug the post asks for; compile.ts makes it unique. */
  slug: string;
  explicitSlug: boolean;
  /** Complete except `slug` (set by compile.ts) and talk speaker refs (set from `rawSpeakers`). */
  event: Event;
  /** Per talk, the speakers as written in the post. */
  rawSpeakers: RawSpeaker[][];
}

export type PostOutcome =
  | { status: 'ok'; post: CompiledPost }
  | { status: 'error'; error: PostError }
  | { status: 'draft'; source: string };

export interface PostInput {
  source: string;
  /** The file's bytes, or its text. */
  content: Uint8Array | string;
}

const SUMMARY_MAX = 200;
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const MODES: readonly string[] = ['offline', 'online', 'hybrid'];
const LINK_KINDS: readonly string[] = ['video', 'live', 'registration', 'source', 'other'];

/** Compiles one post. Never throws. */
export function compilePost(input: PostInput): PostOutcome {
  const { source } = input;
  try {
    return compileUnsafe(input);
  } catch (e) {
    // Only a bug in this file gets here; still, one post must not take the others down.
    return {
      status: 'error',
      error: { file: source, line: null, reason: `the compiler failed on this post: ${messageOf(e)}` },
    };
  }
}

function compileUnsafe({ source, content }: PostInput): PostOutcome {
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    const decoded = decodePost(content, source);
    if (!decoded.ok) return { status: 'error', error: decoded.error };
    text = decoded.text;
  }
  const parsed = parsePost(text, source);
  if (!parsed.ok) return { status: 'error', error: parsed.error };
  const { data, body } = parsed.post;
  const warnings: string[] = [...parsed.post.warnings];

  let fm: FrontMatter;
  try {
    fm = normalizeFrontMatter(data, source);
  } catch (e) {
    fm = fallbackFrontMatter(data);
    warnings.push(
      `Some front-matter fields could not be read (${messageOf(e)}); only title, date and tags were used. Check the front matter for fields of the wrong type.`,
    );
  }
  if (fm.draft === true || data.draft === true || data.draft === 'true') {
    return { status: 'draft', source };
  }
  for (const w of fm.warnings ?? []) warnings.push(String(w));

  const rendered = renderBody(body);

  let facts: PostFacts;
  try {
    facts = extractFacts({ body, frontMatter: fm, source });
  } catch (e) {
    facts = emptyFacts();
    warnings.push(
      `The post body could not be read (${messageOf(e)}), so it is published as an announcement without date, place or talks. Please report this post to the compiler's maintainers.`,
    );
  }

  const factsWarnings = Array.isArray(facts.warnings) ? facts.warnings.map(String) : [];
  warnings.push(...factsWarnings);

  const start = isoOrNull(facts.start, 'start', warnings);
  const end = isoOrNull(facts.end, 'end', warnings);

  let title = str(fm.title);
  if (!title) {
    title = rendered.firstHeading ?? fileStem(source);
    if (!warnings.some((w) => w.includes('`title`'))) {
      warnings.push(
        `The post has no \`title\` in its front matter; "${title}" is used instead. Add a \`title:\` line.`,
      );
    }
  }
  // A front-matter date that is no date must not pass silently (the normalizer may drop it).
  for (const key of ['date', 'date_end', 'publishDate']) {
    const v = data[key];
    if (v == null || v === '' || v instanceof Date) continue;
    const s = String(v).trim();
    if (isValidIso(s) || warnings.some((w) => w.includes(s))) continue;
    warnings.push(
      `The front-matter \`${key}\` "${clip(s)}" is not a valid date, so it is ignored. Write it like \`2021-03-21T14:00:00+08:00\` or \`2021-03-21\`.`,
    );
  }
  const summary = str(fm.summary) ?? truncate(rendered.firstParagraph, SUMMARY_MAX);

  let cover: string | null = null;
  if (fm.cover != null && fm.cover !== '') {
    cover = safeHttpUrl(fm.cover);
    if (!cover)
      warnings.push(
        `The cover "${clip(String(fm.cover))}" is not an http(s) URL, so the event has no cover image. Use a full https:// address.`,
      );
  }

  const talks: Talk[] = [];
  const rawSpeakers: RawSpeaker[][] = [];
  for (const t of Array.isArray(facts.talks) ? facts.talks : []) {
    if (!t || typeof t !== 'object') continue;
    const talkTitle = str(t.title);
    const speakers = Array.isArray(t.speakers) ? t.speakers.filter(isRawSpeaker) : [];
    if (!talkTitle && speakers.length === 0) continue;
    talks.push({
      id: `t${talks.length + 1}`,
      title: talkTitle ?? '',
      speakers: [],
      abstract: str(t.abstract),
      takeaways: strings(t.takeaways),
      slides: urls(t.slides),
      video: safeHttpUrl(t.video),
      start: isoOrNull(t.start, null, warnings),
      end: isoOrNull(t.end, null, warnings),
    });
    rawSpeakers.push(speakers);
  }

  const { slug, from } = baseSlug(source, str(fm.slug));
  const kind = facts.kind === 'event' ? 'event' : 'announcement';
  const event: Event = {
    slug,
    source,
    title,
    summary,
    kind,
    series: str(facts.series),
    start,
    end,
    timezone: str(facts.timezone) ?? DEFAULT_TIMEZONE,
    mode: typeof facts.mode === 'string' && MODES.includes(facts.mode) ? (facts.mode as EventMode) : null,
    city: str(facts.city),
    venue: str(facts.venue),
    talks,
    slides: urls(facts.slides),
    links: links(facts.links),
    tags: strings(fm.tags),
    cover,
    html: rendered.html,
    warnings: dedupe(warnings),
  };
  return {
    status: 'ok',
    post: { source, slug, explicitSlug: from === 'front matter', event, rawSpeakers },
  };
}

function emptyFacts(): PostFacts {
  return {
    kind: 'announcement',
    series: null,
    start: null,
    end: null,
    timezone: DEFAULT_TIMEZONE,
    mode: null,
    city: null,
    venue: null,
    talks: [],
    slides: [],
    links: [],
    warnings: [],
  };
}

/** What is left of the front matter when the normalizer fails. */
export function fallbackFrontMatter(data: Record<string, unknown>): FrontMatter {
  const s = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return {
    family: 'generic',
    title: s(data.title),
    slug: s(data.slug),
    summary: s(data.description) ?? s(data.summary),
    date: s(data.date),
    dateEnd: null,
    publishDate: null,
    allDay: false,
    draft: data.draft === true,
    tags: Array.isArray(data.tags) ? data.tags.filter((t) => typeof t === 'string') : [],
    categories: [],
    cover: null,
    address: null,
    location: null,
    authors: [],
    urls: { slides: null, video: null, pdf: null, code: null, event: null },
    warnings: [],
  };
}

function isoOrNull(v: unknown, which: 'start' | 'end' | null, warnings: string[]): IsoDateTime | null {
  if (v == null || v === '') return null;
  if (typeof v === 'string' && isValidIso(v)) return v;
  if (which) {
    warnings.push(
      `The event's ${which} "${clip(String(v))}" is not a date the compiler can read, so the event has no ${which} time. Write it like \`2021-03-21T14:00:00+08:00\` in the front matter or \`活动时间：2021 年 03 月 21 日 14:00-17:00\` in the body.`,
    );
  }
  return null;
}

/** ISO 8601 as the bundle writes it, and a real calendar date (no 2021-13-45). */
function isValidIso(v: string): boolean {
  if (!ISO.test(v)) return false;
  const [y, m, d] = v.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isRawSpeaker(s: unknown): s is RawSpeaker {
  return (
    !!s &&
    typeof s === 'object' &&
    typeof (s as RawSpeaker).name === 'string' &&
    !!(s as RawSpeaker).name.trim()
  );
}

function str(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.trim();
  return s ? s : null;
}

function strings(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return dedupe(v.map(str).filter((x): x is string => x !== null));
}

function urls(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return dedupe(v.map(safeHttpUrl).filter((x): x is string => x !== null));
}

function links(v: unknown): EventLink[] {
  if (!Array.isArray(v)) return [];
  const out: EventLink[] = [];
  const seen = new Set<string>();
  for (const l of v) {
    if (!l || typeof l !== 'object') continue;
    const url = safeHttpUrl((l as EventLink).url);
    if (!url) continue;
    const kind = LINK_KINDS.includes((l as EventLink).kind) ? (l as EventLink).kind : ('other' as LinkKind);
    const key = `${kind}\0${url}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // No label ("") when the text says nothing of where the link leads: the app names it by its kind.
    out.push({ kind, label: str((l as EventLink).label) ?? '', url });
  }
  return out;
}

function dedupe<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function truncate(s: string | null, max: number): string | null {
  if (!s) return null;
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

function fileStem(source: string): string {
  const parts = source.split('/');
  const file = parts.pop() ?? source;
  const stem = file.replace(/\.(md|markdown)$/i, '');
  return stem.toLowerCase() === 'index' && parts.length ? (parts.pop() ?? stem) : stem;
}
