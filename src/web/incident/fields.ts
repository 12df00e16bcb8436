import type { NextStep } from '../api/client';

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
];
export const SEVERITIES = ['low', 'medium', 'high', 'critical'];
export const OFFER_KINDS = ['discount', 'voucher', 'refund', 'gift', 'free_shipping', 'other'];

/**
 * How each evidence field is entered. Playbook fields carry their kind (text, url, list, boolean); the
 * contract's own fields have fixed shapes (API.md "Events and their evidence"), described here once as
 * data, so every stage's form is generated from its `requires` and no stage has a form of its own.
 */
export type Widget =
  | { kind: 'text'; label: string; min?: number; long: boolean }
  | { kind: 'url'; label: string }
  | { kind: 'list'; label: string; min?: number }
  | { kind: 'boolean'; label: string }
  | { kind: 'choice'; label: string; options: string[] }
  | { kind: 'checks'; label: string; options: string[] }
  | { kind: 'rows'; label: string; columns: { name: string; label: string; type: 'text' | 'date' }[] }
  | {
      kind: 'object';
      label: string;
      parts: { name: string; label: string; options?: string[]; optional?: boolean }[];
    }
  | { kind: 'statement'; label: string };

const CONTRACT: Record<string, Widget> = {
  statement: { kind: 'statement', label: 'Statement' },
  channels: { kind: 'checks', label: 'Published on', options: CHANNELS },
  cause: { kind: 'text', label: 'Cause', long: true },
  actions: {
    kind: 'rows',
    label: 'Actions taken',
    columns: [
      { name: 'description', label: 'Action', type: 'text' },
      { name: 'owner', label: 'Owner', type: 'text' },
    ],
  },
  changes: {
    kind: 'rows',
    label: 'Changes',
    columns: [
      { name: 'description', label: 'Change', type: 'text' },
      { name: 'owner', label: 'Owner', type: 'text' },
      { name: 'dueAt', label: 'Due', type: 'date' },
    ],
  },
  offer: {
    kind: 'object',
    label: 'Offer',
    parts: [
      { name: 'kind', label: 'Kind', options: OFFER_KINDS },
      { name: 'description', label: 'Description' },
      { name: 'value', label: 'Value', optional: true },
      { name: 'currency', label: 'Currency', optional: true },
    ],
  },
  reason: { kind: 'text', label: 'Reason', long: true },
  severity: { kind: 'choice', label: 'New severity', options: SEVERITIES },
  unansweredReason: { kind: 'text', label: 'Why some complaints stay unanswered (optional)', long: true },
  carryOver: { kind: 'boolean', label: 'Keep tracking open commitments after the close' },
  customerAtFault: {
    kind: 'object',
    label: "The customer's evident fault",
    parts: [
      { name: 'summary', label: 'Summary' },
      { name: 'evidence', label: 'Evidence (one link or reference)' },
    ],
  },
};

/** The events besides a stage's own, with the contract fields each takes (API.md). */
export const OTHER_EVENTS: Record<string, { label: string; fields: string[]; optional?: string[] }> = {
  set_severity: { label: 'Change severity', fields: ['severity', 'reason'] },
  escalate_legal: { label: 'Escalate to legal', fields: ['reason', 'customerAtFault'] },
  resume: { label: 'Resume from legal', fields: [] },
  dismiss: { label: 'Dismiss', fields: ['reason'] },
  close: {
    label: 'Close',
    fields: ['unansweredReason', 'carryOver'],
    optional: ['unansweredReason', 'carryOver'],
  },
  reopen: { label: 'Reopen', fields: ['reason'] },
};

export function widgetFor(r: Requirement | { field: string; source: 'contract' }): Widget {
  if (r.source === 'playbook') {
    const label = r.description;
    if (r.kind === 'url') return { kind: 'url', label };
    if (r.kind === 'list') return { kind: 'list', label, ...(r.min ? { min: r.min } : {}) };
    if (r.kind === 'boolean') return { kind: 'boolean', label };
    return { kind: 'text', label, long: true, ...(r.min ? { min: r.min } : {}) };
  }
  return CONTRACT[r.field] ?? { kind: 'text', label: r.field, long: false };
}

/** Reads a generated form back into the evidence object the transition takes. */
export function readEvidence(
  form: HTMLFormElement,
  fields: { field: string; widget: Widget }[],
  optional: string[] = [],
) {
  const data = new FormData(form);
  const evidence: Record<string, unknown> = {};
  for (const { field, widget } of fields) {
    const one = (name: string) => String(data.get(name) ?? '').trim();
    switch (widget.kind) {
      case 'statement': {
        const id = one(`${field}.statementId`);
        if (id) evidence.statementId = id;
        else if (one(field)) evidence.statement = one(field);
        break;
      }
      case 'checks':
        evidence[field] = data.getAll(field).map(String);
        break;
      case 'boolean':
        evidence[field] = data.get(field) === 'on';
        break;
      case 'list':
        evidence[field] = one(field)
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean);
        break;
      case 'rows': {
        const rows: Record<string, string>[] = [];
        const count = Number(one(`${field}.count`) || '1');
        for (let i = 0; i < count; i++) {
          const row: Record<string, string> = {};
          for (const c of widget.columns) {
            const v = one(`${field}.${i}.${c.name}`);
            if (v) row[c.name] = c.type === 'date' ? new Date(`${v}T12:00:00Z`).toISOString() : v;
          }
          if (Object.keys(row).length > 0) rows.push(row);
        }
        evidence[field] = rows;
        break;
      }
      case 'object': {
        const o: Record<string, unknown> = {};
        for (const p of widget.parts) {
          const v = one(`${field}.${p.name}`);
          if (!v) continue;
          o[p.name] = p.name === 'value' ? Number(v) : p.name === 'evidence' ? [v] : v;
        }
        evidence[field] = o;
        break;
      }
      default: {
        const v = one(field);
        if (v || !optional.includes(field)) evidence[field] = v;
      }
    }
    if (optional.includes(field) && (evidence[field] === '' || evidence[field] === undefined))
      delete evidence[field];
  }
  return evidence;
}
