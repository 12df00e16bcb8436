import { define, type FieldMessage } from './template.ts';

const EXAMPLE_ID = '6f1e2d3c-4b5a-4c9d-8e7f-0a1b2c3d4e5f';

/** The compensation ledger's messages, in English (spread into en.ts); Polish in pl-ledger.ts. */
export const enLedger = {
  'value.decimal': define(
    {},
    () => 'Must be a decimal string in major units, e.g. "50.00" (a JSON number could round).',
  ),
  compensation_refused: define(
    {
      errors: [
        {
          field: 'value',
          say: {
            key: 'compensation.ceiling',
            params: { severity: 'medium', ceiling: '150.00', currency: 'PLN' },
          },
        },
      ] as readonly FieldMessage[],
    },
    (p, t) =>
      `The compensation is outside the playbook's limits and was not stored: ${p.errors.map((e) => t(e.say)).join(' ')}`,
  ),
  'compensation.ceiling': define(
    { severity: 'medium', ceiling: '150.00', currency: 'PLN' },
    (p) =>
      `One item may be worth at most ${p.ceiling} ${p.currency} at ${p.severity} severity; offer less, or raise the severity first if the crisis has grown.`,
  ),
  'compensation.budget': define(
    { severity: 'medium', budget: '2000.00', left: '120.00', currency: 'PLN' },
    (p) =>
      `The incident's compensation budget at ${p.severity} severity is ${p.budget} ${p.currency} and ${p.left} ${p.currency} of it is left; cancel an open offer or offer less.`,
  ),
  'compensation.currency': define(
    { currency: 'PLN' },
    (p) => `This playbook compensates in ${p.currency}; give the value in ${p.currency}.`,
  ),
  'compensation.value_digits': define(
    { currency: 'PLN', digits: 2 },
    (p) => `A value in ${p.currency} has at most ${p.digits} decimal places, e.g. "50.00".`,
  ),
  'compensation.complaint': define(
    { complaintId: EXAMPLE_ID },
    (p) =>
      `Complaint ${p.complaintId} is not attached to this incident; attach it first or leave complaintId out.`,
  ),
  compensation_self_approval: define(
    { compensationId: EXAMPLE_ID },
    (p) =>
      `Compensation ${p.compensationId} was proposed with this API key: another person, with their own key, must approve it.`,
  ),
  compensation_move_not_allowed: define(
    {
      compensationId: EXAMPLE_ID,
      from: 'accepted',
      to: 'declined',
      allowed: ['fulfilled'] as readonly string[],
    },
    (p) =>
      `Compensation ${p.compensationId} is ${p.from} and cannot become ${p.to}. Possible now: ${
        p.allowed.length ? p.allowed.join(', ') : 'nothing (its status is final)'
      }.`,
  ),
};
