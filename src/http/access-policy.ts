import type { Role } from '../services/api-keys.ts';

/**
 * Who may call what: the one table access control reads (src/http/auth.ts enforces it, docs/ACCESS.md
 * shows it and access-table.test.ts holds the two together, role-matrix.test.ts calls every route as
 * every role).
 * Keys are `METHOD /route/pattern` as registered; HEAD follows GET.
 * A route missing here is admin-only, so a route added later is protected until someone opens it.
 */
const ADMIN = ['admin'] as const satisfies readonly Role[];
const MANAGE = ['admin', 'manager'] as const satisfies readonly Role[];
const READ = ['admin', 'manager', 'dashboard'] as const satisfies readonly Role[];
const INGEST = ['admin', 'integration'] as const satisfies readonly Role[];
const READ_OWN = ['admin', 'manager', 'dashboard', 'integration'] as const satisfies readonly Role[];
const REPORT_DELIVERY = ['admin', 'manager', 'integration'] as const satisfies readonly Role[];

export const ACCESS_POLICY: Readonly<Record<string, readonly Role[]>> = {
  'GET /v1/playbooks': READ,
  'GET /v1/playbooks/:id': READ,
  'GET /v1/playbooks/:id/versions/:version': READ,

  'POST /v1/incidents': MANAGE,
  'GET /v1/incidents': READ,
  'GET /v1/incidents/:id': READ,
  'POST /v1/incidents/:id/transitions': MANAGE,
  'GET /v1/incidents/:id/next': READ,
  // The desk's one read of an incident's page (v1.2).
  'GET /v1/incidents/:id/workspace': READ,
  'GET /v1/incidents/:id/deadlines': READ,
  'GET /v1/deadlines': READ,
  'GET /v1/incidents/:id/audit': READ,
  'GET /v1/incidents/:id/audit/verify': READ,
  'GET /v1/stats': READ,
  // The live board's stream: people and their screens; systems use webhooks (src/domain/stream-visibility.ts).
  'GET /v1/stream': READ,
  // What belongs to no incident (webhooks disabled, secrets rotated, unattached complaints redacted).
  'GET /v1/system/audit': ADMIN,
  'GET /v1/system/audit/verify': ADMIN,
  // What customers said, by topic: dashboards read it like the stats.
  'GET /v1/feedback': READ,
  'GET /v1/incidents/:id/report': READ,
  // A replay writes nothing, but it is a POST that steps the machine through the whole chain: like
  // statements/check (also a POST that stores nothing) it is for the people who run incidents. Dashboards
  // keep their one rule, never a POST; they read the same facts in the report and the audit chain.
  'POST /v1/incidents/:id/replay': MANAGE,
  'GET /v1/board': READ,
  // Every key may ask who it is (the web desk shows each role only what it may do).
  'GET /v1/me': READ_OWN,

  'POST /v1/incidents/:id/statements/check': MANAGE,
  'POST /v1/incidents/:id/statements': MANAGE,
  'GET /v1/incidents/:id/statements': READ,
  // Any manager or admin key may ask; the playbook narrows who decides (src/services/statement.service.ts).
  'POST /v1/statements/:id/decisions': MANAGE,

  // The compensation ledger: integration keys neither offer nor approve; the service keeps approval to
  // another key than the author's (src/services/compensation.service.ts).
  'POST /v1/incidents/:id/compensations': MANAGE,
  'POST /v1/compensations/:id/status': MANAGE,
  'GET /v1/incidents/:id/compensations': READ,
  // Public commitments (v1.1).
  'POST /v1/incidents/:id/commitments': MANAGE,
  'GET /v1/incidents/:id/commitments': READ,
  'POST /v1/commitments/:id/status': MANAGE,
  'GET /v1/commitments': READ,

  'POST /v1/complaints': INGEST,
  'POST /v1/complaints/batch': INGEST,
  // integration keys are let in here, and the route narrows them to the complaints they posted
  // (ownKeyScope below); the other roles see every complaint.
  'GET /v1/complaints': READ_OWN,
  'GET /v1/complaints/:id': READ_OWN,
  'GET /v1/incidents/:id/complaints': READ,
  'POST /v1/complaints/:id/attach': MANAGE,
  'POST /v1/complaints/attach': MANAGE,
  'POST /v1/complaints/:id/replies': MANAGE,
  'POST /v1/complaints/:id/move-private': MANAGE,
  'POST /v1/complaints/:id/redact': ADMIN,
  // The integration that posts replies on the channels reports them, on its own complaints only; a manager
  // who posted one by hand reports it too.
  'POST /v1/complaints/:id/replies/:replyId/delivery': REPORT_DELIVERY,

  'POST /v1/api-keys': ADMIN,
  'GET /v1/api-keys': ADMIN,
  'DELETE /v1/api-keys/:id': ADMIN,

  // Webhooks can send events anywhere and hold signing secrets: admin only, named so on purpose.
  'POST /v1/webhooks': ADMIN,
  'GET /v1/webhooks': ADMIN,
  'DELETE /v1/webhooks/:id': ADMIN,
  'GET /v1/webhooks/:id/deliveries': ADMIN,
  'POST /v1/webhooks/:id/rotate-secret': ADMIN,
};

/** Routes whose refusal says why in their own words (the type stays /problems/forbidden). */
const FORBIDDEN_HINTS: Readonly<Record<string, 'stream_for_people'>> = {
  'GET /v1/stream': 'stream_for_people',
};

/** The message key explaining a refusal on this route, if it has its own. */
export function forbiddenHint(method: string, url: string): 'stream_for_people' | undefined {
  return FORBIDDEN_HINTS[`${method === 'HEAD' ? 'GET' : method} ${url}`];
}

/**
 * Routes anyone may call without a key: probes, the API documentation, the web desk's files, and Meta's webhooks (Meta cannot
 * send a key; its deliveries are checked by signature in src/http/routes/meta.routes.ts).
 */
export function isOpenRoute(url: string | undefined): boolean {
  if (url === undefined) return false;
  return (
    url === '/health' ||
    url === '/v1/integrations/meta' ||
    url === '/ready' ||
    url === '/openapi.json' ||
    url === '/docs' ||
    url.startsWith('/docs/') ||
    // The browser desk's files (src/http/routes/web.routes.ts): it asks for a key itself.
    url === '/' ||
    url === '/incidents/:id' ||
    url === '/triage' ||
    url === '/assets/*'
  );
}

/** The roles allowed on a registered route (admin-only when the table does not name it). */
export function rolesFor(method: string, url: string): readonly Role[] {
  const m = method === 'HEAD' ? 'GET' : method;
  return ACCESS_POLICY[`${m} ${url}`] ?? ADMIN;
}

/**
 * For routes that list complaints: the key whose own complaints an `integration` caller is limited to,
 * or null when the caller may see all of them.
 */
export function ownKeyScope(caller: { keyId: string; role: string } | undefined): string | null {
  return caller?.role === 'integration' ? caller.keyId : null;
}
