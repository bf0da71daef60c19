// The printed table: one column per corpus size, then the app figures and the targets.
import type { Timed } from './browser';
import type { Results, SizeResult } from './run';
import { kb, mb } from './sizes';

const sec = (ms: number | null | undefined) => (ms == null ? '–' : `${(ms / 1000).toFixed(2)} s`);
const msf = (ms: number | null | undefined) => (ms == null ? '–' : `${ms.toFixed(0)} ms`);
const ratio = (x: number | null | undefined) => (x == null ? '–' : `×${x.toFixed(2)}`);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: string[]) =>
    `| ${r.map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length)).join(' | ')} |`;
  return [
    line(rows[0]!),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.slice(1).map(line),
  ].join('\n');
}

function timed(t: Timed | undefined, error: string | undefined): string {
  if (!t || t.ms == null) return error ? `✗ ${error}` : '–';
  return `${msf(t.ms)}, ${t.longTasks.count} long tasks (max ${t.longTasks.maxMs.toFixed(0)} ms)`;
}

function pageUpdate(u: SizeResult['pageUpdate']): string {
  return u ? `${msf(u.medianMs)} median, ${msf(u.maxMs)} max (${u.rounds.length} edits)` : '–';
}

function recompile(r: SizeResult['noChange']): string {
  if (!r) return '–';
  return `${sec(r.wallMs)} (${r.written ?? '?'} written)`;
}

export function formatReport(res: Results): string {
  const out: string[] = [];
  const m = res.machine;
  out.push(
    `\nevent-browser benchmark · ${res.date.slice(0, 10)} · ${m.cpus} CPUs (${m.cpuModel}), ${m.memGiB} GiB, Node ${m.node}` +
      ` · git ${res.git.commit ?? '?'}${res.git.dirty ? ' (src/ has uncommitted changes)' : ''}`,
  );
  out.push(
    `load average ${m.loadAvgStart.join(' ')} at start, ${m.loadAvgEnd?.join(' ') ?? '?'} at end` +
      (m.loadAvgStart[0]! > m.cpus ? ' — the machine was busy: wall times are noisy' : '') +
      ` · runs per size: ${res.options.runs}${res.options.runs > 1 ? ' (median)' : ''}\n`,
  );
  const sizes = res.sizes;
  const cols = ['', ...sizes.map((s) => `${s.posts.toLocaleString('en-US')} posts`)];
  const row = (label: string, f: (s: SizeResult) => string) => [label, ...sizes.map(f)];
  const rows = [
    cols,
    row('Markdown in', (s) => mb(s.markdownBytes)),
    row('compile, wall', (s) => sec(s.compileMedian?.wallMs)),
    row('compile, CPU (user+sys)', (s) => sec(s.compileMedian?.cpuMs)),
    row('compile, peak RSS', (s) => mb(s.compileMedian?.maxRssBytes)),
    row('compile, where the wall time went', (s) => s.compileMedian?.phases ?? '–'),
    row('compile, ms per post (wall)', (s) => (s.msPerPost == null ? '–' : s.msPerPost.toFixed(2))),
    row('Hugo, wall', (s) => (s.hugo ? (s.hugoError ? 'failed' : sec(s.hugoMedian?.wallMs)) : 'not run')),
    row('Hugo, CPU (user+sys)', (s) => (s.hugo ? sec(s.hugoMedian?.cpuMs) : '–')),
    row('Hugo, peak RSS', (s) => (s.hugo ? mb(s.hugoMedian?.maxRssBytes) : '–')),
    row('Hugo, HTML pages', (s) => String(s.hugo?.[0]?.pages ?? '–')),
    row('ours / Hugo, wall', (s) => ratio(s.ratioWall)),
    row('ours / Hugo, CPU', (s) => ratio(s.ratioCpu)),
    row('recompile, nothing changed', (s) => recompile(s.noChange)),
    row('recompile, one post edited', (s) => recompile(s.oneEdit)),
    row('static pages (publish), wall', (s) =>
      s.staticPages ? `${sec(s.staticPages.wallMs)} (${s.staticPages.pages ?? '?'} pages)` : '–',
    ),
    row('watch: edit → event JSON', (s) =>
      s.watch ? (s.watch.ms != null ? msf(s.watch.ms) : 'failed') : 'no watch mode',
    ),
    row('watch: edit → visible in the event page', (s) => pageUpdate(s.pageUpdate)),
    row('watch: edit → visible on the timeline', (s) => pageUpdate(s.timelineUpdate)),
    row('bundle files / size', (s) => `${s.bundle.files} / ${mb(s.bundle.bytes)}`),
    row('index.json raw / gzip', (s) =>
      s.bundle.index ? `${kb(s.bundle.index.raw)} / ${kb(s.bundle.index.gzip)}` : '–',
    ),
  ];
  if (sizes.some((s) => s.browser)) {
    const b = (f: (x: NonNullable<SizeResult['browser']>) => string) => (s: SizeResult) =>
      s.browser ? f(s.browser) : '–';
    rows.push(
      row(
        'first timeline row (median)',
        b(
          (x) =>
            `${msf(x.firstRowMedianMs)} (${x.loads.map((l) => (l.firstRowMs == null ? '✗' : l.firstRowMs.toFixed(0))).join(', ')})`,
        ),
      ),
      row(
        '  data before first row, gzip',
        b((x) => kb(x.beforeFirstRow?.data.gzip)),
      ),
      row(
        '  JS+CSS before first row, gzip',
        b((x) => kb(x.beforeFirstRow?.jsCss.gzip)),
      ),
      row(
        'first search result (cold)',
        b(
          (x) =>
            `${msf(x.searchFirstResultMedianMs)} (${x.searches.map((q) => (q.firstResultMs == null ? '✗' : q.firstResultMs.toFixed(0))).join(', ')})`,
        ),
      ),
      row(
        'search result, data loaded',
        b(
          (x) =>
            x.searches
              .map((q) => (q.warmFirstResultMs == null ? '✗' : q.warmFirstResultMs.toFixed(0)))
              .join(', ') + ' ms',
        ),
      ),
      row(
        'long tasks while searching',
        b((x) =>
          x.searches.map((q) => `${q.longTasks.count} (max ${q.longTasks.maxMs.toFixed(0)})`).join(', '),
        ),
      ),
      row(
        'long tasks while scrolling',
        b((x) =>
          x.scrolls
            .map((q) => (q.error ? '✗' : `${q.longTasks.count} (max ${q.longTasks.maxMs.toFixed(0)} ms)`))
            .join(', '),
        ),
      ),
      row(
        '  frames > 50 ms while scrolling',
        b((x) => x.scrolls.map((q) => `${q.slowFrames}/${q.frames}`).join(', ')),
      ),
      row(
        'long tasks during load',
        b((x) => x.loads.map((l) => String(l.longTasksDuringLoad)).join(', ')),
      ),
      row(
        'speakers page: filter by a name',
        b((x) => timed(x.speakersPage?.filter, x.speakersPage?.error)),
      ),
      row(
        'speakers page: clear the filter',
        b((x) => timed(x.speakersPage?.clear, x.speakersPage?.error)),
      ),
      row(
        'speakers page: long tasks while scrolling',
        b((x) => {
          const q = x.speakersPage?.scroll;
          return q && !q.error ? `${q.longTasks.count} (max ${q.longTasks.maxMs.toFixed(0)} ms)` : '✗';
        }),
      ),
    );
  }
  out.push(table(rows));
  if (res.app) {
    const i = res.app.initial;
    out.push(
      `\napp (vite build in ${sec(res.app.buildMs)}): initial JS+CSS ${kb(i.raw)} raw, ${kb(i.gzip)} gzip in ${i.files.length} files` +
        ` (${i.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}); all JS+CSS ${kb(res.app.all.gzip)} gzip in ${res.app.all.count} files`,
    );
  } else if (res.appError) out.push(`\napp: ${res.appError}`);
  const errors = sizes.flatMap((s) => s.errors.map((e) => `${s.posts} posts: ${e}`));
  if (errors.length) out.push(`\nproblems:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  if (res.targets.length) {
    out.push('\ntargets:');
    out.push(
      table([
        ['target', 'limit', 'measured', 'result'],
        ...res.targets.map((t) => [
          t.name,
          t.limit,
          t.value + (t.note ? ` — ${t.note}` : ''),
          t.pass === null ? 'n/a' : t.pass ? 'PASS' : 'FAIL',
        ]),
      ]),
    );
  }
  out.push(
    '\nSearch keystroke latency (p95 while typing) is measured by scripts/bench-search.ts (issue 7), not here.\n',
  );
  return out.join('\n');
}
