/** One server-sent message as a fetch reader sees it (comments are kept: they carry "from now"). */
export interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
}

export interface SseStream {
  status: number;
  headers: Headers;
  /** The next message, or null once the server ended the stream; rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<SseMessage | null>;
  /** Messages until one matches (others are kept in `seen`). */
  until(match: (m: SseMessage) => boolean, timeoutMs?: number): Promise<SseMessage>;
  seen: SseMessage[];
  /** The body of a refused (non-200) answer. */
  body(): Promise<string>;
  close(): void;
}

/**
 * Opens `url` with fetch and reads it as a browser's fetch reader would (the way the board reads it):
 * the key in `Authorization`, framing parsed per the WHATWG event-stream rules we use.
 */
export async function openSse(url: string, headers: Record<string, string>): Promise<SseStream> {
  const abort = new AbortController();
  const res = await fetch(url, { headers, signal: abort.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let ended = false;
  const queue: SseMessage[] = [];
  const seen: SseMessage[] = [];
  // A read that lost a race with the timeout is kept for the next call: its chunk must not be dropped.
  let pending: ReturnType<typeof reader.read> | null = null;

  const parse = (block: string): SseMessage => {
    const m: SseMessage = {};
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) m.comment = line.slice(1).trim();
      const at = line.indexOf(':');
      if (at <= 0) continue;
      const field = line.slice(0, at);
      const value = line.slice(at + 1).replace(/^ /, '');
      if (field === 'id') m.id = value;
      if (field === 'event') m.event = value;
      if (field === 'data') m.data = m.data === undefined ? value : `${m.data}\n${value}`;
    }
    return m;
  };

  const next = async (timeoutMs = 3_000): Promise<SseMessage | null> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const queued = queue.shift();
      if (queued) return queued;
      const cut = buffer.indexOf('\n\n');
      if (cut >= 0) {
        queue.push(parse(buffer.slice(0, cut)));
        buffer = buffer.slice(cut + 2);
        continue;
      }
      if (ended) return null;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no server-sent message within ${timeoutMs} ms`);
      let timer: NodeJS.Timeout | undefined;
      pending ??= reader.read();
      const chunk = await Promise.race([
        pending,
        new Promise<'timeout'>((r) => {
          timer = setTimeout(() => r('timeout'), left);
        }),
      ]);
      clearTimeout(timer);
      if (chunk === 'timeout') continue;
      pending = null;
      if (chunk.done) ended = true;
      else buffer += decoder.decode(chunk.value, { stream: true });
    }
  };

  return {
    status: res.status,
    headers: res.headers,
    next,
    seen,
    async until(match, timeoutMs = 3_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const m = await next(Math.max(1, deadline - Date.now()));
        if (m === null) throw new Error('the stream ended before the expected message');
        seen.push(m);
        if (match(m)) return m;
      }
    },
    async body() {
      let text = buffer;
      for (;;) {
        const chunk = await (pending ?? reader.read());
        pending = null;
        if (chunk.done) return text;
        text += decoder.decode(chunk.value, { stream: true });
      }
    },
    close() {
      abort.abort();
    },
  };
}
