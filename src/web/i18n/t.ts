import { type Key, LANGS, type Lang, type Params, render } from './catalog.ts';
import { en } from './en.ts';
import { pl } from './pl.ts';

const CATALOGS = { en, pl } as const;
let current: Lang = 'en';

/** The desk's language now (the API client sends it as Accept-Language). */
export function currentLang(): Lang {
  return current;
}

export function setCurrentLang(lang: Lang): void {
  current = lang;
}

/** A text of the catalog in the desk's language. */
export function t(key: Key, params?: Params): string {
  return render(CATALOGS[current], current, key, params);
}

/** A text in a given language (tests, and the first language a browser prefers). */
export function tIn(lang: Lang, key: Key, params?: Params): string {
  return render(CATALOGS[lang], lang, key, params);
}

/** The first of the browser's languages the desk speaks ("pl-PL" → pl), else English. */
export function pickLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const hit = LANGS.find((l) => l === base);
    if (hit) return hit;
  }
  return 'en';
}
