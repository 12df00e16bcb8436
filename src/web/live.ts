import { session } from './api/client';
import { parseSse } from './sse';

/** What the stream said changed (the webhook payload of an outbox event), or a poll tick. */
export interface LiveSignal {
  source: 'stream' | 'poll';
  type?: string;
  data?: unknown;
}

export interface LiveHandle {
  mode: () => 'stream' | 'poll' | 'connecting';
  stop: () => void;
}

/** Polling pace when the stream is not there; each tick is a conditional GET answered 304 when nothing moved. */
export const POLL_MS = 1500;

/**
 * Live updates: `GET /v1/stream` read with fetch and a stream reader (EventSource cannot send the
 * Authorization header), resumed with Last-Event-ID after a drop. When the stream is not there (404,
 * an error, a non-SSE answer) it falls back to ticking every POLL_MS; the listener then makes its
 * ETag-conditional reads. Either way `onSignal` is called; it decides what to read again.
 */
export function startLive(onSignal: (s: LiveSignal) => void): LiveHandle {
  let mode: 'stream' | 'poll' | 'connecting' = 'connecting';
  let stopped = false;
  let lastEventId: string | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  const abort = new AbortController();

  const poll = () => {
    mode = 'poll';
    if (!timer) timer = setInterval(() => onSignal({ source: 'poll' }), POLL_MS);
  };

  const connect = async (attempt: number): Promise<void> => {
    if (stopped) return;
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    const key = session.key();
    if (key) headers.authorization = `Bearer ${key}`;
    if (lastEventId) headers['last-event-id'] = lastEventId;
    try {
      const res = await fetch('/v1/stream', { headers, signal: abort.signal, cache: 'no-store' });
      const type = res.headers.get('content-type') ?? '';
      if (!res.ok || !res.body || !type.startsWith('text/event-stream')) {
        res.body?.cancel().catch(() => {});
        return poll();
      }
      mode = 'stream';
      if (timer) {
        clearInterval(timer);
        timer = null;
      }
      // Catch up on what changed while connecting.
      onSignal({ source: 'stream', type: 'connected' });
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const { events, rest } = parseSse(buffer);
        buffer = rest;
        for (const e of events) {
          if (e.id) lastEventId = e.id;
          let data: unknown = e.data;
          try {
            data = JSON.parse(e.data);
          } catch {
            // not JSON: passed on as text
          }
          onSignal({ source: 'stream', type: e.event ?? 'message', data });
        }
      }
    } catch {
      if (stopped) return;
    }
    // Dropped: poll meanwhile, reconnect with Last-Event-ID after a growing pause.
    poll();
    setTimeout(() => void connect(attempt + 1), Math.min(30_000, 1000 * 2 ** attempt));
  };

  void connect(0);
  return {
    mode: () => mode,
    stop: () => {
      stopped = true;
      abort.abort();
      if (timer) clearInterval(timer);
    },
  };
}
