import { describe, expect, it } from 'vitest';
import { el } from '../../../src/domain/messages/el.ts';
import { en } from '../../../src/domain/messages/en.ts';
import { type Message, type MessageKey, translator } from '../../../src/domain/messages/message.ts';
import { pl } from '../../../src/domain/messages/pl.ts';
import { plPlural } from '../../../src/domain/messages/template.ts';
import type { RefusalKind } from '../../../src/domain/webhooks/address-policy.ts';

const KEYS = Object.keys(en) as MessageKey[];
const example = (key: MessageKey) => ({ key, params: en[key].example }) as Message;
/** Parameters each language words itself (a noun, a severity, a type name) rather than quoting them. */
const WORDED = new Set([
  'thing',
  'what',
  'severity',
  'expected',
  'say',
  'errors',
  'failures',
  'kind',
  'hint',
  // A JSON path, which details word as the field's label (field-labels.ts), never as the path.
  'field',
  // An instant a client formats in its own locale and zone.
  'dueAt',
  // An ISO 8601 duration, said in words (durationWords).
  'within',
  // Channel codes, said by their names ("e-mail", "opinie").
  'missing',
]);

/** The literal parts of a message's parameters that every language must quote as they are. */
function quoted(params: unknown): string[] {
  return Object.entries(params as Record<string, unknown>)
    .filter(([name]) => !WORDED.has(name))
    .flatMap(([, value]) => (Array.isArray(value) ? value : [value]))
    .filter((value) => typeof value === 'string' || typeof value === 'number')
    .map(String);
}

describe('the message catalog', () => {
  it.each([
    ['Polish', 'pl', pl],
    ['Greek', 'el', el],
  ] as const)('should give every message of the registry its own %s text', (_name, language, catalog) => {
    // Typecheck already demands the key (pl and el are Catalogs); this proves each one is written, not copied.
    for (const key of KEYS) {
      const own = translator(language).t(example(key));
      expect(Object.hasOwn(catalog, key), key).toBe(true);
      expect(own.trim(), key).not.toBe('');
      expect(own, key).not.toBe(translator('en').t(example(key)));
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

  it('should render a field message nested in a detail in the same language', () => {
    const detail: Message = {
      key: 'validation_error',
      params: { errors: [{ field: 'body.severity', say: { key: 'value.required', params: {} } }] },
    };
    expect(translator('pl').t(detail)).toBe('Żądanie jest niepoprawne: Waga: To pole jest wymagane.');
    expect(translator('el').t(detail)).toBe(
      'Το αίτημα δεν είναι έγκυρο: Σοβαρότητα: Το πεδίο είναι υποχρεωτικό.',
    );
  });

  it('should word every webhook refusal in each language, keeping the range names and the DNS code', () => {
    const kinds: RefusalKind[] = [
      'metadata',
      'loopback',
      'private',
      'shared',
      'link-local',
      'unique-local',
      'unspecified',
      'multicast',
      'broadcast',
      'reserved',
      'unresolved',
    ];
    const refusal = (kind: RefusalKind): Message => ({
      key: 'webhook_url_refused',
      params: {
        url: 'http://hooks.example.com/',
        host: 'hooks.example.com',
        address: kind === 'unresolved' ? null : '10.0.0.5',
        kind,
        dnsCode: kind === 'unresolved' ? 'ENOTFOUND' : null,
        hint: kind === 'unresolved' ? 'host' : 'public',
      },
    });
    const names = { private: 'RFC 1918', shared: '100.64.0.0/10', 'unique-local': 'fc00::/7' } as const;
    for (const language of ['pl', 'el'] as const) {
      const texts = kinds.map((kind) => translator(language).t(refusal(kind)));
      expect(new Set(texts).size, language).toBe(kinds.length);
      for (const [kind, name] of Object.entries(names)) {
        expect(texts[kinds.indexOf(kind as RefusalKind)], `${language} ${kind}`).toContain(name);
      }
      expect(texts.at(-1), language).toContain('ENOTFOUND');
      expect(texts[0], language).toContain('WEBHOOK_ALLOW_PRIVATE');
      for (const text of texts) expect(text, language).not.toMatch(/\b(a|an|the) [a-z-]+ address\b/);
    }
  });

  it('should name the channels a statement misses by their words, never their codes', () => {
    const missing = { key: 'statement.channels', params: { missing: ['email', 'review'] } } as Message;
    expect(translator('pl').t(missing)).toMatch(/brakuje kanałów: e-mail, opinie\.$/);
    expect(translator('en').t(missing)).toMatch(/missing email, reviews\.$/);
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
