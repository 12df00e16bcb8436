import type { IncidentState } from '../incidents/incident.types.ts';

/** Newest complaint ids a topic shows as its sample. */
export const FEEDBACK_SAMPLE_SIZE = 5;

/** One topic of the feedback digest: how many complaints mention it, from which channels, a few of them. */
export interface FeedbackTopic {
  topic: string;
  count: number;
  /** Complaint source → how many of the topic's complaints came from it. */
  channels: Record<string, number>;
  /** Up to {@link FEEDBACK_SAMPLE_SIZE} complaint ids, newest first. */
  sample: string[];
}

/**
 * What customers said, by topic (GET /v1/feedback and the `feedback.digest` event): `total` counts every
 * complaint in scope, with or without topics, so a complaint with two topics counts once there and once in
 * each topic. Topics are ordered by count, most first, then by name.
 */
export interface FeedbackDigest {
  total: number;
  topics: FeedbackTopic[];
}

/**
 * Why a step sends `feedback.digest`, or null: when the incident enters `improve` (what to change comes
 * from what customers said) and when it closes. The service asks this to read the topics only then, and
 * the planner to add the event: the rule lives here once.
 */
export function digestOccasion(fromState: string, toState: IncidentState): 'improve' | 'closed' | null {
  if (fromState === toState) return null;
  if (toState === 'improve') return 'improve';
  if (toState === 'closed') return 'closed';
  return null;
}
