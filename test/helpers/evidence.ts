import { randomInt } from 'node:crypto';
import type { Playbook, Stage } from '../../src/domain/playbooks/playbook.schema.ts';

const WORDS = (
  'parcel courier warehouse delay order customer refund team shift weekend storm backlog route driver hub ' +
  'scanner label system update invoice payment card bank inbox message reply chat review star photo video ' +
  'thread comment profile page brand promise week morning evening tomorrow today friday monday schedule ' +
  'partner supplier factory batch product sample quality check test lab report notice recall stock shelf ' +
  'store city region country border customs truck van bike locker pickup point address phone email ticket ' +
  'agent manager director engineer analyst volunteer neighbour family friend community forum group channel ' +
  'window kitchen garden balcony office school clinic station airport harbour bridge tunnel river mountain'
).split(' ');

/** A statement no earlier test wrote: random words, so the no-canned-answers rule never trips. */
export function freshText(prefix: string, words = 40): string {
  const body = Array.from({ length: words }, () => WORDS[randomInt(WORDS.length)]).join(' ');
  return `${prefix} ${body}.`;
}

function extraValue(kind: string, min = 1): unknown {
  switch (kind) {
    case 'url':
      return `https://example.com/notice/${randomInt(1e9)}`;
    case 'list':
      return Array.from({ length: Math.max(min, 1) }, (_, i) => `item ${i + 1} ${freshText('entry', 4)}`);
    case 'boolean':
      return true;
    default:
      return freshText('Details:', Math.max(8, Math.ceil(min / 5) + 2));
  }
}

/** Valid evidence for a 5P event under a playbook, including the playbook's extra requirements. */
export function validEvidence(
  playbook: Playbook,
  stage: Stage,
  options: { channels?: string[] } = {},
): Record<string, unknown> {
  const def = playbook.stages[stage];
  const extras = Object.fromEntries(def.requires.map((r) => [r.field, extraValue(r.kind, r.min)]));
  const longEnough = Math.max(def.minStatementLength ?? 0, 60);
  const words = Math.ceil(longEnough / 5) + 10;
  switch (stage) {
    case 'apologise':
      return {
        statement: freshText('We are sorry, and we apologise to everyone affected.', words),
        channels: options.channels ?? ['facebook'],
        ...extras,
      };
    case 'admit':
      return {
        statement: freshText('We made a mistake and we own it.', words),
        cause: freshText('The cause was', 10),
        ...extras,
      };
    case 'counteract':
      return { actions: [{ description: freshText('Action', 8), owner: 'Ops lead' }], ...extras };
    case 'improve':
      return {
        changes: [
          {
            description: freshText('Change', 8),
            owner: 'Head of logistics',
            dueAt: '2030-01-15T12:00:00.000Z',
          },
        ],
        ...extras,
      };
    case 'compensate':
      return {
        offer: {
          kind: 'voucher',
          description: 'A voucher for the next order',
          value: 1,
          currency: playbook.compensation.ceilings.low.currency,
        },
        ...extras,
      };
  }
}
