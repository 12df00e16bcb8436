import { type ChildProcess, spawn } from 'node:child_process';
import { TEST_SECRETS_KEY } from './test-app.ts';

/** `npm run worker` as a real child process against the given database. */
export function startWorkerProcess(databaseUrl: string, env: Record<string, string> = {}): ChildProcess {
  return spawnWorker(databaseUrl, env, 'inherit');
}

/** The same, with its log lines (stdout and stderr) kept for the test to read. */
export function startWatchedWorker(
  databaseUrl: string,
  env: Record<string, string> = {},
): { child: ChildProcess; output(): string } {
  const child = spawnWorker(databaseUrl, env, 'pipe');
  let out = '';
  const keep = (d: Buffer) => {
    out = (out + d).slice(-50_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => out };
}

function spawnWorker(databaseUrl: string, env: Record<string, string>, output: 'inherit' | 'pipe') {
  return spawn(process.execPath, ['--import', 'tsx', 'src/worker-main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      WORKER_INTERVAL_MS: '100',
      WEBHOOK_TIMEOUT_MS: '1000',
      DB_POOL_SIZE: '8',
      WEBHOOK_ALLOW_PRIVATE: 'true',
      SECRETS_KEY: TEST_SECRETS_KEY.toString('base64'),
      ...env,
    },
    stdio: ['ignore', output, output],
  });
}

export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Polls `check` until it is true or `ms` pass; returns whether it became true. */
export async function waitFor(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}
