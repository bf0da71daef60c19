// `tsx src/publish/cli.ts [--dist dist] [--site-url URL] [--base /sub/]`: run after `vite build`.
// SITE_URL and BASE_PATH come from the environment when not given as flags.
import { parseArgs } from 'node:util';
import { prerender } from './prerender';
import { DEFAULT_SITE_URL } from './site';

function main(): void {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      'site-url': { type: 'string' },
      base: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const started = Date.now();
  const siteUrl = values['site-url'] ?? process.env.SITE_URL;
  // Fine for `npm start`; on a deployed site, every canonical and og:url would name localhost, silently.
  if (!siteUrl && !values.quiet)
    console.warn(
      `publish: warning: SITE_URL is not set, so canonical, Open Graph and sitemap URLs (and the feeds') ` +
        `point at ${DEFAULT_SITE_URL}. Set SITE_URL to the public URL before deploying.`,
    );
  const result = prerender({
    distDir: values.dist!,
    siteUrl,
    basePath: values.base ?? process.env.BASE_PATH,
    log: values.quiet ? undefined : (m) => console.log(m),
  });
  if (!values.quiet) {
    const pages = result.files.filter((f) => f.endsWith('.html')).length;
    console.log(`publish: ${pages} HTML pages, sitemap.xml, robots.txt in ${Date.now() - started} ms`);
  }
}

try {
  main();
} catch (err) {
  console.error(`publish: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
}
