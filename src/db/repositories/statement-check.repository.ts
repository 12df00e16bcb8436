import { type Kysely, sql } from 'kysely';
import type { DB } from '../schema.ts';
import { type IncidentRow, incidentReadColumns } from './incident.repository.ts';
import { CANNED_SAMPLE } from './statement.repository.ts';

/** What `…/statements/check` reads: the incident, what the canned rule compares with, the complaint channels. */
export interface StatementCheckRead {
  row: IncidentRow;
  /** As statementsOfOtherIncidents: the newest published statements of other incidents. */
  previousStatements: string[];
  /** As complaintSources: the channels of the incident's complaints, sorted (empty unless asked for). */
  complaintChannels: string[];
}

/**
 * The three reads of a statement check in one statement (a check runs as people type, and each statement
 * is a round trip): the row, plus the same two reads statementsOfOtherIncidents and complaintSources do,
 * as arrays. Null when the incident does not exist.
 */
export async function findStatementCheckRead(
  db: Kysely<DB>,
  incidentId: string,
  withChannels: boolean,
): Promise<StatementCheckRead | null> {
  const found = await incidentReadColumns(db)
    .select([
      sql<string[]>`array(
        select s.text from statements s
        where s.status = 'published' and s.incident_id <> incidents.id
        order by s.published_at desc
        limit ${CANNED_SAMPLE})`.as('previous_statements'),
      sql<string[]>`array(
        select distinct c.source from complaints c
        where ${withChannels} and c.incident_id = incidents.id
        order by c.source)`.as('complaint_channels'),
    ])
    .where('id', '=', incidentId)
    .executeTakeFirst();
  if (!found) return null;
  const { previous_statements, complaint_channels, ...row } = found;
  return { row, previousStatements: previous_statements, complaintChannels: complaint_channels };
}
