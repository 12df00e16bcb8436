import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { LANGS, type Lang } from './catalog.ts';
import { currentLang, pickLang, setCurrentLang, t } from './t.ts';

const STORED = 'fivep.lang';

/**
 * The language at start: the one chosen with the switch (localStorage), else the browser's. Only a
 * choice made with the switch is stored, so a tab that never switches leaves localStorage empty.
 */
export function startLanguage(): Lang {
  const stored = localStorage.getItem(STORED);
  const lang = LANGS.find((l) => l === stored) ?? pickLang(navigator.languages ?? [navigator.language]);
  applyLanguage(lang);
  return lang;
}

/** Makes `lang` the desk's: the texts, `<html lang>` (screen readers, hyphenation) and the tab title. */
export function applyLanguage(lang: Lang, remember = false): void {
  setCurrentLang(lang);
  if (remember) localStorage.setItem(STORED, lang);
  document.documentElement.lang = lang;
  document.title = t('app.title');
}

/** The language in force; components read it with useT() so they render again when it changes. */
export const LangContext = createContext<{ lang: Lang; set: (l: Lang) => void }>({
  lang: 'en',
  set: () => {},
});

/** `t`, bound to a render: a component calling it renders again when the language switches. */
export function useT(): typeof t {
  useContext(LangContext);
  return t;
}

export function useLang(): Lang {
  return useContext(LangContext).lang ?? currentLang();
}

/** The header's switch: one button per language, named in its own language. */
export function LanguageSwitch() {
  const { lang, set } = useContext(LangContext);
  return (
    <fieldset class="lang-switch">
      <legend class="visually-hidden">{t('lang.switch')}</legend>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => set(l)}>
          {t(`lang.${l}`)}
        </button>
      ))}
    </fieldset>
  );
}
