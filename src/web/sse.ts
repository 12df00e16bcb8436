/** One parsed Server-Sent Event (only the fields the engine sends). */
export interface SseEvent {
  id?: string;
  event?: string;
  data: string;
}

/** Splits an SSE byte stream into events (WHATWG: blank line ends an event; `data:` lines join with \n). */
export function parseSse(buffer: string): { events: SseEvent[]; rest: string } {
  const events: SseEvent[] = [];
  const blocks = buffer.replace(/\r\n?/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    const e: SseEvent = { data: '' };
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const at = line.indexOf(':');
      const field = at < 0 ? line : line.slice(0, at);
      const value = at < 0 ? '' : line.slice(at + 1).replace(/^ /, '');
      if (field === 'id') e.id = value;
      else if (field === 'event') e.event = value;
      else if (field === 'data') data.push(value);
    }
    e.data = data.join('\n');
    if (data.length > 0 || e.event) events.push(e);
  }
  return { events, rest };
}
