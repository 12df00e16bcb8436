import { describe, expect, it } from 'vitest';
import {
  type ComplaintFacts,
  explainMatch,
  matchPlaybooks,
  matchTrigger,
  NO_MATCH_REASON,
  type Trigger,
} from '../../../src/domain/complaints/complaint.match.ts';
import { checkComplaintContent, volumeEscalation } from '../../../src/domain/complaints/complaint.rules.ts';
import type { Playbook } from '../../../src/domain/playbooks/playbook.schema.ts';

const trigger: Trigger = {
  keywords: {
    en: ['late delivery', 'refund*'],
    pl: ['opóźnienie', 'gdzie jest moja paczka'],
    el: ['καθυστέρηση'],
  },
  tags: ['Delivery'],
  sources: ['facebook', 'email'],
  orderIdPattern: '^ORD-\\d{6}$',
  threshold: { count: 5, within: 'PT1H' },
  severity: 'medium',
};
const facts = (over: Partial<ComplaintFacts>): ComplaintFacts => ({
  source: 'facebook',
  text: '',
  tags: [],
  orderId: null,
  ...over,
});

describe('matchTrigger', () => {
  it('should match keywords as whole words, ignoring case, diacritics and punctuation', () => {
    expect(matchTrigger('p', trigger, facts({ text: 'Such a LATE-DELIVERY again!' }))?.keywords).toEqual([
      'late delivery',
    ]);
    expect(matchTrigger('p', trigger, facts({ text: 'Gdzie jest moja paczka?!' }))?.keywords).toEqual([
      'gdzie jest moja paczka',
    ]);
    expect(matchTrigger('p', trigger, facts({ text: 'To opoznienie jest straszne' }))).not.toBeNull();
    expect(matchTrigger('p', trigger, facts({ text: 'ΚΑΘΥΣΤΕΡΗΣΗ παντού' }))).not.toBeNull();
    expect(matchTrigger('p', trigger, facts({ text: 'chocolate delivery was fine' }))).toBeNull();
  });

  it('should treat a trailing * as a word prefix', () => {
    expect(matchTrigger('p', trigger, facts({ text: 'I want a refunded order' }))?.keywords).toEqual([
      'refund*',
    ]);
    expect(matchTrigger('p', trigger, facts({ text: 'nonrefundable' }))).toBeNull();
  });

  it('should match tags case-insensitively and filter by source and order id format', () => {
    expect(matchTrigger('p', trigger, facts({ tags: [' delivery '] }))?.tags).toEqual(['delivery']);
    expect(matchTrigger('p', trigger, facts({ source: 'tiktok', tags: ['delivery'] }))).toBeNull();
    expect(matchTrigger('p', trigger, facts({ tags: ['delivery'], orderId: 'ORD-123456' }))).not.toBeNull();
    expect(matchTrigger('p', trigger, facts({ tags: ['delivery'], orderId: 'AMZ-1' }))).toBeNull();
    expect(
      matchTrigger('p', { ...trigger, sources: [] }, facts({ source: 'x', tags: ['delivery'] })),
    ).not.toBeNull();
  });

  it('should rank several matching playbooks by how much matched, then by id', () => {
    const pb = (id: string, keywords: string[]) =>
      ({ id, triggers: { ...trigger, keywords: { en: keywords } } }) as unknown as Playbook;
    const ranked = matchPlaybooks(
      [
        pb('b', ['late delivery']),
        pb('a', ['late delivery']),
        pb('c', ['late delivery', 'refund*']),
        pb('d', ['x1']),
      ],
      facts({ text: 'late delivery, I want a refund' }),
    );
    expect(ranked.map((m) => m.playbookId)).toEqual(['c', 'a', 'b']);
  });
});

describe('complaint rules', () => {
  it('should count the text limit in code points and find lone surrogates in any field', () => {
    expect(checkComplaintContent({ text: '😀'.repeat(10_000) }, 'body')).toEqual([]);
    expect(checkComplaintContent({ text: 'a'.repeat(10_001) }, 'body')[0]?.field).toBe('body.text');
    expect(checkComplaintContent({ text: 'ok', tags: ['a', 'b\ud800'] }, 'body')[0]?.field).toBe(
      'body.tags[1]',
    );
  });

  it('should raise severity only when a window count is crossed, to the highest asked for, never down', () => {
    const rules = [
      { count: 10, raiseTo: 'high' as const, inWindow: 10 },
      { count: 25, raiseTo: 'critical' as const, inWindow: 10 },
    ];
    expect(volumeEscalation(rules, 'low', 1)).toBe('high');
    expect(volumeEscalation(rules, 'critical', 1)).toBeNull();
    expect(volumeEscalation([{ ...rules[0]!, inWindow: 11 }], 'low', 1)).toBeNull();
    expect(
      volumeEscalation(
        [
          { ...rules[0]!, inWindow: 30 },
          { ...rules[1]!, inWindow: 30 },
        ],
        'low',
        30,
      ),
    ).toBe('critical');
  });
});

describe('explainMatch', () => {
  const chosen = { playbookId: 'delivery-delay', keywords: ['late delivery'], tags: ['delivery'], score: 2 };

  it('should say which keywords and tags matched, or why nothing did', () => {
    expect(explainMatch({}, 'delivery-delay', chosen)).toEqual({
      playbookId: 'delivery-delay',
      reason: 'its trigger matched keywords "late delivery" and tags "delivery"',
    });
    expect(explainMatch({}, null, undefined)).toEqual({ playbookId: null, reason: NO_MATCH_REASON });
  });

  it('should name the incident or playbook the integration named', () => {
    expect(explainMatch({ incidentId: 'i-1' }, 'delivery-delay', undefined)).toEqual({
      playbookId: 'delivery-delay',
      reason: 'attached to incident i-1, named in incidentId',
    });
    expect(explainMatch({ playbookId: 'defective-product' }, 'defective-product', chosen).reason).toBe(
      'the playbook was named in playbookId',
    );
  });
});
