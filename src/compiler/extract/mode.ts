// Online, offline or both: the 活动形式 line decides (`线上直播`, `线下活动`, `线下 Meetup + 线上直播`).
// Without it, a venue means offline — hybrid when the post also announces a live stream — and a post
// that only talks of a live stream is online.
import type { EventMode } from '../../model/types';

const ONLINE = /线上|直播|online|webinar|livestream|live stream/i;
const OFFLINE = /线下|现场|offline|in[- ]person|meetup|沙龙/i;
// A live stream announced for the event itself, not the community chat group (`直播互动钉钉群`).
const STREAMED = /线上直播|同步直播|直播地址|直播间|直播时间|观看直播|直播链接|直播预约|直播介绍/;

export function modeFromForm(form: string | null): EventMode | null {
  if (!form) return null;
  const on = ONLINE.test(form);
  const off = OFFLINE.test(form);
  if (on && off) return 'hybrid';
  if (on) return 'online';
  if (off) return 'offline';
  return null;
}

export function inferMode(hasVenue: boolean, body: string): EventMode | null {
  const streamed = STREAMED.test(body);
  if (hasVenue) return streamed ? 'hybrid' : 'offline';
  return streamed ? 'online' : null;
}
