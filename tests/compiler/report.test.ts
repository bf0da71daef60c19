// The compiler's closing report: the summary line and where the time went.
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/compiler/report';
import type { CompileResult } from '../../src/compiler/compile';

const empty: CompileResult = {
  events: [],
  speakers: [],
  errors: [],
  skipped: [],
  postsRead: 0,
  runWarnings: [],
};

describe('formatReport', () => {
  it('prints the files written and the seconds each phase took', () => {
    const text = formatReport(empty, {
      outDir: 'public/data',
      emit: { written: 12, unchanged: 3, removed: 1, changed: [] },
      seconds: 8.204,
      phases: { posts: 5180, finish: 480, bundle: 1604, write: 936, cache: 512 },
    });
    expect(text.split('\n').at(-1)).toBe(
      'public/data: 12 files written, 3 unchanged, 1 removed in 8.20 s ' +
        '(posts 5.18 s, slugs and speakers 0.48 s, bundle 1.60 s, write 0.94 s, cache 0.51 s)',
    );
  });

  it('leaves the phases out when they are not known', () => {
    const text = formatReport(empty, {
      outDir: 'out',
      emit: { written: 1, unchanged: 0, removed: 0, changed: [] },
    });
    expect(text.split('\n').at(-1)).toBe('out: 1 file written, 0 unchanged, 0 removed');
  });
});
