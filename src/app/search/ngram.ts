// A character-bigram index over the folded text of every document, built once when the search data loads
// (in the worker). It narrows a word to the few documents that contain all of its rarest bigrams; the
// caller then checks the word itself. It is what keeps a query fast at 10,000 posts: Fuse or a plain
// scan would read every document's text on every keystroke.

/**
 * Bigram → slot number, by open addressing over typed arrays. A Map keyed by `c1 * 65536 + c2` held
 * most Chinese pairs (above 2^30) as heap numbers: building the index at 10,000 posts spent more
 * time allocating and collecting keys than looking them up.
 */
class SlotTable {
  private keys = new Uint32Array(1 << 16);
  /** Slot + 1; 0 marks a free cell. */
  private vals = new Int32Array(1 << 16);
  private shift = 16;
  size = 0;

  /** The slot of `key`, or -1. */
  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let i = this.home(key); ; i = (i + 1) & mask) {
      const v = this.vals[i]!;
      if (v === 0) return -1;
      if (this.keys[i] === key) return v - 1;
    }
  }

  /** The slot of `key`, given the next free slot number when it is new. */
  add(key: number): number {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    for (let i = this.home(key); ; i = (i + 1) & mask) {
      const v = this.vals[i]!;
      if (v !== 0 && this.keys[i] === key) return v - 1;
      if (v === 0) {
        this.keys[i] = key;
        this.vals[i] = ++this.size;
        return this.size - 1;
      }
    }
  }

  /** Where `key` starts probing: Fibonacci hashing into the table's size. */
  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  private put(key: number, slot: number) {
    const mask = this.keys.length - 1;
    let i = this.home(key);
    while (this.vals[i] !== 0) i = (i + 1) & mask;
    this.keys[i] = key;
    this.vals[i] = slot + 1;
  }

  private grow() {
    const { keys, vals } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.vals = new Int32Array(vals.length * 2);
    this.shift--;
    for (let i = 0; i < keys.length; i++) if (vals[i] !== 0) this.put(keys[i]!, vals[i]! - 1);
  }
}

const pair = (s: string, i: number) => ((s.charCodeAt(i) << 16) | s.charCodeAt(i + 1)) >>> 0;

export class BigramIndex {
  private readonly slots = new SlotTable();
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;

  constructor(texts: readonly string[]) {
    let count = new Int32Array(1 << 16);
    let last = new Int32Array(1 << 16).fill(-1);
    // Pass 1: how many documents hold each bigram.
    for (let d = 0; d < texts.length; d++) {
      const s = texts[d]!;
      for (let i = 0; i + 1 < s.length; i++) {
        const slot = this.slots.add(pair(s, i));
        if (slot >= count.length) {
          const c = new Int32Array(count.length * 2);
          c.set(count);
          count = c;
          const l = new Int32Array(last.length * 2).fill(-1);
          l.set(last);
          last = l;
        }
        if (last[slot] !== d) {
          last[slot] = d;
          count[slot]!++;
        }
      }
    }
    // Pass 2: postings, documents in ascending order.
    const nslots = this.slots.size;
    this.offsets = new Int32Array(nslots + 1);
    for (let k = 0; k < nslots; k++) this.offsets[k + 1] = this.offsets[k]! + count[k]!;
    this.postings = new Int32Array(this.offsets[nslots]!);
    const fill = this.offsets.slice(0, nslots);
    last.fill(-1);
    for (let d = 0; d < texts.length; d++) {
      const s = texts[d]!;
      for (let i = 0; i + 1 < s.length; i++) {
        const slot = this.slots.get(pair(s, i));
        if (last[slot] !== d) {
          last[slot] = d;
          this.postings[fill[slot]!++] = d;
        }
      }
    }
  }

  get size(): number {
    return this.postings.length;
  }

  /**
   * Documents that may contain `word` (every one that does, and a few that do not): the intersection
   * of the postings of its rarest bigrams. Null when the word is shorter than two characters.
   */
  candidates(word: string): Int32Array | null {
    if (word.length < 2) return null;
    const lists: [number, number][] = [];
    const seen = new Set<number>();
    for (let i = 0; i + 1 < word.length; i++) {
      const key = pair(word, i);
      if (seen.has(key)) continue;
      seen.add(key);
      const slot = this.slots.get(key);
      if (slot < 0) return new Int32Array(0);
      lists.push([this.offsets[slot]!, this.offsets[slot + 1]!]);
    }
    lists.sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
    const [first, ...rest] = lists.slice(0, 3);
    let cur = this.postings.subarray(first![0], first![1]);
    for (const [from, to] of rest) {
      cur = intersect(cur, this.postings.subarray(from, to));
      if (cur.length === 0) break;
    }
    return cur;
  }
}

/** Intersection of two ascending lists; gallops through the longer one. */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  if (a.length > b.length) [a, b] = [b, a];
  const out = new Int32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const v = a[i]!;
    if (b[j]! < v) {
      let step = 1;
      while (j + step < b.length && b[j + step]! < v) step *= 2;
      let lo = j + (step >> 1);
      let hi = Math.min(j + step, b.length - 1);
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (b[mid]! < v) lo = mid + 1;
        else hi = mid;
      }
      j = lo;
    }
    if (b[j] === v) out[n++] = v;
  }
  return out.subarray(0, n);
}
