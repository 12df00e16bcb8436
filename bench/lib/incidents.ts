// Helpers for scenarios that need incidents: open many through the API, walk one to a given state with
// valid evidence (the same generator the tests use, so statements never repeat across incidents).
import type { Severity, Stage } from '../../src/domain/playbooks/playbook.schema.ts';
import { approvalRule } from '../../src/domain/statements/statement.approval.ts';
import { type LoadedPlaybook, loadPlaybooks } from '../../src/services/playbook-loader.ts';
import { validEvidence } from '../../test/helpers/evidence.ts';
import { ROOT } from './proc.ts';
import { approvedEvidence } from './statements.ts';
import type { BenchContext } from './types.ts';

export interface OpenedIncident {
  id: string;
  version: number;
  etag: string;
  state: string;
}

/** Runs `fn` over `items` with at most `concurrency` calls in flight; results keep the input order. */
export async function pool<T, R>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<R>) {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return out;
}

function opened(res: { status: number; headers: Headers; body: unknown }, what: string): OpenedIncident {
  if (res.status !== 200 && res.status !== 201) {
    throw new Error(`${what}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  }
  const body = res.body as { id: string; version: number; state: string };
  return { id: body.id, version: body.version, state: body.state, etag: res.headers.get('etag') ?? '' };
}

export async function openIncident(
  ctx: BenchContext,
  input: { playbookId: string; severity: Severity; title: string },
): Promise<OpenedIncident> {
  return opened(await ctx.http('POST', '/v1/incidents', input), 'open incident');
}

/** Opens `count` incidents through the API, 20 at a time (setup, not measured). */
export function openIncidents(
  ctx: BenchContext,
  count: number,
  input: { playbookId: string; severity: Severity; title: string },
): Promise<OpenedIncident[]> {
  const idx = Array.from({ length: count }, (_, i) => i);
  return pool(idx, ctx.connections, (i) =>
    openIncident(ctx, { ...input, title: `${input.title} #${i + 1}` }),
  );
}

export async function transition(
  ctx: BenchContext,
  id: string,
  event: string,
  evidence?: Record<string, unknown>,
): Promise<OpenedIncident> {
  const res = await ctx.http('POST', `/v1/incidents/${id}/transitions`, {
    event,
    ...(evidence ? { evidence } : {}),
    actor: 'bench',
  });
  return opened(res, `${event} on ${id}`);
}

let playbooks: Promise<LoadedPlaybook[]> | undefined;
/** The playbook files the service loaded (same directory, same validation). */
export function benchPlaybooks(): Promise<LoadedPlaybook[]> {
  playbooks ??= loadPlaybooks(`${ROOT}playbooks`);
  return playbooks;
}

const WALK: readonly Stage[] = ['apologise', 'admit', 'counteract', 'improve', 'compensate'];
export const ALL_STATES = [...WALK, 'monitoring', 'closed', 'legal', 'dismissed'] as const;
export type IncidentState = (typeof ALL_STATES)[number];

/** Opens an incident and walks it, with valid evidence, to `target`. */
export async function incidentIn(
  ctx: BenchContext,
  loaded: LoadedPlaybook,
  severity: Severity,
  target: IncidentState,
  title: string,
): Promise<OpenedIncident> {
  const pb = loaded.playbook;
  let inc = await openIncident(ctx, { playbookId: pb.id, severity, title });
  const reason = { reason: `Bench seed: ${title}` };
  if (target === 'legal') {
    const customerAtFault = {
      summary: 'Bench seed: forged receipts',
      evidence: ['https://example.com/receipt.png'],
    };
    return transition(ctx, inc.id, 'escalate_legal', { ...reason, customerAtFault });
  }
  if (target === 'dismissed') return transition(ctx, inc.id, 'dismiss', reason);
  const approval = approvalRule(pb, severity).required;
  for (const stage of WALK) {
    if (inc.state === target) return inc;
    const evidence = validEvidence(pb, stage);
    const publishes = approval && (stage === 'apologise' || stage === 'admit');
    inc = await transition(
      ctx,
      inc.id,
      stage,
      publishes ? await approvedEvidence(ctx, inc.id, stage, evidence) : evidence,
    );
  }
  if (inc.state === 'monitoring' && target === 'closed') {
    // The improve step's changes are open commitments: carried over, as a real close would.
    inc = await transition(ctx, inc.id, 'close', { carryOver: true });
  }
  if (inc.state !== target) throw new Error(`walked ${inc.id} to ${inc.state}, wanted ${target}`);
  return inc;
}

/** Sum of every incident's complaintCount (all list pages). */
export async function attachedComplaints(ctx: BenchContext): Promise<number> {
  let sum = 0;
  let cursor: string | null = null;
  do {
    const res = await ctx.http(
      'GET',
      `/v1/incidents?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    if (res.status !== 200) throw new Error(`complaint count: list HTTP ${res.status}`);
    const page = res.body as { items: { complaintCount: number }[]; nextCursor: string | null };
    for (const i of page.items) sum += i.complaintCount;
    cursor = page.nextCursor;
  } while (cursor);
  return sum;
}

/**
 * Waits until the attached complaints stop growing: autocannon stops sending at the end of its window but
 * the service finishes what it accepted (a batch of 500 may take many seconds), and that work must not
 * bleed into the next scenario's measurement. Returns the final count.
 */
export async function waitForComplaintsToSettle(ctx: BenchContext, maxSec = 180): Promise<number> {
  const started = performance.now();
  let last = -1;
  for (;;) {
    const sum = await attachedComplaints(ctx);
    if (sum === last || (performance.now() - started) / 1000 > maxSec) return sum;
    last = sum;
    await new Promise((r) => setTimeout(r, 2000));
  }
}

const PLAYBOOK_IDS = [
  'delivery-delay',
  'defective-product',
  'lost-or-damaged-order',
  'payment-or-data-incident',
  'social-media-backlash',
];

/** `count` incidents spread over every playbook (complaint load is not funnelled into one playbook's rows). */
export async function openAcrossPlaybooks(ctx: BenchContext, count: number, title: string) {
  const per = Math.ceil(count / PLAYBOOK_IDS.length);
  const groups = await Promise.all(
    PLAYBOOK_IDS.map((playbookId) => openIncidents(ctx, per, { playbookId, severity: 'low', title })),
  );
  // Interleaved, so consecutive complaints go to different playbooks.
  return Array.from(
    { length: per * groups.length },
    (_, i) => groups[i % groups.length]![Math.floor(i / groups.length)]!,
  );
}
