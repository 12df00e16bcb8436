import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlaybook } from '../../../src/domain/playbooks/parse-playbook.ts';
import { PlaybookSchema, SEVERITIES } from '../../../src/domain/playbooks/playbook.schema.ts';
import { approvalRule } from '../../../src/domain/statements/statement.approval.ts';
import { loadPlaybooks } from '../../../src/services/playbook-loader.ts';
import { playbookInput } from '../../fixtures/playbook.fixture.ts';

describe('playbook approval block', () => {
  it('should make the shipped playbooks require approval at critical severity only', async () => {
    const shipped = await loadPlaybooks(join(import.meta.dirname, '../../../playbooks'));
    expect(shipped.length).toBeGreaterThan(0);
    for (const { playbook } of shipped) {
      const required = SEVERITIES.filter((s) => approvalRule(playbook, s).required);
      expect(required, playbook.id).toEqual(['critical']);
    }
  });

  it('should load a playbook without the block unchanged (no key added, so its version stays), needing no approval', () => {
    const old = PlaybookSchema.parse(playbookInput());
    // The version is the hash of the parsed content: a default filled in here would give every old playbook a new one.
    expect(Object.keys(old)).not.toContain('approval');
    for (const s of SEVERITIES) expect(approvalRule(old, s).required).toBe(false);
  });

  it('should refuse an approver role that cannot change anything, naming the path', () => {
    const text = JSON.stringify({
      ...playbookInput(),
      approval: { critical: { required: true, roles: ['dashboard'] } },
    });
    const result = parsePlaybook(text, 'test-playbook.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('approval.critical.roles[0]');
  });
});
