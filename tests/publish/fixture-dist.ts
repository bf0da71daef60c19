// A small built site for the prerender tests: a Vite-like shell and a bundle made from the feed fixtures.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventSummary, speakerSummary } from '../../src/compiler/emit';
import type { BundleIndex, Event, Speaker } from '../../src/model/types';
import { allEvents } from '../feeds/fixtures';

export function shellHtml(base = '/'): string {
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <script src="${base}theme-init.js"></script>
    <title>活动浏览 · Event Browser</title>
    <meta
      name="description"
      content="技术社区活动、议题、讲师与资料 · Tech community events, talks, speakers and slides"
    />
    <script type="module" crossorigin src="${base}assets/index-abc123.js"></script>
    <link rel="stylesheet" crossorigin href="${base}assets/index-def456.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`;
}

function speakersOf(events: Event[]): Speaker[] {
  const map = new Map<string, Speaker>();
  for (const ev of events) {
    for (const t of ev.talks) {
      for (const s of t.speakers) {
        const sp =
          map.get(s.slug) ??
          ({
            slug: s.slug,
            name: s.name,
            aliases: [],
            affiliation: s.slug === 'shi-jianwei' ? '蚂蚁集团' : null,
            role: null,
            bio: null,
            talks: [],
            coSpeakers: [],
          } satisfies Speaker);
        sp.talks.push({
          event: ev.slug,
          eventTitle: ev.title,
          talk: t.id,
          title: t.title,
          date: ev.start,
          slides: t.slides,
        });
        map.set(s.slug, sp);
      }
    }
  }
  return [...map.values()];
}

export async function makeFixtureDist(base = '/', events: Event[] = allEvents): Promise<string> {
  const dist = await mkdtemp(path.join(tmpdir(), 'publish-'));
  await mkdir(path.join(dist, 'data', 'events'), { recursive: true });
  await mkdir(path.join(dist, 'data', 'speakers'), { recursive: true });
  await writeFile(path.join(dist, 'index.html'), shellHtml(base));
  const speakers = speakersOf(events);
  const index: BundleIndex = {
    version: 1,
    generatedAt: '2024-01-01T00:00:00Z',
    events: events.map(eventSummary),
    speakers: speakers.map(speakerSummary),
  };
  await writeFile(path.join(dist, 'data', 'index.json'), JSON.stringify(index));
  for (const ev of events)
    await writeFile(path.join(dist, 'data', 'events', `${ev.slug}.json`), JSON.stringify(ev));
  for (const s of speakers)
    await writeFile(path.join(dist, 'data', 'speakers', `${s.slug}.json`), JSON.stringify(s));
  return dist;
}
