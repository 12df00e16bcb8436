import { describe, expect, it } from 'vitest';
import { el } from '../../../src/domain/messages/el.ts';
import { en } from '../../../src/domain/messages/en.ts';
import { type Message, type MessageKey, translator } from '../../../src/domain/messages/message.ts';
import { pl } from '../../../src/domain/messages/pl.ts';
import { plPlural } from '../../../src/domain/messages/template.ts';

const KEYS = Object.keys(en) as MessageKey[];
const example = (key: MessageKey) => ({ key, params: en[key].example }) as Message;
/** Parameters each language words itself (a noun, a severity, a type name) rather than quoting them. */
const WORDED = new Set(['thing', 'what', 'severity', 'expected', 'say', 'errors', 'failures']);

/** The literal parts of a message's parameters that every language must quote as they are. */
function quoted(params: unknown): string[] {
  return Object.entries(params as Record<string, unknown>)
    .filter(([name]) => !WORDED.has(name))
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
    .filter((value) => typeof value === 'string' || typeof value === 'number')
    .map(String);
}

describe('the message catalog', () => {
  it('should give every message of the registry its own Polish text', () => {
    // Typecheck already demands the key (pl is a Catalog); this proves each one is written, not copied.
    for (const key of KEYS) {
      const { t, complete } = translator('pl');
      const polish = t(example(key));
      expect(complete(), key).toBe(true);
      expect(Object.hasOwn(pl, key), key).toBe(true);
      expect(polish.trim(), key).not.toBe('');
      expect(polish, key).not.toBe(translator('en').t(example(key)));
    }
  });

  it('should interpolate the dynamic parts in every language rather than drop them', () => {
    for (const key of KEYS) {
      for (const language of ['en', 'pl', 'el'] as const) {
        const text = translator(language).t(example(key));
        for (const part of quoted(en[key].example)) expect(text, `${language} ${key}`).toContain(part);
      }
    }
  });

  it('should write Greek for the most common problems', () => {
    const common: MessageKey[] = [
      'validation_error',
      'value.required',
      'value.enum',
      'not_found',
      'version_mismatch',
      'event_not_allowed',
      'invalid_evidence',
      'evidence.unknown_near',
      'statement.apology_phrase',
    ];
    for (const key of common) expect(Object.hasOwn(el, key), key).toBe(true);
  });

  it('should render a field message nested in a detail in the same language', () => {
    const detail: Message = {
      key: 'validation_error',
      params: { errors: [{ field: 'body.severity', say: { key: 'value.required', params: {} } }] },
    };
    expect(translator('pl').t(detail)).toBe(
      'Żądanie jest niepoprawne: body.severity: To pole jest wymagane.',
    );
    expect(translator('el').t(detail)).toBe(
      'Το αίτημα δεν είναι έγκυρο: body.severity: Το πεδίο είναι υποχρεωτικό.',
    );
  });

  it('should say when a language lacked a message and English stood in', () => {
    const { t, complete } = translator('el');
    expect(t({ key: 'idempotency_key_reused', params: {} })).toContain('Idempotency-Key was already used');
    expect(complete()).toBe(false);
  });

  it('should pick the Polish plural form for counts', () => {
    const forms = [1, 2, 4, 5, 12, 14, 22, 25, 112].map((n) => plPlural(n, 'znak', 'znaki', 'znaków'));
    expect(forms).toEqual([
      'znak',
      'znaki',
      'znaki',
      'znaków',
      'znaków',
      'znaków',
      'znaki',
      'znaków',
      'znaków',
    ]);
  });
});
