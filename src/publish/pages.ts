// Plain HTML for each page's main facts, shown before (or without) JavaScript. Every post field is escaped.
import type { BundleIndex, Event, Speaker } from '../model/types';
import { summaryBesideTitle } from '../model/summary';
import { eventLocation, feedPath, pagePath, whenText } from '../compiler/feeds';
import { escapeAttr, escapeHtml as e, safeUrl } from './html';
import { href, type Site } from './site';

const MODE: Record<string, string> = {
  offline: '线下 Offline',
  online: '线上 Online',
  hybrid: '线上 + 线下 Hybrid',
};

function link(url: string | null | undefined, text: string): string {
  const safe = safeUrl(url);
  return safe ? `<a href="${escapeAttr(safe)}" rel="noopener noreferrer">${e(text)}</a>` : e(text);
}

function nav(site: Site): string {
  return (
    `<nav aria-label="站点 Site"><a href="${escapeAttr(href(site, ''))}">${e(site.name)}</a> · ` +
    `<a href="${escapeAttr(href(site, pagePath.speakers()))}">讲师 Speakers</a> · ` +
    `<a href="${escapeAttr(href(site, 'data/atom.xml'))}">Atom</a> · ` +
    `<a href="${escapeAttr(href(site, 'data/events.ics'))}">iCalendar</a></nav>`
  );
}

function wrap(site: Site, inner: string): string {
  return `<div class="prerendered">${nav(site)}<main id="main">${inner}</main></div>`;
}

function fact(label: string, value: string | null): string {
  return value ? `<dt>${e(label)}</dt><dd>${value}</dd>` : '';
}

/** The body as the compiler sanitized it (src/compiler/html.ts is the trust boundary, as in the app). */
function bodyHtml(html: string): string {
  return html.trim() ? `<section class="post-body">${html}</section>` : '';
}

export function eventBody(event: Event, site: Site): string {
  const parts: string[] = [`<article><h1>${e(event.title)}</h1>`];
  if (event.series) parts.push(`<p>${e(event.series)}</p>`);
  const when = whenText(event);
  const facts = [
    fact('时间 When', when ? `<time datetime="${escapeAttr(event.start ?? '')}">${e(when)}</time>` : null),
    fact('形式 Mode', event.mode ? e(MODE[event.mode] ?? event.mode) : null),
    fact('地点 Where', eventLocation(event) ? e(eventLocation(event)!) : null),
  ].join('');
  if (facts) parts.push(`<dl>${facts}</dl>`);
  if (event.start && when) {
    parts.push(
      `<p><a href="${escapeAttr(href(site, `data/${feedPath.eventCalendar(event.slug)}`))}" download>添加到日历 Add to calendar (.ics)</a></p>`,
    );
  }
  const summary = summaryBesideTitle(event);
  if (summary) parts.push(`<p>${e(summary)}</p>`);
  if (event.talks.length) {
    const items = event.talks.map((t) => {
      const who = t.speakers
        .map((s) => `<a href="${escapeAttr(href(site, pagePath.speaker(s.slug)))}">${e(s.name)}</a>`)
        .join('、');
      const decks = t.slides
        .map((u, i) => link(u, t.slides.length > 1 ? `Slides ${i + 1}` : 'Slides'))
        .join(' ');
      const video = t.video ? ` ${link(t.video, 'Video')}` : '';
      return `<li><strong>${e(t.title)}</strong>${who ? ` — ${who}` : ''}${decks ? ` · ${decks}` : ''}${video}${
        t.abstract ? `<p>${e(t.abstract)}</p>` : ''
      }</li>`;
    });
    parts.push(`<h2>议程 Talks</h2><ol>${items.join('')}</ol>`);
  }
  if (event.slides.length) {
    parts.push(`<h2>资料 Slides</h2><ul>${event.slides.map((u) => `<li>${link(u, u)}</li>`).join('')}</ul>`);
  }
  if (event.links.length) {
    parts.push(
      `<h2>链接 Links</h2><ul>${event.links.map((l) => `<li>${link(l.url, l.label || l.url)}</li>`).join('')}</ul>`,
    );
  }
  parts.push(bodyHtml(event.html));
  parts.push('</article>');
  return wrap(site, parts.join(''));
}

export function speakerBody(speaker: Speaker, site: Site): string {
  const parts: string[] = [`<article><h1>${e(speaker.name)}</h1>`];
  if (speaker.aliases.length) parts.push(`<p>${e(speaker.aliases.join(' / '))}</p>`);
  const role = [speaker.role, speaker.affiliation].filter(Boolean).join(' · ');
  if (role) parts.push(`<p>${e(role)}</p>`);
  if (speaker.bio) parts.push(`<p>${e(speaker.bio)}</p>`);
  if (speaker.talks.length) {
    const items = speaker.talks.map((t) => {
      const date = t.date ? `<time datetime="${escapeAttr(t.date)}">${e(t.date.slice(0, 10))}</time> · ` : '';
      const decks = t.slides.map((u) => link(u, 'Slides')).join(' ');
      return `<li>${date}<strong>${e(t.title)}</strong> — <a href="${escapeAttr(
        href(site, pagePath.event(t.event)),
      )}">${e(t.eventTitle)}</a>${decks ? ` · ${decks}` : ''}</li>`;
    });
    parts.push(`<h2>议题 Talks</h2><ul>${items.join('')}</ul>`);
  }
  if (speaker.coSpeakers.length) {
    const items = speaker.coSpeakers.map(
      (s) => `<li><a href="${escapeAttr(href(site, pagePath.speaker(s.slug)))}">${e(s.name)}</a></li>`,
    );
    parts.push(`<h2>同台讲师 Co-speakers</h2><ul>${items.join('')}</ul>`);
  }
  parts.push('</article>');
  return wrap(site, parts.join(''));
}

export function speakersBody(index: BundleIndex, site: Site): string {
  const items = index.speakers.map((s) => {
    const extra = [s.affiliation, s.talkCount ? `${s.talkCount} talk${s.talkCount > 1 ? 's' : ''}` : null]
      .filter(Boolean)
      .join(' · ');
    return `<li><a href="${escapeAttr(href(site, pagePath.speaker(s.slug)))}">${e(s.name)}</a>${
      extra ? ` — ${e(extra)}` : ''
    }</li>`;
  });
  return wrap(site, `<h1>讲师 Speakers</h1><ul>${items.join('')}</ul>`);
}

export function homeBody(index: BundleIndex, site: Site, description: string): string {
  const items = index.events.map((ev) => {
    const date = ev.start
      ? `<time datetime="${escapeAttr(ev.start)}">${e(ev.start.slice(0, 10))}</time> · `
      : '';
    const where = [ev.city, ev.mode ? MODE[ev.mode] : null].filter(Boolean).join(' · ');
    return `<li>${date}<a href="${escapeAttr(href(site, pagePath.event(ev.slug)))}">${e(ev.title)}</a>${
      where ? ` — ${e(where)}` : ''
    }</li>`;
  });
  return wrap(
    site,
    `<h1>${e(site.name)}</h1><p>${e(description)}</p><h2>活动 Events</h2><ul>${items.join('')}</ul>`,
  );
}

/** For the 404 page and app-only routes: `#root` stays empty for the app; this shows only without JavaScript. */
export function noscript(site: Site, title: string): string {
  return `<noscript>${wrap(site, `<h1>${e(title)}</h1><p><a href="${escapeAttr(href(site, ''))}">返回首页 Back to all events</a></p>`)}</noscript>`;
}
