// What an event's link buttons say: the link's own text, else its kind in the reader's language. Buttons
// that would read the same (three `视频回放`) are told apart by site, else by number.
import type { EventLink, LinkKind } from '../../model/types';

export function labelLinks(links: readonly EventLink[], kindNames: Record<LinkKind, string>): string[] {
  const base = links.map((l) => l.label || kindNames[l.kind]);
  const hostOf = (url: string) => {
    try {
      return new URL(url).hostname.replace(/^www\./, '');
    } catch {
      return url;
    }
  };
  return base.map((text, i) => {
    const same = base.flatMap((t, j) => (t === text ? [j] : []));
    if (same.length === 1) return text;
    const host = hostOf(links[i]!.url);
    if (same.filter((j) => hostOf(links[j]!.url) === host).length === 1) return `${text} · ${host}`;
    return `${text} ${same.indexOf(i) + 1}`;
  });
}
