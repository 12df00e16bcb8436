import { api, type Complaint, type Incident } from '../api/client';
import { problemSentence, readProblem } from '../api/problem';
import { t } from '../i18n/t';
import type { AttachFilter } from './filter';

/** At most this many complaints per request (the API's limit). */
const MAX_IDS = 1000;
/** A bound on the filter's repeats: a hundred thousand complaints. */
const MAX_ROUNDS = 100;

export type AttachWhat = { ids: string[] } | { filter: AttachFilter };

export interface AttachOutcome {
  attached: number;
  alreadyAttached: number;
  /** Each refused complaint: who it is from (as the manager knows it) and why, in words. */
  refused: { complaintId: string; who: string; why: string }[];
  /** The whole request failed: its problem in words. */
  failed: string | null;
}

/**
 * Attaches in as few requests as the API allows: the ids in chunks of 1000, or the filter again while it
 * still matches more than one request takes (each request attaches the oldest 1000 it matches).
 */
export async function attach(
  incidentId: string,
  what: AttachWhat,
  /** Names a refused complaint: read before the list is read again (it may leave the list). */
  who: (complaintId: string) => string,
): Promise<AttachOutcome> {
  const out: AttachOutcome = { attached: 0, alreadyAttached: 0, refused: [], failed: null };
  const bodies =
    'ids' in what
      ? Array.from({ length: Math.ceil(what.ids.length / MAX_IDS) }, (_, i) => ({
          incidentId,
          complaintIds: what.ids.slice(i * MAX_IDS, (i + 1) * MAX_IDS),
        }))
      : null;
  for (let round = 0; round < (bodies ? bodies.length : MAX_ROUNDS); round++) {
    const body = bodies ? bodies[round]! : { incidentId, filter: (what as { filter: AttachFilter }).filter };
    const { data, error } = await api.POST('/v1/complaints/attach', { body });
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
    // With a filter: more than one request's worth matched, and the last one moved some: send it again.
    if (!bodies && !(data.attached > 0 && (data.matched ?? 0) > MAX_IDS)) break;
  }
  return out;
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

/** The outcome in sentences: how many were attached where, how many were there already. */
export function outcomeWords(o: AttachOutcome, incident: Incident | undefined): string[] {
  if (o.failed) return [o.failed];
  const said = [t('triage.attached', { n: o.attached, title: incident?.title ?? '' })];
  if (o.alreadyAttached > 0) said.push(t('triage.already', { n: o.alreadyAttached }));
  if (o.refused.length > 0) said.push(t('triage.refused', { n: o.refused.length }));
  return said;
}

/** Who a refused complaint is, as the manager knows it: its author, else a plain "a complaint". */
export function whoRefused(id: string, shown: readonly Complaint[]): string {
  const c = shown.find((x) => x.id === id);
  return c?.author ?? t('triage.someComplaint');
}
