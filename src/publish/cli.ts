// `tsx src/publish/cli.ts [--dist dist] [--site-url URL] [--base /sub/]`: run after `vite build`.
// SITE_URL and BASE_PATH come from the environment when not given as flags.
import { parseArgs } from 'node:util';
import { prerender } from './prerender';

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
  const result = prerender({
    distDir: values.dist!,
    siteUrl: values['site-url'] ?? process.env.SITE_URL,
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
