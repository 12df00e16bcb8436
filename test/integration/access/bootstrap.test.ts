import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Real processes on their own PGlite directories, as in foundation/process.test.ts: bootstrapping
// happens in src/server.ts, which the in-process test app does not run.

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

interface Proc {
  child: ChildProcess;
  output: () => string;
  port: number;
}

async function start(pgliteDir: string, env: Record<string, string> = {}): Promise<Proc> {
  const port = await freePort();
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      WORKER: 'off',
      PORT: String(port),
      PGLITE_DIR: pgliteDir,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const proc = { child, output: () => out, port };
  try {
    await waitReady(proc);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return proc;
}

async function waitReady(proc: Proc, ms = 90_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (proc.child.exitCode !== null) throw new Error(`server exited: ${proc.output()}`);
    try {
      if ((await fetch(`http://127.0.0.1:${proc.port}/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become ready');
}

async function stop(proc: Proc): Promise<void> {
  if (proc.child.exitCode !== null) return;
  const exited = new Promise((resolve) => proc.child.once('exit', resolve));
  proc.child.kill('SIGTERM');
  await exited;
}

const get = (proc: Proc, key?: string) =>
  fetch(`http://127.0.0.1:${proc.port}/v1/api-keys`, {
    headers: key ? { authorization: `Bearer ${key}` } : {},
  });

describe('bootstrapping the first admin key', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fivep-keys-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('should print a new admin key once on a first start, then honour ADMIN_API_KEY idempotently', async () => {
    const pgliteDir = join(dir, 'db');
    const first = await start(pgliteDir);
    let key: string;
    try {
      const printed = first.output().match(/ADMIN KEY: (fivep_admin_[A-Za-z0-9_-]{43})/);
      expect(printed, first.output()).not.toBeNull();
      key = printed![1]!;
      expect(first.output().split(key)).toHaveLength(2);
      expect((await get(first)).status).toBe(401);
      expect((await get(first, key)).status).toBe(200);
    } finally {
      await stop(first);
    }
    const secret = 'ci-admin-secret-0123456789abcdef';
    for (let i = 0; i < 2; i++) {
      const proc = await start(pgliteDir, { ADMIN_API_KEY: secret });
      try {
        expect(proc.output()).not.toMatch(/ADMIN KEY/);
        expect((await get(proc, key)).status).toBe(200);
        const res = await get(proc, secret);
        expect(res.status).toBe(200);
        const items = ((await res.json()) as { items: { role: string; prefix: string }[] }).items;
        // Restarting with the same ADMIN_API_KEY adds no second row.
        expect(
          items.map((k) => [k.role, k.prefix.startsWith('fivep_admin_') ? 'printed' : k.prefix]),
        ).toEqual([
          ['admin', 'printed'],
          ['admin', 'ADMIN_API_KEY'],
        ]);
        expect((await get(proc, `${secret}x`)).status).toBe(401);
      } finally {
        await stop(proc);
      }
    }
  }, 300_000);
});
