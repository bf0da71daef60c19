// Talks as headings: `#### 唯品会 Service Mesh 的实践分享` followed by a speaker line — `郑德惠 唯品会Java资深
// 开发工程师…`, `主讲人：曾凡松（逐灵） 、汪萌海（木苏）`, `肖涵（蚂蚁集团高级技术专家）`, or a run of names
// (`陈逸凡、崔秀龙、敖小剑、郑德惠共同参加的…`). Further paragraphs that introduce another person the same way
// (`张瑜标 阿里巴巴技术专家…`) add co-speakers, as does each further `讲师：` line; a lone download link
// (`[点击下载资料](….pdf)`) is the talk's deck; the rest is the abstract. Numbered sections
// (`### | 二、《title》` + `讲师：某公司技术专家李四（花名：某某）`) are read the same way. Openings and
// addresses (`### 开场致辞`) are not talks, nor are bio and topic headings (`## 分享人简介`, `## 分享主题介绍`).
import type { RawSpeaker } from '../facts';
import { normalizeDigits } from '../dates';
import { bookTitle, isNotATalk, links, type Line } from './markdown';
import { deckLinks } from './resources';
import { speakerHeadline } from './speaker-headline';
import { dedupe, leadingName, parseSpeakerList } from './speaker';
import { draft, type DraftTalk } from './talk';

// Headings that name a part of the post, not a talk: the whole heading is a section word, or it
// carries a word no talk title does.
const SECTION =
  /^(?:本期|活动|直播|分享|演讲)?(?:概要|介绍|议程|日程|安排|嘉宾|讲师|分享人|主讲人|演讲人|讲者|话题|议题|主题|致谢|回顾|现场回顾|简介|详情|大纲|收获|你将收获|听众收获|合作伙伴|主办方与合作伙伴|报名|直播|视频|资料|资料下载|预约|回放|项目|关于|背景|总结|event details|agenda|speakers?|schedule|about)(?:与演讲话题|及讲师介绍|与资料下载|介绍|简介)?$/i;
const NOT_A_TITLE =
  /^[|｜]|了解更多|加入.{0,12}群|致谢|点击|报名|资料下载|视频回放|幻灯片下载|讲师与演讲话题|嘉宾及讲师/;
const ENUMERATED = /^[|｜]?\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．](?!\d)\s*/;
const LABELLED = /^(?:主讲人|主讲|讲师|分享嘉宾|演讲嘉宾|嘉宾|主持人|主持)\s*[：:]\s*(.+)$/;
const ROLE =
  /专家|工程师|架构师|分析师|负责人|总监|经理|创始人|联合创始|CTO|CEO|VP|成员|作者|研究员|Committer|Maintainer|PMC|布道师|开发者|主管|教授|博士|顾问|Founder|Engineer|Lead/i;
const IMAGE_ONLY = /^\s*(?:!\[[^\]]{0,300}\]\([^)]{0,1000}\)\s*)+$/;
const SLOT = /^\d{1,2}\s{0,2}:\s{0,2}\d{2}/;

/** A paragraph that introduces a person: name, then a bracket, comma or space, and a role soon after. */
function introduces(text: string, roleWithin = 40): RawSpeaker[] {
  const lead = leadingName(text);
  if (!lead) return [];
  const rest = lead.rest;
  const bracketed = /^\s*[（(]/.test(rest);
  if (!bracketed && !(/^[\s，,]/.test(rest) && ROLE.test(rest.slice(0, roleWithin)))) return [];
  return parseSpeakerList(text)
    .slice(0, 1)
    .map((s) => ({ ...s, bio: s.bio ?? text }));
}

export function readHeadingTalks(lines: Line[]): DraftTalk[] {
  const talks: DraftTalk[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i]!;
    if (h.heading < 2) continue;
    const text = h.text.trim();
    if (!text || SLOT.test(normalizeDigits(text))) continue;
    if (speakerHeadline(h)) continue; // `### 张亮（京东金融）：title` is a speaker headline
    // `### | 二、title`: the numbering goes, and what is left is read as any heading.
    const unnumbered = text.replace(ENUMERATED, '');
    const title = bookTitle(unnumbered) ?? unnumbered;
    if (
      !bookTitle(unnumbered) &&
      (SECTION.test(unnumbered.replace(/[\s：:]/g, '')) || NOT_A_TITLE.test(unnumbered))
    )
      continue;
    if (isNotATalk(title) || isNotATalk(unnumbered)) continue;
    const slides: string[] = [];
    let speakers: RawSpeaker[] = [];
    let labelledLine = false;
    const abstract: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.heading) break;
      if (!l.text || IMAGE_ONLY.test(l.raw)) continue;
      if (/^[-*_]{3,}$/.test(l.raw.trim())) continue;
      const decks = deckLinks(l);
      if (decks.length && decks.length === links(l.raw).length) {
        for (const d of decks) if (!slides.includes(d.url)) slides.push(d.url);
        continue;
      }
      if (!speakers.length) {
        const labelled = LABELLED.exec(l.text);
        labelledLine = !!labelled;
        if (labelled) speakers = parseSpeakerList(labelled[1]!);
        else if (/^[\u3400-\u9fff]{2,4}[、，,]/.test(l.text) && /[、]/.test(l.text))
          speakers = parseSpeakerList(l.text);
        else speakers = introduces(l.text);
        if (!speakers.length) break; // the first line under the heading must name someone
        continue;
      }
      // Co-speakers are introduced the same way, or on a labelled line of their own (`讲师：…`).
      const again = labelledLine && !/^主持/.test(l.text) ? LABELLED.exec(l.text) : null;
      if (again) {
        speakers.push(...parseSpeakerList(again[1]!));
        continue;
      }
      const more = l.listItem || labelledLine ? [] : introduces(l.text, 24);
      if (more.length) speakers.push(...more);
      else abstract.push(l.text);
    }
    if (!speakers.length) continue;
    const t = draft(title, dedupe(speakers));
    t.slides = slides;
    t.abstract = abstract.length ? abstract.join('\n') : null;
    talks.push(t);
  }
  return talks;
}
