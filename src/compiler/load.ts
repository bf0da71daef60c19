// Walks a content dir and lists the posts in it, the way Hugo sees them:
// - every `*.md` / `*.markdown` file at any depth is a post;
// - a folder holding `index.md` is a page bundle: `index.md` is the post and every other file
//   below that folder is one of its resources, not a post;
// - `_index.md` is a section (list) page, not a post; a folder holding it is a section (branch
//   bundle) even when it also holds `index.md`, which is then an ordinary post beside its subfolders;
// - hidden files and folders (`.git`, `.DS_Store`) and `README.md` files are not content.
// What is passed over and why is returned, for the report. Drafts are found later, once the
// front matter is read (compile.ts).
import fs from 'node:fs';
import path from 'node:path';

export interface PostFile {
  /** Absolute path on disk. */
  path: string;
  /** Relative to the content dir, `/`-separated: the event's `source`. */
  source: string;
  /** True when the post is a page bundle's `index.md`. */
  bundle: boolean;
}

export type SkipReason = 'section page' | 'draft' | 'bundle resource' | 'readme' | 'unreadable';

export interface Skipped {
  source: string;
  reason: SkipReason;
  detail?: string;
}

export interface LoadResult {
  files: PostFile[];
  skipped: Skipped[];
}

const POST_EXT = /\.(md|markdown)$/i;
const SECTION_PAGE = /^_index\.(md|markdown)$/i;

export function isPostFileName(name: string): boolean {
  return POST_EXT.test(name);
}

/** Lists the posts under `contentDir`, sorted by source path. Throws only if the dir cannot be read. */
export function loadPosts(contentDir: string): LoadResult {
  const root = path.resolve(contentDir);
  const files: PostFile[] = [];
  const skipped: Skipped[] = [];
  // The root itself is listed even if it holds index.md (a content dir is not a bundle).
  walk(root, '', true, files, skipped);
  const byPath = (a: { source: string }, b: { source: string }) =>
    a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
  files.sort(byPath);
  skipped.sort(byPath);
  return { files, skipped };
}

function walk(dir: string, rel: string, isRoot: boolean, files: PostFile[], skipped: Skipped[]) {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    if (isRoot) throw e;
    skipped.push({ source: rel || '.', reason: 'unreadable', detail: (e as Error).message });
    return;
  }
  const join = (name: string) => (rel ? `${rel}/${name}` : name);
  // A folder with `_index.md` is a section (branch bundle) even if it also holds `index.md`:
  // Hugo renders its subfolders as their own pages, and its index.md is one more regular page.
  const section = entries.some((e) => e.isFile() && SECTION_PAGE.test(e.name));
  const index = !isRoot && !section && entries.some((e) => e.isFile() && e.name.toLowerCase() === 'index.md');
  if (index) {
    // A leaf page bundle: index.md is the post; other Markdown below is a resource.
    const indexName = entries.find((e) => e.isFile() && e.name.toLowerCase() === 'index.md')!.name;
    files.push({ path: path.join(dir, indexName), source: join(indexName), bundle: true });
    listResources(dir, rel, indexName, skipped, entries);
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory() || (e.isSymbolicLink() && isDir(full))) {
      if (e.name === 'node_modules') continue;
      walk(full, join(e.name), false, files, skipped);
    } else if (isPostFileName(e.name)) {
      const lower = e.name.toLowerCase();
      if (SECTION_PAGE.test(lower)) {
        skipped.push({ source: join(e.name), reason: 'section page' });
      } else if (lower === 'readme.md') {
        skipped.push({ source: join(e.name), reason: 'readme' });
      } else {
        files.push({ path: full, source: join(e.name), bundle: false });
      }
    }
  }
}

function listResources(
  dir: string,
  rel: string,
  indexName: string,
  skipped: Skipped[],
  listed?: fs.Dirent[],
) {
  let entries: fs.Dirent[];
  try {
    entries = listed ?? fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === indexName) continue;
    const source = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) listResources(path.join(dir, e.name), source, '', skipped);
    else if (isPostFileName(e.name)) {
      skipped.push({ source, reason: 'bundle resource', detail: `${rel}/${indexName}` });
    }
  }
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
