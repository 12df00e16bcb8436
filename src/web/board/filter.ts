import type { Card } from './store';

/** What the board shows: by playbook, severity, breached, and whether closed and dismissed ones too. */
export interface Filter {
  playbookId: string;
  severity: string;
  breached: boolean;
  done: boolean;
}

export const ALL: Filter = { playbookId: '', severity: '', breached: false, done: false };
/** Wall mode cycles through these, one every WALL_MS. */
export const WALL_CYCLE: Filter[] = [
  ALL,
  { ...ALL, breached: true },
  { ...ALL, severity: 'critical' },
  { ...ALL, severity: 'high' },
];
export const WALL_MS = 15_000;

export function matches(i: Card, f: Filter): boolean {
  return (
    (!f.playbookId || i.playbookId === f.playbookId) &&
    (!f.severity || i.severity === f.severity) &&
    (!f.breached || i.deadline?.breached === true)
  );
}
