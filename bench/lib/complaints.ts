// Complaint bodies for the ingest scenarios: every externalId unique across runs (a repeat would be a 200
// replay, not an ingest), every complaint correlated to an open incident through `incidentId`.
import { randomUUID } from 'node:crypto';

const SOURCES = ['facebook', 'instagram', 'x', 'tiktok', 'review', 'email', 'chat'] as const;

export function complaintFactory(incidentIds: readonly string[]) {
  const run = randomUUID().slice(0, 8);
  let n = 0;
  return () => {
    const k = n++;
    return {
      source: SOURCES[k % SOURCES.length]!,
      externalId: `bench-${run}-${k}`,
      text: `Bench complaint ${k}: my order ORD-${100000 + k} is late and nobody answers my messages.`,
      author: `Customer ${k % 977}`,
      incidentId: incidentIds[k % incidentIds.length]!,
    };
  };
}
