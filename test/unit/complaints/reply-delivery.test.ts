import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Delivery,
  type DeliveryReport,
  decideDelivery,
  PENDING_DELIVERY,
} from '../../../src/domain/complaints/reply-delivery.ts';

const at = new Date('2026-03-02T10:00:00.000Z');
const later = new Date('2026-03-02T10:05:00.000Z');
const delivered: Delivery = { status: 'delivered', externalId: 'fb-1', url: null, at };

function apply(current: Delivery, report: DeliveryReport, when = at): Delivery {
  const d = decideDelivery(current, report, when);
  return d.kind === 'record' ? d.delivery : current;
}

describe('delivery reports', () => {
  it('should record the first report, and delivered after failed (a retry worked)', () => {
    const failed = apply(PENDING_DELIVERY, { status: 'failed' });
    expect(failed).toEqual({ status: 'failed', externalId: null, url: null, at });
    expect(apply(failed, { status: 'delivered', externalId: 'fb-1' }, later)).toEqual({
      ...delivered,
      at: later,
    });
  });

  it('should answer a repeat of what is recorded unchanged', () => {
    expect(decideDelivery(delivered, { status: 'delivered', externalId: 'fb-1' }, later)).toEqual({
      kind: 'unchanged',
    });
    expect(decideDelivery(delivered, { status: 'delivered' }, later)).toEqual({ kind: 'unchanged' });
    const failed = apply(PENDING_DELIVERY, { status: 'failed' });
    expect(decideDelivery(failed, { status: 'failed' }, later)).toEqual({ kind: 'unchanged' });
  });

  it('should refuse failed after delivered and a delivery under another id, but fill in a missing url', () => {
    expect(decideDelivery(delivered, { status: 'failed' }, later).kind).toBe('refused');
    expect(decideDelivery(delivered, { status: 'delivered', externalId: 'fb-2' }, later).kind).toBe(
      'refused',
    );
    expect(decideDelivery(delivered, { status: 'delivered', url: 'https://x.example/1' }, later)).toEqual({
      kind: 'record',
      delivery: { ...delivered, url: 'https://x.example/1' },
    });
  });

  it('should keep a delivered reply delivered whatever reports follow', () => {
    const report = fc.record({
      status: fc.constantFrom('delivered' as const, 'failed' as const),
      externalId: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
      url: fc.option(fc.constantFrom('https://x.example/a', 'https://x.example/b'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(report, { minLength: 1, maxLength: 8 }), (reports) => {
        let current = PENDING_DELIVERY;
        let seenDelivered = false;
        for (const r of reports) {
          current = apply(current, r);
          if (seenDelivered) expect(current.status).toBe('delivered');
          seenDelivered ||= current.status === 'delivered';
        }
      }),
    );
  });
});
