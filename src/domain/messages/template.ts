/** A message inside another one (a field's message in a problem's detail), rendered in the same language. */
export interface Nested {
  key: string;
  params: unknown;
}
export type Render = (message: Nested) => string;
export type Template<P> = (params: P, t: Render) => string;

/** What a "does not exist" names; each language says it with its own noun (and gender). */
export type Thing = 'incident' | 'complaint' | 'webhook' | 'api_key' | 'playbook';

/** A field's message, as errors carry it. */
export interface FieldMessage {
  field: string;
  say: Nested;
}

/** One catalog entry: an example of its parameters (rendered by the catalog test) and the English text. */
export function define<P>(example: P, text: Template<P>): { example: P; text: Template<P> } {
  return { example, text };
}

/** The templates of a catalog section, as another language must provide them. */
export type TextsOf<C extends Record<string, { text: unknown }>> = { [K in keyof C]: C[K]['text'] };

/** Polish plural forms: 1 znak, 2–4 (but not 12–14) znaki, else znaków. */
export function plPlural(n: number, one: string, few: string, many: string): string {
  if (n === 1) return one;
  const tens = n % 100;
  return n % 10 >= 2 && n % 10 <= 4 && (tens < 12 || tens > 14) ? few : many;
}
