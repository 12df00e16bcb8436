import { describe, expect, it } from 'vitest';
import { validateEvidence } from '../../../src/domain/incidents/incident.evidence.ts';
import { openIncident } from '../../../src/domain/incidents/incident.step.ts';
import { stepIncident } from '../../../src/domain/incidents/index.ts';
import type { StatementRef } from '../../../src/domain/incidents/statement-evidence.ts';
import { checkDraft } from '../../../src/domain/statements/statement.checks.ts';
import { apologyText } from '../../fixtures/evidence.fixture.ts';
import { makePlaybook } from '../../fixtures/playbook.fixture.ts';

const INCIDENT = '11111111-1111-4111-8111-111111111111';
const ID = '22222222-2222-4222-8222-222222222222';
const playbook = makePlaybook({ approval: { critical: { required: true } } });
const base = { previousStatements: [], complaintChannels: ['facebook'] };
const ref = (over: Partial<StatementRef> = {}): StatementRef => ({
  id: ID,
  incidentId: INCIDENT,
  stage: 'apologise',
  status: 'approved',
  text: apologyText(),
  channels: ['facebook'],
  decisions: [
    { by: { actor: 'Marek', keyId: null }, decision: 'approve', note: null, at: '2026-03-02T09:05:00Z' },
  ],
  ...over,
});
const check = (
  evidence: Record<string, unknown>,
  severity: 'high' | 'critical',
  statement?: StatementRef | null,
) =>
  validateEvidence(playbook, 'apologise', evidence, {
    ...base,
    severity,
    ...(statement !== undefined ? { named: { incidentId: INCIDENT, statement } } : {}),
  });

describe('apologise/admit with evidence.statementId', () => {
  it('should refuse an inline statement where the playbook requires approval, and only there', () => {
    const inline = { statement: apologyText(), channels: ['facebook'] };
    expect(check(inline, 'high').ok).toBe(true);
    expect(check(inline, 'critical')).toEqual({
      ok: false,
      errors: [expect.objectContaining({ field: 'evidence.statement', rule: 'approval_required' })],
    });
    expect(check({ channels: ['facebook'] }, 'critical')).toMatchObject({
      errors: [{ rule: 'approval_required' }],
    });
  });

  it('should publish an approved draft of the stage and incident, its text and channels standing in', () => {
    const draft = ref();
    const result = check({ statementId: ID }, 'critical', draft);
    expect(result).toEqual({
      ok: true,
      evidence: { statementId: ID, statement: draft.text, channels: ['facebook'] },
    });
    // The normalised evidence passes again (the machine's guard validates it a second time).
    if (result.ok) expect(check(result.evidence, 'critical', draft).ok).toBe(true);
  });

  it('should refuse a draft that is unknown, of another incident or stage, not approved, or contradicted', () => {
    const rule = (
      statement: StatementRef | null,
      evidence: Record<string, unknown> = { statementId: ID },
    ) => {
      const result = check(evidence, 'critical', statement);
      return result.ok ? 'ok' : result.errors.map((e) => `${e.field} ${e.rule}`);
    };
    expect(rule(null)).toEqual(['evidence.statementId statement_unknown']);
    expect(rule(ref({ incidentId: ID }))).toEqual(['evidence.statementId statement_unknown']);
    expect(rule(ref({ stage: 'admit' }))).toEqual(['evidence.statementId statement_stage']);
    for (const status of ['pending_approval', 'rejected', 'published'] as const) {
      expect(rule(ref({ status }))).toEqual(['evidence.statementId statement_not_approved']);
    }
    expect(rule(ref(), { statementId: 'nope' })).toEqual(['evidence.statementId type']);
    // Approved at drafting (no approval needed then), published where a second person must have read it.
    expect(rule(ref({ decisions: [] }))).toEqual(['evidence.statementId approval_required']);
    expect(check({ statementId: ID }, 'high', ref({ decisions: [] })).ok).toBe(true);
    expect(rule(ref(), { statementId: ID, statement: apologyText() })).toEqual(['evidence.statement one_of']);
  });

  it('should report the published draft’s id in the step’s effect', () => {
    const draft = ref();
    const opened = openIncident(playbook, { severity: 'critical', now: new Date('2026-03-02T09:00:00Z') });
    const outcome = stepIncident(
      playbook,
      opened.snapshot,
      { type: 'apologise', evidence: { statementId: ID } },
      { ...base, now: new Date('2026-03-02T09:10:00Z'), named: { incidentId: INCIDENT, statement: draft } },
    );
    expect(outcome.ok && outcome.effects).toContainEqual({
      type: 'statement_published',
      stage: 'apologise',
      text: draft.text,
      statementId: ID,
    });
  });
});

describe('checkDraft', () => {
  it('should list every rule of the stage, passed or not, with the failures for a 422', () => {
    const ok = checkDraft(
      playbook,
      { stage: 'apologise', text: apologyText(), channels: ['facebook'] },
      base,
    );
    expect(ok.failures).toEqual([]);
    expect(ok.checks.map((c) => c.rule)).toEqual([
      'min_length',
      'apology_phrase',
      'non_apology',
      'blame',
      'tone',
      'canned',
      'channels',
    ]);
    expect(ok.checks.every((c) => c.ok)).toBe(true);

    const bad = checkDraft(playbook, { stage: 'admit', text: 'WE ARE VERY SORRY!!!', channels: [] }, base);
    expect(bad.checks.map((c) => c.rule)).toEqual(
      expect.arrayContaining(['min_length', 'blame', 'tone', 'canned']),
    );
    expect(bad.checks.some((c) => c.rule === 'channels')).toBe(false);
    expect(bad.failures.map((f) => f.field)).toEqual(bad.failures.map(() => 'body.text'));
    expect(bad.checks.filter((c) => !c.ok).map((c) => c.rule)).toEqual(bad.failures.map((f) => f.rule));
  });
});
