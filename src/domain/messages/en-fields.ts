import {
  EARLIEST_DATE,
  EARLIEST_INSTANT,
  LATEST_DATE,
  LATEST_INSTANT,
  MAX_OFFSET,
} from '../instant-range.ts';
import { channelList } from './channel-words.ts';
import { fieldLabel } from './field-labels.ts';
import { define, type FieldMessage, fieldList, LISTINGS, type Nested } from './template.ts';

const field = (say: Nested): FieldMessage => ({ field: 'evidence.statement', say });
const REQUIRED = { key: 'value.required', params: {} };

/**
 * Field rules, in English: what a value must be (shared by the JSON schemas and the evidence), the evidence
 * and statement rules, complaint content, and the details that list fields.
 */
export const enFields = {
  validation_error: define(
    { errors: [{ field: 'body.severity', say: REQUIRED }] as readonly FieldMessage[] },
    (p, t) => `The request is invalid: ${fieldList('; ')(p, t)}`,
  ),
  invalid_evidence: define(
    { errors: [field(REQUIRED)] as readonly FieldMessage[] },
    LISTINGS.invalid_evidence,
  ),
  invalid_fields: define({ errors: [field(REQUIRED)] as readonly FieldMessage[] }, LISTINGS.invalid_fields),
  rule_failures: define({ failures: [field(REQUIRED)] as readonly FieldMessage[] }, LISTINGS.rule_failures),
  field_problem: define({ field: 'body.text', say: REQUIRED as Nested }, LISTINGS.field_problem),
  'value.required': define({}, () => 'This field is required.'),
  'value.type': define(
    { expected: 'string' },
    (p) => `Must be ${/^[aeiou]/.test(p.expected) ? 'an' : 'a'} ${p.expected}.`,
  ),
  'value.object_shape': define({ shape: '{ description, owner }' }, (p) => `Must be an object ${p.shape}.`),
  'value.list_shape': define({ shape: '{ description, owner }' }, (p) => `Must be a list of ${p.shape}.`),
  'value.not_empty': define({}, () => 'Must not be empty.'),
  'value.min_length': define({ min: 10 }, (p) => `At least ${p.min} characters needed.`),
  'value.max_length': define({ max: 200 }, (p) => `At most ${p.max} characters allowed.`),
  'value.min_items': define({ min: 1 }, (p) => `Give at least ${p.min}.`),
  'value.max_items': define({ max: 1000 }, (p) => `Give at most ${p.max}.`),
  'value.min': define({ min: 0 }, (p) => `Must be at least ${p.min}.`),
  'value.max': define({ max: 100 }, (p) => `Must be at most ${p.max}.`),
  'value.enum': define(
    { values: ['low', 'medium', 'high', 'critical'] as readonly string[] },
    (p) => `Must be one of: ${p.values.join(', ')}.`,
  ),
  'value.unknown_keys': define(
    { keys: ['state'] as readonly string[] },
    (p) => `Fields not accepted here: ${p.keys.join(', ')}; remove them.`,
  ),
  'value.uuid': define({}, () => 'Must be a UUID, e.g. 0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c.'),
  'value.url': define({}, () => 'Must be a web address starting with https:// or http://.'),
  'value.date_or_datetime': define(
    {},
    () =>
      'Must be a date (2027-01-15, meaning the end of that day in the playbook time zone) or a date and time with its offset (2027-01-15T17:00:00+01:00).',
  ),
  'value.datetime': define({}, () => 'Must be a date and time with its offset, e.g. 2026-03-02T09:00:00Z.'),
  'value.datetime_range': define(
    {},
    () =>
      `Must be a date and time from ${EARLIEST_INSTANT} to ${LATEST_INSTANT} with an offset of at most ±${MAX_OFFSET}, e.g. 2026-03-02T09:00:00+01:00.`,
  ),
  'value.due_range': define(
    {},
    () =>
      `Must be a date from ${EARLIEST_DATE} to ${LATEST_DATE}, or a date and time from ${EARLIEST_INSTANT} to ${LATEST_INSTANT} with an offset of at most ±${MAX_OFFSET}.`,
  ),
  'value.format': define({ format: 'email' }, (p) => `Must be a valid ${p.format}.`),
  'value.currency': define({}, () => 'Must be an ISO 4217 currency code, e.g. "PLN".'),
  'value.etag': define({}, () => 'Must be the incident version as an entity tag, e.g. "3".'),
  'value.invalid': define({}, () => 'This value is not valid here.'),
  'evidence.not_object': define({}, () => 'Evidence must be a JSON object.'),
  'evidence.unknown_near': define(
    { key: 'amount', nearest: 'value' },
    (p) => `Unknown field "${p.key}": did you mean "${p.nearest}"?`,
  ),
  'evidence.unknown_known': define(
    { key: 'zzz', known: ['reason'] as readonly string[] },
    (p) => `Unknown field "${p.key}": the known fields are ${p.known.join(', ')}.`,
  ),
  'evidence.unknown_none': define(
    { key: 'zzz' },
    (p) => `Unknown field "${p.key}": this event takes no evidence fields.`,
  ),
  'evidence.extra': define(
    { description: 'Affected orders', say: REQUIRED as Nested },
    (p, t) => `${p.description}: ${t(p.say)}`,
  ),
  'evidence.confirm': define(
    { description: 'Legal reviewed the statement' },
    (p) => `${p.description}: must be confirmed (true).`,
  ),
  'evidence.ceiling': define(
    { severity: 'medium', amount: 100, currency: 'PLN' },
    (p) => `The offer exceeds the playbook's ceiling for ${p.severity} severity (${p.amount} ${p.currency}).`,
  ),
  'evidence.currency': define(
    { currency: 'PLN' },
    (p) => `An offer with a value must be in ${p.currency}, the currency of the playbook's ceilings.`,
  ),
  'evidence.unchanged': define(
    { severity: 'high' },
    (p) => `The incident is already of ${p.severity} severity.`,
  ),
  'statement.min_length': define(
    { what: 'apology' as 'apology' | 'admission', length: 12, min: 40 },
    (p) =>
      `The ${p.what} is too short (${p.length} characters; at least ${p.min} needed): say what went wrong and what happens next.`,
  ),
  'statement.apology_phrase': define(
    {},
    () => 'The apology never actually apologises: use a phrase such as “we are sorry” or “przepraszamy”.',
  ),
  'statement.blame': define(
    { phrase: 'your fault' },
    (p) =>
      `The statement blames the customer (“${p.phrase}”): take the responsibility on the company, even when the customer is partly at fault.`,
  ),
  'statement.shouting': define(
    { quote: 'WE ARE NOT RESPONSIBLE' },
    (p) => `The text shouts in capitals (“${p.quote}”): write in normal case; a calm voice de-escalates.`,
  ),
  'statement.punctuation': define(
    { quote: '!!!' },
    (p) => `The text piles up punctuation (“${p.quote}”): one full stop or question mark reads calmer.`,
  ),
  'statement.dismissive': define(
    { quote: 'calm down' },
    (p) =>
      `The text sounds dismissive or sarcastic (“${p.quote}”): acknowledge the customer's feelings instead.`,
  ),
  'statement.canned_reply': define(
    { quote: 'We are checking, please send us a private message.' },
    (p) =>
      `The reply repeats word for word one already sent to another complaint (“${p.quote}”): customers notice copied templates, answer this customer in your own words.`,
  ),
  'reply.canned_in_incident': define(
    {
      complaintId: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c',
      quote: 'Hi Anna, we are sorry about order 12345…',
    },
    (p) =>
      `The reply is nearly the same as the one sent to complaint ${p.complaintId} of this incident once names and numbers are set aside (“${p.quote}”): customers compare answers in public, write this one for this customer.`,
  ),
  'statement.approval_required': define(
    { severity: 'critical' },
    (p) =>
      `At ${p.severity} severity this apology needs a second person’s approval: draft it below, ask a colleague to approve it, then choose it here.`,
  ),
  'statement.id_format': define({}, () => 'Must be the id (a UUID) of a drafted statement.'),
  'statement.one_of': define(
    {},
    () => 'Choose an approved statement or write one here, not both: the approved text is what is published.',
  ),
  'statement.unknown': define(
    {},
    () => 'That statement belongs to another incident: choose one drafted for this incident.',
  ),
  'statement.other_stage': define(
    { id: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c', stage: 'admit', event: 'apologise' },
    (p) =>
      `Statement ${p.id} was drafted for the ${p.stage} stage, not for ${p.event}: draft one for ${p.event}.`,
  ),
  'statement.not_approved': define(
    { id: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c', status: 'pending_approval' },
    (p) =>
      `Statement ${p.id} ${
        p.status === 'pending_approval'
          ? 'still waits for approval: have another key approve it first'
          : p.status === 'rejected'
            ? 'was rejected: draft a new one'
            : 'is already published'
      } (status ${p.status}).`,
  ),
  'statement.approved_alone': define(
    { id: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c' },
    (p) =>
      `Statement ${p.id} was approved without a second person, when the severity needed none; at this severity another key must approve: draft it again.`,
  ),
  'statement.canned': define(
    { quote: 'We are sorry for the delay of your parcel…' },
    (p) =>
      `The statement is almost the same as one already published for another incident (“${p.quote}”): customers notice copied templates, write it for this crisis.`,
  ),
  'statement.channels': define(
    { missing: ['instagram'] as readonly string[] },
    (p) =>
      `The statement must also be published where customers complained: missing ${channelList('en', p.missing)}.`,
  ),
  'content.no_nul': define({}, () => 'contains a NUL character (U+0000), which cannot be stored'),
  'content.lone_surrogate': define({}, () => 'contains a lone UTF-16 surrogate (invalid Unicode)'),
  'content.max_depth': define({ max: 32 }, (p) => `is nested more than ${p.max} levels deep`),
  'content.too_long': define(
    { length: 10_412, max: 10_000 },
    (p) => `is ${p.length} characters long; at most ${p.max} are accepted`,
  ),
  'content.not_utf8': define({}, () => 'is not valid UTF-8'),
  'bulk.ids_or_filter': define(
    {},
    () => 'Send either the complaints chosen one by one or a filter, not both and not neither.',
  ),
  'check.min_length': define({}, () => 'Long enough to say what went wrong and what happens next.'),
  'check.apology_phrase': define({}, () => 'It apologises in so many words.'),
  'check.blame': define({}, () => 'It blames neither the customer nor anyone else for what the brand owns.'),
  'check.tone': define({}, () => 'The tone is calm.'),
  'check.canned': define({}, () => 'It is not a copy of a statement published for another incident.'),
  'check.channels': define({}, () => 'It goes out on every channel customers complained on.'),
  'statement.non_apology': define(
    { phrase: 'any inconvenience' },
    (p) =>
      `This apologises for nothing in particular (“${p.phrase}”): say what went wrong and that you are sorry for it, e.g. “We are sorry your parcels are late.”`,
  ),
  'statement.blame_other': define(
    { phrase: 'to wina kuriera' },
    (p) =>
      `The statement shifts the blame to someone else (“${p.phrase}”): the customer bought from you, so own it and say what you are doing about it, even when a partner failed.`,
  ),
  'check.non_apology': define({}, () => 'It apologises for what happened, not for “any inconvenience”.'),
  'value.past': define(
    { dueAt: '2026-12-01T22:59:59.999Z' },
    () => 'This date has already passed: choose today or a later day.',
  ),
  'statement.reject_reason': define({}, () => 'Say why you reject it, so the author knows what to rewrite.'),
  'field.label': define({ field: 'evidence.changes[1].dueAt' }, (p) => fieldLabel(p.field, 'en')),
  'query.cursor': define({}, () => 'is not a valid cursor'),
  'reference.playbook': define({ playbookId: 'delivery-dlay' }, (p) => `unknown playbook "${p.playbookId}"`),
};
