// Builds the three sites the browser tests run against and serves each on its own port:
// seeds (data/posts), corpus (../shared/corpus + the seeds) and hostile (tests/fixtures/hostile-posts).
// E2E_REUSE=1 serves the sites of the previous run without rebuilding (for iterating on tests).
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { BuildError, SITES, buildApp, buildSite, mergedContent } from './harness/build';
import { CORPUS, HOSTILE, SEEDS, type SiteInfo, type SiteName } from './harness/paths';
import { startStaticServer, type StaticServer } from './harness/server';

declare module 'vitest' {
  export interface ProvidedContext {
    sites: Record<SiteName, SiteInfo>;
  }
}

function errorText(e: unknown): string {
  return e instanceof BuildError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e);
}

export default async function setup(project: TestProject) {
  const reuse = process.env.E2E_REUSE === '1';
  const started = Date.now();
  const wanted: [SiteName, () => string | null][] = [
    ['seeds', () => SEEDS],
    [
      'corpus',
      () => (fs.existsSync(CORPUS) ? mergedContent('corpus', { corpus: CORPUS, seeds: SEEDS }) : null),
    ],
    ['hostile', () => HOSTILE],
  ];
  let appError: string | undefined;
  if (!reuse) {
    try {
      buildApp();
    } catch (e) {
      appError = errorText(e);
    }
  }
  const servers: StaticServer[] = [];
  const sites = {} as Record<SiteName, SiteInfo>;
  for (const [name, content] of wanted) {
    const dir = path.join(SITES, name);
    const info: SiteInfo = { name, dir, url: '' };
    sites[name] = info;
    if (name === 'corpus' && !fs.existsSync(CORPUS) && process.env.CI === 'true') {
      info.error = `no corpus at ${CORPUS}: CI must have ../shared/corpus beside the clone`;
      continue;
    }
    if (name === 'corpus' && !fs.existsSync(CORPUS)) {
      info.skipped = `no corpus at ${CORPUS}: corpus tests skipped (CI always has it)`;
      console.warn(`[e2e] ${info.skipped}`);
      continue;
    }
    if (appError) info.error = appError;
    else if (!reuse) {
      try {
        buildSite(name, content()!);
      } catch (e) {
        info.error = errorText(e);
        console.error(`[e2e] building the ${name} site failed:\n${info.error}`);
      }
    }
    if (!info.error && !fs.existsSync(path.join(dir, 'index.html'))) info.error = `no site at ${dir}`;
    if (!info.error) {
      const server = await startStaticServer(dir);
      servers.push(server);
      info.url = server.url;
    }
  }
  console.log(`[e2e] sites ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('sites', sites);
  return async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
}
