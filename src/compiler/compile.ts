// A whole run: every post read becomes an event or an error (posts read = events + errors);
// section pages, drafts and bundle resources are skipped and listed. Slugs are made unique and
// speakers resolved across all posts here, once, in linear time.
import fs from 'node:fs';
import type { Event, Speaker } from '../model/types';
import { compilePost, type CompiledPost, type PostInput } from './compile-post';
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
  /** Called now and then while posts compile. */
  onProgress?: (done: number, total: number) => void;
}

/** Compiles a content dir. Throws only when the dir itself cannot be read. */
export function compileContentDir({ contentDir, onProgress }: CompileOptions): CompileResult {
  const loaded = loadPosts(contentDir);
  const overrides = loadSpeakerOverrides(contentDir);
  const inputs = (function* (): Generator<PostInput | PostError> {
    for (const f of loaded.files) {
      let content: Uint8Array;
      try {
        content = fs.readFileSync(f.path);
      } catch (e) {
        yield { file: f.source, line: null, reason: `the file could not be read: ${(e as Error).message}` };
        continue;
      }
      yield { source: f.source, content };
    }
  })();
  const result = compilePosts(inputs, {
    overrides: overrides.entries,
    total: loaded.files.length,
    onProgress,
  });
  result.skipped = [...loaded.skipped, ...result.skipped].sort((a, b) =>
    a.source < b.source ? -1 : a.source > b.source ? 1 : 0,
  );
  result.runWarnings.unshift(...overrides.warnings);
  return result;
}

export interface CompilePostsOptions {
  overrides?: SpeakerOverride[];
  total?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Compiles posts already in memory (an input may be a read error, passed through). */
export function compilePosts(
  inputs: Iterable<PostInput | PostError>,
  { overrides = [], total = 0, onProgress }: CompilePostsOptions = {},
): CompileResult {
  const posts: CompiledPost[] = [];
  const errors: PostError[] = [];
  const skipped: Skipped[] = [];
  let done = 0;
  let lastTick = 0;
  for (const input of inputs) {
    if ('reason' in input) errors.push(input);
    else {
      const out = compilePost(input);
      if (out.status === 'ok') posts.push(out.post);
      else if (out.status === 'error') errors.push(out.error);
      else skipped.push({ source: out.source, reason: 'draft' });
    }
    done++;
    if (onProgress && (done - lastTick >= 200 || done === total)) {
      lastTick = done;
      onProgress(done, Math.max(total, done));
    }
  }

  // Unique slugs.
  const slugs = assignSlugs(posts.map((p) => ({ source: p.source, slug: p.slug, explicit: p.explicitSlug })));
  for (const p of posts) {
    const s = slugs.get(p.source)!;
    p.event.slug = s.slug;
    if (s.warning) p.event.warnings.push(s.warning);
  }

  // Speakers across all events.
  const resolved = resolveSpeakers(
    posts.map((p) => ({
      slug: p.event.slug,
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
  for (const p of posts) {
    const refs = resolved.refs.get(p.event.slug);
    p.event.talks.forEach((t, i) => {
      t.speakers = refs?.[i] ?? [];
    });
    for (const w of resolved.warnings.get(p.event.slug) ?? []) p.event.warnings.push(w);
  }

  const events = posts.map((p) => p.event).sort(newestFirst);
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
