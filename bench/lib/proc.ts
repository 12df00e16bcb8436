import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** Repo root, so the bench behaves the same whatever directory it is started from. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Child {
  name: string;
  baseUrl: string;
  /** The child's process id (the soak scenario samples its memory). */
  pid: number;
  stop(): Promise<void>;
}

export interface ChildSpec {
  name: string;
  /** Script path relative to the repo root, run as `node --import tsx <script>`. */
  script: string;
  env: Record<string, string>;
  /** Working directory (default: the repo root); the script path is relative to it. */
  cwd?: string;
  /** Polled until it answers 200. */
  readyPath: string;
  readyHeaders?: Record<string, string>;
  readyTimeoutMs?: number;
}

/** Asks the OS for a free port; the tiny race until the child binds it is acceptable on a bench machine. */
export async function freePort(): Promise<number> {
  const srv = createServer().listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const addr = srv.address();
  srv.close();
  if (addr === null || typeof addr === 'string') throw new Error('could not get a free port');
  return addr.port;
}

export async function startChild(spec: ChildSpec): Promise<Child> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // Compiled JavaScript runs as it is; TypeScript (the floors) through tsx.
  const args = spec.script.endsWith('.js') ? [spec.script] : ['--import', 'tsx', spec.script];
  const child = spawn(process.execPath, args, {
    cwd: spec.cwd ?? ROOT,
    env: { ...process.env, ...spec.env, PORT: String(port), HOST: '127.0.0.1' },
    // stdout is piped to our stderr so the report on our stdout stays clean; the tail explains a crash.
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      for (const line of chunk.split('\n').filter(Boolean)) {
        process.stderr.write(`[${spec.name}] ${line}\n`);
        tail.push(line);
        if (tail.length > 30) tail.shift();
      }
    });
  }
  const stop = () => stopChild(child);
  try {
    await waitReady(child, `${baseUrl}${spec.readyPath}`, spec, tail);
  } catch (err) {
    await stop();
    throw err;
  }
  return { name: spec.name, baseUrl, pid: child.pid ?? 0, stop };
}

async function waitReady(child: ChildProcess, url: string, spec: ChildSpec, tail: string[]): Promise<void> {
  const deadline = Date.now() + (spec.readyTimeoutMs ?? 60_000);
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const how = child.exitCode ?? child.signalCode;
      throw new Error(`${spec.name} exited (${how}) before it was ready:\n${tail.join('\n')}`);
    }
    try {
      const res = await fetch(url, { headers: spec.readyHeaders ?? {}, signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `${spec.name} not ready at ${url} after ${(spec.readyTimeoutMs ?? 60_000) / 1000} s (${last})`,
  );
}

/** SIGTERM first so the child can close pools and drop what it created; SIGKILL if it hangs 10 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
