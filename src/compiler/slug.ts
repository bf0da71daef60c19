// Event slugs: front-matter `slug`, else the page-bundle folder, else the file name; made
// URL-safe and lower-case (Chinese becomes pinyin). Two posts wanting the same slug are both
// kept: the first (an explicit front-matter slug before a derived one, then by source path)
// keeps it, the others get `-2`, `-3`… and a warning their author can act on.
import { pinyin } from 'pinyin-pro';

const MAX_SLUG = 80;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Lower-case, URL-safe: `a-z0-9` words joined by `-`; Chinese is written in pinyin. '' if nothing is left. */
export function slugify(text: string): string {
  let s = text.normalize('NFKC');
  if (HAN.test(s)) {
    s = pinyin(s, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join('-');
  }
  s = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // é → e
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length > MAX_SLUG) s = s.slice(0, MAX_SLUG).replace(/-+[^-]*$/, '') || s.slice(0, MAX_SLUG);
  return s.replace(/-+$/, '');
}

/** The slug a post asks for, and where it came from. */
export function baseSlug(
  source: string,
  frontMatterSlug: string | null,
): { slug: string; from: 'front matter' | 'folder' | 'file name' } {
  if (frontMatterSlug) {
    const s = slugify(frontMatterSlug);
    if (s) return { slug: s, from: 'front matter' };
  }
  const parts = source.split('/');
  const file = parts[parts.length - 1] ?? '';
  const stem = file.replace(/\.(md|markdown)$/i, '');
  if (stem.toLowerCase() === 'index' && parts.length >= 2) {
    const s = slugify(parts[parts.length - 2] ?? '');
    if (s) return { slug: s, from: 'folder' };
  }
  const s = slugify(stem);
  return { slug: s || 'post', from: 'file name' };
}

export interface SlugRequest {
  source: string;
  slug: string;
  explicit: boolean;
}

/**
 * Gives every post a unique slug. Returns the slug per source and a warning per renamed post.
 * Deterministic: the result depends only on the set of requests, not their order.
 */
export function assignSlugs(requests: SlugRequest[]): Map<string, { slug: string; warning: string | null }> {
  const ordered = [...requests].sort(
    (a, b) =>
      Number(b.explicit) - Number(a.explicit) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0),
  );
  const owner = new Map<string, string>(); // slug → source
  for (const r of ordered) if (!owner.has(r.slug)) owner.set(r.slug, r.source);
  const out = new Map<string, { slug: string; warning: string | null }>();
  for (const r of ordered) {
    if (owner.get(r.slug) === r.source && !out.has(r.source)) {
      out.set(r.source, { slug: r.slug, warning: null });
      continue;
    }
    let n = 2;
    while (owner.has(`${r.slug}-${n}`)) n++;
    const slug = `${r.slug}-${n}`;
    owner.set(slug, r.source);
    out.set(r.source, {
      slug,
      warning: `Another post (${owner.get(r.slug)}) already uses the slug "${r.slug}", so this one is published as "${slug}". Give one of them its own \`slug:\` in the front matter to choose its URL.`,
    });
  }
  return out;
}
