// A whole run: every post read becomes an event or an error (posts read = events + errors);
// section pages, drafts and bundle resources are skipped and listed. Slugs are made unique and
// speakers resolved across all posts here, once, in linear time.
import type { Event, Speaker, SpeakerRef } from '../model/types';
import type { CompiledPost, PostOutcome } from './compile-post';
import { compileFiles } from './parallel';
import { loadPosts, type Skipped } from './load';
import type { PostError } from './parse-post';
import { assignSlugs } from './slug';
import { loadSpeakerOverrides, resolveSpeakers, type SpeakerOverride } from './speakers';

export interface CompileResult {
  /** Newest first; undated last. */
  events: Event[];
  /** By name. */
  speakers: Speaker[];
  errors: PostError[];
  skipped: Skipped[];
  /** Posts read (not skipped): always events.length + errors.length. */
  postsRead: number;
  /** Problems not tied to one post (e.g. the speaker override file). */
  runWarnings: string[];
}

export interface CompileOptions {
  contentDir: string;
  /** Extra worker threads (see parallel.ts); default: by core count and run size. */
  workers?: number;
  /** Called now and then while posts compile. */
  onProgress?: (done: number, total: number) => void;
}

/** Compiles a content dir, on all cores for a large one. Throws only when the dir cannot be read. */
export async function compileContentDir({
  contentDir,
  onProgress,
  workers,
}: CompileOptions): Promise<CompileResult> {
  const loaded = loadPosts(contentDir);
  const overrides = loadSpeakerOverrides(contentDir);
  const outcomes = await compileFiles(loaded.files, { onProgress, workers });
  const result = finishRun(outcomes, overrides.entries);
  result.skipped = [...loaded.skipped, ...result.skipped].sort((a, b) =>
    a.source < b.source ? -1 : a.source > b.source ? 1 : 0,
  );
  result.runWarnings.unshift(...overrides.warnings);
  return result;
}

/**
 * Final events of the previous run, by source: an event whose post, slug and speaker refs are all
 * unchanged is reused as is (same object), so per-event output downstream can be memoized.
 */
export type FinishMemo = Map<string, FinishedPost>;

interface FinishedPost {
  post: CompiledPost;
  key: string;
  event: Event;
  slug: string;
  /** What finishing added: the slug warning and the speaker warnings. */
  extra: string[];
  refs: SpeakerRef[][] | undefined;
}

function finished(p: CompiledPost, slug: string, refs: SpeakerRef[][] | undefined, extra: string[]): Event {
  return {
    ...p.event,
    slug,
    talks: p.event.talks.map((t, i) => ({ ...t, speakers: refs?.[i] ?? [] })),
    warnings: [...p.event.warnings, ...extra],
  };
}

/**
 * The final event of a recompiled post, taken from the last full finish when nothing that finishing
 * depends on changed in this post (its slug request and its speakers as written); null otherwise.
 * Watch mode writes it at once, before the full finish (which has the last word) runs.
 */
export function quickFinish(post: CompiledPost, memo: FinishMemo): Event | null {
  const before = memo.get(post.source);
  if (!before) return null;
  const a = before.post;
  if (a.slug !== post.slug || a.explicitSlug !== post.explicitSlug) return null;
  if (a.event.talks.length !== post.event.talks.length) return null;
  if (JSON.stringify(a.rawSpeakers) !== JSON.stringify(post.rawSpeakers)) return null;
  return finished(post, before.slug, before.refs, before.extra);
}

/** Everything after the per-post work: unique slugs, speaker identities, order. Never mutates `outcomes`. */
export function finishRun(
  outcomes: PostOutcome[],
  overrides: SpeakerOverride[],
  memo?: FinishMemo,
): CompileResult {
  const posts: CompiledPost[] = [];
  const errors: PostError[] = [];
  const skipped: Skipped[] = [];
  for (const out of outcomes) {
    if (out.status === 'ok') posts.push(out.post);
    else if (out.status === 'error') errors.push(out.error);
    else skipped.push({ source: out.source, reason: 'draft' });
  }

  // Unique slugs.
  const slugs = assignSlugs(posts.map((p) => ({ source: p.source, slug: p.slug, explicit: p.explicitSlug })));

  // Speakers across all events.
  const resolved = resolveSpeakers(
    posts.map((p) => ({
      slug: slugs.get(p.source)!.slug,
      source: p.source,
      title: p.event.title,
      start: p.event.start,
      talks: p.event.talks.map((t, i) => ({
        id: t.id,
        title: t.title,
        slides: t.slides,
        speakers: p.rawSpeakers[i] ?? [],
      })),
    })),
    overrides,
  );
  const seen = memo ? new Set<string>() : null;
  const events = posts.map((p) => {
    const s = slugs.get(p.source)!;
    const refs = resolved.refs.get(s.slug);
    const extra = resolved.warnings.get(s.slug) ?? [];
    const added = s.warning ? [s.warning, ...extra] : extra;
    const key = memo ? JSON.stringify([s.slug, refs ?? null, added]) : '';
    const before = memo?.get(p.source);
    seen?.add(p.source);
    if (before && before.post === p && before.key === key) return before.event;
    const event = finished(p, s.slug, refs, added);
    memo?.set(p.source, { post: p, key, event, slug: s.slug, extra: added, refs });
    return event;
  });
  if (memo && seen) for (const source of memo.keys()) if (!seen.has(source)) memo.delete(source);

  events.sort(newestFirst);
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    events,
    speakers: resolved.speakers,
    errors,
    skipped,
    postsRead: events.length + errors.length,
    runWarnings: [],
  };
}

/** Newest first by start; undated (announcements mostly) last; then by slug. */
export function newestFirst(a: Event, b: Event): number {
  if (a.start !== b.start) {
    if (a.start === null) return 1;
    if (b.start === null) return -1;
    const ta = startTime(a.start);
    const tb = startTime(b.start);
    if (ta !== tb) return tb - ta;
  }
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

function startTime(iso: string): number {
  // A date alone counts as that day's midnight in China's offset, the default zone.
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00+08:00` : iso);
  return Number.isNaN(t) ? 0 : t;
}
