// Front matter of the known families (sofastack, Wowchemy/cloudnative.to, generic Hugo) → FrontMatter.
// Wrong types are tolerated: each one becomes a warning the post's author can act on, never a throw.
import type { FrontMatter, FrontMatterFamily } from './facts';
import { DEFAULT_OFFSET } from './dates';

type Data = Record<string, unknown>;

// Keys that only Wowchemy event pages carry; any one of them makes `date` the event's time.
// `location` is not one: other Hugo event themes (bg_image, fee, apply_url, speaker) carry it too,
// with a `date` that is only roughly the event's and the real hours in the body.
const WOWCHEMY_KEYS = ['event', 'event_url', 'date_end', 'all_day', 'address', 'url_slides'];
const SOFASTACK_HINT = /sofa/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date (from a YAML timestamp or TOML) as wall-clock time in the default zone (+08:00). */
function dateToIso(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  const local = new Date(d.getTime() + 8 * 3_600_000);
  const day = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  return `${day}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${DEFAULT_OFFSET}`;
}

const ISO_LIKE =
  /^\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function text(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return null;
}

function list(v: unknown, key: string, warnings: string[]): string[] {
  if (v === undefined || v === null || v === '') return [];
  if (Array.isArray(v)) {
    const out: string[] = [];
    for (const item of v) {
      const t = text(item);
      if (t) out.push(t);
    }
    return out;
  }
  if (typeof v === 'string') {
    // `tags: "a, b"` is a common slip; read it as a list but tell the author.
    warnings.push(
      `\`${key}\` is a single string; write it as a list, e.g. ${key}: ["${v.split(/[,，]/)[0]?.trim()}"]`,
    );
    return v
      .split(/[,，]/)
      .map((s) => s.trim())
      .filter(Boolean);
  }
  warnings.push(`\`${key}\` is not a list of words; it was ignored`);
  return [];
}

function dateValue(v: unknown, key: string, warnings: string[]): string | null {
  if (v === undefined || v === null || v === '') return null;
  if (v instanceof Date) return dateToIso(v);
  if (typeof v === 'string') {
    const s = v.trim();
    if (ISO_LIKE.test(s)) return s;
  }
  const shown = typeof v === 'string' ? v : JSON.stringify(v);
  warnings.push(
    `\`${key}\` is not a date (${String(shown).slice(0, 40)}); write it as 2021-03-21T14:00:00+08:00 or 2021-03-21`,
  );
  return null;
}

function bool(v: unknown, key: string, warnings: string[]): boolean {
  if (v === undefined || v === null || v === '') return false;
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') {
    warnings.push(`\`${key}\` is the string "${v}"; write it without quotes`);
    return v === 'true';
  }
  warnings.push(`\`${key}\` should be true or false; it was read as false`);
  return false;
}

// KubeSphere live pages: no `date`, the event's hours in `section1.time` (`2022-08-06 14:00-18:00`).
const SECTION_TIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})\s{1,3}(\d{1,2}):(\d{2})(?:\s{0,3}[-–~～至]\s{0,3}(\d{1,2}):(\d{2}))?$/;

/** `section1.time` → [date, date_end] at +08:00, or null. */
function sectionTime(data: Data): [string, string | null] | null {
  const section = data.section1;
  if (!section || typeof section !== 'object' || Array.isArray(section)) return null;
  const m = SECTION_TIME.exec(text((section as Data).time) ?? '');
  if (!m) return null;
  const day = `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`;
  const at = (h: string, min: string) => `${day}T${pad(+h)}:${min}:00${DEFAULT_OFFSET}`;
  return [at(m[4]!, m[5]!), m[6] ? at(m[6], m[7]!) : null];
}

function family(data: Data, source: string): FrontMatterFamily {
  // Front matter that states the event's own time (Wowchemy, KubeSphere's section1.time).
  if (WOWCHEMY_KEYS.some((k) => k in data)) return 'wowchemy';
  if (data.date === undefined && sectionTime(data)) return 'wowchemy';
  const hints = [
    source,
    text(data.authorlink),
    text(data.categories),
    ...(Array.isArray(data.tags) ? data.tags : []),
  ];
  if (hints.some((h) => typeof h === 'string' && SOFASTACK_HINT.test(h))) return 'sofastack';
  return 'generic';
}

function address(v: unknown): FrontMatter['address'] {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const a = v as Data;
  const out = {
    street: text(a.street),
    city: text(a.city),
    region: text(a.region),
    country: text(a.country),
  };
  return Object.values(out).some(Boolean) ? out : null;
}

function cover(data: Data): string | null {
  const direct = text(data.cover) ?? text(data.banner);
  if (direct) return direct;
  const image = data.image;
  if (image && typeof image === 'object' && !Array.isArray(image)) return text((image as Data).filename);
  return text(image);
}

export function normalizeFrontMatter(data: Record<string, unknown>, source: string): FrontMatter {
  const warnings: string[] = [];
  const d: Data = data && typeof data === 'object' ? data : {};
  const title = text(d.title) ?? text(d.event);
  if (!title) warnings.push('the post has no `title`; add one to the front matter');
  return {
    family: family(d, source),
    title,
    slug: text(d.slug),
    // sofastack has a typo'd `descripton` in the wild; read it too.
    summary: text(d.description) ?? text(d.summary) ?? text(d.descripton) ?? text(d.abstract),
    date:
      dateValue(d.date, 'date', warnings) ?? (d.date === undefined ? (sectionTime(d)?.[0] ?? null) : null),
    dateEnd:
      dateValue(d.date_end ?? d.dateEnd, 'date_end', warnings) ??
      (d.date === undefined ? (sectionTime(d)?.[1] ?? null) : null),
    publishDate: dateValue(d.publishDate ?? d.publishdate, 'publishDate', warnings),
    allDay: bool(d.all_day, 'all_day', warnings),
    draft: bool(d.draft, 'draft', warnings),
    tags: list(d.tags, 'tags', warnings),
    categories: list(d.categories, 'categories', []),
    cover: cover(d),
    address: address(d.address),
    location: text(d.location),
    authors: list(d.authors, 'authors', warnings),
    urls: {
      slides: text(d.url_slides),
      video: text(d.url_video),
      pdf: text(d.url_pdf),
      code: text(d.url_code),
      event: text(d.event_url),
    },
    warnings,
  };
}
