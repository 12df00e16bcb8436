import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import { commonComplaintLanguages } from '../db/repositories/complaint-language.repository.ts';
import {
  findIncident,
  findIncidents,
  findIncidentVersions,
  type IncidentFilter,
  type IncidentRow,
  listIncidents,
} from '../db/repositories/incident.repository.ts';
import { findNextReads, type NextRead } from '../db/repositories/next.repository.ts';
import type { DB } from '../db/schema.ts';
import { compensationApprovalTasks } from '../domain/compensations/compensation.next.ts';
import { localTime } from '../domain/deadlines/time-zone.ts';
import {
  approvalTasks,
  commitmentTasks,
  guidanceLanguages,
  replyTasks,
  stageGuide,
} from '../domain/incidents/incident.next.ts';
import { viewIncident } from '../domain/incidents/index.ts';
import { playbookTimeZone, STAGES } from '../domain/playbooks/playbook.schema.ts';
import { NotFoundError } from '../errors.ts';
import { Batcher } from './batcher.ts';
import type { IncidentVersions } from './incident-versions.ts';
import { type Incident, toIncident } from './incident-view.ts';
import type { PlaybookRegistry } from './playbook-registry.ts';

export type PageFilter = Omit<IncidentFilter, 'now'>;

/** Reply tasks `next` lists at most (the rest are in the complaint list, overdue first). */
const NEXT_TASKS = 100;
/** Latest attached complaints whose languages decide the guidance language when none is asked for. */
const LANGUAGE_SAMPLE = 500;

/**
 * Reading incidents. Dashboards poll in bursts: reads asked in the same turn share one query, and
 * identical list pages in flight together share one query and one array (see Batcher).
 */
export class IncidentReads {
  private readonly versions: Batcher<string, number | undefined>;
  private readonly rows: Batcher<string, IncidentRow | undefined>;
  private readonly pages: Batcher<PageFilter, readonly Incident[]>;
  private readonly nextReads: Batcher<string, NextRead | undefined>;
  private readonly complaintLanguages: Batcher<string, string | undefined>;

  constructor(
    private readonly deps: {
      db: Kysely<DB>;
      clock: Clock;
      playbooks: PlaybookRegistry;
      /** Versions heard from every writer: a conditional GET compares with them without a query. */
      versionCache?: IncidentVersions;
    },
  ) {
    this.versions = sharedReads(async (ids) => {
      const found = await findIncidentVersions(deps.db, ids);
      return ids.map((id) => found.get(id));
    });
    this.rows = sharedReads(async (ids) => {
      const found = new Map((await findIncidents(deps.db, ids)).map((r) => [r.id, r]));
      return ids.map((id) => found.get(id));
    });
    this.nextReads = sharedReads(async (ids) => {
      const found = new Map((await findNextReads(deps.db, ids, NEXT_TASKS)).map((r) => [r.row.id, r]));
      return ids.map((id) => found.get(id));
    });
    this.complaintLanguages = sharedReads(async (ids) => {
      const found = await commonComplaintLanguages(deps.db, ids, LANGUAGE_SAMPLE);
      return ids.map((id) => found.get(id));
    });
    this.pages = new Batcher({
      run: (filters) => Promise.all(filters.map((f) => this.loadPage(f))),
      flush: 'turn',
      maxItems: 500,
      maxInFlight: 4,
      key: (filter) => JSON.stringify(filter),
      sameKey: 'share',
      onFailure: 'fail-all',
    });
  }

  async get(id: string): Promise<Incident> {
    const row = await this.rows.submit(id);
    if (!row) throw new NotFoundError('incident', id);
    return this.present(row);
  }

  /**
   * The version alone, for conditional GETs: from the version cache while it hears every commit, else one
   * indexed read shared by concurrent polls (and remembered); null when unknown or deleted.
   */
  async version(id: string): Promise<number | null> {
    const cache = this.deps.versionCache;
    const known = cache?.known(id);
    if (known !== undefined) return Number.isFinite(known) ? known : null;
    const ticket = cache?.ticket();
    const version = await this.versions.submit(id);
    if (cache && version !== undefined) cache.saw(id, version, ticket);
    return version ?? null;
  }

  /** A page of incidents. Callers share the array with identical requests, so they must not mutate it. */
  list(filter: PageFilter): Promise<readonly Incident[]> {
    return this.pages.submit(filter);
  }

  /**
   * What to do now: the current stage's requirements and guidance from the incident's own playbook
   * version, in the first of `accepted` (Accept-Language) it is written in, the statements waiting for
   * approval and the complaints waiting for a first reply. Without Accept-Language the complaints' own
   * language is preferred (guidanceLanguages).
   */
  async next(id: string, accepted: readonly string[]) {
    // One statement for the row and every task list, shared with the concurrent requests of the same turn.
    const read = await this.nextReads.submit(id);
    if (!read) throw new NotFoundError('incident', id);
    const incident = await this.present(read.row);
    const playbook = await this.deps.playbooks.definition(incident.playbookVersion);
    const now = this.deps.clock();
    // Only without Accept-Language, and only where there is guidance to pick a language for.
    const spoken =
      accepted.length === 0 && (STAGES as readonly string[]).includes(incident.state)
        ? await this.complaintLanguages.submit(id)
        : undefined;
    return {
      incidentId: id,
      state: incident.state,
      deadline: incident.deadline,
      stage: stageGuide(playbook, incident.state, guidanceLanguages(accepted, spoken)),
      // Approvals first: a pending statement holds up the stage itself.
      tasks: [
        ...approvalTasks(read.approvals, incident.deadline?.dueAt ?? null, now),
        ...compensationApprovalTasks(read.compensationApprovals, incident.deadline?.dueAt ?? null, now),
        ...replyTasks(read.awaiting, now),
        ...commitmentTasks(read.commitments, now),
      ].map((task) => ({
        ...task,
        dueAtLocal: task.dueAt ? localTime(task.dueAt, incident.timeZone) : null,
      })),
    };
  }

  /** The row itself (routes that only need to know the incident exists, audit verification). */
  async row(id: string): Promise<IncidentRow> {
    const row = await findIncident(this.deps.db, id);
    if (!row) throw new NotFoundError('incident', id);
    return row;
  }

  private async loadPage(filter: PageFilter): Promise<Incident[]> {
    const now = this.deps.clock();
    const rows = await listIncidents(this.deps.db, { ...filter, now });
    return Promise.all(rows.map((r) => this.present(r, now)));
  }

  private async present(row: IncidentRow, now = this.deps.clock()): Promise<Incident> {
    // The stored view is written with every change; only rows older than that column restore the machine.
    const version = row.playbook_version;
    const playbook = this.deps.playbooks.known(version) ?? (await this.deps.playbooks.definition(version));
    return toIncident(row, row.view ?? viewIncident(playbook, row.snapshot), now, playbookTimeZone(playbook));
  }
}

/** Lookups by id made in the same turn become one `id in (…)` query; an id asked twice is read once. */
export function sharedReads<V>(load: (ids: string[]) => Promise<V[]>): Batcher<string, V> {
  return new Batcher({
    run: load,
    flush: 'turn',
    maxItems: 500,
    maxInFlight: 4,
    key: (id) => id,
    sameKey: 'share',
    onFailure: 'fail-all',
  });
}
