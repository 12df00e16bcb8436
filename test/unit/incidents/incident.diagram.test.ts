import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildIncidentMachine, toMermaid } from '../../../src/domain/incidents/index.ts';
import { makePlaybook } from '../../fixtures/playbook.fixture.ts';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../../..');

describe('toMermaid', () => {
  it('should draw a stateDiagram-v2 starting in apologise', () => {
    const diagram = toMermaid(makePlaybook());
    expect(diagram.split('\n').slice(0, 3)).toEqual([
      'stateDiagram-v2',
      '  %% test-playbook: every transition also requires valid evidence',
      '  [*] --> apologise',
    ]);
  });

  it('should draw one arrow per transition of the machine, guards included', () => {
    const playbook = makePlaybook({ reopenTo: 'admit' });
    const arrows = toMermaid(playbook)
      .split('\n')
      .filter((line) => line.includes('-->') && !line.includes('[*]'));
    let transitions = 0;
    for (const node of Object.values(buildIncidentMachine(playbook).root.states)) {
      for (const list of node.transitions.values()) transitions += list.length;
    }
    expect(arrows).toHaveLength(transitions);
    expect(arrows).toEqual(
      expect.arrayContaining([
        '  apologise --> admit : apologise',
        '  admit --> admit : set_severity',
        '  legal --> improve : resume [returnsTo(improve)]',
        '  closed --> admit : reopen',
        '  dismissed --> apologise : reopen [reopensTo(apologise)]',
        '  dismissed --> admit : reopen [reopensTo(admit)]',
      ]),
    );
  });

  it("should note each stage's deadlines and anchor", () => {
    const diagram = toMermaid(makePlaybook({ stages: { counteract: { deadlineFrom: 'opened' } } }));
    expect(diagram).toContain(
      '  counteract : counteract (due low P3D, medium P2D, high PT24H, critical PT12H; from opened)',
    );
  });
});

describe('npm run playbooks:diagram', () => {
  const cli = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/playbooks-diagram.ts', ...args], { cwd: ROOT });

  it('should print the diagram of a shipped playbook', { timeout: 20_000 }, async () => {
    const { stdout } = await cli('delivery-delay');
    expect(stdout).toMatch(/^stateDiagram-v2\n/);
    expect(stdout).toContain('monitoring --> closed : close');
  });

  it('should exit 1 with the known ids for an unknown playbook', { timeout: 20_000 }, async () => {
    const failure = await cli('no-such-playbook').then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/Unknown playbook "no-such-playbook".*delivery-delay/);
  });
});
