// `npm run compile [-- --content DIR --out OUT --strict --site-url URL --quiet --watch --no-cache]`
// Exit codes: 0 compiled (warnings allowed); 1 a post could not be read (or, with --strict, any
// warning); 2 bad flags or a content dir that cannot be read.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { CompilerMessage } from '../model/live';
// The pipeline is imported when needed, so that running from TypeScript sources can hand over to
// the prebuilt JavaScript (prebuilt.ts) before loading (and transpiling) it.

export const USAGE = `usage: npm run compile -- [--content DIR] [--out OUT] [--strict] [--site-url URL] [--quiet] [--watch] [--no-cache]

  --content DIR    the posts to compile (default: $CONTENT_DIR, else data/posts)
  --out OUT        where the bundle goes (default: public/data)
  --strict         exit 1 on any warning, not only on posts that cannot be read
  --site-url URL   the site's public URL, for feeds and calendars (default: $SITE_URL, else http://localhost:4173/)
  --quiet          no progress line, no per-post warnings: errors and the summary only
  --watch          after compiling, keep watching the content dir: recompile only the posts that
                   change and write only the bundle files that change (Ctrl-C to stop)
  --no-cache       compile every post (default: reuse results of unchanged posts from the last run,
                   kept in node_modules/.cache/event-browser-posts)
  --help           this text`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Whether to draw a progress line (stderr is a terminal). */
  tty: boolean;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  tty: Boolean(process.stderr.isTTY),
};

export async function main(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  io: Io = defaultIo,
): Promise<number> {
  let values: {
    content?: string;
    out?: string;
    strict?: boolean;
    'site-url'?: string;
    quiet?: boolean;
    help?: boolean;
    watch?: boolean;
    'no-cache'?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        content: { type: 'string' },
        out: { type: 'string' },
        strict: { type: 'boolean' },
        'site-url': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        watch: { type: 'boolean', short: 'w' },
        'no-cache': { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const contentDir = values.content ?? (env.CONTENT_DIR || 'data/posts');
  const outDir = values.out ?? 'public/data';
  const siteUrl = values['site-url'] ?? (env.SITE_URL || 'http://localhost:4173/');
  for (const [flag, v] of [
    ['--content', contentDir],
    ['--out', outDir],
    ['--site-url', siteUrl],
  ] as const) {
    if (!v.trim()) {
      io.err(`${flag} needs a value\n\n${USAGE}\n`);
      return 2;
    }
  }
  try {
    new URL(siteUrl);
  } catch {
    io.err(`--site-url "${siteUrl}" is not an absolute URL (like https://example.org/events/)\n`);
    return 2;
  }
  if (path.resolve(outDir) === path.resolve(contentDir)) {
    io.err('--out must not be the content dir\n');
    return 2;
  }

  const [{ Project }, { formatReport, summarize }] = await Promise.all([
    import('./incremental'),
    import('./report'),
  ]);
  const t0 = performance.now();
  const progress = io.tty && !values.quiet;
  const project = new Project({
    contentDir,
    outDir,
    siteUrl,
    cacheFile: values['no-cache'] ? null : undefined,
    onProgress: progress
      ? (done, total) => io.err(`\rcompiling ${contentDir}: ${done}/${total} posts`)
      : undefined,
  });
  let build;
  try {
    build = await project.build();
  } catch (e) {
    if (progress) io.err('\n');
    const err = e as Error & { bundleWrite?: boolean };
    if (err.bundleWrite) {
      io.err(`cannot write the bundle to "${outDir}": ${err.message}\n`);
      return 1;
    }
    io.err(`cannot read the content dir "${contentDir}": ${err.message}\n`);
    return 2;
  }
  if (progress) io.err('\r\x1b[K');
  const { result, emit, bundleWarnings: warnings } = build;
  const seconds = (performance.now() - t0) / 1000;
  io.out(
    `${formatReport(result, { quiet: values.quiet, outDir, emit, seconds, phases: build.ms, runWarnings: warnings })}\n`,
  );

  if (values.watch) {
    const { watchProject } = await import('./watch');
    const watcher = watchProject(project, { log: (line) => io.out(`${line}\n`) });
    io.out(`watching ${contentDir} for changes (Ctrl-C to stop)\n`);
    // Started by the dev server (src/dev/bundle-reload.ts): it waits for the first build, then
    // forwards index patches to the page.
    if (process.send) {
      const { COMPILER_WATCHING, INDEX_PATCHED } = await import('../model/live');
      const send = (m: CompilerMessage) => process.send!(m);
      project.onIndexPatch = (patch) => send({ type: INDEX_PATCHED, patch });
      send({ type: COMPILER_WATCHING });
    }
    await new Promise<void>((resolve) => {
      const stop = () => {
        watcher.close();
        resolve();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  }

  const s = summarize(result, warnings.length);
  if (s.errors > 0) return 1;
  if (values.strict && s.warnings > 0) {
    io.err(`--strict: ${s.warnings} warning${s.warnings === 1 ? '' : 's'}\n`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  let run = main;
  if (import.meta.url.endsWith('.ts')) {
    const { prebuilt } = await import('./prebuilt');
    const pre = await prebuilt();
    if (pre) run = ((await import(pathToFileURL(pre.cli).href)) as { main: typeof main }).main;
  }
  process.exitCode = await run(process.argv.slice(2));
}
