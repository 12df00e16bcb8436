import { describe, expect, it } from 'vitest';
import { type EvidenceError, validateEvidence } from '../../../src/domain/incidents/index.ts';
import type { Severity } from '../../../src/domain/playbooks/playbook.schema.ts';
import { admissionText, apologyText, validEvidence } from '../../fixtures/evidence.fixture.ts';
import { makePlaybook } from '../../fixtures/playbook.fixture.ts';
import { ROUTE, step, stepOk, walk } from './incident.helpers.ts';

const playbook = makePlaybook();
const ctx = { severity: 'medium' as Severity, previousStatements: [], complaintChannels: ['facebook'] };
const rules = (errors: EvidenceError[]) => errors.map(({ field, rule }) => `${field}:${rule}`);
const refused = (...args: Parameters<typeof validateEvidence>) => {
  const result = validateEvidence(...args);
  return result.ok ? [] : rules(result.errors);
};

describe('stepIncident evidence', () => {
  it('should accept an apology in English and one in Polish', () => {
    for (const language of ['en', 'pl'] as const) {
      const outcome = stepOk(playbook, walk(playbook, []), 'apologise', {
        evidence: validEvidence('apologise', { language }),
      });
      expect(outcome.view.state).toBe('admit');
    }
  });

  it('should accept an admission in Polish', () => {
    const evidence = {
      statement: admissionText('pl'),
      cause: 'Awaria drukarki etykiet zatrzymała pakowanie.',
    };
    expect(stepOk(playbook, walk(playbook, ROUTE.admit), 'admit', { evidence }).view.state).toBe(
      'counteract',
    );
  });

  it('should list every failing field of a refused stage with its rule', () => {
    const outcome = step(playbook, walk(playbook, []), 'apologise', {
      evidence: { statement: 'Polish: ok, nothing happened here at all, just wait for it.', channels: [] },
    });
    expect(
      !outcome.ok && outcome.rejection.kind === 'invalid_evidence' && rules(outcome.rejection.errors),
    ).toEqual(['evidence.channels:min_items', 'evidence.statement:apology_phrase']);
  });
});

describe('validateEvidence', () => {
  it('should require the default fields of each event', () => {
    expect(refused(playbook, 'apologise', {}, ctx)).toEqual([
      'evidence.statement:required',
      'evidence.channels:required',
    ]);
    expect(refused(playbook, 'admit', undefined, ctx)).toEqual([
      'evidence.statement:required',
      'evidence.cause:required',
    ]);
    expect(refused(playbook, 'counteract', { actions: [] }, ctx)).toEqual(['evidence.actions:min_items']);
    expect(refused(playbook, 'counteract', { actions: [{ description: 'x' }] }, ctx)).toEqual([
      'evidence.actions[0].owner:required',
    ]);
    expect(
      refused(playbook, 'improve', { changes: [{ description: 'x', owner: 'y', dueAt: 'soon' }] }, ctx),
    ).toEqual(['evidence.changes[0].dueAt:format']);
    expect(refused(playbook, 'compensate', { offer: { kind: 'hug', description: ' ' } }, ctx)).toEqual([
      'evidence.offer.kind:enum',
      'evidence.offer.description:min_length',
    ]);
    for (const event of ['dismiss', 'reopen'] as const) {
      expect(refused(playbook, event, { reason: '   ' }, ctx)).toEqual(['evidence.reason:min_length']);
    }
    // Changed in v1.1: lawyers only with the customer's fault and its proof.
    expect(refused(playbook, 'escalate_legal', { reason: '   ' }, ctx)).toEqual([
      'evidence.reason:min_length',
      'evidence.customerAtFault:required',
    ]);
    expect(refused(playbook, 'set_severity', { severity: 'huge' }, ctx)).toEqual([
      'evidence.severity:enum',
      'evidence.reason:required',
    ]);
  });

  it('should need no evidence for close and resume, but refuse evidence that is not an object or has unknown fields', () => {
    expect(validateEvidence(playbook, 'close', undefined, ctx).ok).toBe(true);
    expect(validateEvidence(playbook, 'resume', {}, ctx).ok).toBe(true);
    expect(refused(playbook, 'resume', { note: 'x' }, ctx)).toEqual(['evidence.note:unknown_field']);
    expect(refused(playbook, 'close', 'done', ctx)).toEqual(['evidence:type']);
    expect(refused(playbook, 'close', [1], ctx)).toEqual(['evidence:type']);
  });

  it('should apply the statement rules: apology phrase, length, blame and canned texts', () => {
    const blame = 'We are sorry, but honestly it was your fault that the parcel came back to our depot.';
    expect(refused(playbook, 'apologise', { statement: blame, channels: ['facebook'] }, ctx)).toEqual([
      'evidence.statement:blame',
    ]);
    expect(refused(playbook, 'apologise', { statement: 'Sorry.', channels: ['facebook'] }, ctx)).toEqual([
      'evidence.statement:min_length',
    ]);
    const statement = apologyText('pl');
    const canned = { ...ctx, previousStatements: [statement] };
    expect(refused(playbook, 'apologise', { statement, channels: ['facebook'] }, canned)).toEqual([
      'evidence.statement:canned',
    ]);
    expect(
      refused(
        playbook,
        'admit',
        { statement: 'To twoja wina, nie nasza, i tak zostanie na zawsze.', cause: 'x' },
        ctx,
      ),
    ).toEqual(['evidence.statement:blame']);
  });

  it('should require the apology on every channel customers complained on', () => {
    const channels = { ...ctx, complaintChannels: ['facebook', 'X', 'review'] };
    const evidence = { statement: apologyText(), channels: ['Facebook', 'x'] };
    expect(refused(playbook, 'apologise', evidence, channels)).toEqual(['evidence.channels:channels']);
    expect(
      validateEvidence(
        playbook,
        'apologise',
        { ...evidence, channels: ['facebook', 'x', 'review'] },
        channels,
      ).ok,
    ).toBe(true);
  });

  it('should refuse an offer above the ceiling of the severity or in another currency', () => {
    const offer = (value: number, currency?: string) => ({
      offer: { kind: 'refund', description: 'Refund.', value, currency },
    });
    expect(validateEvidence(playbook, 'compensate', offer(100, 'PLN'), ctx).ok).toBe(true);
    expect(refused(playbook, 'compensate', offer(101, 'PLN'), ctx)).toEqual(['evidence.offer.value:ceiling']);
    expect(validateEvidence(playbook, 'compensate', offer(101, 'PLN'), { ...ctx, severity: 'high' }).ok).toBe(
      true,
    );
    expect(refused(playbook, 'compensate', offer(10, 'EUR'), ctx)).toEqual([
      'evidence.offer.currency:currency',
    ]);
    expect(refused(playbook, 'compensate', offer(10), ctx)).toEqual(['evidence.offer.currency:currency']);
    expect(
      validateEvidence(playbook, 'compensate', { offer: { kind: 'gift', description: 'Mug.' } }, ctx).ok,
    ).toBe(true);
  });

  it('should refuse setting the severity the incident already has', () => {
    expect(refused(playbook, 'set_severity', { severity: 'medium', reason: 'Same.' }, ctx)).toEqual([
      'evidence.severity:unchanged',
    ]);
  });

  it("should require the playbook's extra fields of each kind", () => {
    const strict = makePlaybook({
      stages: {
        counteract: {
          requires: [
            { field: 'ticket', kind: 'text', min: 5, description: 'Courier ticket' },
            { field: 'notice', kind: 'url', description: 'Public notice' },
            { field: 'orders', kind: 'list', min: 2, description: 'Affected orders' },
            { field: 'salesStopped', kind: 'boolean', description: 'Sales stopped' },
          ],
        },
      },
    });
    const base = validEvidence('counteract');
    expect(refused(strict, 'counteract', base, ctx)).toEqual([
      'evidence.ticket:required',
      'evidence.notice:required',
      'evidence.orders:required',
      'evidence.salesStopped:required',
    ]);
    const bad = { ...base, ticket: 'T-1', notice: 'ftp://x', orders: ['A'], salesStopped: false };
    expect(refused(strict, 'counteract', bad, ctx)).toEqual([
      'evidence.ticket:min_length',
      'evidence.notice:format',
      'evidence.orders:min_items',
      'evidence.salesStopped:required',
    ]);
    expect(
      validateEvidence(strict, 'counteract', validEvidence('counteract', { playbook: strict }), ctx).ok,
    ).toBe(true);
  });

  it('should write messages for people, naming the extra field', () => {
    const strict = makePlaybook({
      stages: { admit: { requires: [{ field: 'orders', kind: 'list', description: 'Affected orders' }] } },
    });
    const result = validateEvidence(strict, 'admit', validEvidence('admit'), ctx);
    expect(!result.ok && result.errors[0]?.message).toMatch(/^Affected orders: /);
  });
});
