// The bundle on disk: `index.json`, `events/<slug>.json`, `speakers/<slug>.json` and the search
// and feed files their builders return. Only files whose content changed are written (so file
// watchers and caches see real changes only); files an earlier run wrote that this run no
// longer produces are removed. What a run wrote is listed in `OUT/.bundle-files.json`; only
// those files, and `*.json` in `events/` and `speakers/`, are ever removed.
import fs from 'node:fs';
import path from 'node:path';
import {
  BUNDLE_VERSION,
  type BundleIndex,
  type Event,
  type EventSummary,
  type Speaker,
  type SpeakerSummary,
} from '../model/types';
import { spokenNames } from './pinyin';
import { buildSearchFiles } from './search-docs';
import { buildFeedFiles } from './feeds/index';
import { messageOf } from './parse-post';

export const MANIFEST = '.bundle-files.json';

export interface BundleOptions {
  siteUrl: string;
  /** For tests: a fixed `generatedAt`. */
  now?: Date;
}

export function eventSummary(e: Event): EventSummary {
  return {
    slug: e.slug,
    title: e.title,
    kind: e.kind,
    series: e.series,
    start: e.start,
    end: e.end,
    timezone: e.timezone,
    mode: e.mode,
    city: e.city,
    tags: e.tags,
    talkCount: e.talks.length,
    source: e.source,
  };
}

export function speakerSummary(s: Speaker): SpeakerSummary {
  return {
    slug: s.slug,
    name: s.name,
    aliases: s.aliases,
    affiliation: s.affiliation,
    talkCount: s.talks.length,
    pinyin: spokenNames([s.name, ...s.aliases]),
  };
}

const eventJson = new WeakMap<Event, string>();

export const INDEX = 'index.json';

// Finished events and the speakers list are never changed once built, so their text can be kept.
const summaryJson = new WeakMap<Event, string>();
const speakersJson = new WeakMap<Speaker[], string>();

/**
 * `index.json`: every event's and speaker's summary, in the given order. Written piece by piece
 * (the same text as stringifying a `BundleIndex`) so that watch mode, which writes the index again
 * the moment a post is saved, stringifies only the summaries of events that changed.
 */
export function indexJson(events: Event[], speakers: Speaker[], now: Date): string {
  const summaries = events.map((e) => {
    let json = summaryJson.get(e);
    if (json === undefined) summaryJson.set(e, (json = JSON.stringify(eventSummary(e))));
    return json;
  });
  let people = speakersJson.get(speakers);
  if (people === undefined)
    speakersJson.set(speakers, (people = JSON.stringify(speakers.map(speakerSummary))));
  const head: Pick<BundleIndex, 'version' | 'generatedAt'> = {
    version: BUNDLE_VERSION,
    generatedAt: now.toISOString(),
  };
  return `${JSON.stringify(head).slice(0, -1)},"events":[${summaries.join(',')}],"speakers":${people}}`;
}

/** Every file of the bundle, path (relative, `/`-separated) → content. */
export function bundleFiles(
  events: Event[],
  speakers: Speaker[],
  { siteUrl, now = new Date() }: BundleOptions,
): { files: Map<string, string>; warnings: string[] } {
  const files = new Map<string, string>();
  const warnings: string[] = [];
  files.set(INDEX, indexJson(events, speakers, now));
  for (const e of events) {
    // Unchanged events are the same objects run after run (compile.ts): stringify each once.
    let json = eventJson.get(e);
    if (json === undefined) eventJson.set(e, (json = JSON.stringify(e)));
    files.set(`events/${e.slug}.json`, json);
  }
  for (const s of speakers) files.set(`speakers/${s.slug}.json`, JSON.stringify(s));
  const extra = (what: string, build: () => Record<string, string>) => {
    let out: Record<string, string>;
    try {
      out = build();
    } catch (e) {
      warnings.push(
        `The ${what} files could not be built (${messageOf(e)}); the rest of the bundle is fine.`,
      );
      return;
    }
    for (const [p, content] of Object.entries(out ?? {})) {
      const clean = safeRelPath(p);
      if (!clean || files.has(clean)) {
        warnings.push(
          `The ${what} builder returned an unusable or duplicate path "${p}"; it was not written.`,
        );
        continue;
      }
      files.set(clean, String(content));
    }
  };
  extra('search', () => buildSearchFiles(events, speakers));
  extra('feed', () => buildFeedFiles(events, { siteUrl }));
  return { files, warnings };
}

function safeRelPath(p: string): string | null {
  const norm = path.posix.normalize(String(p).replace(/\\/g, '/')).replace(/^\.\//, '');
  if (!norm || norm === '.' || norm.startsWith('../') || norm === '..' || path.posix.isAbsolute(norm))
    return null;
  if (norm === MANIFEST) return null;
  return norm;
}

export interface EmitStats {
  written: number;
  unchanged: number;
  removed: number;
  /** Paths written or removed, relative to the bundle dir. */
  changed: string[];
}

/**
 * Writes the bundle into `outDir`, touching only what changed. With `lastWritten` (what this process
 * wrote there last time, e.g. in watch mode), files are compared in memory instead of read back. An
 * index left alone because only its time differs goes back into `files` as it is on disk, so that
 * `files` is what the bundle dir holds.
 */
export function writeBundle(
  outDir: string,
  files: Map<string, string>,
  lastWritten?: Map<string, string>,
): EmitStats {
  const out = path.resolve(outDir);
  fs.mkdirSync(out, { recursive: true });
  const stats: EmitStats = { written: 0, unchanged: 0, removed: 0, changed: [] };
  const madeDirs = new Set<string>([out]);
  // Read back only files that exist: a failed read per file costs more than the write on a cold build.
  const onDisk = lastWritten ? null : listFiles(out);

  for (const [rel, content] of files) {
    const full = path.join(out, rel);
    const existing = lastWritten
      ? (lastWritten.get(rel) ?? null)
      : onDisk!.has(rel)
        ? readOrNull(full)
        : null;
    if (existing !== null && sameContent(rel, existing, content)) {
      if (existing !== content) files.set(rel, existing);
      stats.unchanged++;
      continue;
    }
    const dir = path.dirname(full);
    if (!madeDirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    fs.writeFileSync(full, content);
    stats.written++;
    stats.changed.push(rel);
  }

  if (lastWritten) {
    // The same list the manifest holds, kept in memory.
    let sameKeys = lastWritten.size === files.size;
    for (const rel of lastWritten.keys()) {
      if (files.has(rel)) continue;
      sameKeys = false;
      const clean = safeRelPath(rel);
      if (!clean) continue;
      try {
        fs.unlinkSync(path.join(out, clean));
        stats.removed++;
        stats.changed.push(clean);
      } catch {
        // already gone
      }
    }
    if (!sameKeys)
      fs.writeFileSync(path.join(out, MANIFEST), JSON.stringify([...files.keys()].sort(), null, 0));
    return stats;
  }

  // Stale files: listed by the previous run, or JSON in the bundle's own folders.
  const previous = new Set<string>();
  try {
    const list: unknown = JSON.parse(fs.readFileSync(path.join(out, MANIFEST), 'utf8'));
    if (Array.isArray(list)) for (const p of list) if (typeof p === 'string') previous.add(p);
  } catch {
    // first run, or no manifest
  }
  for (const rel of onDisk!) if (/^(events|speakers)\/[^/]+\.json$/.test(rel)) previous.add(rel);
  for (const rel of previous) {
    const clean = safeRelPath(rel);
    if (!clean || files.has(clean)) continue;
    try {
      fs.unlinkSync(path.join(out, clean));
      stats.removed++;
      stats.changed.push(clean);
    } catch {
      // already gone
    }
  }
  const manifest = JSON.stringify([...files.keys()].sort(), null, 0);
  if (readOrNull(path.join(out, MANIFEST)) !== manifest) fs.writeFileSync(path.join(out, MANIFEST), manifest);
  return stats;
}

/** Files under `dir`, relative and `/`-separated. */
function listFiles(dir: string): Set<string> {
  const found = new Set<string>();
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) found.add(path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  }
  return found;
}

function readOrNull(p: string): string | null {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return null;
  }
}

/** index.json differs in `generatedAt` on every run; that alone is not a change. */
export function sameContent(rel: string, existing: string, content: string): boolean {
  if (existing === content) return true;
  if (rel !== INDEX) return false;
  const strip = (s: string) => s.replace(/"generatedAt":"[^"]*"/, '');
  return strip(existing) === strip(content);
}
