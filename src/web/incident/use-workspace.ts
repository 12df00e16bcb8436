import { useEffect, useRef, useState } from 'preact/hooks';
import { type LinkState, ResilientReader } from '../api/resilient';
import { onIncidentEvent } from '../live';
import type { WorkspaceData } from './workspace-data';
import { readWorkspace } from './workspace-read';

/** However many events arrive, the workspace is read at most once in this long (and once after the last). */
export const WORKSPACE_GAP_MS = 2000;

/**
 * The workspace of incident `id`, kept live: read on load, then on this incident's stream events and on
 * ticks, each time conditionally (If-None-Match), coalesced to one read per WORKSPACE_GAP_MS. A failed
 * read keeps what was last read and says `reconnecting`; only the incident's own 404 is `missing`.
 * `reload` reads at once, for a person's own change.
 */
export function useWorkspace(id: string, guidance: string) {
  const [data, setData] = useState<WorkspaceData | null>(null);
  const [missing, setMissing] = useState(false);
  const [link, setLink] = useState<LinkState>('live');
  const reader = useRef<ResilientReader | null>(null);

  useEffect(() => {
    let etag: string | null = null;
    const r = new ResilientReader(
      async () => {
        const read = await readWorkspace(id, guidance, etag);
        if (read.kind === 'failed') return { ok: false, retryAfterMs: read.retryAfterMs };
        if (read.kind === 'missing') setMissing(true);
        if (read.kind === 'data') {
          etag = read.etag;
          setMissing(false);
          setData(read.data);
        }
        return { ok: true };
      },
      setLink,
      WORKSPACE_GAP_MS,
    );
    reader.current = r;
    r.request();
    const off = onIncidentEvent(id, () => r.request());
    return () => {
      off();
      r.stop();
    };
  }, [id, guidance]);

  return { data, missing, link, reload: () => reader.current?.now() };
}
