import createClient from 'openapi-fetch';
import { currentLang } from '../i18n/t.ts';
import { problemSentence, readProblem } from './problem.ts';
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

/** What every call carries: the Bearer key and the desk's language (problems and checks come back in it). */
export function authHeaders(): Record<string, string> {
  const headers: Record<string, string> = { 'accept-language': currentLang() };
  const key = session.key();
  if (key) headers.authorization = `Bearer ${key}`;
  return headers;
}

/** The typed client generated from /openapi.json (schema.d.ts); every call carries authHeaders(). */
export const api = createClient<paths>({ baseUrl: '' });
api.use({
  onRequest({ request }) {
    for (const [name, value] of Object.entries(authHeaders())) {
      // A call that names its own language (the guidance) keeps it.
      if (name !== 'accept-language' || !request.headers.has(name)) request.headers.set(name, value);
    }
    return request;
  },
});

/** A failed call's problem in plain words, in the desk's language (api/problem.ts). */
export function problemText(error: unknown): string {
  return problemSentence(readProblem(error));
}
