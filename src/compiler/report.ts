// The compile report: per-post warnings and errors, then a summary a post author can act on.
import type { CompileResult } from './compile';
import type { EmitStats } from './emit';

export interface Summary {
  postsRead: number;
  events: number;
  announcements: number;
  talks: number;
  speakers: number;
  slides: number;
  warnings: number;
  errors: number;
  skipped: number;
}

export function summarize(result: CompileResult, extraWarnings = 0): Summary {
  let events = 0;
  let talks = 0;
  let slides = 0;
  let warnings = result.runWarnings.length + extraWarnings;
  for (const e of result.events) {
    if (e.kind === 'event') events++;
    talks += e.talks.length;
    const decks = new Set(e.slides);
    for (const t of e.talks) for (const s of t.slides) decks.add(s);
    slides += decks.size;
    warnings += e.warnings.length;
  }
  return {
    postsRead: result.postsRead,
    events,
    announcements: result.events.length - events,
    talks,
    speakers: result.speakers.length,
    slides,
    warnings,
    errors: result.errors.length,
    skipped: result.skipped.length,
  };
}

export interface ReportOptions {
  quiet?: boolean;
  outDir?: string;
  emit?: EmitStats;
  seconds?: number;
  /** Where the seconds went, in ms: printed after them. */
  phases?: { posts: number; finish: number; bundle: number; write: number; cache: number };
  runWarnings?: string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The report as lines of text (no trailing newline). */
export function formatReport(result: CompileResult, opts: ReportOptions = {}): string {
  const lines: string[] = [];
  const runWarnings = [...result.runWarnings, ...(opts.runWarnings ?? [])];
  const s = summarize(result, opts.runWarnings?.length ?? 0);

  if (!opts.quiet) {
    const warned = result.events.filter((e) => e.warnings.length > 0);
    if (warned.length > 0 || runWarnings.length > 0) {
      lines.push('Warnings (the post still compiled; fix the post to get the missing facts):');
      for (const w of runWarnings) lines.push(`  ${w}`);
      const bySource = [...warned].sort((a, b) => (a.source < b.source ? -1 : 1));
      for (const e of bySource) {
        lines.push(`  ${e.source}  →  events/${e.slug}.json`);
        for (const w of e.warnings) lines.push(`    warning: ${w}`);
      }
      lines.push('');
    }
    if (result.skipped.length > 0) {
      const reasons = new Map<string, number>();
      for (const k of result.skipped) reasons.set(k.reason, (reasons.get(k.reason) ?? 0) + 1);
      lines.push(
        `Skipped (not posts): ${[...reasons].map(([r, n]) => `${n} ${r}${n === 1 ? '' : 's'}`).join(', ')}`,
      );
      for (const k of result.skipped) lines.push(`  ${k.source}: ${skipText(k.reason, k.detail)}`);
      lines.push('');
    }
  }
  if (result.errors.length > 0) {
    lines.push('Errors (these posts could not be read and are NOT in the bundle):');
    for (const e of result.errors) lines.push(`  ${e.file}${e.line ? `:${e.line}` : ''}: error: ${e.reason}`);
    lines.push('');
  }
  lines.push(
    [
      `posts read ${s.postsRead}`,
      `events ${s.events}`,
      `announcements ${s.announcements}`,
      `talks ${s.talks}`,
      `speakers ${s.speakers}`,
      `slides ${s.slides}`,
      `warnings ${s.warnings}`,
      `errors ${s.errors}`,
      `skipped ${s.skipped}`,
    ].join(' · '),
  );
  if (opts.emit && opts.outDir) {
    const { written, unchanged, removed } = opts.emit;
    lines.push(
      `${opts.outDir}: ${plural(written, 'file')} written, ${unchanged} unchanged, ${removed} removed` +
        (opts.seconds !== undefined ? ` in ${opts.seconds.toFixed(2)} s` : '') +
        (opts.phases ? ` (${phaseText(opts.phases)})` : ''),
    );
  }
  return lines.join('\n');
}

function phaseText(ms: NonNullable<ReportOptions['phases']>): string {
  const s = (v: number) => (v / 1000).toFixed(2);
  return `posts ${s(ms.posts)} s, slugs and speakers ${s(ms.finish)} s, bundle ${s(ms.bundle)} s, write ${s(ms.write)} s, cache ${s(ms.cache)} s`;
}

function skipText(reason: string, detail?: string): string {
  switch (reason) {
    case 'section page':
      return 'a section (list) page, `_index.md`';
    case 'draft':
      return 'a draft (`draft: true`); remove that line to publish it';
    case 'bundle resource':
      return `a file inside the page bundle of ${detail ?? 'another post'}, not a post of its own`;
    case 'readme':
      return 'a README';
    case 'unreadable':
      return `the folder could not be read (${detail ?? 'unknown reason'})`;
    default:
      return reason;
  }
}
