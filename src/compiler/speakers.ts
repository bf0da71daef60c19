// One identity per person across all events (docs/decisions/0001-speaker-identity.md).
//
// 1. An entry of the content dir's `speakers.yaml` claims the names and aliases it lists
//    (only in the posts it lists under `events`, when it has that key).
// 2. Otherwise the same normalized name is the same person.
// 3. A name that some person gives as an alias (花名) joins that person, but only when exactly
//    one person claims it; two people with different names are never joined by the compiler.
// 4. Slugs: the entry's `slug`, else the name in pinyin (`zhou-qunli`); a clash is resolved in
//    order of first appearance (`li-wei`, `li-wei-2`), so adding newer posts never renames anyone.
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { pinyin } from 'pinyin-pro';
import type { RawSpeaker } from './facts';
import type { IsoDateTime, Speaker, SpeakerRef, SpeakerTalk } from '../model/types';
import { slugify } from './slug';

export interface SpeakerOverride {
  name: string;
  slug: string | null;
  aliases: string[];
  affiliation: string | null;
  role: string | null;
  bio: string | null;
  /** Event slugs or post sources; when non-empty the entry only claims names in these posts. */
  events: string[];
}

export interface OverridesResult {
  /** The override file's path relative to the content dir, or null when there is none. */
  file: string | null;
  entries: SpeakerOverride[];
  warnings: string[];
}

export const OVERRIDE_FILES = ['speakers.yaml', 'speakers.yml', '_speakers.yaml'];

/** Reads the speaker override file of a content dir, if any. Never throws. */
export function loadSpeakerOverrides(contentDir: string): OverridesResult {
  for (const name of OVERRIDE_FILES) {
    const full = path.join(contentDir, name);
    let text: string;
    try {
      text = fs.readFileSync(full, 'utf8');
    } catch {
      continue;
    }
    return { file: name, ...parseSpeakerOverrides(text, name) };
  }
  return { file: null, entries: [], warnings: [] };
}

export function parseSpeakerOverrides(
  text: string,
  file = 'speakers.yaml',
): { entries: SpeakerOverride[]; warnings: string[] } {
  const warnings: string[] = [];
  let data: unknown;
  try {
    const doc = parseDocument(text.replace(/^\uFEFF/, ''));
    if (doc.errors[0]) {
      return {
        entries: [],
        warnings: [`${file} is not valid YAML (${doc.errors[0].message.split('\n')[0]}); it is ignored.`],
      };
    }
    data = doc.toJS();
  } catch (e) {
    return { entries: [], warnings: [`${file} could not be read (${String(e)}); it is ignored.`] };
  }
  if (data == null) return { entries: [], warnings };
  // Accept a list of entries, or a map slug → entry.
  let items: [string | null, unknown][];
  if (Array.isArray(data)) items = data.map((d) => [null, d]);
  else if (typeof data === 'object') items = Object.entries(data as Record<string, unknown>);
  else return { entries: [], warnings: [`${file} must be a list of people; it is ignored.`] };
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const list = (v: unknown) =>
    (Array.isArray(v) ? v : typeof v === 'string' ? [v] : [])
      .map((x) => (typeof x === 'string' || typeof x === 'number' ? String(x).trim() : ''))
      .filter(Boolean);
  const entries: SpeakerOverride[] = [];
  items.forEach(([key, item], i) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      warnings.push(`${file}: entry ${key ?? i + 1} is not a \`name: …\` mapping; it is ignored.`);
      return;
    }
    const o = item as Record<string, unknown>;
    const name = str(o.name);
    if (!name) {
      warnings.push(`${file}: entry ${key ?? i + 1} has no \`name\`; it is ignored.`);
      return;
    }
    entries.push({
      name,
      slug: str(o.slug) ?? (key ? key : null),
      aliases: list(o.aliases),
      affiliation: str(o.affiliation),
      role: str(o.role),
      bio: str(o.bio),
      events: list(o.events),
    });
  });
  return { entries, warnings };
}

/** The key under which two spellings of a name are the same name. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<=[\u3400-\u9fff]) (?=[\u3400-\u9fff])/g, '')
    .toLowerCase();
}

const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 夏侯 轩辕 端木 独孤 南宫 西门 百里 呼延 澹台 万俟 闻人 赫连 司空 申屠 太史 钟离 宗政 濮阳 淳于 单于 公羊 仲孙 拓跋'.split(
    ' ',
  ),
);

const slugBases = new Map<string, string>();

/** `周群力` → `zhou-qunli`; `欧阳娜娜` → `ouyang-nana`; other names are slugified. */
export function speakerSlugBase(name: string): string {
  // pinyin-pro is slow and the same names come back run after run (watch mode): remember them.
  let slug = slugBases.get(name);
  if (slug === undefined) {
    if (slugBases.size >= 200_000) slugBases.clear();
    slug = computeSlugBase(name);
    slugBases.set(name, slug);
  }
  return slug;
}

function computeSlugBase(name: string): string {
  const n = name.normalize('NFKC').replace(/\s+/g, '');
  if (/^[\u3400-\u9fff]{2,4}$/.test(n)) {
    const syl = pinyin(n, { toneType: 'none', type: 'array', surname: 'head', v: true });
    const k = COMPOUND_SURNAMES.has(n.slice(0, 2)) && n.length > 2 ? 2 : 1;
    const s = slugify(`${syl.slice(0, k).join('')} ${syl.slice(k).join('')}`);
    if (s) return s;
  }
  return slugify(name) || 'speaker';
}

/** One talk of one event, as the speaker resolver sees it. */
export interface TalkInput {
  id: string;
  title: string;
  slides: string[];
  speakers: RawSpeaker[];
}

export interface EventInput {
  slug: string;
  source: string;
  title: string;
  start: IsoDateTime | null;
  talks: TalkInput[];
}

export interface ResolvedSpeakers {
  /** Per event slug: per talk (in order), the talk's speaker refs. */
  refs: Map<string, SpeakerRef[][]>;
  /** Sorted by name. */
  speakers: Speaker[];
  /** Per event slug: what the author may want to settle in speakers.yaml. */
  warnings: Map<string, string[]>;
}

interface Occurrence {
  event: EventInput;
  eventIndex: number;
  talkIndex: number;
  raw: RawSpeaker;
  key: string;
}

interface Person {
  id: number;
  override: SpeakerOverride | null;
  key: string | null;
  occ: Occurrence[];
}

const collator = new Intl.Collator('zh-Hans-CN');

/** Resolves the speakers of all events into people. Linear in the number of mentions. */
export function resolveSpeakers(events: EventInput[], overrides: SpeakerOverride[] = []): ResolvedSpeakers {
  const persons: Person[] = [];
  const parent: number[] = [];
  const newPerson = (override: SpeakerOverride | null, key: string | null): Person => {
    const p: Person = { id: persons.length, override, key, occ: [] };
    persons.push(p);
    parent.push(p.id);
    return p;
  };
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const warnings = new Map<string, string[]>();
  const warn = (event: string, msg: string) => {
    const list = warnings.get(event) ?? [];
    if (!list.includes(msg)) list.push(msg);
    warnings.set(event, list);
  };

  // 1. Overrides.
  const globalKeys = new Map<string, Person[]>();
  const scopedKeys = new Map<string, Person>();
  for (const o of overrides) {
    const p = newPerson(o, nameKey(o.name));
    for (const n of [o.name, ...o.aliases]) {
      const k = nameKey(n);
      if (!k) continue;
      if (o.events.length > 0) for (const e of o.events) scopedKeys.set(`${e}\0${k}`, p);
      else globalKeys.set(k, [...(globalKeys.get(k) ?? []), p]);
    }
  }

  // 2. Mentions → people by name.
  const byKey = new Map<string, Person>();
  events.forEach((event, eventIndex) => {
    event.talks.forEach((talk, talkIndex) => {
      for (const raw of talk.speakers) {
        if (!raw || typeof raw.name !== 'string') continue;
        const key = nameKey(raw.name);
        if (!key) continue;
        const o: Occurrence = { event, eventIndex, talkIndex, raw, key };
        const scoped = scopedKeys.get(`${event.slug}\0${key}`) ?? scopedKeys.get(`${event.source}\0${key}`);
        const global = globalKeys.get(key);
        let p = scoped ?? global?.[0];
        if (!scoped && global && global.length > 1) {
          warn(
            event.slug,
            `speakers.yaml lists "${raw.name}" for ${global.length} people; this post's "${raw.name}" is taken to be the first. Add \`events:\` to the entries to say which post is whose.`,
          );
        }
        if (!p) {
          p = byKey.get(key);
          if (!p) byKey.set(key, (p = newPerson(null, key)));
        }
        p.occ.push(o);
      }
    });
  });

  // 3. Aliases (花名) join a name to the one person who claims it.
  const claims = new Map<string, Set<number>>();
  for (const p of persons) {
    const own = p.key;
    const aliasKeys = new Set<string>();
    for (const o of p.occ) for (const a of o.raw.aliases ?? []) aliasKeys.add(nameKey(String(a)));
    for (const a of p.override?.aliases ?? []) aliasKeys.add(nameKey(a));
    for (const k of aliasKeys) {
      if (!k || k === own) continue;
      const set = claims.get(k) ?? new Set<number>();
      set.add(p.id);
      claims.set(k, set);
    }
  }
  const hasOverride = new Set<number>(persons.filter((p) => p.override).map((p) => p.id));
  for (const [k, claimants] of claims) {
    const named = byKey.get(k);
    if (!named) continue;
    const others = [...claimants].filter((id) => find(id) !== find(named.id));
    if (others.length === 0) continue;
    if (claimants.size > 1) {
      const names = [...claimants].map((id) => persons[id]!.occ[0]?.raw.name ?? persons[id]!.override?.name);
      for (const o of named.occ) {
        warn(
          o.event.slug,
          `"${o.raw.name}" is the alias (花名) of more than one person (${names.join(', ')}), so it is kept as a speaker of its own. Say who it is in speakers.yaml.`,
        );
      }
      continue;
    }
    const a = find(named.id);
    const b = find(others[0]!);
    if (hasOverride.has(a) && hasOverride.has(b)) continue;
    parent[a] = b;
    if (hasOverride.has(a)) hasOverride.add(b);
  }

  // 4. Groups → profiles.
  const groups = new Map<number, Occurrence[]>();
  const groupOverride = new Map<number, SpeakerOverride>();
  for (const p of persons) {
    const r = find(p.id);
    const g = groups.get(r) ?? [];
    for (const o of p.occ) g.push(o);
    groups.set(r, g);
    if (p.override) groupOverride.set(r, p.override);
  }
  const newestFirst = (a: Occurrence, b: Occurrence) =>
    cmpDateDesc(a.event.start, b.event.start) || a.eventIndex - b.eventIndex || a.talkIndex - b.talkIndex;

  interface Built {
    root: number;
    occ: Occurrence[];
    override: SpeakerOverride | null;
    name: string;
    firstSeen: IsoDateTime | null;
    slug: string;
  }
  const built: Built[] = [];
  for (const [root, occ] of groups) {
    if (occ.length === 0) continue;
    occ.sort(newestFirst);
    const override = groupOverride.get(root) ?? null;
    built.push({
      root,
      occ,
      override,
      name: override?.name ?? canonicalName(occ, claims),
      firstSeen: oldestDate(occ),
      slug: '',
    });
  }

  // 5. Slugs: overrides first, then in order of first appearance.
  const taken = new Set<string>();
  const unique = (base: string) => {
    let s = base;
    for (let n = 2; taken.has(s); n++) s = `${base}-${n}`;
    taken.add(s);
    return s;
  };
  for (const b of built)
    if (b.override?.slug) b.slug = unique(slugify(b.override.slug) || speakerSlugBase(b.name));
  const rest = built
    .filter((b) => !b.slug)
    .sort(
      (a, b) =>
        cmpDateAsc(a.firstSeen, b.firstSeen) ||
        (nameKey(a.name) < nameKey(b.name) ? -1 : nameKey(a.name) > nameKey(b.name) ? 1 : 0) ||
        a.root - b.root,
    );
  for (const b of rest) b.slug = unique(speakerSlugBase(b.name));

  // 6. Refs per talk and co-speakers per event.
  const refs = new Map<string, SpeakerRef[][]>();
  const eventPeople = new Map<string, Set<Built>>();
  for (const e of events)
    refs.set(
      e.slug,
      e.talks.map(() => []),
    );
  for (const b of built) {
    for (const o of b.occ) {
      const talkRefs = refs.get(o.event.slug)![o.talkIndex]!;
      if (!talkRefs.some((r) => r.slug === b.slug)) talkRefs.push({ slug: b.slug, name: o.raw.name.trim() });
      const set = eventPeople.get(o.event.slug) ?? new Set<Built>();
      set.add(b);
      eventPeople.set(o.event.slug, set);
    }
  }

  const speakers: Speaker[] = built.map((b) => {
    const talks: SpeakerTalk[] = [];
    const seenTalk = new Set<string>();
    const co = new Map<Built, number>();
    const seenEvent = new Set<string>();
    for (const o of b.occ) {
      const talk = o.event.talks[o.talkIndex]!;
      const k = `${o.event.slug}\0${talk.id}`;
      if (!seenTalk.has(k)) {
        seenTalk.add(k);
        talks.push({
          event: o.event.slug,
          eventTitle: o.event.title,
          talk: talk.id,
          title: talk.title,
          date: o.event.start,
          slides: talk.slides,
        });
      }
      if (!seenEvent.has(o.event.slug)) {
        seenEvent.add(o.event.slug);
        for (const other of eventPeople.get(o.event.slug) ?? []) {
          if (other !== b) co.set(other, (co.get(other) ?? 0) + 1);
        }
      }
    }
    const newest = (k: 'affiliation' | 'role' | 'bio', among = b.occ): string | null => {
      for (const o of among) {
        const v = o.raw[k];
        if (typeof v === 'string' && v.trim()) return v.trim();
      }
      return null;
    };
    // The role goes with the place of work: the newest role not given at another one (a post that
    // names no affiliation contradicts none), so no 2018 role beside a 2021 employer.
    const affiliation = b.override?.affiliation || newest('affiliation');
    const elsewhere = (o: Occurrence) =>
      !!affiliation && !!o.raw.affiliation?.trim() && o.raw.affiliation.trim() !== affiliation;
    const role =
      b.override?.role ||
      newest(
        'role',
        b.occ.filter((o) => !elsewhere(o)),
      );
    const coSpeakers = [...co]
      .sort((x, y) => y[1] - x[1] || collator.compare(x[0].name, y[0].name))
      .map(([p]) => ({ slug: p.slug, name: p.name }));
    return {
      slug: b.slug,
      name: b.name,
      aliases: aliasesOf(b.name, b.occ, b.override),
      affiliation,
      role,
      bio: b.override?.bio || newest('bio'),
      talks,
      coSpeakers,
    };
  });
  speakers.sort((a, b) => collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : 1));
  return { refs, speakers, warnings };
}

/** The name the person goes by most often (not one that is someone's alias), newest on a tie. */
function canonicalName(occ: Occurrence[], claims: Map<string, Set<number>>): string {
  const counts = new Map<string, { name: string; n: number; order: number; alias: boolean }>();
  occ.forEach((o, order) => {
    const c = counts.get(o.key);
    if (c) c.n++;
    else counts.set(o.key, { name: o.raw.name.trim(), n: 1, order, alias: claims.has(o.key) });
  });
  const best = [...counts.values()].sort(
    (a, b) => Number(a.alias) - Number(b.alias) || b.n - a.n || a.order - b.order,
  )[0];
  return best?.name ?? '';
}

function aliasesOf(name: string, occ: Occurrence[], override: SpeakerOverride | null): string[] {
  const seen = new Set<string>([nameKey(name)]);
  const out: string[] = [];
  const add = (n: string) => {
    const k = nameKey(n);
    if (!k || seen.has(k)) return;
    seen.add(k);
    out.push(n.trim());
  };
  for (const a of override?.aliases ?? []) add(a);
  for (const o of occ) {
    add(o.raw.name);
    for (const a of o.raw.aliases ?? []) add(String(a));
  }
  return out;
}

function oldestDate(occ: Occurrence[]): IsoDateTime | null {
  let min: string | null = null;
  for (const o of occ) if (o.event.start && (min === null || o.event.start < min)) min = o.event.start;
  return min;
}

function cmpDateDesc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? 1 : -1;
}

function cmpDateAsc(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
