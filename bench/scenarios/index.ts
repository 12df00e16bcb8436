// The registry: one file per scenario, listed here in the order they run (and appear in the report).
import type { Scenario } from '../lib/types.ts';
import health from './health.ts';

export const scenarios: Scenario[] = [health];
