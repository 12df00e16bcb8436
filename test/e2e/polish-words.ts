import type { Page } from 'playwright-core';
import type { Key as CatalogKey } from '../../src/web/i18n/catalog.ts';
import { en } from '../../src/web/i18n/en.ts';
import { pl } from '../../src/web/i18n/pl.ts';
import { screenTexts } from './desk.ts';

const forms = (m: unknown): string[] => (typeof m === 'string' ? [m] : Object.values(m as object));
/** Pieces of the English texts that Polish words differently (split at their parameters), 4+ letters. */
const ENGLISH = [
  ...new Set(
    (Object.keys(en) as CatalogKey[]).flatMap((k) => {
      const polish = forms(pl[k]);
      return forms(en[k])
        .filter((f) => !polish.includes(f))
        .flatMap((f) => f.split(/\{\w+\}/))
        .map((piece) => piece.replace(/^[\s·:(),.]+|[\s·:(),.]+$/g, ''))
        .filter((piece) => piece.replace(/[^A-Za-z]/g, '').length >= 4);
    }),
  ),
];
const API_WORDS = [
  /\/v1\//,
  /\bevidence\./,
  /\bbody\./,
  /\bPT\d/,
  /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/,
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i,
];

/** What on the page is English (a catalog text Polish words otherwise) or the API's words. */
export async function notPolish(page: Page, skip: string[] = []): Promise<string[]> {
  const texts = await screenTexts(page, skip);
  const english = texts.filter((t) =>
    ENGLISH.some((e) =>
      new RegExp(`(^|[^A-Za-z])${e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z])`).test(t),
    ),
  );
  return [...english, ...texts.filter((t) => API_WORDS.some((r) => r.test(t)))];
}
