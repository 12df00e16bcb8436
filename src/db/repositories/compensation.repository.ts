import { type Kysely, type Selectable, sql } from 'kysely';
import { COUNTED_STATUSES } from '../../domain/compensations/compensation.moves.ts';
import type { Compensation, CompensationKind } from '../../domain/compensations/compensation.types.ts';
import type { DB } from '../schema.ts';
import type { CompensationsTable } from '../schema-ledger.ts';

/** One item, or null. */
export async function findCompensation(db: Kysely<DB>, id: string): Promise<Compensation | null> {
  const row = await db.selectFrom('compensations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toCompensation(row) : null;
}

/** An incident's ledger, oldest first. */
export async function listCompensations(db: Kysely<DB>, incidentId: string): Promise<Compensation[]> {
  const rows = await db
    .selectFrom('compensations')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toCompensation);
}

/**
 * What the incident's items not declined or cancelled add up to, in minor units of `currency`: the part
 * of the budget already spoken for. Read under the incident's row lock, so no offer lands in between.
 */
export async function committedTotal(db: Kysely<DB>, incidentId: string, currency: string): Promise<number> {
  const row = await db
    .selectFrom('compensations')
    .select(sql<string>`coalesce(sum(value_minor), 0)`.as('total'))
    .where('incident_id', '=', incidentId)
    .where('currency', '=', currency)
    .where('status', 'in', COUNTED_STATUSES)
    .executeTakeFirstOrThrow();
  return Number(row.total);
}

/** Whether the complaint is attached to the incident (an item may name only its own complainants). */
export async function complaintAttached(
  db: Kysely<DB>,
  incidentId: string,
  complaintId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('complaints')
    .select('id')
    .where('id', '=', complaintId)
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();
  return row !== undefined;
}

export function toCompensation(row: Selectable<CompensationsTable>): Compensation {
  return {
    id: row.id,
    incidentId: row.incident_id,
    complaintId: row.complaint_id,
    recipient: row.recipient,
    kind: row.kind as CompensationKind,
    valueMinor: Number(row.value_minor),
    currency: row.currency,
    description: row.description,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    history: row.history,
  };
}
