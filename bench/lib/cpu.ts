// CPU time per operation, read from /proc: the figure that does not follow whatever else runs on a shared
// box (req/s does). utime + stime of the process under test (all its threads are in the process totals)
// and of the PostgreSQL backends serving its database, read right before and right after the measured
// window, divided by the requests completed in that window. Linux only.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';

export interface ProcStat {
  pid: number;
  /** The executable's name as the kernel keeps it (may hold spaces and parentheses). */
  comm: string;
  state: string;
  /** User and system CPU time in clock ticks (fields 14 and 15 of /proc/<pid>/stat). */
  utime: number;
  stime: number;
}

/**
 * Parses one /proc/<pid>/stat line. The name (field 2) is in parentheses and may itself contain spaces and
 * ')', so the fields after it are split from the LAST ')', never by whitespace from the start.
 */
export function parseProcStat(line: string): ProcStat {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open < 0 || close < open) throw new Error(`not a /proc/<pid>/stat line: ${line.slice(0, 80)}`);
  const pid = Number(line.slice(0, open).trim());
  // After the ')': field 3 (state) is at index 0, so field n is at index n - 3.
  const rest = line
    .slice(close + 1)
    .trim()
    .split(/\s+/);
  const utime = Number(rest[14 - 3]);
  const stime = Number(rest[15 - 3]);
  if (!Number.isInteger(pid) || !Number.isFinite(utime) || !Number.isFinite(stime)) {
    throw new Error(`unreadable /proc/<pid>/stat line: ${line.slice(0, 80)}`);
  }
  return { pid, comm: line.slice(open + 1, close), state: rest[0] ?? '?', utime, stime };
}

let clockTicks: number | undefined;
/** Clock ticks per second (`getconf CLK_TCK`, 100 on Linux/x86), read once. */
export function clkTck(): number {
  clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  if (!(clockTicks > 0)) throw new Error('getconf CLK_TCK gave no positive number');
  return clockTicks;
}

/** utime + stime of a process in ticks, or undefined when it has gone (or /proc is not there). */
export function readTicks(pid: number): number | undefined {
  try {
    const s = parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return s.utime + s.stime;
  } catch {
    return undefined;
  }
}

/** What to measure: a process, and optionally the PostgreSQL backends serving one database. */
export interface CpuTarget {
  pid: number;
  backends?: {
    /** An admin connection URL (any database on the same server). */
    adminUrl: string;
    datname: string;
    /** Narrows the backends to one application_name (the insert floor shares the `postgres` database). */
    applicationName?: string;
  };
}

export interface CpuPerOp {
  /** µs of CPU per completed request. */
  serviceUs: number;
  /** Undefined when no PostgreSQL backends were measured (PGlite: the database is in the service). */
  backendUs?: number;
  totalUs: number;
  requests: number;
  /** Backends read at both ends / that appeared during the window (counted in full) / that vanished. */
  backends?: { read: number; appeared: number; vanished: number };
}

/** Pure arithmetic of a window, split out so it can be tested. */
export function perOp(
  ticks: { service: number; backends?: number },
  requests: number,
  hz: number,
): Pick<CpuPerOp, 'serviceUs' | 'backendUs' | 'totalUs'> {
  const us = (t: number) => (requests > 0 ? (t * 1e6) / hz / requests : Number.NaN);
  const serviceUs = us(ticks.service);
  if (ticks.backends === undefined) return { serviceUs, totalUs: serviceUs };
  const backendUs = us(ticks.backends);
  return { serviceUs, backendUs, totalUs: serviceUs + backendUs };
}

async function backendPids(client: pg.Client, b: NonNullable<CpuTarget['backends']>): Promise<number[]> {
  const { rows } = await client.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity
      WHERE datname = $1 AND pid <> pg_backend_pid() AND ($2::text IS NULL OR application_name = $2)`,
    [b.datname, b.applicationName ?? null],
  );
  return rows.map((r) => r.pid);
}

export interface CpuWindow {
  /** Reads the counters again and divides by the requests the window completed. */
  end(requests: number): Promise<CpuPerOp>;
}

/**
 * Starts a window: lists the backends (through its own admin connection, its own pid excluded) and reads
 * every counter. Call it right before the measured load, and `end` right after.
 */
export async function startCpuWindow(target: CpuTarget): Promise<CpuWindow> {
  const hz = clkTck();
  let client: pg.Client | undefined;
  const before = new Map<number, number>();
  if (target.backends) {
    client = new pg.Client({ connectionString: target.backends.adminUrl, connectionTimeoutMillis: 5000 });
    await client.connect();
    for (const pid of await backendPids(client, target.backends)) {
      const t = readTicks(pid);
      if (t !== undefined) before.set(pid, t);
    }
  }
  const service0 = readTicks(target.pid);
  if (service0 === undefined) {
    await client?.end();
    throw new Error(`cannot read /proc/${target.pid}/stat`);
  }
  return {
    async end(requests) {
      // The known counters first, synchronously, so the admin query below is not in the window.
      const service1 = readTicks(target.pid);
      const after = new Map<number, number | undefined>([...before.keys()].map((p) => [p, readTicks(p)]));
      if (service1 === undefined) throw new Error(`process ${target.pid} exited during the window`);
      if (!client || !target.backends) {
        return { ...perOp({ service: service1 - service0 }, requests, hz), requests };
      }
      try {
        let ticks = 0;
        let read = 0;
        let vanished = 0;
        for (const [pid, t0] of before) {
          const t1 = after.get(pid);
          if (t1 === undefined) {
            vanished++;
            continue;
          }
          ticks += t1 - t0;
          read++;
        }
        // A backend that appeared during the window spent all its CPU inside it (bar its start-up).
        let appeared = 0;
        for (const pid of await backendPids(client, target.backends)) {
          if (before.has(pid)) continue;
          const t = readTicks(pid);
          if (t === undefined) continue;
          ticks += t;
          appeared++;
        }
        const figures = perOp({ service: service1 - service0, backends: ticks }, requests, hz);
        return { ...figures, requests, backends: { read, appeared, vanished } };
      } finally {
        await client.end();
      }
    },
  };
}
