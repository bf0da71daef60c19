// Where the e2e harness reads content and writes the sites it builds.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Build output of the browser tests; `test-results/` is ignored by git, eslint and prettier. */
export const OUT = path.join(REPO, 'test-results', 'e2e');
export const SEEDS = path.join(REPO, 'data', 'posts');
/** The shared corpus of real posts, beside the repo; absent on some machines, always there in CI. */
export const CORPUS = path.resolve(REPO, '..', 'shared', 'corpus');
export const HOSTILE = path.join(REPO, 'tests', 'fixtures', 'hostile-posts');

export type SiteName = 'seeds' | 'corpus' | 'hostile';

export interface SiteInfo {
  name: SiteName;
  /** The built site on disk (what `dist/` is for a real build). */
  dir: string;
  /** Origin of the static server serving `dir`, no trailing slash: `http://127.0.0.1:PORT`. */
  url: string;
  /** Why the site was not built: the content is absent. Tests on it are skipped. */
  skipped?: string;
  /** Why the build failed (stderr tail). Tests on it fail with this message. */
  error?: string;
}
