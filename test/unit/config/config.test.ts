import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.ts';

describe('loadConfig', () => {
  it('should apply the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      PGLITE_DIR: './data/pglite',
      PLAYBOOKS_DIR: './playbooks',
      LOG_LEVEL: 'info',
      WORKER: 'on',
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('should treat empty settings as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ' })).toMatchObject({
      PORT: 3000,
      DATABASE_URL: undefined,
    });
  });

  it('should name every bad setting on its own line', () => {
    try {
      loadConfig({ PORT: '70000', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x' });
      expect.fail('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const lines = (err as ConfigError).problems;
      expect(lines).toHaveLength(3);
      expect(lines.find((l) => l.startsWith('Invalid setting PORT="70000"'))).toBeDefined();
      expect(lines.find((l) => l.startsWith('Invalid setting LOG_LEVEL="loud"'))).toBeDefined();
      expect(lines.find((l) => l.startsWith('Invalid setting DATABASE_URL="mysql://x"'))).toMatch(/postgres/);
    }
  });

  it('should refuse an admin key too short to be a secret', () => {
    expect(() => loadConfig({ ADMIN_API_KEY: 'short' })).toThrow(/ADMIN_API_KEY/);
  });

  it('should read the default first-reply policy as milliseconds, 24 hours unless set', () => {
    expect(loadConfig({}).FIRST_REPLY_DEFAULT).toBe(24 * 3_600_000);
    expect(loadConfig({ FIRST_REPLY_DEFAULT: 'PT6H' }).FIRST_REPLY_DEFAULT).toBe(6 * 3_600_000);
    expect(() => loadConfig({ FIRST_REPLY_DEFAULT: '6 hours' })).toThrow(/FIRST_REPLY_DEFAULT.*ISO 8601/);
    expect(() => loadConfig({ FIRST_REPLY_DEFAULT: 'PT0S' })).toThrow(/FIRST_REPLY_DEFAULT/);
  });

  it('should leave Meta webhooks off by default and refuse a Graph URL that is not http(s)', () => {
    const config = loadConfig({});
    expect(config.META_APP_SECRET).toBeUndefined();
    expect(config.META_GRAPH_URL).toBe('https://graph.facebook.com/v21.0');
    expect(() => loadConfig({ META_GRAPH_URL: 'ftp://graph.example' })).toThrow(/META_GRAPH_URL/);
    expect(() => loadConfig({ META_APP_SECRET: 'short' })).toThrow(/META_APP_SECRET/);
  });

  it('should take TRUST_PROXY as true/false, a hop count or proxy addresses, and refuse anything else', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, fd00::/8,loopback' }).TRUST_PROXY).toEqual([
      '10.0.0.0/8',
      'fd00::/8',
      'loopback',
    ]);
    for (const bad of ['yes', '10.0.0.0/33', '10.0.0.0/8,nginx']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/Invalid setting TRUST_PROXY=.*hop count/);
    }
  });

  it('should limit requests without a key to 60 per minute per address unless set', () => {
    expect(loadConfig({}).RATE_LIMIT_PER_MINUTE_ANONYMOUS).toBe(60);
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE_ANONYMOUS: '5' }).RATE_LIMIT_PER_MINUTE_ANONYMOUS).toBe(5);
  });
});
