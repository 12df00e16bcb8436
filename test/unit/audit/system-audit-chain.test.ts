import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextSystemAuditEntry, type SystemAuditEntry } from '../../../src/domain/audit/audit-chain.ts';
import { verifySystemAuditChain } from '../../../src/domain/audit/system-audit-chain.ts';

const record = fc.record({
  at: fc.date({ min: new Date('2026-01-01'), max: new Date('2027-01-01'), noInvalidDate: true }),
  actor: fc.string({ minLength: 1, maxLength: 20 }),
  action: fc.constantFrom('webhook.disabled', 'webhook.secret_rotated', 'complaint.redacted'),
  data: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string(), fc.integer(), fc.boolean())),
});

type SystemRecord = Parameters<typeof nextSystemAuditEntry>[1];

function chain(records: readonly SystemRecord[]): SystemAuditEntry[] {
  const entries: SystemAuditEntry[] = [];
  for (const r of records) entries.push(nextSystemAuditEntry(entries.at(-1) ?? null, r));
  return entries;
}

describe('verifySystemAuditChain', () => {
  it('should accept every chain written by nextSystemAuditEntry', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 12 }), (records) => {
        expect(verifySystemAuditChain(chain(records))).toEqual({ valid: true, entries: records.length });
      }),
    );
  });

  it('should name the first entry whose content was changed, whatever the field', () => {
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.constantFrom('actor', 'action', 'at', 'data'),
        (records, pick, field) => {
          const entries = chain(records);
          const i = pick % entries.length;
          const e = entries[i]!;
          const changed = {
            actor: { ...e, actor: `${e.actor}!` },
            action: { ...e, action: `${e.action}.x` },
            at: { ...e, at: new Date(Date.parse(e.at) + 1).toISOString() },
            data: { ...e, data: { ...e.data, tampered: true } },
          }[field];
          entries[i] = changed;
          expect(verifySystemAuditChain(entries)).toMatchObject({ valid: false, firstInvalidSeq: i + 1 });
        },
      ),
    );
  });

  it('should notice an entry removed from the middle', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 3, maxLength: 12 }), fc.nat(), (records, pick) => {
        const entries = chain(records);
        const i = 1 + (pick % (entries.length - 2));
        entries.splice(i, 1);
        expect(verifySystemAuditChain(entries)).toMatchObject({ valid: false, firstInvalidSeq: i + 1 });
      }),
    );
  });
});
