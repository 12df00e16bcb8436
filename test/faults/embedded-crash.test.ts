import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startServer } from '../helpers/server-process.ts';

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
    while (acked.length < 40) await new Promise((r) => setTimeout(r, 50));
    first.child.kill('SIGKILL');
    stop = true;
    await writer;
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
