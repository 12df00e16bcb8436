import { describe, expect, it } from 'vitest';
import { INCIDENT_EVENTS, validateEvidence } from '../../../src/domain/incidents/index.ts';
import { statementSimilarity } from '../../../src/domain/statements/statement.rules.ts';
import { admissionText, apologyText, validEvidence } from '../../fixtures/evidence.fixture.ts';
import { makeBusinessHoursPlaybook, makePlaybook } from '../../fixtures/playbook.fixture.ts';

describe('validEvidence (fixture)', () => {
  it('should give evidence every event accepts, for the fixture playbooks and every severity', () => {
    for (const playbook of [makePlaybook(), makeBusinessHoursPlaybook()]) {
      for (const severity of ['low', 'medium', 'high', 'critical'] as const) {
        for (const event of INCIDENT_EVENTS) {
          const ctx = { severity, previousStatements: [], complaintChannels: ['email'] };
          const evidence = validEvidence(event, { playbook, severity, complaintChannels: ['email'] });
          expect(validateEvidence(playbook, event, evidence, ctx)).toMatchObject({ ok: true });
        }
      }
    }
  });

  it('should never write two statements the canned rule would take for copies', () => {
    for (const language of ['en', 'pl'] as const) {
      const texts = Array.from({ length: 30 }, (_, i) =>
        i % 2 ? apologyText(language) : admissionText(language),
      );
      for (const [i, a] of texts.entries()) {
        for (const b of texts.slice(i + 1)) expect(statementSimilarity(a, b)).toBeLessThan(0.7);
      }
    }
  });
});
