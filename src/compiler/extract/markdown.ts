// Small, linear helpers over Markdown lines shared by the convention readers. No Markdown parser:
// the conventions are line-shaped, and a line scan keeps 10,000 posts within a few seconds.

export interface Line {
  /** 0-based line number in the body. */
  n: number;
  raw: string;
  /** Without list bullet, quote marker, heading hashes, emphasis and HTML tags; trimmed. */
  text: string;
  heading: number; // 0 when not a heading
  listItem: boolean;
  indent: number;
}

const HEADING = /^\s{0,3}(#{1,6})\s+/;
const BULLET = /^(\s*)(?:[-*+]|\d{1,3}[.)])\s+/;
const QUOTE = /^\s{0,3}(?:>\s?)+/;
const TAG = /<\/?[A-Za-z][^<>]{0,300}>/g;
const EMPHASIS = /\*{1,3}|_{2,3}|`/g;

/** Inline Markdown → plain text: links keep their text, images go, emphasis and tags go. */
export function plain(s: string): string {
  if (!NEEDS_CLEANUP.test(s)) return s.trim();
  return s
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(TAG, ' ')
    .replace(EMPHASIS, '')
    .replace(/\\([<>[\]()*_#\\])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(SPACES, ' ')
    .trim();
}
const NEEDS_CLEANUP = /[![<*_`\\&\t\u3000]| {2}/;
// Only runs worth collapsing: replacing every single space costs more than the whole scan.
const SPACES = /[\t\u3000][ \t\u3000]*| {2,}/g;
const IMAGE = /!\[[^\]\n]{0,300}\]\([^)\n]{0,1000}\)/g;
const LINK = /\[([^\]\n]{0,300})\]\([^)\n]{0,2000}\)/g;

export function splitLines(body: string): Line[] {
  const out: Line[] = [];
  const raws = body.split('\n');
  for (let n = 0; n < raws.length; n++) {
    const raw = raws[n]!.replace(/\r$/, '');
    let s = raw.replace(QUOTE, '');
    let heading = 0;
    const h = HEADING.exec(s);
    if (h) {
      heading = h[1]!.length;
      s = s.slice(h[0].length).replace(/\s#+\s*$/, '');
    }
    const b = BULLET.exec(s);
    const listItem = !heading && !!b;
    const indent = b ? b[1]!.length : (/^\s*/.exec(s)?.[0].length ?? 0);
    if (b) s = s.slice(b[0].length);
    out.push({ n, raw, text: plain(s), heading, listItem, indent });
  }
  return out;
}

export interface MdLink {
  text: string;
  url: string;
  index: number;
}

// URLs may hold balanced parentheses: `…/Apache%20seata(inbucating)(1).pdf`.
const MD_LINK =
  /(!?)\[([^\]\n]{0,300})\]\(\s*<?((?:[^()\s<>]|\([^()\s]{0,200}\)){1,2000})>?(?:\s+"[^"\n]{0,200}")?\s*\)/g;
const AUTO_LINK = /<(https?:\/\/[^>\s]{1,2000})>/g;
const BARE_URL = /(^|[\s：:（(])(https?:\/\/[^\s<>()（）\]，。]{1,2000})/g;

/** Links in one piece of Markdown, in order: `[text](url)`, `<url>`, bare URLs. Images are left out. */
export function links(s: string): MdLink[] {
  if (!s.includes('](') && !s.includes('http')) return [];
  const out: MdLink[] = [];
  const taken: Array<[number, number]> = [];
  for (const m of s.matchAll(MD_LINK)) {
    taken.push([m.index, m.index + m[0].length]);
    if (m[1]) continue;
    out.push({ text: plain(m[2]!), url: m[3]!, index: m.index });
  }
  const free = (i: number) => !taken.some(([a, b]) => i >= a && i < b);
  for (const m of s.matchAll(AUTO_LINK)) {
    if (free(m.index)) {
      taken.push([m.index, m.index + m[0].length]);
      out.push({ text: m[1]!, url: m[1]!, index: m.index });
    }
  }
  for (const m of s.matchAll(BARE_URL)) {
    const i = m.index + m[1]!.length;
    if (free(i)) out.push({ text: m[2]!, url: m[2]!, index: i });
  }
  return out.sort((a, b) => a.index - b.index);
}

export const isHttp = (url: string): boolean => /^https?:\/\//i.test(url);

/** Text inside the first 《》 pair (or `<>` used by mistake), else null. */
export function bookTitle(s: string): string | null {
  const m = /《\s*([^《》\n]{1,200}?)\s*[》>]/.exec(s);
  return m ? m[1]!.trim() : null;
}

/** Normalizes a title for comparison: width, case, whitespace and punctuation do not count. */
export function normTitle(s: string): string {
  const hit = normCache.get(s);
  if (hit !== undefined) return hit;
  if (normCache.size > 2000) normCache.clear();
  const n = s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s《》「」『』“”"'‘’·・:：,，.。!！?？、|｜\-—–_()（）[\]【】#*]/g, '');
  normCache.set(s, n);
  return n;
}
// Titles are compared pairwise while merging; normalizing each once keeps that cheap.
const normCache = new Map<string, string>();

/** Character-bigram Dice similarity of two titles (0…1), after normTitle. */
export function titleSimilarity(a: string, b: string): number {
  const x = normTitle(a);
  const y = normTitle(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) {
    const g = x.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let hit = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const g = y.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      hit++;
      grams.set(g, n - 1);
    }
  }
  return (2 * hit) / (x.length - 1 + y.length - 1);
}

/** Two titles name the same talk: near-identical, or one contains the other. */
export function sameTitle(a: string, b: string): boolean {
  const x = normTitle(a);
  const y = normTitle(b);
  if (!x || !y) return false;
  if (x === y) return true;
  if (Math.min(x.length, y.length) >= 6 && (x.includes(y) || y.includes(x))) return true;
  return titleSimilarity(a, b) >= 0.7;
}

/** Index of the line that ends the section started by heading line i (next heading of level ≤ its own). */
export function sectionEnd(lines: Line[], i: number): number {
  const level = lines[i]!.heading || 7;
  for (let j = i + 1; j < lines.length; j++) {
    const h = lines[j]!.heading;
    if (h && h <= level) return j;
  }
  return lines.length;
}

/**
 * Words that mark a schedule slot as not a talk: breaks, meals, check-in, photos, Q&A and free
 * exchange (alone or combined: `合影、中场休息、签售`, `午餐时间`, `互动交流`), the host's opening
 * (`开场`, `开场演讲：…`, `主持人开场`), addresses (`…致辞`), celebrations (`庆祝一周年环节`) and the close.
 * A roundtable (`圆桌环节：…`) is a session and stays.
 */
const LOGISTICS =
  '签到|入场|茶歇|午休|午餐|午饭|晚餐|休息|中场|合影|合照|抽奖|签售|互动|自由|交流|问答|Q\\s*&\\s*A|QA|颁奖|时间|环节|结束|闭幕式?';
export const NOT_A_TALK = new RegExp(
  `^(?:(?:${LOGISTICS})[、，,/&+\\s和与及]*)+$` +
    '|^(?:主持人?)?开场(?:演讲|致辞|介绍|白|环节)?(?:$|[\\s：:—\\-|｜])|主持人开场|开场致辞|致辞$|^闭幕' +
    '|^(?:.{0,10}周年)?庆祝.{0,12}$|庆祝环节$|^欢迎来到' +
    '|^(?:opening|lunch|break|coffee|check-?in|registration|closing|q\\s*&\\s*a)\\b',
  'i',
);

export function isNotATalk(title: string): boolean {
  return NOT_A_TALK.test(title.trim());
}
