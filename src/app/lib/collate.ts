// How the app orders names (speakers, cities, tags, series): Chinese by pinyin, whatever the UI
// language or the browser's locale, so two readers see the same list. One collator each, since
// `localeCompare` builds one per call and is slow on thousands of values.

const pinyinOrder = new Intl.Collator('zh-CN', { sensitivity: 'base', numeric: true });
const startsLatin = (s: string) => /^[\p{Script=Latin}\d]/u.test(s);

/** Chinese by pinyin, then names in Latin letters. */
export const compareNames = pinyinOrder.compare;

/** For an English reader, names in Latin letters first, then Chinese by pinyin. */
function compareNamesLatinFirst(a: string, b: string): number {
  return Number(startsLatin(b)) - Number(startsLatin(a)) || pinyinOrder.compare(a, b);
}

export function nameOrder(locale: string): (a: string, b: string) => number {
  return locale === 'en' ? compareNamesLatinFirst : compareNames;
}
