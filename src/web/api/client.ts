import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

export type Incident = components['schemas']['Incident'];
export type Me = components['schemas']['Me'];
export type BoardCounts = components['schemas']['BoardCounts'];
export type NextStep = components['schemas']['NextStep'];
export type Statement =
  paths['/v1/incidents/{id}/statements']['post']['responses'][201]['content']['application/json'];
export type Complaint =
  paths['/v1/complaints']['get']['responses'][200]['content']['application/json']['items'][number];
export type AuditEntry =
  paths['/v1/incidents/{id}/audit']['get']['responses'][200]['content']['application/json']['items'][number];
export type Compensation = components['schemas']['Compensation'];
export type Ledger =
  paths['/v1/incidents/{id}/compensations']['get']['responses'][200]['content']['application/json'];
export type Commitment = components['schemas']['Commitment'];

const KEY = 'fivep.apiKey';

/** The key lives in sessionStorage only: gone with the tab, never in a URL or a cookie. */
export const session = {
  key: (): string | null => sessionStorage.getItem(KEY),
  set: (key: string) => sessionStorage.setItem(KEY, key),
  clear: () => sessionStorage.removeItem(KEY),
};

/** The typed client generated from /openapi.json (schema.d.ts); every call carries the Bearer key. */
export const api = createClient<paths>({ baseUrl: '' });
api.use({
  onRequest({ request }) {
    const key = session.key();
    if (key) request.headers.set('authorization', `Bearer ${key}`);
    return request;
  },
});

/** A problem document's detail, or a plain fallback. */
export function problemText(error: unknown): string {
  if (error && typeof error === 'object' && 'detail' in error)
    return String((error as { detail: unknown }).detail);
  return 'The request failed.';
}

/** The field messages of a 422 problem, by field name. */
export function problemFields(error: unknown): { field: string; message: string }[] {
  if (
    error &&
    typeof error === 'object' &&
    'errors' in error &&
    Array.isArray((error as { errors: unknown }).errors)
  ) {
    return (error as { errors: { field: string; message: string }[] }).errors;
  }
  return [];
}
