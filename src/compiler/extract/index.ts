// Body → facts: runs each convention's extractor and merges what they found with the front matter.
// STUB: owned by the extraction work; replace wholesale.
import type { ExtractInput, PostFacts } from '../facts';

export function extractFacts({ frontMatter }: ExtractInput): PostFacts {
  return {
    kind: frontMatter.date ? 'event' : 'announcement',
    series: null,
    start: frontMatter.date,
    end: null,
    timezone: 'Asia/Shanghai',
    mode: null,
    city: null,
    venue: null,
    talks: [],
    slides: [],
    links: [],
    warnings: [],
  };
}
