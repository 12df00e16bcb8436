import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { closestPlaybook } from '../../../src/domain/complaints/complaint.closest.ts';
import { matchPlaybooks } from '../../../src/domain/complaints/complaint.match.ts';
import { COMPLAINT_SOURCES, type Playbook } from '../../../src/domain/playbooks/playbook.schema.ts';
import { loadPlaybooks } from '../../../src/services/playbook-loader.ts';

let shipped: Playbook[] = [];
beforeAll(async () => {
  shipped = (await loadPlaybooks(join(import.meta.dirname, '../../../playbooks'))).map((l) => l.playbook);
});

const facts = (text: string, extra: Partial<{ source: string; orderId: string }> = {}) => ({
  source: (extra.source ?? 'facebook') as (typeof COMPLAINT_SOURCES)[number],
  text,
  tags: [],
  orderId: extra.orderId ?? null,
});

describe('closestPlaybook', () => {
  it('should name the delay playbook for a parcel complaint on a channel it does not watch, missing the channel only', () => {
    const c = facts('Gdzie jest moja paczka? Czekam od tygodnia', { source: 'tiktok' });
    expect(matchPlaybooks(shipped, c)).toEqual([]);
    expect(closestPlaybook(shipped, c)).toEqual({ playbookId: 'delivery-delay', missing: ['source'] });
  });

  it('should say the words were missing when a complaint is about parcels but uses none of the trigger phrases', () => {
    const c = facts('Paczka przyszła, ale pudełko było mokre i pomięte');
    const closest = closestPlaybook(shipped, c);
    expect(closest?.missing).toEqual(['keywords']);
    expect(['delivery-delay', 'lost-or-damaged-order']).toContain(closest?.playbookId);
  });

  it('should name an order number in another shop’s format', () => {
    const c = facts('where is my parcel', { orderId: 'AMZ-1234' });
    expect(closestPlaybook(shipped, c)).toMatchObject({ missing: ['orderId'] });
  });

  it('should miss something for every complaint no trigger matches', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom(...COMPLAINT_SOURCES), (text, source) => {
        const c = facts(text, { source });
        fc.pre(matchPlaybooks(shipped, c).length === 0);
        expect(closestPlaybook(shipped, c)?.missing.length).toBeGreaterThan(0);
      }),
    );
  });
});
