import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSse, type SseEvent } from '../../../src/web/sse.ts';

/** Feeds the text in the given pieces, as a stream reader hands them over. */
function feed(pieces: string[]): SseEvent[] {
  const out: SseEvent[] = [];
  let buffer = '';
  for (const p of pieces) {
    const { events, rest } = parseSse(buffer + p);
    out.push(...events);
    buffer = rest;
  }
  return out;
}

describe('the desk reads Server-Sent Events', () => {
  it('should read id, event and data, join data lines, and skip comments', () => {
    const text =
      ': keep-alive\n\nid: 41\nevent: incident.transitioned\ndata: {"a":1}\n\nid: 42\ndata: line one\ndata: line two\n\n';
    expect(feed([text])).toEqual([
      { id: '41', event: 'incident.transitioned', data: '{"a":1}' },
      { id: '42', data: 'line one\nline two' },
    ]);
  });

  it('should keep an unfinished event for the next chunk', () => {
    const { events, rest } = parseSse('id: 1\ndata: x\n\nid: 2\ndata: y');
    expect(events).toEqual([{ id: '1', data: 'x' }]);
    expect(rest).toBe('id: 2\ndata: y');
  });

  it('should read the same events however the bytes are split into chunks', () => {
    const event = fc.record({
      id: fc.stringMatching(/^[0-9]{1,6}$/),
      event: fc.constantFrom('incident.opened', 'incident.transitioned', 'complaint.reply_created'),
      data: fc.json().map((j) => j.replace(/[\r\n]/g, ' ')),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), (events, cuts) => {
        const text = events.map((e) => `id: ${e.id}\nevent: ${e.event}\ndata: ${e.data}\n\n`).join('');
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const pieces: string[] = [];
        let from = 0;
        for (const c of at) {
          pieces.push(text.slice(from, c));
          from = c;
        }
        pieces.push(text.slice(from));
        expect(feed(pieces)).toEqual(events);
      }),
    );
  });
});
