import { z } from 'zod';
import { EVIDENCE_FIELDS } from '../../domain/incidents/incident.events.ts';
import { INCIDENT_EVENTS, type IncidentEventType } from '../../domain/incidents/incident.types.ts';

const Text = (max: number) => z.string().trim().min(1).max(max);
const actor = Text(200).optional();
const note = Text(4000).optional();

const example = {
  event: 'apologise',
  evidence: {
    statement:
      'We are sorry: many of you are still waiting for parcels ordered last week. That is on us, and here is what we are doing about it.',
    channels: ['facebook', 'x'],
  },
  actor: 'Anna (PR)',
  note: 'Approved by the head of customer care',
} as const;

/**
 * What the route validates: the event, and the evidence as a record. The domain judges the evidence
 * (`validateEvidence`), so that every failing field comes back at once as a 422 with its catalog message,
 * and a playbook's own `requires` fields are checked too.
 */
export const TransitionBody = z
  .strictObject({
    event: z.enum(INCIDENT_EVENTS),
    evidence: z.record(z.string(), z.unknown()).optional(),
    actor,
    note,
  })
  .meta({ example });

const statementId = z
  .uuid()
  .describe(
    'An approved statement of this stage and incident (POST /v1/incidents/{id}/statements), published by ' +
      'this step; instead of `statement`. Required where the playbook requires approval at this severity.',
  );

/** An event's evidence as documented: its default fields; apologise and admit may name a statement instead. */
function documentedEvidence(event: IncidentEventType) {
  const fields: Record<string, z.ZodType> = { ...EVIDENCE_FIELDS[event] };
  if (event === 'apologise' || event === 'admit') {
    fields.statement = (fields.statement as z.ZodType).optional();
    fields.statementId = statementId.optional();
  }
  return z
    .object(fields)
    .loose()
    .describe(
      `The evidence of \`${event}\`, plus the fields the playbook's stage \`requires\` (GET /v1/playbooks/{id}).`,
    );
}

const required = (fields: Record<string, z.ZodType>) =>
  Object.values(fields).some((f) => !f.safeParse(undefined).success);

/**
 * The same body as the OpenAPI document describes it, so that a generated client knows each event's
 * evidence: one variant per event, discriminated by `event`.
 */
export const TransitionBodyDocumented = z
  .discriminatedUnion(
    'event',
    INCIDENT_EVENTS.map((event) => {
      const evidence = documentedEvidence(event);
      return z.strictObject({
        event: z.literal(event),
        evidence: required(EVIDENCE_FIELDS[event]) ? evidence : evidence.optional(),
        actor,
        note,
      });
    }) as unknown as [z.ZodObject, ...z.ZodObject[]],
  )
  .meta({ example });
