import { useEffect, useRef, useState } from 'preact/hooks';
import { authHeaders } from './api/client';
import { failureOf, quietFor, retryDelay } from './api/resilient';
import { coalesce } from './coalesce';
import { parseSse } from './sse';

/** What the stream said changed (the webhook payload of an outbox event), or a tick to check by ETag. */
export interface LiveSignal {
  source: 'stream' | 'tick';
  type?: string;
  data?: unknown;
}
export type LiveMode = 'stream' | 'poll' | 'connecting';

/** Ticks while the stream is not there: each is a conditional GET, answered 304 while nothing moved. */
export const POLL_MS = 1500;
/** Ticks while streaming: complaints arriving and drafts approved at once send no event, so check now and then. */
export const CHECK_MS = 10_000;
/** The stream outlives its last listener this long, so moving between pages does not reconnect. */
const LINGER_MS = 5000;

const handlers = new Set<(s: LiveSignal) => void>();
const modeListeners = new Set<(m: LiveMode) => void>();
let mode: LiveMode = 'connecting';
let connection: { stop: () => void } | null = null;
let lingering: ReturnType<typeof setTimeout> | null = null;

function emit(s: LiveSignal): void {
  for (const h of [...handlers]) h(s);
}
function setMode(m: LiveMode): void {
  if (m === mode) return;
  mode = m;
  for (const l of [...modeListeners]) l(m);
}

/**
 * One live connection per tab, shared by every view: `GET /v1/stream` read with fetch (EventSource
 * cannot send the Authorization header), resumed with Last-Event-ID after a drop; when the engine has no
 * stream it ticks every POLL_MS instead. A drop, a 429 or a 5xx reconnects after the backoff of
 * api/resilient.ts (a 429 after its Retry-After), ticking meanwhile.
 */
function connect(): { stop: () => void } {
  let stopped = false;
  let lastEventId: string | null = null;
  let tick: ReturnType<typeof setInterval> | null = null;
  let tickMs = 0;
  const abort = new AbortController();
  const ticking = (ms: number) => {
    if (tick && tickMs === ms) return;
    if (tick) clearInterval(tick);
    tickMs = ms;
    tick = setInterval(() => emit({ source: 'tick' }), ms);
  };

  const open = async (attempt: number): Promise<void> => {
    if (stopped) return;
    const headers: Record<string, string> = { ...authHeaders(), accept: 'text/event-stream' };
    if (lastEventId) headers['last-event-id'] = lastEventId;
    let retryAfterMs: number | undefined;
    try {
      const res = await fetch('/v1/stream', { headers, signal: abort.signal, cache: 'no-store' });
      const sse = (res.headers.get('content-type') ?? '').startsWith('text/event-stream');
      if (!res.ok || !res.body || !sse) {
        res.body?.cancel().catch(() => {});
        setMode('poll');
        ticking(POLL_MS);
        const failure = failureOf(res, false);
        // No stream on this engine (404, not SSE): polling it is, for good.
        if (!failure) return;
        retryAfterMs = failure.retryAfterMs;
      } else {
        attempt = 0;
        setMode('stream');
        ticking(CHECK_MS);
        // Catch up on what changed while connecting.
        emit({ source: 'stream', type: 'connected' });
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          const { events, rest } = parseSse(buffer + value);
          buffer = rest;
          for (const e of events) {
            if (e.id) lastEventId = e.id;
            let data: unknown = e.data;
            try {
              data = JSON.parse(e.data);
            } catch {
              // not JSON: passed on as text
            }
            emit({ source: 'stream', type: e.event ?? 'message', data });
          }
        }
      }
    } catch {
      if (stopped) return;
    }
    if (stopped) return;
    setMode('poll');
    ticking(POLL_MS);
    const wait = Math.max(quietFor(), retryDelay(attempt + 1, retryAfterMs));
    setTimeout(() => void open(attempt + 1), wait);
  };

  void open(0);
  return {
    stop: () => {
      stopped = true;
      abort.abort();
      if (tick) clearInterval(tick);
      setMode('connecting');
    },
  };
}

/** Listens to the tab's live connection (opened with the first listener); returns the unsubscribe. */
export function subscribeLive(handler: (s: LiveSignal) => void): () => void {
  handlers.add(handler);
  if (lingering) clearTimeout(lingering);
  lingering = null;
  connection ??= connect();
  return () => {
    handlers.delete(handler);
    if (handlers.size > 0 || lingering) return;
    lingering = setTimeout(() => {
      lingering = null;
      if (handlers.size > 0) return;
      connection?.stop();
      connection = null;
    }, LINGER_MS);
  };
}

/** The incident a stream event is about (its payload's `data.incidentId` or `data.incident.id`), if any. */
export function incidentOf(data: unknown): string | null {
  const pick = (x: unknown): string | null => {
    if (!x || typeof x !== 'object') return null;
    const o = x as { incidentId?: unknown; incident?: { id?: unknown }; data?: unknown };
    if (typeof o.incidentId === 'string') return o.incidentId;
    if (typeof o.incident?.id === 'string') return o.incident.id;
    return o.data === undefined ? null : pick(o.data);
  };
  return pick(data);
}

/**
 * Signals that may concern incident `id`: its own stream events, the stream's (re)connection (a catch-up)
 * and the ticks (the handler checks with a conditional GET). Events of other incidents are not passed on.
 */
export function onIncidentEvent(id: string, handler: (s: LiveSignal) => void): () => void {
  return subscribeLive((s) => {
    if (s.source === 'tick' || s.type === 'connected' || incidentOf(s.data) === id) handler(s);
  });
}

/** The live connection's mode, for a status line; renders again when it changes. */
export function useLiveMode(): LiveMode {
  const [m, setM] = useState(mode);
  useEffect(() => {
    setM(mode);
    modeListeners.add(setM);
    return () => void modeListeners.delete(setM);
  }, []);
  return m;
}

/**
 * A stable function that runs the latest `fn` at most once per `ms` (leading, and trailing after the last
 * call): for a view that re-reads itself on live signals, e.g.
 * `const again = useCoalesced(read, 2000); useEffect(() => onIncidentEvent(id, again), [id])`.
 */
export function useCoalesced(fn: () => Promise<void> | void, ms: number): () => void {
  const latest = useRef(fn);
  latest.current = fn;
  const runner = useRef<ReturnType<typeof coalesce> | null>(null);
  runner.current ??= coalesce(() => latest.current(), ms);
  useEffect(() => () => runner.current?.cancel(), []);
  return runner.current.request;
}
