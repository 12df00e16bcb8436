import {
  type AuditEntry,
  api,
  type Commitment,
  type Complaint,
  type Incident,
  type Ledger,
  type NextStep,
  type Statement,
} from '../api/client';

/** Everything the workspace shows, read at once. */
export interface WorkspaceState {
  incident: Incident;
  next: NextStep | null;
  statements: Statement[];
  complaints: Complaint[];
  audit: AuditEntry[];
  verified: boolean | null;
  ledger: Ledger | null;
  commitments: Commitment[];
}

/** One read of the workspace: the incident and its records in parallel; null when there is no such incident. */
export async function readWorkspace(id: string, language: string): Promise<WorkspaceState | null> {
  const path = { params: { path: { id } } };
  const [inc, next, st, co, au, ve, le, cm] = await Promise.all([
    api.GET('/v1/incidents/{id}', path),
    api.GET('/v1/incidents/{id}/next', { ...path, headers: { 'accept-language': language } }),
    api.GET('/v1/incidents/{id}/statements', path),
    api.GET('/v1/incidents/{id}/complaints', { params: { path: { id }, query: { limit: 200 } } }),
    api.GET('/v1/incidents/{id}/audit', { params: { path: { id }, query: { limit: 200 } } }),
    api.GET('/v1/incidents/{id}/audit/verify', path),
    api.GET('/v1/incidents/{id}/compensations', path),
    api.GET('/v1/incidents/{id}/commitments', path),
  ]);
  if (!inc.data) return null;
  return {
    incident: inc.data,
    next: next.data ?? null,
    statements: st.data?.items ?? [],
    // The route also answers text/csv; this page asks for JSON (openapi-fetch's default).
    complaints: co.data && typeof co.data !== 'string' ? co.data.items : [],
    audit: au.data?.items ?? [],
    verified: ve.data ? ve.data.valid : null,
    ledger: le.data ?? null,
    commitments: cm.data?.items ?? [],
  };
}
