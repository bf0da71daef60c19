// Save → visible in the open page at scale (see page-update.ts); `npm run bench` runs the same
// measurement on its corpora.
//
//   npx tsx scripts/bench/watch-latency.ts [--posts 10000] [--content DIR] [--rounds 5] [--port 5199] [--slug SLUG] [--view event|timeline]
//
// Without --content, posts are generated with ../shared/tools/gen-corpus.py into a temp dir.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measurePageUpdate } from './page-update';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '10000' },
    content: { type: 'string' },
    rounds: { type: 'string', default: '5' },
    port: { type: 'string', default: '5199' },
    slug: { type: 'string' },
    view: { type: 'string', default: 'event' },
  },
});
const repo = path.resolve(import.meta.dirname, '../..');
let content = values.content;
let generated: string | null = null;
if (!content) {
  generated = fs.mkdtempSync(path.join(os.tmpdir(), 'watch-latency-'));
  content = path.join(generated, 'posts');
  const shared = path.resolve(repo, '../shared');
  execFileSync('python3', [
    path.join(shared, 'tools/gen-corpus.py'),
    path.join(shared, 'corpus'),
    content,
    values.posts!,
  ]);
}
try {
  const r = await measurePageUpdate({
    repo,
    content,
    rounds: Number(values.rounds),
    port: Number(values.port),
    slug: values.slug,
    view: values.view === 'timeline' ? 'timeline' : 'event',
    log: (line) => console.log(line),
  });
  console.log(
    `save → visible at ${r.events} events: median ${r.medianMs.toFixed(0)} ms, max ${r.maxMs.toFixed(0)} ms over ${r.rounds.length} rounds (load ${os.loadavg()[0]!.toFixed(1)})`,
  );
} finally {
  if (generated) fs.rmSync(generated, { recursive: true, force: true });
}
process.exit(0);
