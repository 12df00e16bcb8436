import type { paths } from '../api/schema';
import { CHANNELS } from '../incident/fields';

/** The list's query (GET /v1/complaints) and the bulk attach's filter, from one set of choices. */
type ListQuery = NonNullable<paths['/v1/complaints']['get']['parameters']['query']>;
export type AttachFilter = NonNullable<
  paths['/v1/complaints/attach']['post']['requestBody']['content']['application/json']['filter']
>;

export type Source = NonNullable<ListQuery['source']>;
export type PlatformState = NonNullable<ListQuery['platformState']>;
export type Sort = NonNullable<ListQuery['sort']>;
export type YesNo = 'true' | 'false';

/** The channels a complaint comes from, as the incident's forms list them. */
export const SOURCES: readonly Source[] = CHANNELS;
export const SORTS: readonly Sort[] = ['urgent', 'newest', 'oldest'];
export const PLATFORM_STATES: readonly PlatformState[] = ['edited', 'removed'];

/** What the manager chose; an absent field is "all". */
export interface TriageFilter {
  source?: Source;
  answered?: YesNo;
  overdue?: YesNo;
  private?: YesNo;
  platformState?: PlatformState;
  q?: string;
  sort: Sort;
}

export const NO_FILTER: TriageFilter = { sort: 'urgent' };

/** Page size of the list (the API's maximum). */
export const PAGE = 200;

/** The list's query for one page of the complaints attached to no incident. */
export function listQuery(f: TriageFilter, cursor: string | null): ListQuery {
  const { sort, q, ...rest } = f;
  return {
    incidentId: 'none',
    limit: PAGE,
    sort,
    ...rest,
    ...(q?.trim() ? { q: q.trim() } : {}),
    ...(cursor ? { cursor } : {}),
  };
}

const yes = (v: YesNo | undefined) => (v === undefined ? {} : { value: v === 'true' });

/** The same choices as the bulk attach's filter (booleans rather than "true"/"false"; no order). */
export function attachFilter(f: TriageFilter): AttachFilter {
  const out: AttachFilter = {};
  if (f.source) out.source = f.source;
  if (f.platformState) out.platformState = f.platformState;
  if (f.q?.trim()) out.q = f.q.trim();
  const answered = yes(f.answered);
  const overdue = yes(f.overdue);
  const priv = yes(f.private);
  if ('value' in answered) out.answered = answered.value;
  if ('value' in overdue) out.overdue = overdue.value;
  if ('value' in priv) out.private = priv.value;
  return out;
}

/** Whether any choice narrows the list (the order does not). */
export function narrowed(f: TriageFilter): boolean {
  return Object.keys(attachFilter(f)).length > 0;
}
