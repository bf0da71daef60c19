// npm run dev's live updates: an index patch from the compiler is applied to the index the page
// holds, or, when it was made from another index, the page refetches the index instead.
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { applyIndexChange } from '../../src/app/data/live-bundle';
import { applyIndexPatch, type IndexPatch } from '../../src/model/live';
import type { BundleIndex } from '../../src/model/types';
import { index } from './fixtures';

const KEY = ['bundle', 'index'];
const retitled = (at: number, title: string): IndexPatch => ({
  base: index.generatedAt,
  generatedAt: '2024-01-02T00:00:00Z',
  count: index.events.length,
  events: [[at, { ...index.events[at]!, title }]],
});

describe('applyIndexPatch', () => {
  it('replaces the patched summaries in place and takes the new time', () => {
    const next = applyIndexPatch(index, retitled(1, 'New title'))!;
    expect(next.generatedAt).toBe('2024-01-02T00:00:00Z');
    expect(next.events.map((e) => e.title)).toEqual(
      index.events.map((e, i) => (i === 1 ? 'New title' : e.title)),
    );
    expect(next.events[0]).toBe(index.events[0]); // untouched summaries are the same objects
    expect(next.speakers).toBe(index.speakers);
  });

  it('refuses a patch made from another index, or for another event at that place', () => {
    expect(applyIndexPatch(index, { ...retitled(1, 'x'), base: '2023-12-31T00:00:00Z' })).toBeNull();
    expect(applyIndexPatch(index, { ...retitled(1, 'x'), count: index.events.length + 1 })).toBeNull();
    const wrongSlug = retitled(1, 'x');
    wrongSlug.events[0]![1] = { ...wrongSlug.events[0]![1], slug: 'someone-else' };
    expect(applyIndexPatch(index, wrongSlug)).toBeNull();
  });
});

describe('applyIndexChange', () => {
  it('patches the cached index without a fetch', () => {
    const client = new QueryClient();
    client.setQueryData(KEY, index);
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    applyIndexChange(client, retitled(0, 'Live title'));
    expect(client.getQueryData<BundleIndex>(KEY)?.events[0]?.title).toBe('Live title');
    expect(invalidate).not.toHaveBeenCalled();
  });

  it('refetches when the patch does not fit what the page holds, or is not a valid summary', () => {
    const client = new QueryClient();
    client.setQueryData(KEY, index);
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    applyIndexChange(client, { ...retitled(0, 'x'), base: 'another time' });
    const broken = retitled(0, 'x');
    (broken.events[0]![1] as { title: unknown }).title = 42;
    applyIndexChange(client, broken);
    expect(invalidate).toHaveBeenCalledTimes(2);
    expect(client.getQueryData<BundleIndex>(KEY)).toBe(index);
  });
});
