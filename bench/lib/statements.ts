// Statements that need approval (the shipped playbooks, at critical severity): drafted with a manager key,
// approved with the bench's admin key, so a walk can publish them by id.
import type { Stage } from '../../src/domain/playbooks/playbook.schema.ts';
import type { BenchContext } from './types.ts';

const drafters = new Map<string, Promise<string>>();

/** A manager key of the service under test, issued once per service. */
function drafterKey(ctx: BenchContext): Promise<string> {
  let key = drafters.get(ctx.baseUrl);
  if (!key) {
    key = ctx.http('POST', '/v1/api-keys', { name: 'bench drafter', role: 'manager' }).then((res) => {
      if (res.status !== 201) throw new Error(`drafter key: HTTP ${res.status}`);
      return (res.body as { key: string }).key;
    });
    drafters.set(ctx.baseUrl, key);
  }
  return key;
}

/** The evidence of `stage` with its statement drafted, approved and named by id instead of inline. */
export async function approvedEvidence(
  ctx: BenchContext,
  incidentId: string,
  stage: Stage,
  evidence: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const { statement, ...rest } = evidence;
  const channels = Array.isArray(rest.channels) ? { channels: rest.channels } : {};
  const auth = { authorization: `Bearer ${await drafterKey(ctx)}` };
  const draft = await ctx.http(
    'POST',
    `/v1/incidents/${incidentId}/statements`,
    { stage, text: statement, ...channels },
    auth,
  );
  if (draft.status !== 201) throw new Error(`draft on ${incidentId}: HTTP ${draft.status}`);
  const { id } = draft.body as { id: string };
  const decided = await ctx.http('POST', `/v1/statements/${id}/decisions`, { decision: 'approve' });
  if (decided.status !== 200) throw new Error(`approve ${id}: HTTP ${decided.status}`);
  return { ...rest, statementId: id };
}
