// Generated corpora (`../shared/tools/gen-corpus.py`) and the throwaway Hugo site over them.
// Layout of one size: WORK/n<N>/site/{hugo.toml, layouts/_default/*.html, content/posts/<slug>/index.md}.
// Our compiler reads content/posts; Hugo builds the whole site. Corpora are deterministic (the
// generator's default seed), so a complete one is reused across runs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Corpus {
  size: number;
  dir: string;
  siteDir: string;
  postsDir: string;
  /** Bytes of Markdown. */
  bytes: number;
}

export function sharedDir(repo: string): string {
  return path.resolve(repo, '..', 'shared');
}

/** Why the shared corpus cannot be used, or null when it can. */
export function sharedProblem(shared: string): string | null {
  const gen = path.join(shared, 'tools', 'gen-corpus.py');
  const src = path.join(shared, 'corpus');
  if (!fs.existsSync(gen) || !fs.existsSync(src)) {
    return (
      `The benchmark generates its posts from the shared corpus, which is missing: it needs\n` +
      `  ${gen}\n  ${src}/\n` +
      `(by default the directory ../shared next to the repository; --shared DIR points elsewhere).`
    );
  }
  return null;
}

const STAMP = '.complete';

export function ensureCorpus(shared: string, work: string, size: number, log: (s: string) => void): Corpus {
  const dir = path.join(work, `n${size}`);
  const siteDir = path.join(dir, 'site');
  const postsDir = path.join(siteDir, 'content', 'posts');
  const stamp = path.join(dir, STAMP);
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8').trim() !== String(size)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(postsDir), { recursive: true });
    log(`generating ${size} posts…`);
    const r = spawnSync(
      'python3',
      [path.join(shared, 'tools', 'gen-corpus.py'), path.join(shared, 'corpus'), postsDir, String(size)],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (r.error) throw new Error(`python3 could not run (${r.error.message}): install python3`);
    if (r.status !== 0) throw new Error(`gen-corpus.py failed:\n${r.stderr}`);
    fs.writeFileSync(stamp, String(size));
  }
  writeHugoSite(siteDir);
  return { size, dir, siteDir, postsDir, bytes: dirBytes(postsDir) };
}

function dirBytes(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) n += fs.statSync(path.join(e.parentPath, e.name)).size;
  }
  return n;
}

/** A minimal Hugo site: config and two layouts; everything else is Hugo's default. */
export function writeHugoSite(siteDir: string): void {
  const layouts = path.join(siteDir, 'layouts', '_default');
  fs.mkdirSync(layouts, { recursive: true });
  fs.writeFileSync(
    path.join(siteDir, 'hugo.toml'),
    ['baseURL = "http://localhost/"', 'languageCode = "zh-cn"', 'title = "bench"', ''].join('\n'),
  );
  fs.writeFileSync(
    path.join(layouts, 'single.html'),
    '<!doctype html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>' +
      '<time>{{ .Date.Format "2006-01-02" }}</time>{{ .Content }}</body></html>\n',
  );
  fs.writeFileSync(
    path.join(layouts, 'list.html'),
    '<!doctype html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1><ul>' +
      '{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n',
  );
}

/** The post the incremental runs edit: one in the middle of the corpus. */
export function postToEdit(corpus: Corpus): { slug: string; file: string } {
  const slug = `event-${String(Math.floor(corpus.size / 2)).padStart(6, '0')}`;
  return { slug, file: path.join(corpus.postsDir, slug, 'index.md') };
}

/**
 * Edits the post's title (front matter) and body so the event's JSON must change; returns the
 * marker written and a function that restores the original text.
 */
export function editPost(file: string, tag: string): { marker: string; restore: () => void } {
  const original = fs.readFileSync(file, 'utf8');
  const marker = `bench-edit-${tag}`;
  let edited = original.replace(/^(title:\s*["']?)/m, `$1${marker} `);
  edited = `${edited.replace(/\s*$/, '')}\n\n${marker}: one more paragraph.\n`;
  fs.writeFileSync(file, edited);
  return { marker, restore: () => fs.writeFileSync(file, original) };
}
