import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import { newestAuditEntries } from '../db/repositories/audit.repository.ts';
import { incidentComplaintCounts, incidentPosts } from '../db/repositories/complaint-counts.repository.ts';
import type { DB } from '../db/schema.ts';
import type { AuditEntry } from '../domain/audit/audit-chain.ts';
import { timelineRuns } from '../domain/audit/timeline.ts';
import { type ComplaintSource, playbookTimeZone } from '../domain/playbooks/playbook.schema.ts';
import type { CommitmentService } from './commitment.service.ts';
import type { CompensationService } from './compensation.service.ts';
import type { IncidentReads } from './incident-reads.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';
import type { StatementService } from './statement.service.ts';

/** How much of the chain the timeline reads: runs fold it, so this covers a long crisis. */
const TIMELINE_ENTRIES = 1000;
/** Posts offered for grouping, most commented first. */
const POSTS = 50;

export interface WorkspaceDeps {
  db: Kysely<DB>;
  clock: Clock;
  playbooks: PlaybookRegistry;
  reads: IncidentReads;
  statements: StatementService;
  compensations: CompensationService;
  commitments: CommitmentService;
}

/**
 * Everything an incident's page shows besides its complaint list, in one answer: a desk re-reads this
 * one resource (conditionally, by ETag) when the stream says the incident changed, instead of nine.
 * Each part comes from the service that owns it; the chain is not verified here (that is on demand).
 */
export class IncidentWorkspace {
  constructor(private readonly deps: WorkspaceDeps) {}

  async read(id: string, guidanceLanguages: readonly string[]) {
    const incident = await this.deps.reads.get(id);
    const now = this.deps.clock();
    const [next, statements, ledger, commitments, counts, posts, audit, playbook] = await Promise.all([
      this.deps.reads.next(id, guidanceLanguages),
      this.deps.statements.list(id),
      this.deps.compensations.list(id),
      this.deps.commitments.listOf(id),
      incidentComplaintCounts(this.deps.db, id, now),
      incidentPosts(this.deps.db, id, POSTS),
      newestAuditEntries(this.deps.db, id, TIMELINE_ENTRIES),
      this.deps.playbooks.definition(incident.playbookVersion),
    ]);
    const sum = (k: 'total' | 'unanswered' | 'overdue' | 'moved_private' | 'edited' | 'removed') =>
      counts.reduce((n, r) => n + r[k], 0);
    return {
      incident,
      next,
      playbook: {
        id: playbook.id,
        version: incident.playbookVersion,
        title: playbook.title,
        timeZone: playbookTimeZone(playbook),
        languages: playbook.languages,
      },
      statements,
      ledger,
      commitments,
      complaints: {
        total: sum('total'),
        unanswered: sum('unanswered'),
        overdue: sum('overdue'),
        private: sum('moved_private'),
        edited: sum('edited'),
        removed: sum('removed'),
        newSinceMonitoring: incident.newSinceMonitoring,
        // Only ingest writes complaints, and it validates the source against the contract's list.
        bySource: Object.fromEntries(counts.map((r) => [r.source, r.total])) as Partial<
          Record<ComplaintSource, number>
        >,
        posts: posts.map((p) => ({
          postId: p.post_id,
          source: p.source as ComplaintSource,
          total: p.total,
          unanswered: p.unanswered,
        })),
      },
      timeline: { entries: audit[0]?.seq ?? 0, items: timelineRuns(audit) },
      lastReopen: lastReopen(audit),
    };
  }
}

/**
 * The reopen that put the incident where it is: the newest change of state, when it was a reopen. Its
 * evidence says why (and, from the threshold, how many stragglers within what window).
 */
function lastReopen(newestFirst: readonly AuditEntry[]) {
  const moved = newestFirst.find((e) => e.fromState !== e.toState);
  if (moved?.action !== 'incident.reopen') return null;
  const evidence = (moved.data.evidence ?? {}) as { reason?: unknown; stragglers?: unknown };
  const stragglers = evidence.stragglers as { count: number; within: string } | undefined;
  return {
    at: moved.at,
    actor: moved.actor,
    reason: typeof evidence.reason === 'string' ? evidence.reason : '',
    stragglers: stragglers ?? null,
  };
}
