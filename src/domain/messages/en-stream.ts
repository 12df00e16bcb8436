import { define } from './template.ts';

/** Messages of the live stream and the system audit routes, in English (Polish: pl-stream.ts). */
export const enStream = {
  stream_for_people: define(
    { role: 'integration' },
    (p) =>
      `The live stream is for people and dashboards; a key with role ${p.role} cannot open it. ` +
      'Systems receive the same events by webhook (an admin subscribes one with POST /v1/webhooks).',
  ),
  stream_limit: define(
    { max: 5 },
    (p) =>
      `This key already has ${p.max} live streams open, the most one key may hold; close one before opening another.`,
  ),
  stream_cursor_unknown: define(
    { id: '0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c' },
    (p) =>
      `Last-Event-ID ${p.id} names no event of this server. Reload what you show, then open the stream without it to start from now.`,
  ),
  stream_closing: define(
    {},
    () => 'This server is shutting down and opens no more streams; reconnect in a few seconds.',
  ),
  key_in_url: define(
    { name: 'key' },
    (p) =>
      `An API key is never accepted in the URL (query parameter "${p.name}"): URLs end up in logs and browser history. ` +
      'Send it as "Authorization: Bearer <key>", and revoke the key if it was a real one.',
  ),
};
