import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import {
  type ComplaintRow,
  complaintKey,
  findComplaints,
  findComplaintsByKeys,
  insertComplaints,
  insertMatchesMany,
  setFirstReplyDue,
} from '../db/repositories/complaint.repository.ts';
import type { IncidentHead } from '../db/repositories/incident.repository.ts';
import type { DB } from '../db/schema.ts';
import { applyIncidentChanges } from '../db/writer/incident-writer.ts';
import type { Actor } from '../domain/audit/audit-chain.ts';
import {
  explainMatch,
  type MatchExplanation,
  type TriggerMatch,
} from '../domain/complaints/complaint.match.ts';
import { assignTopics } from '../domain/complaints/complaint.topics.ts';
import { planComplaintsAdded } from '../domain/incidents/index.ts';
import { say } from '../domain/messages/message.ts';
import type { Playbook, Severity } from '../domain/playbooks/playbook.schema.ts';
import { DomainError, unknownReference } from '../errors.ts';
import {
  type Attachment,
  afterAttachMany,
  type CorrelationDeps,
  joinableIncidents,
  lockPlaybooks,
  openOnThreshold,
} from './complaint-correlation.ts';
import type { FreshItem, IngestOutcome } from './complaint-input.ts';
import { candidatesOf, firstReplyTimes } from './complaint-placement.ts';
import { toComplaint } from './complaint-view.ts';
import { viewComplaints, zoneOf } from './complaint-zones.ts';

/** A complaint no playbook claims is due after `firstReplyDefaultMs` (config FIRST_REPLY_DEFAULT). */
export type IngestDeps = CorrelationDeps & { firstReplyDefaultMs: number };

/** One complaint of a group on its way through the steps: where it goes, what was stored, what it answers. */
interface Placed {
  index: number;
  item: FreshItem;
  key: string;
  error?: DomainError | undefined;
  /** The playbooks it belongs to, best first (none when it names its incident). */
  candidates: TriggerMatch[];
  incident: IncidentHead | null;
  /** What it matched, for its answer (see explainMatch). */
  match?: MatchExplanation;
  playbook?: Playbook | undefined;
  /** The first storable item of its key in the group; the later ones answer with what it stored. */
  leader?: Placed;
  stored?: ComplaintRow;
  /** Another transaction stored the key first: nothing was written, its row is the answer. */
  winner?: ComplaintRow;
}

/**
 * Stores fresh complaints (no stored key among them) inside one transaction, in four steps: place each
 * (playbook, incident), insert the leaders, attach them (counters, reopen, escalation, threshold opens),
 * and answer each item as if the items had been posted one by one, in order.
 */
export async function storeComplaints(
  trx: Transaction<DB>,
  deps: IngestDeps,
  items: readonly FreshItem[],
  named: ReadonlyMap<string, IncidentHead>,
  actor: Actor,
): Promise<IngestOutcome[]> {
  const now = deps.clock();
  const placed = await place(trx, deps, items, named);
  const leaders = placed.filter((p) => p.leader === p);
  await insert(trx, deps, leaders, now, actor);
  const moved = await attach(trx, deps, leaders, now, actor);
  return answer(trx, deps, placed, moved);
}

/**
 * Which playbook and incident each item joins. The named incidents were read before the transaction and
 * the playbooks' open ones are read here, both without locks: complaints are stored before their incidents
 * are locked, so the locks are held for the counters and what follows, not for the inserts.
 */
async function place(
  trx: Transaction<DB>,
  deps: CorrelationDeps,
  items: readonly FreshItem[],
  named: ReadonlyMap<string, IncidentHead>,
): Promise<Placed[]> {
  const placed: Placed[] = items.map((item, index) => {
    const { input, field } = item;
    const { playbookId } = input;
    const error =
      playbookId !== undefined && !deps.playbooks.get(playbookId)
        ? unknownReference(`${field}.playbookId`, say('playbook_not_found', { playbookId }))
        : undefined;
    const candidates = input.incidentId !== undefined || error ? [] : candidatesOf(deps, input);
    return { index, item, key: keyOf(input), error, candidates, incident: null };
  });
  const playbookIds = [...new Set(placed.flatMap((p) => p.candidates.map((c) => c.playbookId)))];
  await lockPlaybooks(trx, playbookIds);
  const joinable = await joinableIncidents(trx, deps, playbookIds);
  const leaders = new Map<string, Placed>();
  for (const p of placed) {
    const { input, field } = p.item;
    const chosen = p.candidates.find((c) => joinable.has(c.playbookId)) ?? p.candidates[0];
    p.incident =
      input.incidentId !== undefined
        ? (named.get(input.incidentId) ?? null)
        : ((chosen && joinable.get(chosen.playbookId)) ?? null);
    if (input.incidentId !== undefined && !p.error && !p.incident) {
      p.error = unknownReference(
        `${field}.incidentId`,
        say('not_found', { thing: 'incident', id: input.incidentId }),
      );
    }
    if (!p.error && !leaders.has(p.key)) leaders.set(p.key, p);
    p.leader = leaders.get(p.key);
  }
  for (const p of leaders.values()) {
    p.playbook = p.incident
      ? await deps.playbooks.definition(p.incident.playbook_version, trx)
      : deps.playbooks.get(p.candidates[0]?.playbookId ?? '')?.playbook;
    const chosen = p.candidates.find((c) => c.playbookId === p.playbook?.id);
    p.match = explainMatch(p.item.input, p.playbook?.id ?? null, chosen);
  }
  return placed;
}

/**
 * Inserts the leaders; a key another transaction stored since the first read keeps that row as `winner`.
 * Each text's language and topics are computed here, in memory, and go in the same one statement.
 */
async function insert(
  trx: Transaction<DB>,
  deps: IngestDeps,
  leaders: readonly Placed[],
  now: Date,
  actor: Actor,
): Promise<void> {
  const dueFor = firstReplyTimes(now);
  const defaultDue = new Date(now.getTime() + deps.firstReplyDefaultMs);
  const rows = leaders.map(({ item, incident, playbook }) => {
    const { input, language } = item;
    const severity = (incident?.severity ?? playbook?.triggers?.severity ?? 'medium') as Severity;
    return {
      id: randomUUID(),
      source: input.source,
      externalId: input.externalId,
      text: input.text,
      author: input.author ?? null,
      url: input.url ?? null,
      occurredAt: input.occurredAt ? new Date(input.occurredAt) : now,
      receivedAt: now,
      orderId: input.orderId ?? null,
      tags: input.tags ?? [],
      incidentId: incident?.id ?? null,
      firstReplyDueAt: playbook ? dueFor(playbook, severity) : defaultDue,
      postedByKeyId: actor.keyId,
      language,
      topics: assignTopics(deps.playbooks.topicsFor(playbook), input.text, language),
      postId: input.postId ?? null,
    };
  });
  const inserted = byKey(await insertComplaints(trx, rows));
  const lost = rows.filter((r) => !inserted.has(keyOf(r)));
  const winners = byKey(await findComplaintsByKeys(trx, lost));
  for (const p of leaders) {
    p.stored = inserted.get(p.key);
    p.winner = winners.get(p.key);
  }
}

/**
 * Attaches what was stored: complaints with an incident raise its counter (locking it) and may reopen or
 * escalate it; the others are matched to their playbooks, whose thresholds may open an incident.
 * Returns whether stored complaints changed since they were inserted (incident, first-reply time).
 */
async function attach(
  trx: Transaction<DB>,
  deps: CorrelationDeps,
  leaders: readonly Placed[],
  now: Date,
  actor: Actor,
): Promise<boolean> {
  const joined = new Map<string, { seen: IncidentHead; playbook: Playbook; ids: string[] }>();
  const waiting = new Map<string, string[]>();
  const matches: { complaintId: string; playbookId: string; receivedAt: Date }[] = [];
  for (const { stored, incident, playbook, candidates } of leaders) {
    if (!stored) continue;
    if (incident && playbook) {
      const group = joined.get(incident.id) ?? { seen: incident, playbook, ids: [] };
      group.ids.push(stored.id);
      joined.set(incident.id, group);
      continue;
    }
    for (const c of candidates) {
      matches.push({ complaintId: stored.id, playbookId: c.playbookId, receivedAt: now });
      const ids = waiting.get(c.playbookId);
      if (ids) ids.push(stored.id);
      else waiting.set(c.playbookId, [stored.id]);
    }
  }
  await insertMatchesMany(trx, matches);
  // The counters, with the row locks everything after needs; the heads come back as they are now.
  const heads = await applyIncidentChanges(
    trx,
    [...joined].map(([id, { ids }]) => planComplaintsAdded(id, ids.length, now)),
  );
  const dueFor = firstReplyTimes(now);
  const corrected: { id: string; dueAt: Date }[] = [];
  const attachments: Attachment[] = [];
  for (const [id, { seen, playbook, ids }] of joined) {
    const incident = heads.get(id)!;
    // A severity changed since the unlocked read: the first-reply times follow the current one.
    if (incident.severity !== seen.severity) {
      const dueAt = dueFor(playbook, incident.severity as Severity);
      for (const complaintId of ids) corrected.push({ id: complaintId, dueAt });
    }
    attachments.push({
      incident,
      playbook,
      added: ids.length,
      total: incident.complaint_count,
      complaintIds: ids,
    });
  }
  await setFirstReplyDue(trx, corrected);
  const refreshed = await afterAttachMany(trx, deps, attachments, { reopen: true, actor });
  const opened = await openOnThreshold(
    trx,
    deps,
    [...waiting].map(([playbookId, complaintIds]) => ({ playbookId, complaintIds })),
    actor,
  );
  return refreshed || corrected.length > 0 || opened.size > 0;
}

/** Each item's answer, with its stored row as it is now when the attach step changed it. */
async function answer(
  trx: Transaction<DB>,
  deps: IngestDeps,
  placed: readonly Placed[],
  moved: boolean,
): Promise<IngestOutcome[]> {
  const stored = placed.flatMap((p) => (p.leader === p && p.stored ? [p.stored] : []));
  const final = moved
    ? byKey(
        await findComplaints(
          trx,
          stored.map((r) => r.id),
        ),
      )
    : byKey(stored);
  // Shown in the zone of the playbook each was placed with; one a threshold moved to a new incident since,
  // or another transaction stored first, is looked up (complaint-zones.ts).
  const elsewhere = placed.flatMap((p) => {
    const row = p.leader === p ? (final.get(p.key) ?? p.winner) : undefined;
    return row && (row === p.winner || row.incident_id !== (p.incident?.id ?? null)) ? [row] : [];
  });
  const looked = new Map((await viewComplaints(trx, deps.playbooks, elsewhere)).map((c) => [c.id, c]));
  return placed.map((p): IngestOutcome => {
    const { leader } = p;
    // Before its key's leader (or without one) an item was refused on its own.
    if (!leader || leader.index > p.index) return { error: p.error! };
    const row = final.get(leader.key);
    const outcome: IngestOutcome = row
      ? {
          created: true,
          complaint: {
            ...(looked.get(row.id) ?? toComplaint(row, zoneOf(leader.playbook))),
            ...(leader.match ? { match: leader.match } : {}),
          },
        }
      : leader.winner
        ? { created: false, complaint: looked.get(leader.winner.id)! }
        : { error: new DomainError('CONFLICT', say('complaint_being_stored', {})) };
    return leader === p || 'error' in outcome ? outcome : { created: false, complaint: outcome.complaint };
  });
}

export const keyOf = (c: { source: string; externalId: string }) => complaintKey(c.source, c.externalId);

export function byKey(rows: readonly ComplaintRow[]): Map<string, ComplaintRow> {
  return new Map(rows.map((r) => [complaintKey(r.source, r.external_id), r]));
}
