import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startServer } from '../helpers/server-process.ts';
import { waitFor } from '../helpers/worker-process.ts';

describe('the embedded database killed during writes', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fivep-crash-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('should keep every acknowledged write across a SIGKILL and restart', async () => {
    const env = { PGLITE_DIR: join(dir, 'db') };
    const first = await startServer(env);
    const acked: string[] = [];
    let stop = false;
    const writer = (async () => {
      for (let i = 0; !stop; i++) {
        const res = await call(first.url, 'POST', '/v1/incidents', {
          playbookId: 'delivery-delay',
          title: `crash ${i}`,
          severity: 'low',
        });
        if (res.status === 201) acked.push(res.json.id);
        if (res.status === 0) break;
      }
    })();
    // 40 acknowledged writes before the kill; a server that stops acknowledging fails here, not at the timeout.
    const enough = await waitFor(() => acked.length >= 40, 60_000);
    first.child.kill('SIGKILL');
    stop = true;
    await writer;
    expect(enough, `${acked.length} writes acknowledged in 60 s`).toBe(true);
    await new Promise<void>((r) =>
      first.child.exitCode !== null || first.child.signalCode !== null
        ? r()
        : first.child.once('exit', () => r()),
    );

    const second = await startServer(env); // the dead process's lock is taken over
    try {
      for (const id of acked) expect((await call(second.url, 'GET', `/v1/incidents/${id}`)).status).toBe(200);
      const verify = await call(second.url, 'GET', `/v1/incidents/${acked.at(-1)}/audit/verify`);
      expect(verify.json.valid).toBe(true);
    } finally {
      second.child.kill('SIGTERM');
    }
  }, 180_000);
});
