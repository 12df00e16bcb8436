import type { components } from '../api/schema';

/** Everything the workspace shows, as `GET /v1/incidents/{id}/workspace` answers it. */
export type WorkspaceData = components['schemas']['Workspace'];
/** A run of audit entries of one action by one actor, grouped by the engine (newest first). */
export type TimelineRun = WorkspaceData['timeline']['items'][number];

/** One read of the workspace: new data, unchanged (304), no such incident, or a failure to retry. */
export type WorkspaceRead =
  | { kind: 'data'; data: WorkspaceData; etag: string | null }
  | { kind: 'same' }
  | { kind: 'missing' }
  | { kind: 'failed'; retryAfterMs?: number | undefined };
