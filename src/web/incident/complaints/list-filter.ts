import type { paths } from '../../api/schema';

type ListQuery = NonNullable<paths['/v1/incidents/{id}/complaints']['get']['parameters']['query']>;
export type Sort = 'urgent' | 'newest' | 'oldest';
export type View = 'all' | 'unanswered' | 'overdue' | 'private' | 'edited' | 'removed';
export const VIEWS: readonly View[] = ['all', 'unanswered', 'overdue', 'private', 'edited', 'removed'];
export const SORTS: readonly Sort[] = ['urgent', 'newest', 'oldest'];

/** What the person chose above the list; the API's query is derived from it (queryOf). */
export interface ListFilter {
  view: View;
  source: string;
  q: string;
  sort: Sort;
  postId: string | null;
}

/** Most urgent first: what a PR manager needs in a wave is the next complaint to answer. */
export const START: ListFilter = { view: 'all', source: '', q: '', sort: 'urgent', postId: null };

const VIEW_QUERY: Record<View, Partial<ListQuery>> = {
  all: {},
  unanswered: { answered: 'false' },
  overdue: { overdue: 'true' },
  private: { private: 'true' },
  edited: { platformState: 'edited' },
  removed: { platformState: 'removed' },
};

/** The list's query for a filter: the same filters the board and the close refusal count with. */
export function queryOf(f: ListFilter): ListQuery {
  const q: ListQuery = { ...VIEW_QUERY[f.view], sort: f.sort };
  if (f.source) q.source = f.source as ListQuery['source'];
  if (f.q.trim()) q.q = f.q.trim();
  if (f.postId) q.postId = f.postId;
  return q;
}
