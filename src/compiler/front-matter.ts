// Front matter of the known families (sofastack, Wowchemy/cloudnative.to, generic Hugo) → FrontMatter.
// STUB: owned by the extraction work; replace wholesale.
import type { FrontMatter } from './facts';

export function normalizeFrontMatter(data: Record<string, unknown>, _source: string): FrontMatter {
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return {
    family: 'generic',
    title: str(data.title),
    slug: str(data.slug),
    summary: str(data.description) ?? str(data.summary),
    date: data.date instanceof Date ? data.date.toISOString() : str(data.date),
    dateEnd: null,
    publishDate: null,
    allDay: false,
    draft: data.draft === true,
    tags: Array.isArray(data.tags) ? data.tags.map(String) : [],
    categories: [],
    cover: str(data.cover),
    address: null,
    location: null,
    authors: [],
    urls: { slides: null, video: null, pdf: null, code: null, event: null },
    warnings: [],
  };
}
