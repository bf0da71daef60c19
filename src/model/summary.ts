// Many posts' front-matter summary only repeats their title, sometimes with a slip (`SSOFA 开源三周年…`
// under the title `SOFA 开源三周年…`), or gives a piece of it. Shown under the title, or as a page's
// description, that says the name twice.
import type { Event } from './types';

/** A few more characters around the title are a slip or a bracket, not something the summary adds. */
const SLIP = 3;

const bare = (s: string) => s.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();

/** The summary, unless it says no more than the title. */
export function summaryBesideTitle(event: Pick<Event, 'title' | 'summary'>): string | null {
  const summary = event.summary?.trim();
  if (!summary) return null;
  const s = bare(summary);
  const t = bare(event.title);
  if (t.includes(s) || (s.includes(t) && s.length - t.length <= SLIP)) return null;
  return summary;
}
