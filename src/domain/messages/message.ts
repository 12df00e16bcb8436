import { el } from './el.ts';
import { en } from './en.ts';
import { pl } from './pl.ts';
import type { TextsOf } from './template.ts';

/**
 * Messages for PR managers as data: a key of the catalog and its dynamic parts. Errors carry a Message;
 * only the edge renders it, in the language the caller asked for (src/http/error-handler.ts). The English
 * catalog (`en.ts`) is the registry: every key is defined there once, with an example of its parameters.
 */
export const LANGUAGES = ['en', 'pl', 'el'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Whether the engine has a catalog in `code`. */
export const isLanguage = (code: string): code is Language => (LANGUAGES as readonly string[]).includes(code);

type English = typeof en;
export type MessageKey = keyof English;
export type ParamsOf<K extends MessageKey> = English[K]['example'];
export type Message = { [K in MessageKey]: { key: K; params: ParamsOf<K> } }[MessageKey];

/** Every language has a template for every key: a missing one fails typecheck. */
export type Catalog = TextsOf<English>;

const CATALOGS: Record<Language, Catalog> = { en: textsOf(en), pl, el };

/** A message of the catalog; the parameters are checked against the English template's. */
export function say<K extends MessageKey>(key: K, params: ParamsOf<K>): Message {
  return { key, params } as Message;
}

/**
 * A zod custom-message value naming a catalog key (`.regex(re, { error: messageKey('value.currency') })`);
 * the issue mapper (zod-issue.ts) renders it like any other message.
 */
export function messageKey<K extends PlainKey>(key: K): K {
  return key;
}

/** Keys whose message takes no parameters: the only ones a schema can name. */
export type PlainKey = { [K in MessageKey]: keyof ParamsOf<K> extends never ? K : never }[MessageKey];

export function isPlainKey(value: unknown): value is PlainKey {
  return (
    typeof value === 'string' &&
    Object.hasOwn(en, value) &&
    Object.keys(en[value as MessageKey].example).length === 0
  );
}

/** Renders messages in `language`: every catalog is complete, so nothing falls back to another language. */
export function translator(language: Language): { t: (m: Message) => string } {
  const t = (m: Message): string => {
    const template = CATALOGS[language][m.key] as (params: unknown, t: (m: Message) => string) => string;
    return template(m.params, t);
  };
  return { t };
}

/** English text of a message: what logs and the domain's own `message` fields read. */
export function english(m: Message): string {
  return translator('en').t(m);
}

function textsOf(catalog: English): Catalog {
  return Object.fromEntries(Object.entries(catalog).map(([k, v]) => [k, v.text])) as Catalog;
}
