import { afterEach, describe, expect, it } from 'vitest';
import { setCurrentLang } from '../../../src/web/i18n/t.ts';
import { type AttachBody, attach, type BulkAnswer, outcomeWords } from '../../../src/web/triage/attach.ts';
import { whyWords } from '../../../src/web/triage/why-words.ts';

type Filter = { q?: string };
const answer = (a: Partial<BulkAnswer>): { data: BulkAnswer } => ({
  data: { attached: 0, alreadyAttached: 0, refused: [], ...a },
});
const nobody = () => 'Skarga';

afterEach(() => setCurrentLang('en'));

describe('bulk attach from the triage page (src/web/triage/attach.ts)', () => {
  it('should send the ids in requests of at most 1000', async () => {
    const sent: AttachBody<Filter>[] = [];
    const ids = Array.from({ length: 2500 }, (_, i) => `c${i}`);
    const out = await attach<Filter>(
      async (body) => {
        sent.push(body);
        return answer({ attached: 'complaintIds' in body ? body.complaintIds.length : 0 });
      },
      'inc',
      { ids },
      nobody,
    );
    expect(sent.map((b) => ('complaintIds' in b ? b.complaintIds.length : 0))).toEqual([1000, 1000, 500]);
    expect(sent.flatMap((b) => ('complaintIds' in b ? b.complaintIds : []))).toEqual(ids);
    expect(out.attached).toBe(2500);
  });

  it('should send a filter again while more than 1000 matched and the last request moved some', async () => {
    let left = 2300;
    const sent: AttachBody<Filter>[] = [];
    const out = await attach<Filter>(
      async (body) => {
        sent.push(body);
        const matched = left;
        const attached = Math.min(1000, left);
        left -= attached;
        return answer({ attached, matched });
      },
      'inc',
      { filter: { q: 'parking' } },
      nobody,
    );
    expect(sent).toHaveLength(3);
    expect(sent.every((b) => 'filter' in b && b.filter.q === 'parking')).toBe(true);
    expect(out.attached).toBe(2300);
  });

  it('should stop when a filter request moved nothing (all refused), and word each refusal', async () => {
    setCurrentLang('pl');
    let calls = 0;
    const out = await attach<Filter>(
      async () => {
        calls++;
        return answer({
          attached: 0,
          matched: 1500,
          refused: [
            {
              complaintId: 'a',
              problem: { status: 409, detail: 'Skarga a jest już przypisana do incydentu b.' },
            },
            { complaintId: 'b', problem: { status: 404, type: '/problems/not-found' } },
          ],
        });
      },
      'inc',
      { filter: {} },
      (id) => (id === 'a' ? 'Kasia W.' : 'Skarga'),
    );
    expect(calls).toBe(1);
    expect(out.refused).toEqual([
      { complaintId: 'a', who: 'Kasia W.', why: 'jest już przy innym incydencie' },
      { complaintId: 'b', who: 'Skarga', why: 'już jej tu nie ma' },
    ]);
    expect(outcomeWords(out, 'Paczki')).toEqual([
      'Dołączono 0 skarg do incydentu „Paczki”.',
      'Nie dołączono 2 skarg:',
    ]);
  });

  it('should say a failed request in words and send nothing more', async () => {
    setCurrentLang('pl');
    let calls = 0;
    const out = await attach<Filter>(
      async () => {
        calls++;
        return { error: { status: 403, type: '/problems/forbidden' } };
      },
      'inc',
      { ids: Array.from({ length: 1500 }, (_, i) => `c${i}`) },
      nobody,
    );
    expect(calls).toBe(1);
    expect(out.failed).toMatch(/\p{L}/u);
    expect(outcomeWords(out, 'x')).toEqual([out.failed]);
  });
});

describe('why a complaint waits, in words (src/web/triage/why-words.ts)', () => {
  const titles = new Map([
    ['delivery-delay', 'Opóźniona dostawa'],
    ['lost-or-damaged-order', 'Zgubione lub uszkodzone zamówienie'],
  ]);
  it('should name the closest playbook by its title and what the complaint lacked', () => {
    setCurrentLang('pl');
    expect(
      whyWords(
        { playbookId: null, closest: { playbookId: 'delivery-delay', missing: ['keywords'] } },
        titles,
        'pl',
      ),
    ).toBe('Najbliżej: Opóźniona dostawa — brak słów kluczowych');
    expect(
      whyWords(
        { playbookId: null, closest: { playbookId: 'delivery-delay', missing: ['source', 'orderId'] } },
        titles,
        'pl',
      ),
    ).toBe(
      'Najbliżej: Opóźniona dostawa — kanał, którego scenariusz nie obserwuje i numer zamówienia w innym formacie',
    );
    expect(whyWords({ playbookId: 'lost-or-damaged-order', closest: null }, titles, 'pl')).toMatch(
      /^Liczy się do: Zgubione lub uszkodzone zamówienie/,
    );
  });
  it('should never show an id: an unknown playbook or no match at all is "no playbook"', () => {
    setCurrentLang('pl');
    for (const m of [undefined, { playbookId: null, closest: null }, { playbookId: 'gone', closest: null }])
      expect(whyWords(m, titles, 'pl')).toBe('Nie pasuje do żadnego scenariusza');
  });
});
