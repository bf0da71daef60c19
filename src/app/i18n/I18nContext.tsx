import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LOCALE, STRINGS, pickLang, type Lang, type Strings } from './strings';

const STORAGE_KEY = 'event-browser.lang';

export interface I18n {
  lang: Lang;
  locale: string;
  t: Strings;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18n | null>(null);

function readStored(): Lang | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === 'zh' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

export function initialLang(): Lang {
  return readStored() ?? pickLang(typeof navigator === 'undefined' ? undefined : navigator.languages);
}

export function I18nProvider({ children, lang: forced }: { children: ReactNode; lang?: Lang }) {
  const [lang, setLangState] = useState<Lang>(() => forced ?? initialLang());
  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = LOCALE[lang];
  }, [lang]);
  const value = useMemo(() => ({ lang, locale: LOCALE[lang], t: STRINGS[lang], setLang }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside <I18nProvider>');
  return ctx;
}
