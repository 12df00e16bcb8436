import { describe, expect, it } from 'vitest';
import { clkTck, parseProcStat, perOp, readTicks } from '../../../bench/lib/cpu.ts';

// A real line of /proc/<pid>/stat (a postgres backend), and the same with a hostile process name.
const PLAIN =
  '24930 (postgres) S 2228 24930 24930 0 -1 4194368 500 0 0 0 1234 567 0 0 20 0 1 0 344268 224452608 3724 ' +
  '18446744073709551615 94624526839808 94624532296153 140730564672288 0 0 0 4194304 24123392 536896135 1 0 0 ' +
  '17 1 0 0 0 0 0';
const TRAP = PLAIN.replace('(postgres)', '(my (odd) ) name 7 8)');

describe('parseProcStat', () => {
  it('should read utime and stime (fields 14 and 15) of a plain line', () => {
    expect(parseProcStat(PLAIN)).toEqual({
      pid: 24930,
      comm: 'postgres',
      state: 'S',
      utime: 1234,
      stime: 567,
    });
  });

  it('should split after the last ")" when the name holds spaces and parentheses', () => {
    expect(parseProcStat(TRAP)).toEqual({
      pid: 24930,
      comm: 'my (odd) ) name 7 8',
      state: 'S',
      utime: 1234,
      stime: 567,
    });
  });

  it('should refuse a line that is not a stat line', () => {
    expect(() => parseProcStat('no parentheses here')).toThrow(/not a \/proc/);
    expect(() => parseProcStat('12 (x) S 1 2')).toThrow(/unreadable/);
  });

  it('should read this very process (Linux)', () => {
    if (process.platform !== 'linux') return;
    expect(clkTck()).toBeGreaterThan(0);
    expect(readTicks(process.pid)).toBeGreaterThanOrEqual(0);
    expect(readTicks(2 ** 31 - 2)).toBeUndefined();
  });
});

describe('perOp', () => {
  it('should turn ticks into µs per request', () => {
    // 50 ticks at 100 Hz = 0.5 s over 10,000 requests = 50 µs each.
    expect(perOp({ service: 50 }, 10_000, 100)).toEqual({ serviceUs: 50, totalUs: 50 });
    expect(perOp({ service: 50, backends: 30 }, 10_000, 100)).toEqual({
      serviceUs: 50,
      backendUs: 30,
      totalUs: 80,
    });
  });

  it('should give NaN, not Infinity, when nothing completed', () => {
    expect(perOp({ service: 5 }, 0, 100).totalUs).toBeNaN();
  });
});
