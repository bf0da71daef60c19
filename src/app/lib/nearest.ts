// "Did you mean": the closest titles or names to an unknown slug, by character-bigram similarity
// (works for Chinese, which has no spaces, as well as for Latin slugs).

export function normalize(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  if (s.length === 1) m.set(s, 1);
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Sørensen–Dice coefficient on bigrams of the normalized strings, 0..1. */
export function similarity(a: string, b: string): number {
  const x = normalize(a);
  const y = normalize(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  const bx = bigrams(x);
  const by = bigrams(y);
  let inter = 0;
  let nx = 0;
  let ny = 0;
  for (const n of bx.values()) nx += n;
  for (const [g, n] of by) {
    ny += n;
    inter += Math.min(n, bx.get(g) ?? 0);
  }
  let score = (2 * inter) / (nx + ny);
  // A query that is a whole part of the candidate (or the reverse) is a strong hint.
  if (x.length >= 3 && y.includes(x)) score = Math.max(score, 0.6);
  return score;
}

export function nearest<T>(
  query: string,
  items: readonly T[],
  keys: (item: T) => (string | null | undefined)[],
  limit = 5,
  threshold = 0.3,
): T[] {
  let q = query;
  try {
    q = decodeURIComponent(query);
  } catch {
    // keep it raw
  }
  const scored: [T, number][] = [];
  for (const item of items) {
    let best = 0;
    for (const k of keys(item)) if (k) best = Math.max(best, similarity(q, k));
    if (best >= threshold) scored.push([item, best]);
  }
  scored.sort((a, b) => b[1] - a[1]);
  return scored.slice(0, limit).map(([item]) => item);
}
