import { z } from 'zod';
import { formatTotals, type LedgerTotals } from '../../domain/compensations/compensation.totals.ts';
import { COMPENSATION_STATUSES, type Compensation } from '../../domain/compensations/compensation.types.ts';
import { formatMinor } from '../../domain/compensations/money.ts';
import { OFFER_KINDS } from '../../domain/incidents/incident.events.ts';
import { messageKey } from '../../domain/messages/message.ts';
import { EXAMPLE_INCIDENT_ID, Timestamp } from './common.ts';

const Text = (max: number) => z.string().trim().min(1).max(max);
const EXAMPLE_COMPENSATION_ID = '6f1e2d3c-4b5a-4c9d-8e7f-0a1b2c3d4e5f';
const EXAMPLE_COMPLAINT_ID = '0b8e7f7e-5d0c-4a57-9f55-2a6f3d3c1a10';
const AUTHOR = { actor: 'Anna (care)', keyId: '4a9c0b1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d' };

/** Money on the wire: a decimal string in major units, never a JSON number (no float rounding anywhere). */
const Decimal = z
  .string()
  .regex(/^\d{1,13}(\.\d{1,4})?$/, { error: messageKey('value.decimal') })
  .meta({
    description: 'A decimal string in the currency’s major units, e.g. "50.00" (50 PLN)',
    example: '50.00',
  });
const Currency = z.string().regex(/^[A-Z]{3}$/, { error: messageKey('value.currency') });

export const CompensationBody = z
  .strictObject({
    kind: z.enum(OFFER_KINDS),
    value: Decimal,
    currency: Currency.optional().meta({
      description: 'Defaults to the playbook’s; another one → 422 `currency`',
    }),
    description: Text(2000),
    complaintId: z.uuid().optional().meta({ description: 'A complaint attached to this incident' }),
    recipient: Text(200).optional().meta({ description: 'Who receives it (a name, a handle, an order)' }),
    actor: Text(200).optional().meta({ description: 'Who proposes it (recorded in the audit log)' }),
  })
  .meta({
    example: {
      kind: 'voucher',
      value: '50.00',
      currency: 'PLN',
      description: 'Voucher for the next order, for the parcel that came a week late.',
      complaintId: EXAMPLE_COMPLAINT_ID,
      recipient: '@kasia_k',
    },
  });

export const CompensationMoveBody = z
  .strictObject({
    status: z.enum(COMPENSATION_STATUSES),
    note: Text(2000).optional().meta({ description: 'Why: kept in the history and audited' }),
    reference: Text(200)
      .optional()
      .meta({ description: 'What proves it outside: a voucher code, a transfer id' }),
    actor: Text(200).optional().meta({ description: 'Who moves it (recorded in the audit log)' }),
  })
  .meta({ example: { status: 'fulfilled', note: 'Voucher sent by e-mail.', reference: 'VCH-2026-0042' } });

const Person = z.object({ actor: z.string(), keyId: z.uuid().nullable() });

const exampleCompensation = {
  id: EXAMPLE_COMPENSATION_ID,
  incidentId: EXAMPLE_INCIDENT_ID,
  complaintId: EXAMPLE_COMPLAINT_ID,
  recipient: '@kasia_k',
  kind: 'voucher',
  value: '50.00',
  currency: 'PLN',
  description: 'Voucher for the next order, for the parcel that came a week late.',
  status: 'offered',
  createdAt: '2026-11-24T10:05:00.000Z',
  history: [{ status: 'offered', at: '2026-11-24T10:05:00.000Z', by: AUTHOR, note: null, reference: null }],
};

export const CompensationOut = z
  .object({
    id: z.uuid(),
    incidentId: z.uuid(),
    complaintId: z.uuid().nullable(),
    recipient: z.string().nullable(),
    kind: z.enum(OFFER_KINDS),
    value: z.string().meta({ description: 'Decimal string with the currency’s digits, e.g. "50.00"' }),
    currency: z.string(),
    description: z.string(),
    status: z.enum(COMPENSATION_STATUSES),
    createdAt: Timestamp,
    history: z
      .array(
        z.object({
          status: z.enum(COMPENSATION_STATUSES),
          at: Timestamp,
          by: Person,
          note: z.string().nullable(),
          reference: z.string().nullable(),
        }),
      )
      .meta({ description: 'Every status the item reached, oldest first; the first names its author' }),
  })
  .meta({ id: 'Compensation', example: exampleCompensation });

export const CompensationList = z
  .object({
    items: z.array(CompensationOut),
    totals: z
      .object({ offered: z.string(), accepted: z.string(), fulfilled: z.string(), currency: z.string() })
      .meta({
        description:
          'Sums of the items now in each status (an item counts once, where it stands), as decimal strings',
      }),
  })
  .meta({
    example: {
      items: [exampleCompensation],
      totals: { offered: '50.00', accepted: '0.00', fulfilled: '0.00', currency: 'PLN' },
    },
  });

export function toCompensationOut(c: Compensation): z.infer<typeof CompensationOut> {
  const { valueMinor, ...rest } = c;
  return { ...rest, value: formatMinor(valueMinor, c.currency) };
}

export function toTotalsOut(t: LedgerTotals): z.infer<typeof CompensationList>['totals'] {
  return formatTotals(t);
}
