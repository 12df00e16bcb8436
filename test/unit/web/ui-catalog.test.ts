import { describe, expect, it } from 'vitest';
import { type Key, type Message, render } from '../../../src/web/i18n/catalog.ts';
import { en } from '../../../src/web/i18n/en.ts';
import { pl } from '../../../src/web/i18n/pl.ts';

/** Words that are the same in both languages on purpose: brand names, and languages named in their own. */
const SAME_IN_BOTH = new Set<Key>([
  'channel.facebook',
  'channel.instagram',
  'channel.x',
  'channel.tiktok',
  'channel.youtube',
  'lang.pl',
  'lang.en',
  'lang.el',
]);

const forms = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m));
const params = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
const keys = Object.keys(en) as Key[];

describe('the desk speaks Polish (src/web/i18n)', () => {
  it('should have every English key in Polish, none empty', () => {
    const missing = keys.filter((k) => !(k in pl));
    expect(missing).toEqual([]);
    const empty = keys.filter((k) => forms(pl[k]).some((f) => f.trim() === ''));
    expect(empty).toEqual([]);
    expect(Object.keys(pl).filter((k) => !(k in en))).toEqual([]);
  });

  it('should not copy English into Polish, except the words that are the same in both', () => {
    const copied = keys.filter((k) => {
      if (SAME_IN_BOTH.has(k)) return false;
      const english = forms(en[k]);
      return forms(pl[k]).some((f) => english.includes(f));
    });
    expect(copied).toEqual([]);
  });

  it('should give every Polish plural its one, few and many forms, and keep the parameters of English', () => {
    for (const k of keys) {
      const e = en[k];
      const p = pl[k];
      expect(typeof p === 'string', k).toBe(typeof e === 'string');
      if (typeof p !== 'string')
        for (const form of ['one', 'few', 'many', 'other'] as const) expect(p[form], k).toBeTruthy();
      const known = new Set(forms(e).flatMap(params));
      for (const f of forms(p)) {
        expect(
          params(f).filter((x) => !known.has(x)),
          `${k}: ${f}`,
        ).toEqual([]);
        expect(
          [...known].filter((x) => x !== 'n' && !params(f).includes(x)),
          `${k}: ${f}`,
        ).toEqual([]);
      }
    }
  });

  it('should pick the Polish plural by Intl.PluralRules: 1 skarga, 2 skargi, 5 skarg, 22 skargi', () => {
    const say = (n: number) => render(pl, 'pl', 'audit.complaint.attached', { n });
    expect([1, 2, 5, 12, 22, 25, 1000].map(say)).toEqual([
      '1 skarga dołączona',
      '2 skargi dołączone',
      '5 skarg dołączonych',
      '12 skarg dołączonych',
      '22 skargi dołączone',
      '25 skarg dołączonych',
      '1000 skarg dołączonych',
    ]);
    expect(render(en, 'en', 'audit.complaint.attached', { n: 1 })).toBe('1 complaint attached');
    expect(render(en, 'en', 'audit.complaint.attached', { n: 42 })).toBe('42 complaints attached');
  });

  it('should name the five stages and the other states as the desk words them', () => {
    expect(
      [
        'apologise',
        'admit',
        'counteract',
        'improve',
        'compensate',
        'legal',
        'monitoring',
        'closed',
        'dismissed',
      ].map((s) => pl[`state.${s}` as Key]),
    ).toEqual([
      'Przeproś',
      'Przyznaj się',
      'Przeciwdziałaj',
      'Popraw się',
      'Powetuj',
      'Prawnicy',
      'Obserwacja',
      'Zamknięty',
      'Odrzucony',
    ]);
  });
});
