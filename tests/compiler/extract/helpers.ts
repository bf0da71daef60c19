// Builds extractor inputs from Markdown snippets written in the posts' conventions.
import type { FrontMatter } from '../../../src/compiler/facts';
import { normalizeFrontMatter } from '../../../src/compiler/front-matter';
import { extractFacts } from '../../../src/compiler/extract';
import { splitLines } from '../../../src/compiler/extract/markdown';

export const lines = (md: string) => splitLines(md.replace(/^\n/, ''));

export function fm(data: Record<string, unknown> = {}, source = 'post.md'): FrontMatter {
  return normalizeFrontMatter({ title: 'A post', date: '2021-03-09T15:00:00+08:00', ...data }, source);
}

export function facts(body: string, data: Record<string, unknown> = {}, source = 'activities/post/index.md') {
  return extractFacts({ body, frontMatter: fm(data, source), source });
}

export const names = (t: { speakers: Array<{ name: string }> }) => t.speakers.map((s) => s.name);
