// The search engine: pure TypeScript, no DOM, runs in the worker (or in the page when there is no Worker).
//
// A query is split into runs (normalize.ts). Each run becomes one or more terms, and every term must match
// somewhere (AND across terms, OR across fields and across the term's alternatives):
//   - a Chinese run is looked up whole; only when it occurs nowhere is it split into words (Intl.Segmenter);
//   - a Latin run matches text anywhere, the start of a name's pinyin or initials (`wusheng`, `zl`), the
//     pinyin of a title (`xianliu`), and — when it matches nothing at all — its closest words in the
//     vocabulary, found by a small Fuse.js index over the English words of the data (`servise` → `service`).
// Documents are narrowed with a bigram index (ngram.ts), then ranked by where each term matched: title
// above people above keywords above body text, a word start above a middle, a whole-name match above a
// part. A document also matches through its neighbours, at a discount: a talk through its event's title
// and keywords, an event through its talks, a speaker through their talks.
import Fuse from 'fuse.js';
import type { SearchData, SearchDoc, SearchEvent } from '../../model/search';
import type { EventMode } from '../../model/types';
import { BigramIndex } from './ngram';
import { fold, foldWithMap, parseQuery, segmentHan } from './normalize';
import type {
  Facets,
  HitEvent,
  HitKind,
  Marked,
  SearchFilters,
  SearchHit,
  SearchOptions,
  SearchResponse,
} from './protocol';

const SEP = '\u0001';
const KIND: Record<SearchDoc['k'], HitKind> = { e: 'event', t: 'talk', s: 'speaker' };
const KINDS: HitKind[] = ['event', 'talk', 'speaker'];
const KIND_CODE: Record<HitKind, number> = { event: 0, talk: 1, speaker: 2 };
/**
 * Past this many matches of one kind, only the newest this many are ranked (all are counted): a one- or
 * two-letter prefix at 10,000 posts reaches tens of thousands of documents that tie anyway.
 */
const RANK_CAP = 1000;
/** How many matching neighbours a document's match through neighbours looks at. */
const NEIGHBOURS = 24;

// Field weights by document kind. `np`: a name's pinyin; `tp`: a title's pinyin.
const WEIGHTS: Record<HitKind, { t: number; n: number; np: number; tp: number; g: number; x: number }> = {
  event: { t: 1, n: 0, np: 0, tp: 0.6, g: 0.6, x: 0.3 },
  talk: { t: 1, n: 0.9, np: 0.85, tp: 0.6, g: 0, x: 0.3 },
  speaker: { t: 1, n: 0.95, np: 0.9, tp: 0.6, g: 0.5, x: 0.3 },
};
/** What a match through a neighbour is worth: a talk through its event, an event through a talk… */
const INHERIT: Record<HitKind, number> = { talk: 0.5, event: 0.55, speaker: 0.5 };
/** What a corrected spelling is worth against the word as typed. */
const CORRECTED = 0.7;

interface Alt {
  text: string;
  /** Also try it against names' pinyin (prefix) and titles' pinyin (anywhere). */
  pinyin: boolean;
  factor: number;
}

interface Term {
  alts: Alt[];
}

interface Doc {
  kind: HitKind;
  src: SearchDoc;
  /** Folded fields. */
  t: string;
  /** `t` without spaces. */
  tFlat: string;
  n: string[];
  g: string;
  x: string;
  /** Folded name pinyin: [full, initials, given] per name (speaker docs: own name first). */
  py: string[][];
  tp: string;
  /** Neighbours (doc indices) a match can come through. */
  via: number[];
  date: string;
  /** A tie-breaker below any score difference that matters: newer documents, then earlier in the file. */
  rank: number;
}

export interface EngineStats {
  docs: number;
  postings: number;
  vocabulary: number;
  buildMs: number;
}

export class SearchEngine {
  private readonly docs: Doc[];
  private readonly events: SearchEvent[];
  private readonly index: BigramIndex;
  /** Per-doc haystacks (what the bigram index covers) and pinyin haystacks (` full ini given …|tp`). */
  private readonly hay: string[];
  private readonly pyHay: string[];
  private readonly pyAll: string;
  private readonly pyStarts: Int32Array;
  private readonly eventDoc: number[];
  private vocab: string[] = [];
  private vocabFuse: Fuse<string> | null = null;
  private readonly cache = new Map<string, Int32Array>();
  private readonly corrections = new Map<string, string[]>();
  /** Neighbours in flat arrays (CSR): docs viaList[viaStart[d] .. viaStart[d+1]) of doc d. */
  private readonly viaStart: Int32Array;
  private readonly viaList: Int32Array;
  private readonly kindOf: Uint8Array;
  /** Documents newest first (the tie-break order); where broad queries are cut. */
  private readonly order: Int32Array;
  readonly stats: EngineStats;

  constructor(data: SearchData) {
    const t0 = now();
    this.events = data.events;
    this.eventDoc = new Array<number>(data.events.length).fill(-1);
    this.docs = data.docs.map((d, i) => {
      const kind = KIND[d.k];
      if (kind === 'event' && d.e[0] !== undefined) this.eventDoc[d.e[0]] = i;
      const ev = d.e[0] !== undefined ? data.events[d.e[0]] : undefined;
      const t = fold(d.t);
      return {
        kind,
        src: d,
        t,
        tFlat: t.replace(/\s+/g, ''),
        n: (d.n ?? []).map(fold),
        g: fold(d.g ?? ''),
        x: fold(d.x ?? ''),
        py: (d.np ?? []).filter((p) => p[0]).map((p) => p.map((s) => s.toLowerCase())),
        tp: (d.tp ?? '').toLowerCase(),
        via: [],
        date: ev?.date ?? '',
        rank: 0,
      };
    });
    // Links: talk ↔ event, talk ↔ speaker.
    this.docs.forEach((doc, i) => {
      if (doc.kind === 'talk') {
        const e = this.eventDoc[doc.src.e[0] ?? -1];
        if (e !== undefined && e >= 0) {
          doc.via.push(e);
          this.docs[e]!.via.push(i);
        }
      } else if (doc.kind === 'speaker') {
        for (const t of doc.src.d ?? []) {
          const talk = this.docs[t];
          if (!talk || talk.kind !== 'talk') continue;
          doc.via.push(t);
          talk.via.push(i);
        }
        // A speaker's date is their latest event's.
        doc.date = doc.src.e.map((e) => data.events[e]?.date ?? '').reduce((a, b) => (a > b ? a : b), '');
      }
    });
    // Tie-breaker: rank by date (newest highest), then by position; at most 1e-4 in all.
    const byDate = this.docs
      .map((_, i) => i)
      .sort((a, b) => cmpDate(this.docs[a]!.date, this.docs[b]!.date) || b - a);
    byDate.forEach((d, r) => (this.docs[d]!.rank = (1e-4 * (r + 1)) / (byDate.length + 1)));
    this.order = Int32Array.from(byDate.reverse());
    this.kindOf = Uint8Array.from(this.docs, (d) => KIND_CODE[d.kind]);
    this.viaStart = new Int32Array(this.docs.length + 1);
    this.docs.forEach((d, i) => (this.viaStart[i + 1] = this.viaStart[i]! + d.via.length));
    this.viaList = Int32Array.from(this.docs.flatMap((d) => d.via));
    this.hay = this.docs.map((d) => [d.t, ...d.n, d.g, d.x].join(SEP));
    this.pyHay = this.docs.map((d) => ' ' + d.py.map((p) => p.join(' ')).join(' ') + SEP + d.tp);
    this.pyAll = this.pyHay.join('\u0000');
    this.pyStarts = new Int32Array(this.pyHay.length + 1);
    for (let i = 0, off = 0; i < this.pyHay.length; i++) {
      this.pyStarts[i] = off;
      off += this.pyHay[i]!.length + 1;
    }
    this.pyStarts[this.pyHay.length] = this.pyAll.length + 1;
    this.index = new BigramIndex(this.hay);
    const words = new Set<string>();
    for (const h of this.hay) for (const w of h.match(/[a-z][a-z0-9]{2,}/g) ?? []) words.add(w);
    this.vocab = [...words];
    this.stats = {
      docs: this.docs.length,
      postings: this.index.size,
      vocabulary: this.vocab.length,
      buildMs: now() - t0,
    };
  }

  facets(): Facets {
    const series = new Set<string>();
    const modes = new Set<EventMode>();
    const cities = new Set<string>();
    const years = new Set<number>();
    for (const e of this.events) {
      if (e.series) series.add(e.series);
      if (e.mode) modes.add(e.mode);
      if (e.city) cities.add(e.city);
      const y = yearOf(e.date);
      if (y) years.add(y);
    }
    const zh = (a: string, b: string) => a.localeCompare(b, 'zh');
    return {
      series: [...series].sort(zh),
      modes: [...modes].sort(),
      cities: [...cities].sort(zh),
      years: [...years].sort((a, b) => b - a),
    };
  }

  search(query: string, options: SearchOptions = {}): SearchResponse {
    const t0 = now();
    const corrections: Record<string, string[]> = {};
    const terms = this.terms(query, corrections);
    const empty: SearchResponse = {
      query,
      hits: [],
      counts: { event: 0, talk: 0, speaker: 0 },
      corrections,
      ms: 0,
    };
    if (terms.length === 0) return { ...empty, ms: now() - t0 };

    // Candidates: documents every term reaches, directly or through a neighbour.
    let cand: Int32Array | null = null;
    const marks: Uint8Array[] = [];
    for (const term of terms) {
      const direct = this.directAll(term);
      marks.push(direct);
      cand = this.reach(direct, cand);
      if (cand.length === 0) break;
    }
    const phrase = terms.length > 1 ? fold(query).replace(/\s+/g, '') : '';
    // Each document's score for each term, computed at most once (neighbours share them).
    const memo = terms.map(() => new Float32Array(this.docs.length).fill(-1));
    const filters = options.filters ?? {};
    const filtered = hasFilters(filters);

    // Score every candidate; keep the best few of each kind (or overall) in small heaps.
    const counts: Record<HitKind, number> = { event: 0, talk: 0, speaker: 0 };
    const perKind = options.perKind;
    const heaps: Record<HitKind, TopK> | null = perKind
      ? { event: new TopK(perKind), talk: new TopK(perKind), speaker: new TopK(perKind) }
      : null;
    const top = new TopK(options.limit ?? 50);
    let pool = cand ?? new Int32Array(0);
    if (filtered) pool = pool.filter((i) => this.passes(i, filters));
    for (const i of pool) counts[KINDS[this.kindOf[i]!]!]++;
    if (counts.event > RANK_CAP || counts.talk > RANK_CAP || counts.speaker > RANK_CAP) {
      const inPool = new Uint8Array(this.docs.length);
      for (const i of pool) inPool[i] = 1;
      const taken = [0, 0, 0];
      const cut: number[] = [];
      for (const i of this.order) {
        const k = this.kindOf[i]!;
        if (inPool[i] && taken[k]! < RANK_CAP) {
          taken[k]!++;
          cut.push(i);
        }
      }
      pool = Int32Array.from(cut);
    }
    for (const i of pool) {
      const score = this.score(i, terms, marks, memo, phrase);
      if (score <= 0) continue;
      const doc = this.docs[i]!;
      // Ties: newer first, then the compiler's order. Folded into the score as a tiny fraction.
      const key = score + doc.rank;
      (heaps ? heaps[doc.kind] : top).push(i, key);
    }
    const picked = heaps
      ? [...heaps.event.sorted(), ...heaps.talk.sorted(), ...heaps.speaker.sorted()]
      : top.sorted();
    picked.sort((a, b) => b.key - a.key);
    const hits = picked.map((s) => this.hit(s.i, s.key, terms));
    return { query, hits, counts, corrections, ms: now() - t0 };
  }

  // ---- query terms ----

  private terms(query: string, corrections: Record<string, string[]>): Term[] {
    const terms: Term[] = [];
    for (const run of parseQuery(query)) {
      if (run.han) {
        const words =
          run.text.length <= 2 || this.direct(run.text, false).length > 0 ? [run.text] : segmentHan(run.text);
        for (const w of words) terms.push({ alts: [{ text: w, pinyin: false, factor: 1 }] });
        continue;
      }
      const latin = /^[a-z]+$/.test(run.text);
      const alts: Alt[] = [{ text: run.text, pinyin: latin && run.text.length >= 2, factor: 1 }];
      if (latin && run.text.length >= 4 && this.direct(run.text, true).length === 0) {
        const fixes = this.correct(run.text);
        if (fixes.length) {
          corrections[run.text] = fixes;
          for (const f of fixes) alts.push({ text: f, pinyin: false, factor: CORRECTED });
        }
      }
      terms.push({ alts });
    }
    return terms;
  }

  /** Closest vocabulary words to a misspelled one: Fuse over the English words of the data. */
  private correct(word: string): string[] {
    const known = this.corrections.get(word);
    if (known) return known;
    const out = this.closest(word);
    this.corrections.set(word, out);
    return out;
  }

  private closest(word: string): string[] {
    this.vocabFuse ??= new Fuse(this.vocab, { threshold: 0.34, includeScore: true, ignoreLocation: true });
    const found = this.vocabFuse
      .search(word, { limit: 12 })
      .filter((r) => Math.abs(r.item.length - word.length) <= 2 && (r.score ?? 1) <= 0.34)
      .map((r) => r.item);
    // `service` already finds `services`: keep the shortest of words that contain each other.
    const out: string[] = [];
    for (const w of found.sort((a, b) => a.length - b.length)) {
      if (!out.some((o) => w.includes(o))) out.push(w);
      if (out.length === 3) break;
    }
    return out;
  }

  // ---- candidates ----

  /** Documents whose own text (or pinyin) holds the word, ascending; cached per word. */
  private direct(word: string, pinyin: boolean): Int32Array {
    const key = (pinyin ? 'p' : 't') + word;
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    // Typing extends a word one character at a time: the documents holding `word` are among those holding
    // `word` minus its last character, so when that answer is cached, check only its documents. (Title
    // pinyin counts from 4 letters on, so a 4-letter pinyin word cannot start from the 3-letter answer.)
    const prev =
      word.length >= 2 && !(pinyin && word.length === 4) ? this.cache.get(key.slice(0, -1)) : undefined;
    let out: Int32Array;
    if (prev) {
      out = this.refine(prev, word, pinyin);
    } else {
      out = this.textDocs(word);
      if (pinyin) {
        const py = this.pinyinDocs(word);
        if (py.length) out = union(out, py);
      }
    }
    this.cache.set(key, out);
    if (this.cache.size > 256) this.cache.delete(this.cache.keys().next().value!);
    return out;
  }

  /** The documents of `from` (ascending) that hold the word, as `direct` decides. */
  private refine(from: Int32Array, word: string, pinyin: boolean): Int32Array {
    const out = new Int32Array(from.length);
    let n = 0;
    const name = ' ' + word;
    for (const d of from) {
      let ok = this.hay[d]!.includes(word);
      if (!ok && pinyin) {
        const py = this.pyHay[d]!;
        const sep = py.indexOf(SEP);
        const at = py.indexOf(name);
        ok = (at !== -1 && at < sep) || (word.length >= 4 && py.indexOf(word, sep) !== -1);
      }
      if (ok) out[n++] = d;
    }
    return out.subarray(0, n);
  }

  private textDocs(word: string): Int32Array {
    // One character: no bigram to narrow with; read every document (still a few milliseconds).
    const pool = this.index.candidates(word);
    const out: number[] = [];
    if (pool) {
      for (const d of pool) if (this.hay[d]!.includes(word)) out.push(d);
    } else {
      for (let d = 0; d < this.hay.length; d++) if (this.hay[d]!.includes(word)) out.push(d);
    }
    return Int32Array.from(out);
  }

  /** Names whose pinyin or initials start with the word; titles whose pinyin holds it (4+ letters). */
  private pinyinDocs(word: string): Int32Array {
    const out: number[] = [];
    const all = this.pyAll;
    const push = (pos: number) => {
      const d = docAt(this.pyStarts, pos);
      if (out[out.length - 1] !== d) out.push(d);
      return this.pyStarts[d + 1]!;
    };
    const names = ' ' + word;
    for (let pos = all.indexOf(names); pos !== -1;) {
      const d = docAt(this.pyStarts, pos);
      // Only the name part (before SEP) counts for prefix matches.
      const sep = this.pyStarts[d]! + this.pyHay[d]!.indexOf(SEP);
      if (pos < sep) pos = all.indexOf(names, push(pos));
      else pos = all.indexOf(names, this.pyStarts[d + 1]!);
    }
    if (word.length >= 4) {
      const titles: number[] = [];
      for (let pos = all.indexOf(word); pos !== -1;) {
        const d = docAt(this.pyStarts, pos);
        const sep = this.pyStarts[d]! + this.pyHay[d]!.indexOf(SEP);
        if (pos > sep) {
          titles.push(d);
          pos = all.indexOf(word, this.pyStarts[d + 1]!);
        } else pos = all.indexOf(word, pos + 1);
      }
      return union(Int32Array.from(out), Int32Array.from(titles));
    }
    return Int32Array.from(out);
  }

  /**
   * Marks the documents whose own text holds one of the term's alternatives: bit k set for alternative k
   * (up to 8), so scoring tries only the alternatives a document holds.
   */
  private directAll(term: Term): Uint8Array {
    const mark = new Uint8Array(this.docs.length);
    term.alts.forEach((alt, k) => {
      const bit = 1 << Math.min(k, 7);
      for (const d of this.direct(alt.text, alt.pinyin)) mark[d]! |= bit;
    });
    return mark;
  }

  /** Documents a term reaches, directly or through a neighbour, within `within` when given. */
  private reach(direct: Uint8Array, within: Int32Array | null): Int32Array {
    const out: number[] = [];
    const { viaStart, viaList } = this;
    const reached = (d: number) => {
      if (direct[d]) return true;
      for (let k = viaStart[d]!, end = viaStart[d + 1]!; k < end; k++) if (direct[viaList[k]!]) return true;
      return false;
    };
    if (within) {
      for (const d of within) if (reached(d)) out.push(d);
      return Int32Array.from(out);
    }
    // Links go both ways, so the documents reached are the direct ones and their neighbours.
    const hit = new Uint8Array(direct.length);
    let n = 0;
    for (let d = 0; d < direct.length; d++) {
      if (!direct[d]) continue;
      if (!hit[d]) n += hit[d] = 1;
      for (let k = viaStart[d]!, end = viaStart[d + 1]!; k < end; k++) {
        const v = viaList[k]!;
        if (!hit[v]) n += hit[v] = 1;
      }
    }
    const all = new Int32Array(n);
    for (let d = 0, j = 0; j < n; d++) if (hit[d]) all[j++] = d;
    return all;
  }

  private passes(i: number, f: SearchFilters): boolean {
    return this.docs[i]!.src.e.some((e) => {
      const ev = this.events[e];
      if (!ev) return false;
      if (f.series && ev.series !== f.series) return false;
      if (f.mode && ev.mode !== f.mode) return false;
      if (f.city && ev.city !== f.city) return false;
      if (f.year && yearOf(ev.date) !== f.year) return false;
      return true;
    });
  }

  // ---- ranking ----

  private score(i: number, terms: Term[], marks: Uint8Array[], memo: Float32Array[], phrase: string): number {
    const doc = this.docs[i]!;
    let sum = 0;
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k]!;
      const mark = marks[k]!;
      const seen = memo[k]!;
      const own = (d: number) => {
        let v = seen[d]!;
        if (v < 0) v = seen[d] = this.termScore(this.docs[d]!, term, mark[d]!);
        return v;
      };
      let best = mark[i] ? own(i) : 0;
      if (best < 0.5) {
        // Through a neighbour that matched (only those: a speaker may have hundreds of talks).
        // At most NEIGHBOURS of them: the best of a few hundred talks is no better than of the first few.
        const factor = INHERIT[doc.kind];
        let left = NEIGHBOURS;
        for (let j = this.viaStart[i]!, end = this.viaStart[i + 1]!; j < end && left > 0; j++) {
          const v = this.viaList[j]!;
          if (!mark[v]) continue;
          left--;
          const s = own(v) * factor;
          if (s > best) best = s;
        }
      }
      if (best === 0) return 0;
      sum += best;
    }
    let score = sum / terms.length;
    // The whole query as typed (spaces aside) in the title: a phrase match.
    if (phrase.length > 1 && doc.tFlat.includes(phrase)) score += 0.15;
    return score;
  }

  private termScore(doc: Doc, term: Term, bits: number): number {
    const w = WEIGHTS[doc.kind];
    let best = 0;
    for (let k = 0; k < term.alts.length; k++) {
      if (!(bits & (1 << Math.min(k, 7)))) continue;
      const alt = term.alts[k]!;
      const a = alt.text;
      let s = fieldScore(doc.t, a, w.t, true);
      for (const n of doc.n) s = Math.max(s, fieldScore(n, a, w.n, true));
      if (s < w.g) s = Math.max(s, fieldScore(doc.g, a, w.g, false));
      if (s < w.x) s = Math.max(s, fieldScore(doc.x, a, w.x, false));
      if (alt.pinyin) {
        for (const p of doc.py) {
          for (const token of p) {
            if (token.length >= a.length && token.startsWith(a)) {
              s = Math.max(s, w.np * (token === a ? 1.2 : 1 + 0.1 * (a.length / token.length)));
            }
          }
        }
        if (s < w.tp && a.length >= 4 && doc.tp.includes(a)) s = w.tp;
      }
      best = Math.max(best, s * alt.factor);
    }
    return best;
  }

  // ---- results ----

  private hit(i: number, score: number, terms: Term[]): SearchHit {
    const doc = this.docs[i]!;
    const alts = terms.flatMap((t) => t.alts.map((a) => a.text));
    const pyAlts = terms.flatMap((t) => t.alts.filter((a) => a.pinyin).map((a) => a.text));
    const title = mark(doc.src.t, alts);
    const names = doc.kind === 'speaker' ? (doc.src.n ?? []) : (doc.src.n ?? []);
    const ownPy = doc.kind === 'speaker' ? doc.py.slice(0, 1) : [];
    const namePy = doc.kind === 'speaker' ? doc.py.slice(1) : doc.py;
    // A name found through its pinyin is highlighted whole.
    if (
      ownPy[0] &&
      pyAlts.some((a) => ownPy[0]!.some((tk) => tk.startsWith(a))) &&
      title.marks.length === 0
    ) {
      title.marks = [0, doc.src.t.length];
    }
    const people = names.map((n, k) => {
      const m = mark(n, alts);
      const py = namePy[k];
      if (m.marks.length === 0 && py && pyAlts.some((a) => py.some((tk) => tk.startsWith(a))))
        m.marks = [0, n.length];
      return m;
    });
    let found = title.marks.length > 0 || people.some((p) => p.marks.length > 0);
    const covered = (m: Marked) => m.marks.length > 0;
    let snippet: Marked | null = null;
    // Context: the keywords or body text where a term matched, else the neighbour it matched through.
    for (const text of [doc.src.g ?? '', doc.src.x ?? '']) {
      if (snippet || !text) continue;
      const m = mark(text, alts);
      if (covered(m) && (!found || !allIn(terms, title, people))) snippet = window(m);
    }
    if (!snippet && !found) {
      for (const v of doc.via) {
        const nb = this.docs[v]!;
        const m = mark(nb.src.t, alts);
        if (covered(m)) {
          snippet = m;
          break;
        }
      }
    }
    found ||= snippet !== null;
    const evIdx = doc.kind === 'speaker' ? latest(doc.src.e, this.events) : doc.src.e[0];
    const ev = evIdx !== undefined ? this.events[evIdx] : undefined;
    const event: HitEvent | null = ev
      ? { slug: ev.slug, title: ev.title, date: ev.date, series: ev.series, mode: ev.mode, city: ev.city }
      : null;
    const out: SearchHit = {
      kind: doc.kind,
      slug: doc.kind === 'speaker' ? (doc.src.id ?? '') : (ev?.slug ?? ''),
      title,
      people,
      snippet,
      event,
      score: Math.round(score * 1000) / 1000,
    };
    if (doc.kind === 'talk' && doc.src.id) out.talk = doc.src.id;
    if (doc.kind === 'event') {
      // An event's people: its talks' speakers.
      const seen = new Set<string>();
      for (const v of doc.via) {
        for (const n of this.docs[v]!.src.n ?? []) {
          if (seen.has(n)) continue;
          seen.add(n);
          out.people.push(mark(n, alts));
        }
      }
    }
    if (doc.kind === 'speaker') out.events = doc.src.e.length;
    return out;
  }
}

// ---- helpers ----

/** The k best (index, key) pairs seen: a min-heap on key. */
class TopK {
  private readonly idx: number[] = [];
  private readonly key: number[] = [];
  constructor(private readonly k: number) {}

  push(i: number, key: number): void {
    const n = this.idx.length;
    if (n < this.k) {
      this.idx.push(i);
      this.key.push(key);
      this.up(n);
    } else if (this.k > 0 && key > this.key[0]!) {
      this.idx[0] = i;
      this.key[0] = key;
      this.down(0);
    }
  }

  sorted(): { i: number; key: number }[] {
    return this.idx.map((i, n) => ({ i, key: this.key[n]! })).sort((a, b) => b.key - a.key);
  }

  private swap(a: number, b: number): void {
    [this.idx[a], this.idx[b]] = [this.idx[b]!, this.idx[a]!];
    [this.key[a], this.key[b]] = [this.key[b]!, this.key[a]!];
  }

  private up(n: number): void {
    while (n > 0) {
      const p = (n - 1) >> 1;
      if (this.key[p]! <= this.key[n]!) break;
      this.swap(p, n);
      n = p;
    }
  }

  private down(n: number): void {
    const len = this.idx.length;
    for (;;) {
      const l = 2 * n + 1;
      const r = l + 1;
      let m = n;
      if (l < len && this.key[l]! < this.key[m]!) m = l;
      if (r < len && this.key[r]! < this.key[m]!) m = r;
      if (m === n) break;
      this.swap(m, n);
      n = m;
    }
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function yearOf(date: string | null): number | null {
  const y = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isFinite(y) && y > 0 ? y : null;
}

function cmpDate(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function hasFilters(f: SearchFilters): boolean {
  return !!(f.series || f.mode || f.city || f.year);
}

function latest(events: number[], table: SearchEvent[]): number | undefined {
  let best: number | undefined;
  for (const e of events) {
    if (best === undefined || (table[e]?.date ?? '') > (table[best]?.date ?? '')) best = e;
  }
  return best;
}

/** Index of the document whose slice of the joined string holds `pos`. */
function docAt(starts: Int32Array, pos: number): number {
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function union(a: Int32Array, b: Int32Array): Int32Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x <= y) {
      out[n++] = x;
      i++;
      if (x === y) j++;
    } else {
      out[n++] = y;
      j++;
    }
  }
  return out.subarray(0, n);
}

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c < 0x2000);
}

function isHanCode(c: number): boolean {
  return (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** A word boundary before position i: start, after a non-word character, or at a Han character. */
function boundary(s: string, i: number): boolean {
  if (i === 0) return true;
  const prev = s.charCodeAt(i - 1);
  return !isWordCode(prev) || isHanCode(prev) || isHanCode(s.charCodeAt(i));
}

/** How well a word matches a field: the field's weight, more at its start, more when it covers it. */
function fieldScore(field: string, word: string, weight: number, short: boolean): number {
  if (weight === 0 || !field) return 0;
  const at = field.indexOf(word);
  if (at < 0) return 0;
  let s = weight;
  if (at === 0) s += 0.1;
  else if (boundary(field, at)) s += 0.04;
  if (short) s += 0.2 * (word.length / field.length);
  return s;
}

/** Highlights every occurrence of the words (folded) in the original text. */
function mark(text: string, words: string[]): Marked {
  if (!text || words.length === 0) return { text, marks: [] };
  const { text: folded, map } = foldWithMap(text);
  const ranges: [number, number][] = [];
  for (const w of words) {
    if (!w) continue;
    for (let at = folded.indexOf(w); at !== -1; at = folded.indexOf(w, at + w.length)) {
      ranges.push(map ? [map[at]!, map[at + w.length] ?? text.length] : [at, at + w.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const marks: number[] = [];
  for (const [s, e] of ranges) {
    const last = marks.length - 1;
    if (last > 0 && s <= marks[last]!) marks[last] = Math.max(marks[last]!, e);
    else marks.push(s, e);
  }
  return { text, marks };
}

/** A window of about 80 characters around the first highlight. */
function window(m: Marked, size = 80): Marked {
  if (m.text.length <= size) return m;
  const first = m.marks[0] ?? 0;
  let start = Math.max(0, first - 20);
  // Never start inside a surrogate pair.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(m.text[start]!)) start--;
  let end = Math.min(m.text.length, start + size);
  if (end < m.text.length && /[\uDC00-\uDFFF]/.test(m.text[end]!)) end++;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < m.text.length ? '…' : '';
  const marks: number[] = [];
  for (let k = 0; k + 1 < m.marks.length; k += 2) {
    const s = Math.max(m.marks[k]!, start);
    const e = Math.min(m.marks[k + 1]!, end);
    if (s < e) marks.push(s - start + prefix.length, e - start + prefix.length);
  }
  return { text: prefix + m.text.slice(start, end) + suffix, marks };
}

/** Whether every term is visible in the title or the people. */
function allIn(terms: Term[], title: Marked, people: Marked[]): boolean {
  const shown = [title, ...people].map((m) => fold(m.text)).join(SEP);
  return terms.every((t) => t.alts.some((a) => shown.includes(a.text)));
}
