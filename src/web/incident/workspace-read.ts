import { api } from '../api/client';
import { failureOf } from '../api/resilient';
import type { WorkspaceRead } from './workspace-data';

/**
 * The workspace in one request: `GET /v1/incidents/{id}/workspace?guidance=`, conditional on the ETag
 * last read (304 while nothing shown changed). Only the incident's own 404 is "missing"; a 429, a 5xx or
 * no answer is a failure the caller retries while it keeps showing what it has.
 */
export async function readWorkspace(
  id: string,
  guidance: string,
  etag: string | null,
): Promise<WorkspaceRead> {
  let read: Awaited<ReturnType<typeof get>>;
  try {
    read = await get(id, guidance, etag);
  } catch {
    return { kind: 'failed' };
  }
  const { data, response } = read;
  const failure = failureOf(response);
  if (failure) return { kind: 'failed', retryAfterMs: failure.retryAfterMs };
  if (response.status === 304) return { kind: 'same' };
  if (response.status === 404) return { kind: 'missing' };
  if (!data) return { kind: 'failed' };
  return { kind: 'data', data, etag: response.headers.get('etag') };
}

function get(id: string, guidance: string, etag: string | null) {
  return api.GET('/v1/incidents/{id}/workspace', {
    params: { path: { id }, query: { guidance } },
    headers: etag ? { 'if-none-match': etag } : {},
  });
}
