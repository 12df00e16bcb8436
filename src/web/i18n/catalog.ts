import { en } from './en.ts';

/**
 * The desk's message catalogs: `en.ts` is the source of keys, every other language is typed against it,
 * so a missing key fails the typecheck. A message is a string with `{name}` parameters, or plural forms
 * chosen by Intl.PluralRules on the parameter `n` (Polish needs one/few/many: 1 skarga, 2 skargi, 5 skarg).
 */
export type EnPlural = { one: string; other: string };
export type PlPlural = { one: string; few: string; many: string; other: string };
export type Message = string | EnPlural | PlPlural;

export type Key = keyof typeof en;
/** A catalog in another language: every key of English, plurals with Polish's four forms. */
export type PlCatalog = { readonly [K in Key]: (typeof en)[K] extends string ? string : PlPlural };

export const LANGS = ['pl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Params = Record<string, string | number>;

const rules = new Map<Lang, Intl.PluralRules>();
const numbers = new Map<Lang, Intl.NumberFormat>();

function pluralRule(lang: Lang, n: number): Intl.LDMLPluralRule {
  const r = rules.get(lang) ?? new Intl.PluralRules(lang);
  rules.set(lang, r);
  return r.select(n);
}

/** A number as the language writes it (1 000 in Polish, 1,000 in English). */
export function formatNumber(lang: Lang, n: number): string {
  const f = numbers.get(lang) ?? new Intl.NumberFormat(lang);
  numbers.set(lang, f);
  return f.format(n);
}

/** The message in the catalog given, its plural form picked by `params.n`, its `{name}` filled in. */
export function render(
  catalog: Readonly<Record<string, Message>>,
  lang: Lang,
  key: string,
  params: Params = {},
): string {
  const entry = catalog[key] ?? en[key as Key] ?? key;
  let text: string;
  if (typeof entry === 'string') text = entry;
  else {
    const n = Number(params.n ?? 0);
    text = (entry as Record<string, string>)[pluralRule(lang, n)] ?? entry.other;
  }
  return text.replace(/\{(\w+)\}/g, (all, name: string) => {
    const v = params[name];
    if (v === undefined) return all;
    return typeof v === 'number' ? formatNumber(lang, v) : v;
  });
}

/** Whether a string is a key of the catalog (for codes that come from the server, e.g. a problem's). */
export function isKey(key: string): key is Key {
  return Object.hasOwn(en, key);
}
