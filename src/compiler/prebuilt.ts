// The compiler as plain JavaScript. Run from TypeScript sources (tsx), every process and every worker
// thread would transpile all compiler modules again (about 0.6 s of CPU each); instead the sources are
// bundled once with esbuild into `node_modules/.cache/event-browser-compiler/<hash>/` (packages stay
// external) and reused while the sources are unchanged. When esbuild is missing or the build fails,
// callers fall back to the TypeScript sources.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Prebuilt {
  /** The bundled `cli.ts` (exports `main`). */
  cli: string;
  /** The bundled `post-worker.ts`. */
  worker: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const srcRoot = path.resolve(here, '..');

function listSources(dir: string, out: string[]) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) listSources(full, out);
    else if (e.name.endsWith('.ts')) out.push(full);
  }
}

declare const __COMPILER_SOURCE_HASH__: string | undefined;

/** A hash of the compiler's sources: what a cached compile result depends on besides the post. */
export function sourceHash(): string {
  if (typeof __COMPILER_SOURCE_HASH__ === 'string') return __COMPILER_SOURCE_HASH__;
  return (hashCache ??= buildDir()?.hash ?? 'unknown');
}

let hashCache: string | undefined;

/** Where the build for the current sources lives (it may not exist yet). */
function buildDir(): { dir: string; root: string; hash: string } | null {
  let repo = srcRoot;
  while (!fs.existsSync(path.join(repo, 'node_modules')) && path.dirname(repo) !== repo)
    repo = path.dirname(repo);
  const files: string[] = [];
  try {
    listSources(path.join(srcRoot, 'compiler'), files);
    listSources(path.join(srcRoot, 'model'), files);
  } catch {
    return null;
  }
  const hash = crypto.createHash('sha1');
  for (const f of files.sort()) hash.update(f).update('\0').update(fs.readFileSync(f)).update('\0');
  const root = path.join(repo, 'node_modules', '.cache', 'event-browser-compiler');
  const digest = hash.digest('hex').slice(0, 16);
  return { dir: path.join(root, digest), root, hash: digest };
}

let cached: Promise<Prebuilt | null> | null = null;

/** The bundled compiler for the current sources, building it if needed; null when that cannot be done. */
export function prebuilt(): Promise<Prebuilt | null> {
  if (process.env.COMPILER_PREBUILT === '0') return Promise.resolve(null);
  return (cached ??= build().catch(() => null));
}

async function build(): Promise<Prebuilt | null> {
  const where = buildDir();
  if (!where) return null;
  const result: Prebuilt = {
    cli: path.join(where.dir, 'cli.mjs'),
    worker: path.join(where.dir, 'post-worker.mjs'),
  };
  if (fs.existsSync(result.cli) && fs.existsSync(result.worker)) return result;
  const esbuild = await import('esbuild');
  fs.mkdirSync(where.root, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(where.root, 'tmp-'));
  try {
    await esbuild.build({
      entryPoints: {
        cli: path.join(srcRoot, 'compiler', 'cli.ts'),
        'post-worker': path.join(srcRoot, 'compiler', 'post-worker.ts'),
      },
      outdir: tmp,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
      define: {
        __COMPILER_SOURCE_HASH__: JSON.stringify(where.hash),
      },
    });
    try {
      fs.renameSync(tmp, where.dir);
    } catch {
      // Another process built the same sources first.
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  // Older builds are of no use once no run can still be loading them.
  const stale = Date.now() - 60 * 60 * 1000;
  for (const name of fs.readdirSync(where.root)) {
    const full = path.join(where.root, name);
    try {
      if (full !== where.dir && fs.statSync(full).mtimeMs < stale)
        fs.rmSync(full, { recursive: true, force: true });
    } catch {
      // gone already
    }
  }
  return fs.existsSync(result.cli) ? result : null;
}
