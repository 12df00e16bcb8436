import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEBHOOK_EVENTS } from '../../../src/domain/events.ts';
import {
  DASHBOARD_HIDDEN_FIELDS,
  payloadFor,
  streamAudience,
} from '../../../src/domain/stream-visibility.ts';
import { ROLES } from '../../../src/services/api-keys.ts';

const payload = fc.record({
  type: fc.constantFrom(...WEBHOOK_EVENTS),
  timestamp: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  data: fc.dictionary(
    fc.oneof(fc.constantFrom(...DASHBOARD_HIDDEN_FIELDS, 'incidentId', 'complaintId'), fc.string()),
    fc.jsonValue(),
  ),
});

describe('who may watch the live stream', () => {
  it('should let staff and dashboards in and keep integration keys out', () => {
    expect(Object.fromEntries(ROLES.map((r) => [r, streamAudience(r)]))).toEqual({
      admin: 'staff',
      manager: 'staff',
      dashboard: 'dashboard',
      integration: null,
    });
    expect(streamAudience('someone-new')).toBeNull();
  });

  it('should give staff the payload as webhooks carry it', () => {
    fc.assert(
      fc.property(payload, (p) => {
        expect(payloadFor('staff', p)).toBe(p);
      }),
    );
  });

  it('should give dashboards every other field but never texts, authors, links or channel ids', () => {
    fc.assert(
      fc.property(payload, (p) => {
        const shown = payloadFor('dashboard', p) as typeof p;
        expect(shown.type).toBe(p.type);
        expect(shown.timestamp).toBe(p.timestamp);
        for (const [k, v] of Object.entries(p.data)) {
          if ((DASHBOARD_HIDDEN_FIELDS as readonly string[]).includes(k))
            expect(shown.data).not.toHaveProperty(k);
          else expect(shown.data[k]).toEqual(v);
        }
        // The stored payload is not changed in place (other streams share it).
        expect(Object.keys(p.data).length).toBeGreaterThanOrEqual(Object.keys(shown.data).length);
      }),
    );
  });
});
