import { join } from 'node:path';
import { getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import type { SnapshotFrom } from 'xstate';
import {
  allowedEventsIn,
  buildIncidentMachine,
  type IncidentMachine,
  type IncidentMachineEvent,
  type IncidentState,
  openIncident,
  stepIncident,
} from '../../../src/domain/incidents/index.ts';
import { type Playbook, type Severity, STAGES } from '../../../src/domain/playbooks/playbook.schema.ts';
import { loadPlaybooks } from '../../../src/services/playbook-loader.ts';
import { validEvidence } from '../../fixtures/evidence.fixture.ts';
import { makePlaybook } from '../../fixtures/playbook.fixture.ts';

const NOW = '2025-03-03T08:00:00.000Z';
// set_severity always moves on to the next severity, so the traversal meets all four.
const ROTATE: Record<Severity, Severity> = {
  low: 'medium',
  medium: 'high',
  high: 'critical',
  critical: 'low',
};

interface GeneratedPath {
  transition: string;
  events: IncidentMachineEvent[];
}

/** "source event target" for every transition in the machine definition (targetless ones stay in place). */
function definedTransitions(machine: IncidentMachine): Set<string> {
  const all = new Set<string>();
  for (const [name, node] of Object.entries(machine.root.states)) {
    for (const [event, transitions] of node.transitions) {
      for (const t of transitions) all.add(`${name} ${event} ${t.target?.[0]?.key ?? name}`);
    }
  }
  return all;
}

/**
 * Paths generated with @xstate/graph, each event carrying valid evidence: the shortest path to every
 * reachable state, extended by every transition that state enables. The shortest such path is kept for
 * each defined transition.
 */
function generatePaths(playbook: Playbook): GeneratedPath[] {
  const machine = buildIncidentMachine(playbook);
  type Snapshot = SnapshotFrom<IncidentMachine>;
  const options = {
    input: { severity: 'medium' as Severity, now: NOW },
    events: (snapshot: Snapshot): IncidentMachineEvent[] =>
      allowedEventsIn(machine, snapshot.value as IncidentState).map((type) => ({
        type,
        now: NOW,
        evidence: validEvidence(type, {
          playbook,
          severity: snapshot.context.severity,
          toSeverity: ROTATE[snapshot.context.severity],
        }),
        previousStatements: [],
        complaintChannels: ['facebook'],
      })),
    // What can differ between two incidents at the same instant; deadlines follow from these.
    serializeState: (s: Snapshot) =>
      JSON.stringify([s.value, s.context.severity, s.context.completedStages, s.context.legalReturnTo]),
  };
  const shortest = new Map(
    getShortestPaths(machine, options).map((path) => [
      options.serializeState(path.state),
      // The first step of every path is the synthetic `xstate.init`, not an event to send.
      path.steps.map((step) => step.event).filter((event) => (event.type as string) !== 'xstate.init'),
    ]),
  );
  const byTransition = new Map<string, GeneratedPath>();
  for (const [key, { state, transitions }] of Object.entries(getAdjacencyMap(machine, options))) {
    const edges = Object.values(transitions) as { event: IncidentMachineEvent; state: Snapshot }[];
    for (const { event, state: next } of edges) {
      if (next === state) continue; // refused: xstate hands back the same snapshot
      const transition = `${state.value} ${event.type} ${next.value}`;
      const events = [...(shortest.get(key) ?? []), event];
      const known = byTransition.get(transition);
      if (!known || known.events.length > events.length) byTransition.set(transition, { transition, events });
    }
  }
  return [...byTransition.values()];
}

// Top-level await: the shipped playbooks must be known when the tests are collected, one test each.
const shipped = await loadPlaybooks(join(import.meta.dirname, '../../../playbooks'));
const cases: { name: string; playbook: Playbook }[] = [
  { name: 'fixture', playbook: makePlaybook() },
  { name: 'fixture reopening at improve', playbook: makePlaybook({ reopenTo: 'improve' }) },
  ...shipped.map(({ playbook }) => ({ name: `shipped ${playbook.id}`, playbook })),
];

describe('incident machine paths (@xstate/graph)', () => {
  it('should include the shipped playbooks', () => {
    expect(shipped.length).toBeGreaterThan(0);
  });

  it.each(cases)(
    'should cover every state and transition of the $name playbook with paths stepIncident accepts',
    ({ name, playbook }) => {
      const machine = buildIncidentMachine(playbook);
      const expected = definedTransitions(machine);
      const covered = new Set<string>();
      for (const path of generatePaths(playbook)) {
        let snapshot = openIncident(playbook, { severity: 'medium', now: new Date(NOW) }).snapshot;
        let from = 'apologise';
        let to = 'apologise';
        for (const event of path.events) {
          const ctx = {
            now: new Date(event.now),
            previousStatements: [],
            complaintChannels: event.complaintChannels,
          };
          const outcome = stepIncident(
            playbook,
            snapshot,
            { type: event.type, evidence: event.evidence },
            ctx,
          );
          if (!outcome.ok)
            throw new Error(`${name}: ${path.transition} refused: ${JSON.stringify(outcome.rejection)}`);
          from = to;
          to = outcome.view.state;
          snapshot = outcome.snapshot;
        }
        covered.add(`${from} ${path.events.at(-1)?.type} ${to}`);
      }
      expect([...covered].sort()).toEqual([...expected].sort());
      const states = new Set([...covered].flatMap((t) => [t.split(' ')[0], t.split(' ')[2]]));
      expect(states.size).toBe(Object.keys(machine.root.states).length);
      // 5 stages × 4, legal 7, monitoring 2, closed 1, dismissed 1 per stage up to reopenTo.
      expect(expected.size).toBe(31 + STAGES.indexOf(playbook.reopenTo));
    },
  );
});
