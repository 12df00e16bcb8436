// The registry: one file per scenario, listed here in the order they run (and appear in the report).
import type { Scenario } from '../lib/types.ts';
import complaintsBatch from './complaints-batch.ts';
import complaintsSingle from './complaints-single.ts';
import complaintsSoak from './complaints-soak.ts';
import deadlineBurst from './deadline-burst.ts';
import health from './health.ts';
import { list100k, list100kMixed, list100kPlaybook } from './list-100k.ts';
import next from './next.ts';
import poll304 from './poll-304.ts';
import read200 from './read-200.ts';
import statementsCheck from './statements-check.ts';
import transitions from './transitions.ts';

export const scenarios: Scenario[] = [
  health,
  poll304,
  read200,
  next,
  statementsCheck,
  transitions,
  complaintsSingle,
  complaintsBatch,
  deadlineBurst,
  // Last: 100,000 seeded incidents would otherwise sit under every scenario after them.
  list100k,
  list100kPlaybook,
  list100kMixed,
  // Manual (`--only complaints-soak`): a million complaints take minutes.
  complaintsSoak,
];
