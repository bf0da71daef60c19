// Builds the real app for a content dir into its own folder, the way `npm run build` does, but without
// touching the shared `public/data` or `dist/`: the app shell is built once with `vite build --outDir`,
// then per content set the compiler writes the bundle into `<site>/data` and the publish step (when the
// project has one) prerenders the static pages into `<site>`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { OUT, REPO } from './paths';

const BIN = path.join(REPO, 'node_modules', '.bin');
const APP = path.join(OUT, 'app');
export const SITES = path.join(OUT, 'sites');
const LOGS = path.join(OUT, 'logs');

export class BuildError extends Error {}

function run(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  fs.mkdirSync(LOGS, { recursive: true });
  const r = spawnSync(cmd, args, {
    cwd: REPO,
    // Vitest sets NODE_ENV=test, which would make `vite build` ship React's development build.
    env: { ...process.env, NODE_ENV: 'production', ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const log = `$ ${cmd} ${args.join(' ')}\n${r.stdout ?? ''}\n${r.stderr ?? ''}`;
  fs.writeFileSync(path.join(LOGS, `${label}.log`), log);
  if (r.status !== 0) {
    const tail = log.trim().split('\n').slice(-25).join('\n');
    throw new BuildError(
      `${label} failed (exit ${r.status ?? r.signal}); log in ${path.relative(REPO, LOGS)}:\n${tail}`,
    );
  }
}

/** The app shell: `vite build` into its own folder, without the (shared, possibly stale) bundle. */
export function buildApp(): void {
  run('vite-build', path.join(BIN, 'vite'), [
    'build',
    '--outDir',
    APP,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ]);
  fs.rmSync(path.join(APP, 'data'), { recursive: true, force: true });
}

/** The prerender step of `npm run build`, when the project has one. */
export function publishCommand(): string | null {
  const file = path.join(REPO, 'src', 'publish', 'cli.ts');
  return fs.existsSync(file) ? file : null;
}

/** Builds one site from `contentDir` into `SITES/<name>` and returns its folder. */
export function buildSite(name: string, contentDir: string): string {
  const dir = path.join(SITES, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(SITES, { recursive: true });
  fs.cpSync(APP, dir, { recursive: true });
  const data = path.join(dir, 'data');
  run(`${name}-compile`, path.join(BIN, 'tsx'), [
    'src/compiler/cli.ts',
    '--content',
    contentDir,
    '--out',
    data,
  ]);
  const publish = publishCommand();
  if (publish)
    run(`${name}-publish`, path.join(BIN, 'tsx'), [
      publish,
      '--dist',
      dir,
      '--site-url',
      'https://events.example.org/',
    ]);
  return dir;
}

/** A content dir holding copies of several (so the corpus and the seeds compile together). */
export function mergedContent(name: string, parts: Record<string, string>): string {
  const dir = path.join(OUT, 'content', name);
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [sub, src] of Object.entries(parts)) fs.cpSync(src, path.join(dir, sub), { recursive: true });
  return dir;
}
