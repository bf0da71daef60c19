// The `## 嘉宾` list (`## 讲师简介`, `## 分享人简介`): one person per item — `- 曾柯（花名：毅丝）`
// followed by items that describe them (`- 蚂蚁集团高级工程师。`), or `- 玄北，蚂蚁金服技术专家`,
// `- 卫恒 SOFATracer 开源负责人`. Hosts (`- SOFAGirl 主持人`) are not guests. Used for talks that
// name no speaker of their own.
import type { RawSpeaker } from '../facts';
import { sectionEnd, type Line } from './markdown';
import { addDescription, leadingName, parseSpeaker, ROLE_WORD } from './speaker';

const GUEST_HEADING =
  /^(?:本期)?(?:(?:嘉宾|讲师|分享人|主讲人|演讲人|分享嘉宾|演讲嘉宾)(?:介绍|简介)?|嘉宾及讲师介绍|Speakers?)$/i;
const HOST = /主持人|主持$|^host\b/i;

/** A list item that starts a new person rather than describing the previous one. */
function startsPerson(text: string): RawSpeaker | null {
  const lead = leadingName(text);
  if (!lead) return null;
  const rest = lead.rest;
  // After the name: the end, a bracket or comma — or a space and, soon after, a role.
  if (rest.trim() === '' || /^\s*[（(，,：:]/.test(rest) || ROLE_WORD.test(rest.slice(0, 30)))
    return parseSpeaker(text, text);
  return null;
}

export function readGuestList(lines: Line[]): RawSpeaker[] {
  const out: RawSpeaker[] = [];
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i]!;
    if (!h.heading || !GUEST_HEADING.test(h.text.trim())) continue;
    const end = sectionEnd(lines, i);
    for (let j = i + 1; j < end; j++) {
      const l = lines[j]!;
      const text = l.text.replace(/^-\s*/, '').trim();
      if (!text || HOST.test(text)) continue;
      const person = startsPerson(text);
      if (person) out.push(person);
      // A line that describes the previous guest: their affiliation/role, then bio.
      else if (out.length) addDescription(out[out.length - 1]!, text);
    }
  }
  return out;
}
