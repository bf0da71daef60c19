// Slide decks and the event's links. Decks: the 资料下载/资料地址/PPT summary item and its link lines,
// a `## 幻灯片下载` / `## 视频回放与资料下载` section, and the Wowchemy `url_slides`/`url_pdf`.
// Also a lone download link anywhere (`[点击下载资料](….pdf)` under a talk), a link that offers a named
// talk's deck (`[《title》下载链接](…)`, attached to that talk by its title), a sentence that offers
// the decks at a bare address (`讲师的 PPT 下载请访问 GitHub：https://…`), and links to deck files
// (`.pptx` anywhere; `.pdf` in the lines after `分享资料点击查看👉`).
// Links: recordings (直播回放, 视频回顾), live rooms (直播间地址), registration (报名), read-more articles.
import type { EventLink, LinkKind } from '../../model/types';
import type { FrontMatter } from '../facts';
import { isHttp, links, sectionEnd, type Line, type MdLink } from './markdown';
import type { Labelled } from './summary-list';

const SLIDE_LABEL = /资料下载|资料地址|资料链接|课件|PPT|幻灯片|slides?|讲义|演讲资料|材料下载/i;
const SLIDE_SECTION = /资料下载|幻灯片|PPT|slides|课件|讲义/i;
// `直播回顾` (a look back at the stream) is its recording; `直播回顾文章` is an article.
const VIDEO = /回放|视频回顾|回顾视频|直播回顾(?!文章)|回看|录像|录播|video|replay|recording/i;
const LIVE = /直播间|直播地址|直播链接|观看直播|直播入口|live\s*stream/i;
const REGISTER = /报名|注册|register|registration|sign\s*up/i;
const ARTICLE = /回顾文章|活动回顾|推荐阅读|文章/;
const VIDEO_SECTION = /直播回放|视频回放|视频回顾|回放|video/i;
// Link texts that offer a deck rather than name it: `点击下载资料`, `下载 PPT`, `幻灯片`, `Slides`.
const DECK_TEXT =
  /^(?:点击|点此)?\s*(?:下载|获取|查看)?\s*(?:资料|演讲资料|PPT|PDF|幻灯片|课件|讲义|slides?)\s*(?:下载|链接|地址)?$|^(?:点击|点此)下载$/i;
const DECK_WORD = /下载|获取|资料|PPT|PDF|幻灯片|课件|讲义|slide/i;
const DECK_FILE = /\.(?:pptx?|key|odp)(?:$|[?#])/i;
const PDF_FILE = /\.pdf(?:$|[?#])/i;
// A link that offers a named talk's deck: `《注册中心 6.0 新特性》下载链接`.
const TITLED_DECK_TEXT = /^《[^《》]{2,200}》\s*(?:PPT|PDF|幻灯片|资料)?\s*(?:下载链接|下载地址|下载)$/i;
// A sentence that offers decks: `…的幻灯片下载请访问：`, `获取本次 PPT：`.
const DECK_SENTENCE =
  /(?:PPT|幻灯片|slides?|课件|讲义|演讲资料).{0,20}?(?:下载|获取)|(?:下载|获取).{0,8}?(?:PPT|幻灯片|slides?|课件|讲义|资料)/i;

export interface TitledLink extends MdLink {
  kind: LinkKind | 'slides';
}

const dedupe = <T extends { url: string }>(xs: T[]): T[] => {
  const seen = new Set<string>();
  return xs.filter((x) => (seen.has(x.url) ? false : (seen.add(x.url), true)));
};

export function readSlides(lines: Line[], fields: Labelled[], fm: FrontMatter): MdLink[] {
  const out: MdLink[] = [];
  for (const f of fields)
    if (SLIDE_LABEL.test(f.label)) out.push(...links(f.raw).filter((l) => isHttp(l.url)));
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i]!;
    if (!h.heading || !SLIDE_SECTION.test(h.text)) continue;
    const end = sectionEnd(lines, i);
    for (let j = i + 1; j < end; j++) {
      const own = lineKind(lines[j]!.text);
      if (own && own !== 'slides') continue; // `视频回放地址：…` under `## 幻灯片及回放`
      out.push(...links(lines[j]!.raw).filter((l) => isHttp(l.url)));
    }
  }
  let offer = -10; // the line of the last sentence offering decks (`分享资料点击查看👉`)
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.heading) continue;
    out.push(...deckLinks(l));
    if (!l.raw.includes('http')) {
      if (l.text && DECK_WORD.test(l.text) && l.text.length <= 80) offer = i;
      continue;
    }
    out.push(...titledDeckLinks(l));
    // A link to a deck file (`.pptx`, `.key`; a `.pdf` just after a sentence offering decks) is a
    // deck whatever its text, usually `讲师-title`.
    const nearOffer = i - offer <= 4;
    for (const x of links(l.raw))
      if (isHttp(x.url) && (DECK_FILE.test(x.url) || (nearOffer && PDF_FILE.test(x.url)))) out.push(x);
    if (nearOffer) offer = i;
  }
  for (const url of [fm.urls.slides, fm.urls.pdf])
    if (url && isHttp(url)) out.push({ text: '', url, index: -1 });
  return dedupe(out);
}

/**
 * The decks one line offers: links whose text says "download the deck" (`[点击下载资料](…)`), and bare
 * addresses in a sentence about downloading slides. A link that names something (a talk title, a
 * recording) is not taken here: the 资料下载 list and sections read those.
 */
export function deckLinks(l: Line): MdLink[] {
  if (!l.raw.includes('http') || !DECK_WORD.test(l.raw)) return [];
  const sentence = DECK_SENTENCE.test(l.text) && !VIDEO.test(l.text);
  return links(l.raw).filter(
    (x) => isHttp(x.url) && (DECK_TEXT.test(x.text.trim()) || (sentence && x.text === x.url)),
  );
}

/** Links that offer a named talk's deck (`[《title》下载链接](…)`); the title says which talk it belongs to. */
const titledDeckLinks = (l: Line): MdLink[] =>
  links(l.raw).filter((x) => isHttp(x.url) && TITLED_DECK_TEXT.test(x.text.trim()));

/** A value that is nothing but addresses: `https://live.bilibili.com/1`, `<https://…>`. */
export const isUrlOnly = (value: string): boolean =>
  value.includes('http') && !value.replace(URLS, '').replace(/[\s<>()（）[\]，,。;；、]/g, '');
const URLS = /https?:\/\/[^\s<>()（）\]，。]{1,2000}/g;
// A 地址/地点 whose value is a streaming address: the live room, not a venue.
const PLACE_LABEL = /^(?:活动地点|地点|会议地点|活动地址|地址|Location|Venue|Where)$/i;
const STREAM_HOST =
  /\blive\.|bilibili\.com|zoom\.us|meeting\.tencent|youtube\.com|youtu\.be|twitch\.tv|vhall|douyu|huya/i;

/** Link texts such as `直播视频回顾` or `报名方式` label a link; they are not talk titles. */
export const isLinkLabel = (text: string): boolean => text.length <= 12 && kindOf(text) !== null;

// The label a line gives its own address: `视频直播回放地址：https://…`, `**幻灯片归档地址**：[…](…)`.
const LINE_LABEL = /^([^：:]{1,40}?)\s*[：:]\s*(?:https?:\/\/|\S)/;

/** What a line's own label says its links are: 'slides', a link kind, or null (no or mixed label). */
function lineKind(text: string): LinkKind | 'slides' | null {
  const m = LINE_LABEL.exec(text);
  if (!m || m[1]!.includes('http')) return null;
  const label = m[1]!;
  const kind = kindOf(label);
  const slides = SLIDE_LABEL.test(label);
  if (slides && kind) return null;
  return slides ? 'slides' : kind;
}

/** The link kind a line's own label gives its links, if it names one (not 'slides'). */
function linkKindOfLine(text: string): LinkKind | null {
  const own = lineKind(text);
  return own === 'slides' ? null : own;
}

function kindOf(label: string): LinkKind | null {
  if (VIDEO.test(label)) return 'video';
  if (LIVE.test(label)) return 'live';
  if (REGISTER.test(label)) return 'registration';
  if (ARTICLE.test(label)) return 'other';
  return null;
}

/** A link text less the titles it quotes: `《注册中心 6.0 新特性》下载链接` → `下载链接`. A title says what
 * the talk is about (注册中心 is a registry, not a sign-up), not where the link leads. */
const outsideTitles = (text: string): string => text.replace(/《[^《》]*》/g, '');

/** Links the post labels as a recording, live room, registration page or article. */
export function readLinks(lines: Line[], fields: Labelled[], fm: FrontMatter): TitledLink[] {
  const out: TitledLink[] = [];
  for (const f of fields) {
    const stream = PLACE_LABEL.test(f.label) && isUrlOnly(f.value) && STREAM_HOST.test(f.value);
    const kind = stream ? 'live' : kindOf(f.label);
    if (!kind) continue;
    for (const l of links(f.value.length ? f.raw.split('\n')[0]! : f.raw))
      if (isHttp(l.url)) out.push({ ...l, kind });
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.heading && VIDEO_SECTION.test(l.text)) {
      const end = sectionEnd(lines, i);
      for (let j = i + 1; j < end; j++) {
        // A line's own label beats its heading: `幻灯片归档地址：…` under `## 幻灯片及回放` is no recording.
        const own = lineKind(lines[j]!.text);
        if (own === 'slides') continue;
        const kind = own ?? 'video';
        for (const x of links(lines[j]!.raw)) if (isHttp(x.url)) out.push({ ...x, kind });
      }
      continue;
    }
    if (!l.listItem) continue;
    for (const x of links(l.raw)) {
      // A bare address takes its kind from the line's label (`- Register here: https://…`), never from
      // the words of the address itself (`…/register-center`).
      const kind = x.text === x.url ? linkKindOfLine(l.text) : kindOf(outsideTitles(x.text));
      if (kind && isHttp(x.url)) out.push({ ...x, kind });
    }
  }
  if (fm.urls.video && isHttp(fm.urls.video))
    out.push({ text: '视频', url: fm.urls.video, index: -1, kind: 'video' });
  if (fm.urls.event && isHttp(fm.urls.event))
    out.push({ text: '活动页面', url: fm.urls.event, index: -1, kind: 'registration' });
  return dedupe(out);
}

/** Link texts that say nothing about where they lead: the app names such a link by its kind. */
const VAGUE_TEXT =
  /^(?:请?(?:戳|点击?)(?:这里|此处?|我)?|点击(?:观看|查看|进入|报名)|(?:click )?here|链接|link)$/i;
// A placeholder left in place when the address was filled in later: `[待直播后更新](https://…/video/…)`.
const PLACEHOLDER_TEXT = /^(?:待.{0,6}更新|敬请期待)$/;

export function toEventLinks(xs: TitledLink[]): EventLink[] {
  return xs
    .filter((x): x is TitledLink & { kind: LinkKind } => x.kind !== 'slides')
    .map((x) => {
      const text = x.text.trim();
      const telling = text && !isHttp(text) && !VAGUE_TEXT.test(text) && !PLACEHOLDER_TEXT.test(text);
      return { kind: x.kind, label: telling ? text : '', url: x.url };
    });
}
