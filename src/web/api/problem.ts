import { isKey } from '../i18n/catalog.ts';
import { currentLang, t } from '../i18n/t.ts';

/** One field error of a problem (RFC 9457 `errors`): the JSON path, the stable code, the server's words. */
export interface FieldProblem {
  field: string;
  code: string | null;
  message: string;
  params?: Record<string, unknown>;
}

/** A problem document as the desk reads it; anything else (a network error, a non-JSON body) is generic. */
export interface Problem {
  status: number | null;
  /** The slug of `type` (`/problems/self-approval` → `self-approval`). */
  type: string | null;
  detail: string | null;
  errors: FieldProblem[];
}

const STATE_CODES =
  'apologise|admit|counteract|improve|compensate|legal|monitoring|closed|dismissed|close|escalate_legal|resume|dismiss|reopen|set_severity';
/**
 * Words of the API rather than of people: a path, a JSON path (`evidence.`, `body.`, `items[3]`), a
 * placeholder, the schema's "item(s)", a quoted state or event code, a raw UUID…
 */
const API_WORDS = new RegExp(
  [
    '/v1/',
    String.raw`\bevidence\.`,
    String.raw`\bbody\.`,
    String.raw`\{id\}`,
    String.raw`item\(s\)|\bitems?\[|\bitems\.\d`,
    `[„“"'‘](?:${STATE_CODES})[”"'’]`,
    '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  ].join('|'),
  'i',
);
/** …and an identifier in code case (snake_case, camelCase), judged with case: "Facebook" is a word. */
const CODE_CASE = /\b[a-z]+_[a-z_]+\b|\b[a-z]+[A-Z][A-Za-z]*\b/;
/** In a desk that is not in English, a severity or state code left raw in a sentence ("Przy wadze critical"). */
const RAW_CODES = new RegExp(`\\b(?:low|medium|high|critical|${STATE_CODES})\\b`);

/** Whether a text is fit to show a PR manager: no API words in it. */
export function isPlain(text: string, lang: string = currentLang()): boolean {
  return !API_WORDS.test(text) && !CODE_CASE.test(text) && (lang === 'en' || !RAW_CODES.test(text));
}

/**
 * The server's localized words when they are plain; otherwise the catalog's sentence for the code (a
 * field error's `code`, or the problem type's slug), filled with the error's `params` (a sentence that
 * needs params the error lacks has a `.bare` variant), else a generic one.
 */
export function plainText(
  text: string | null | undefined,
  code: string | null | undefined,
  params: Record<string, unknown> = {},
): string {
  if (text && isPlain(text)) return text;
  const key = `problem.${code ?? ''}`;
  if (!isKey(key)) return t('problem.generic');
  const values = Object.fromEntries(
    Object.entries(params).filter((e): e is [string, string | number] =>
      ['string', 'number'].includes(typeof e[1]),
    ),
  );
  const said = t(key, values);
  if (!/\{\w+\}/.test(said)) return said;
  const bare = `${key}.bare`;
  return isKey(bare) ? t(bare) : t('problem.generic');
}

/**
 * The form field a problem's JSON path concerns: `evidence.statement` → `statement`, `body.value` →
 * `value`, `evidence.customerAtFault.summary` → `customerAtFault`, `evidence.actions.0.owner` → `actions`.
 */
export function formField(path: string): string {
  const parts = path
    .replace(/^body\./, '')
    .replace(/^evidence\./, '')
    .split(/[.[\]/]/);
  return parts.find((p) => p !== '') ?? path;
}

function record(x: unknown): Record<string, unknown> | null {
  return x !== null && typeof x === 'object' ? (x as Record<string, unknown>) : null;
}

/** Reads whatever a failed call gave back as a Problem (missing parts are null). */
export function readProblem(error: unknown, status: number | null = null): Problem {
  const p = record(error);
  const type = typeof p?.type === 'string' ? (p.type.split('/').pop() ?? null) : null;
  const errors = Array.isArray(p?.errors) ? p.errors : [];
  return {
    status: typeof p?.status === 'number' ? p.status : status,
    type,
    detail: typeof p?.detail === 'string' ? p.detail : null,
    errors: errors.flatMap((e): FieldProblem[] => {
      const r = record(e);
      if (!r || typeof r.field !== 'string') return [];
      const code = typeof r.code === 'string' ? r.code : typeof r.rule === 'string' ? r.rule : null;
      const params = record(r.params);
      return [{ field: r.field, code, message: String(r.message ?? ''), ...(params ? { params } : {}) }];
    }),
  };
}

/** A field error in plain words. */
export function fieldText(e: FieldProblem): string {
  return plainText(e.message, e.code, e.params);
}

/**
 * The problem's sentence in plain words: its detail, or a catalog sentence by its type when the detail
 * speaks the API's language (or, for a refusal of fields, by its first field's code).
 */
export function problemSentence(p: Problem): string {
  if (p.detail && isPlain(p.detail)) return p.detail;
  const byType = `problem.${p.type ?? ''}`;
  if (isKey(byType) && !['invalid-evidence', 'validation-error'].includes(p.type ?? '')) return t(byType);
  const first = p.errors[0];
  if (first) return fieldText(first);
  return plainText(null, p.type);
}
