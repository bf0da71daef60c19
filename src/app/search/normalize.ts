// Text folding and query parsing. Data and queries are folded the same way: NFKC (full-width → ASCII,
// compatibility forms), lower case, and a small traditional → simplified table for the characters that
// occur in this domain. Chinese runs in the query are kept whole; the engine splits them into words
// (Intl.Segmenter) only when the whole run is found nowhere — the index itself is never segmented.

// Traditional → simplified for characters common in tech-event titles (bonus: 服務網格 finds 服务网格).
const T2S_PAIRS =
  '佈布務务網网這这實实踐践與与種种開开發发雲云際际們们個个來来時时對对會会說说點点數数據据歸归號号區区專专業业產产體体製制應应' +
  '戰战術术為为進进階阶經经驗验關关係系統统連连線线變变觀观測测試试運运維维監监構构築筑層层機机儲储計计節节態态邊边緣缘邏逻' +
  '輯辑訊讯傳传輸输協协議议頁页碼码庫库異异環环優优勢势擴扩廣广東东華华豐丰億亿萬万兩两輕轻鬆松穩稳橋桥鏡镜雙双當当後后場场' +
  '員员師师講讲錄录幣币鍊链選选擇择問问題题總总結结學学習习書书論论壇坛隊队團团長长門门間间閘闸閉闭啟启動动響响頻频視视識识' +
  '認认證证許许設设評评調调讀读寫写';

const T2S = new Map<string, string>();
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) T2S.set(T2S_PAIRS[i]!, T2S_PAIRS[i + 1]!);
const HAS_TRADITIONAL = new RegExp(`[${[...T2S.keys()].join('')}]`, 'u');

function toSimplified(s: string): string {
  if (!HAS_TRADITIONAL.test(s)) return s;
  let out = '';
  for (const ch of s) out += T2S.get(ch) ?? ch;
  return out;
}

/** Folds text for matching: NFKC, lower case, traditional → simplified. Lengths may change. */
export function fold(s: string): string {
  return toSimplified(s.normalize('NFKC').toLowerCase());
}

/**
 * Folds text and keeps, for every folded UTF-16 unit, the index of the original unit it came from
 * (plus one entry for the end), so matches in folded text can be highlighted in the original; null when
 * folding kept every unit in place.
 */
export function foldWithMap(s: string): { text: string; map: number[] | null } {
  const whole = fold(s);
  // Almost always the fold keeps every character in place (ASCII, CJK, full-width forms): no map needed.
  if (whole.length === s.length) return { text: whole, map: null };
  let text = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of s) {
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    text += f;
    i += ch.length;
  }
  map.push(s.length);
  return { text, map };
}

const HAN_TEST = /\p{Script=Han}/u;
const RUNS = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

export function isHan(s: string): boolean {
  return HAN_TEST.test(s);
}

/** One run of the query: a Chinese run, or a run of letters/digits in any other script. */
export interface QueryRun {
  text: string;
  han: boolean;
}

/** Splits a query into runs: words split on spaces and punctuation, and on every Han/non-Han border. */
export function parseQuery(query: string): QueryRun[] {
  const folded = fold(query);
  const runs: QueryRun[] = [];
  const seen = new Set<string>();
  for (const m of folded.matchAll(RUNS)) {
    const text = m[0];
    if (seen.has(text)) continue;
    seen.add(text);
    runs.push({ text, han: isHan(text) });
  }
  return runs;
}

const STOP = new Set('的了在和与及或是之对为从把被也都就而'.split(''));

let segmenter: Intl.Segmenter | null | undefined;

/** Splits a Chinese run into words with Intl.Segmenter (query side only); falls back to bigrams. */
export function segmentHan(run: string): string[] {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter('zh', { granularity: 'word' })
        : null;
  }
  const words: string[] = [];
  if (segmenter) {
    for (const seg of segmenter.segment(run))
      if (seg.isWordLike !== false && seg.segment.trim()) words.push(seg.segment);
  } else {
    for (let i = 0; i + 1 < run.length; i += 2) words.push(run.slice(i, i + 2));
    if (run.length % 2) words.push(run.slice(-1));
  }
  // Function words alone (的, 在, 和…) would match nearly everything: leave them out. Single characters
  // in a row are a word the segmenter does not know (限+流): keep them together.
  const out: string[] = [];
  let pending = '';
  for (const w of words) {
    if (w.length === 1 && !STOP.has(w)) {
      pending += w;
      continue;
    }
    if (pending) out.push(pending);
    pending = '';
    if (!(w.length === 1 && STOP.has(w))) out.push(w);
  }
  if (pending) out.push(pending);
  return [...new Set(out)];
}
