import type { Playbook } from '../playbooks/playbook.schema.ts';
import { SEVERITIES, STAGES } from '../playbooks/playbook.schema.ts';
import { buildIncidentMachine } from './incident.machine.ts';

// Every transition carries it (defence in depth); printing it on each arrow would only add noise.
const EVERYWHERE_GUARD = 'evidenceValid';

/**
 * A Mermaid `stateDiagram-v2` of the playbook's incident machine, read from the machine definition (states,
 * transitions, guards), so it cannot drift from what actually runs. Each 5P stage notes its deadlines.
 */
export function toMermaid(playbook: Playbook): string {
  const machine = buildIncidentMachine(playbook);
  const lines = ['stateDiagram-v2', `  %% ${playbook.id}: every transition also requires valid evidence`];
  const initial = machine.root.initial.target[0]?.key;
  if (initial) lines.push(`  [*] --> ${initial}`);
  for (const [name, node] of Object.entries(machine.root.states)) {
    if ((STAGES as readonly string[]).includes(name)) {
      const stage = playbook.stages[name as keyof Playbook['stages']];
      const due = SEVERITIES.map((severity) => `${severity} ${stage.deadlines[severity]}`).join(', ');
      lines.push(`  ${name} : ${name} (due ${due}; from ${stage.deadlineFrom})`);
    }
    for (const [event, transitions] of node.transitions) {
      for (const transition of transitions) {
        const target = transition.target?.[0]?.key ?? name;
        const guard = describeGuard(transition.guard);
        lines.push(`  ${name} --> ${target} : ${event}${guard ? ` [${guard}]` : ''}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A guard as text: `name`, `name(param)`, or the parts of an `and([...])` joined with `&&`. */
function describeGuard(guard: unknown): string {
  if (guard === undefined || guard === null || guard === EVERYWHERE_GUARD) return '';
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function' && 'guards' in guard && Array.isArray(guard.guards)) {
    return guard.guards.map(describeGuard).filter(Boolean).join(' && ');
  }
  if (typeof guard === 'object' && 'type' in guard && guard.type !== EVERYWHERE_GUARD) {
    const params = 'params' in guard && guard.params ? Object.values(guard.params).join(', ') : '';
    return params ? `${String(guard.type)}(${params})` : String(guard.type);
  }
  return '';
}
