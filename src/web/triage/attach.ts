import { problemSentence, readProblem } from '../api/problem.ts';
import { t } from '../i18n/t.ts';

/** At most this many complaints per request (the API's limit). */
const MAX_IDS = 1000;
/** A bound on the filter's repeats: a hundred thousand complaints. */
const MAX_ROUNDS = 100;

/** POST /v1/complaints/attach's answer, as far as the desk reads it. */
export interface BulkAnswer {
  attached: number;
  alreadyAttached: number;
  refused: { complaintId: string; problem: unknown }[];
  matched?: number;
}
/** One request: by ids, or by the filter (typed by the caller, from the API's schema). */
export type AttachBody<F> =
  | { incidentId: string; complaintIds: string[] }
  | { incidentId: string; filter: F };
export type Post<F> = (body: AttachBody<F>) => Promise<{ data?: BulkAnswer; error?: unknown }>;

export type AttachWhat<F> = { ids: string[] } | { filter: F };

export interface AttachOutcome {
  attached: number;
  alreadyAttached: number;
  /** Each refused complaint: who it is from (as the manager knows it) and why, in words. */
  refused: { complaintId: string; who: string; why: string }[];
  /** The whole request failed: its problem in words. */
  failed: string | null;
}

/**
 * Why one complaint was refused, in the triage's own words for the two refusals it knows (the engine's
 * sentence names ids), else the problem's plain sentence.
 */
function refusalWords(problem: unknown): string {
  const p = readProblem(problem);
  if (p.status === 409) return t('triage.refusedElsewhere');
  if (p.status === 404) return t('triage.refusedUnknown');
  return problemSentence(p);
}

/**
 * Attaches in as few requests as the API allows: the ids in chunks of 1000, or the filter again while it
 * still matched more than one request takes and the last one moved some (each request attaches the
 * oldest 1000 it matches).
 */
export async function attach<F>(
  post: Post<F>,
  incidentId: string,
  what: AttachWhat<F>,
  /** Names a refused complaint: read before the list is read again (it may leave the list). */
  who: (complaintId: string) => string,
): Promise<AttachOutcome> {
  const out: AttachOutcome = { attached: 0, alreadyAttached: 0, refused: [], failed: null };
  const bodies: AttachBody<F>[] =
    'ids' in what
      ? Array.from({ length: Math.ceil(what.ids.length / MAX_IDS) }, (_, i) => ({
          incidentId,
          complaintIds: what.ids.slice(i * MAX_IDS, (i + 1) * MAX_IDS),
        }))
      : Array.from({ length: MAX_ROUNDS }, () => ({ incidentId, filter: what.filter }));
  for (const body of bodies) {
    const { data, error } = await post(body);
    if (!data) {
      out.failed = problemSentence(readProblem(error));
      return out;
    }
    out.attached += data.attached;
    out.alreadyAttached += data.alreadyAttached;
    out.refused.push(
      ...data.refused.map((r) => ({
        complaintId: r.complaintId,
        who: who(r.complaintId),
        why: refusalWords(r.problem),
      })),
    );
    if ('filter' in body && !(data.attached > 0 && (data.matched ?? 0) > MAX_IDS)) break;
  }
  return out;
}

/** The outcome in sentences: how many were attached where, how many were there already, how many not. */
export function outcomeWords(o: AttachOutcome, incidentTitle: string): string[] {
  if (o.failed) return [o.failed];
  const said = [t('triage.attached', { n: o.attached, title: incidentTitle })];
  if (o.alreadyAttached > 0) said.push(t('triage.already', { n: o.alreadyAttached }));
  if (o.refused.length > 0) said.push(t('triage.refused', { n: o.refused.length }));
  return said;
}

/** Who a refused complaint is, as the manager knows it: its author, else a plain "a complaint". */
export function whoRefused(id: string, shown: readonly { id: string; author?: string }[]): string {
  return shown.find((x) => x.id === id)?.author ?? t('triage.someComplaint');
}
