import type { NextStep } from '../api/client';
import type { Key } from '../i18n/catalog';
import { currentLang, t } from '../i18n/t';

/** One requirement as GET /v1/incidents/{id}/next lists it: the contract's, or a playbook field with its kind. */
export type Requirement = NonNullable<NextStep['stage']>['requires'][number];

export const CHANNELS = [
  'facebook',
  'instagram',
  'x',
  'tiktok',
  'youtube',
  'review',
  'email',
  'chat',
  'other',
] as const;
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const OFFER_KINDS = ['discount', 'voucher', 'refund', 'gift', 'free_shipping', 'other'] as const;

/** An option of a choice: the value sent, and the catalog key of what people see. */
export type Option = { value: string; label: Key };
const options = <T extends string>(values: readonly T[], prefix: string): Option[] =>
  values.map((value) => ({ value, label: `${prefix}.${value}` as Key }));

/**
 * How each evidence field is entered. Playbook fields carry their kind (text, url, list, boolean); the
 * contract's own fields have fixed shapes (API.md "Events and their evidence"), described here once as
 * data, so every stage's form is generated from its `requires` and no stage has a form of its own.
 * Labels are catalog keys, or a playbook's own words (`text`).
 */
export type Label = { key: Key } | { text: string };
export type Widget =
  | { kind: 'text'; label: Label; min?: number; long: boolean }
  | { kind: 'url'; label: Label }
  | { kind: 'list'; label: Label; min?: number }
  | { kind: 'boolean'; label: Label }
  | { kind: 'choice'; label: Label; options: Option[] }
  | { kind: 'checks'; label: Label; options: Option[] }
  | { kind: 'rows'; label: Label; columns: { name: string; label: Key; type: 'text' | 'date' }[] }
  | { kind: 'object'; label: Label; parts: { name: string; label: Key; options?: Option[] }[] }
  | { kind: 'statement'; label: Label };

export const labelText = (l: Label): string => ('key' in l ? t(l.key) : l.text);

const CONTRACT: Record<string, Widget> = {
  statement: { kind: 'statement', label: { key: 'field.statement' } },
  channels: { kind: 'checks', label: { key: 'field.channels' }, options: options(CHANNELS, 'channel') },
  cause: { kind: 'text', label: { key: 'field.cause' }, long: true },
  actions: {
    kind: 'rows',
    label: { key: 'field.actions' },
    columns: [
      { name: 'description', label: 'field.action', type: 'text' },
      { name: 'owner', label: 'field.owner', type: 'text' },
    ],
  },
  changes: {
    kind: 'rows',
    label: { key: 'field.changes' },
    columns: [
      { name: 'description', label: 'field.change', type: 'text' },
      { name: 'owner', label: 'field.owner', type: 'text' },
      { name: 'dueAt', label: 'field.due', type: 'date' },
    ],
  },
  offer: {
    kind: 'object',
    label: { key: 'field.offer' },
    parts: [
      { name: 'kind', label: 'field.kind', options: options(OFFER_KINDS, 'offerKind') },
      { name: 'description', label: 'field.description' },
      { name: 'value', label: 'field.value' },
      { name: 'currency', label: 'field.currency' },
    ],
  },
  reason: { kind: 'text', label: { key: 'field.reason' }, long: true },
  severity: { kind: 'choice', label: { key: 'field.severity' }, options: options(SEVERITIES, 'severity') },
  unansweredReason: { kind: 'text', label: { key: 'field.unansweredReason' }, long: true },
  carryOver: { kind: 'boolean', label: { key: 'field.carryOver' } },
  customerAtFault: {
    kind: 'object',
    label: { key: 'field.customerAtFault' },
    parts: [
      { name: 'summary', label: 'field.summary' },
      { name: 'evidence', label: 'field.faultEvidence' },
    ],
  },
};

/** The events besides a stage's own, with the contract fields each takes (API.md). */
export const OTHER_EVENTS: Record<string, { label: Key; fields: string[]; optional?: string[] }> = {
  set_severity: { label: 'event.set_severity', fields: ['severity', 'reason'] },
  escalate_legal: { label: 'event.escalate_legal', fields: ['reason', 'customerAtFault'] },
  resume: { label: 'event.resume', fields: [] },
  dismiss: { label: 'event.dismiss', fields: ['reason'] },
  close: {
    label: 'event.close',
    fields: ['unansweredReason', 'carryOver'],
    optional: ['unansweredReason', 'carryOver'],
  },
  reopen: { label: 'event.reopen', fields: ['reason'] },
};

/**
 * Refusals whose remedy is a field of the form (API.md): shown next to that field, and gone once it is
 * edited. `close` with unanswered complaints is answered by saying why; with open commitments, by
 * carrying them over.
 */
export const FIELD_OF_PROBLEM: Record<string, string> = {
  'unanswered-complaints': 'unansweredReason',
  'open-commitments': 'carryOver',
};

export function widgetFor(r: Requirement | { field: string; source: 'contract' }): Widget {
  if (r.source === 'playbook') {
    // The playbook's words in the desk's language when it has them.
    const label = { text: r.descriptions?.[currentLang()] ?? r.description };
    if (r.kind === 'url') return { kind: 'url', label };
    if (r.kind === 'list') return { kind: 'list', label, ...(r.min ? { min: r.min } : {}) };
    if (r.kind === 'boolean') return { kind: 'boolean', label };
    return { kind: 'text', label, long: true, ...(r.min ? { min: r.min } : {}) };
  }
  return CONTRACT[r.field] ?? { kind: 'text', label: { text: r.field }, long: false };
}
