/** A message inside another one (a field's message in a problem's detail), rendered in the same language. */
export interface Nested {
  key: string;
  params: unknown;
}
export type Render = (message: Nested) => string;
export type Template<P> = (params: P, t: Render) => string;

/** What a "does not exist" names; each language says it with its own noun (and gender). */
export type Thing =
  | 'incident'
  | 'complaint'
  | 'reply'
  | 'statement'
  | 'compensation'
  | 'webhook'
  | 'api_key'
  | 'playbook'
  | 'playbook_version';

/** A field's message, as errors carry it. */
export interface FieldMessage {
  field: string;
  say: Nested;
}

/** One catalog entry: an example of its parameters (rendered by the catalog test) and the English text. */
export function define<P>(example: P, text: Template<P>): { example: P; text: Template<P> } {
  return { example, text };
}

/** `field: message` for each field, in the language of the whole. */
export function fieldList(separator: string): Template<{ errors: readonly FieldMessage[] }> {
  return (p, t) =>
    p.errors
      .map((e) => `${t({ key: 'field.label', params: { field: e.field } })}: ${t(e.say)}`)
      .join(separator);
}

/** Details that only list field messages: the same in every language (their parts are translated). */
export const LISTINGS = {
  invalid_evidence: fieldList(' '),
  invalid_fields: fieldList('; '),
  rule_failures: ((p, t) => p.failures.map((f) => t(f.say)).join(' ')) as Template<{
    failures: readonly FieldMessage[];
  }>,
  field_problem: ((p, t) =>
    `${t({ key: 'field.label', params: { field: p.field } })} ${t(p.say)}.`) as Template<{
    field: string;
    say: Nested;
  }>,
};

/** The templates of a catalog section, as another language must provide them. */
export type TextsOf<C extends Record<string, { text: unknown }>> = { [K in keyof C]: C[K]['text'] };

/** Polish plural forms: 1 znak, 2–4 (but not 12–14) znaki, else znaków. */
export function plPlural(n: number, one: string, few: string, many: string): string {
  if (n === 1) return one;
  const tens = n % 100;
  return n % 10 >= 2 && n % 10 <= 4 && (tens < 12 || tens > 14) ? few : many;
}
