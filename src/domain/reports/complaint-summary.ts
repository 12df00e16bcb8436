/** What the report needs of one complaint. */
export interface ComplaintFacts {
  source: string;
  receivedAt: string;
  /** When the first public reply went out; null while unanswered. */
  answeredAt: string | null;
  firstReplyBreached: boolean;
}

export interface ComplaintSummary {
  total: number;
  /** Complaints per channel (the complaint's `source`), channels in name order. */
  byChannel: Record<string, number>;
  /** Complaints per UTC hour they were received in, oldest hour first; hours without any are left out. */
  byHour: { hour: string; count: number }[];
  answered: number;
  firstReply: {
    /** From receipt to the first public reply, over the answered complaints; null when none is answered. */
    medianMs: number | null;
    p90Ms: number | null;
    /** Complaints the worker found unanswered at their first-reply time. */
    breached: number;
  };
}

const HOUR_MS = 3_600_000;

/** Counts and first-reply times of an incident's complaints. */
export function summariseComplaints(complaints: readonly ComplaintFacts[]): ComplaintSummary {
  const byChannel: Record<string, number> = {};
  const byHour = new Map<number, number>();
  const waits: number[] = [];
  let breached = 0;
  for (const c of complaints) {
    byChannel[c.source] = (byChannel[c.source] ?? 0) + 1;
    const received = Date.parse(c.receivedAt);
    const hour = Math.floor(received / HOUR_MS) * HOUR_MS;
    byHour.set(hour, (byHour.get(hour) ?? 0) + 1);
    if (c.answeredAt !== null) waits.push(Math.max(0, Date.parse(c.answeredAt) - received));
    if (c.firstReplyBreached) breached++;
  }
  waits.sort((a, b) => a - b);
  return {
    total: complaints.length,
    byChannel: Object.fromEntries(Object.entries(byChannel).sort(([a], [b]) => a.localeCompare(b))),
    byHour: [...byHour.entries()]
      .sort(([a], [b]) => a - b)
      .map(([hour, count]) => ({ hour: new Date(hour).toISOString(), count })),
    answered: waits.length,
    firstReply: { medianMs: median(waits), p90Ms: nearestRank(waits, 0.9), breached },
  };
}

/** The median of sorted values (the mean of the middle two for an even count). */
function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** The nearest-rank percentile: the smallest value at or above which `p` of the values lie. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}
