import { connect } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_ADMIN_KEY, type TestApp } from '../../helpers/test-app.ts';

// A client that hangs up mid-request is no fault of the service: logged at info, never as an error.

const lines: { level: number; msg: string }[] = [];
const capture = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});

let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await buildTestApp({ logger: { level: 'info', stream: capture } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = (t.app.server.address() as { port: number }).port;
});
afterAll(async () => {
  await t.close();
});

/** Sends the headers and half a body, then drops the connection. */
function hangUpMidBody(path: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TEST_ADMIN_KEY}\r\n` +
          'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"playbookId":"delivery-delay",',
        () => setTimeout(() => socket.destroy(), 50),
      );
    });
    socket.on('close', () => resolve());
  });
}

describe('a client that disconnects mid-request', () => {
  it('should be logged at info as a closed connection, with nothing at error level', async () => {
    await hangUpMidBody('/v1/incidents');
    const deadline = Date.now() + 5_000;
    const closed = () => lines.find((l) => l.msg === 'client closed the connection mid-request');
    while (!closed() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(closed()?.level).toBe(30);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    // The server goes on as before.
    const res = await t.app.inject({ url: '/v1/incidents?limit=1' });
    expect(res.statusCode).toBe(200);
  });
});
