import type { Page } from 'playwright-core';
import type { Key as CatalogKey } from '../../src/web/i18n/catalog.ts';
import { en } from '../../src/web/i18n/en.ts';
import { pl } from '../../src/web/i18n/pl.ts';
import { screenTexts } from './desk.ts';

/**
 * polish.test.ts's check, shared: what on a Polish page is English (a piece of a catalog text Polish
 * words otherwise) or the API's words (paths, JSON paths, ISO durations and times, UUIDs).
 */
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
  // Codes of the triage's data, were one to leak: match fields and their values.
  /\b(?:playbookId|closest|missing|keywords|orderId|platformState|incidentId)\b/,
  /\b(?:delivery-delay|defective-product|lost-or-damaged-order|payment-or-data-incident|social-media-backlash)\b/,
];

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERNS = ENGLISH.map((e) => new RegExp(`(^|[^A-Za-z])${literal(e)}($|[^A-Za-z])`));

export async function notPolish(page: Page, skip: string[] = []): Promise<string[]> {
  const texts = await screenTexts(page, skip);
  const english = texts.filter((t) => PATTERNS.some((p) => p.test(t)));
  return [...english, ...texts.filter((t) => API_WORDS.some((r) => r.test(t)))];
}
