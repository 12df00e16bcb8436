import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function start(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, LOG_LEVEL: 'info', WORKER: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  return { child, output: () => out };
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

async function waitHealthy(port: number, ms = 120_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/ready`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become ready');
}

describe('the server process', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fivep-proc-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('should stop at start with one line naming a bad setting', async () => {
    const { child, output } = start({ PORT: 'eighty' });
    expect(await exitOf(child)).toBe(1);
    expect(output().trim()).toMatch(/^Invalid setting PORT="eighty": /);
  });

  it('should finish in-flight work and exit 0 on SIGTERM, and refuse a second process on the same PGlite dir', async () => {
    const port = await freePort();
    const pgliteDir = join(dir, 'db');
    const env = { PORT: String(port), PGLITE_DIR: pgliteDir };
    const first = start(env);
    try {
      await waitHealthy(port);
      const second = start({ ...env, PORT: String(await freePort()) });
      expect(await exitOf(second.child)).toBe(1);
      expect(second.output()).toMatch(/PGLITE_DIR .* is in use by process/);

      const inFlight = fetch(`http://127.0.0.1:${port}/ready`);
      first.child.kill('SIGTERM');
      expect((await inFlight).status).toBe(200);
      expect(await exitOf(first.child)).toBe(0);
    } finally {
      first.child.kill('SIGKILL');
    }
  }, 180_000);
});
