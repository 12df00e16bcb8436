import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ConfigError, loadConfig } from '../../../src/config.ts';
import {
  decryptSecret,
  encryptSecret,
  openSecret,
  parseSecretsKey,
  SecretUnreadableError,
} from '../../../src/domain/webhooks/secret-box.ts';
import { KEY_FILE, resolveSecretsKey } from '../../../src/secrets-key.ts';

const KEY = Buffer.alloc(32, 1);
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

describe('the webhook secret box', () => {
  it('should encrypt to v1:nonce:ciphertext:tag with a fresh 96-bit nonce and decrypt back', () => {
    const a = encryptSecret(KEY, SECRET);
    const b = encryptSecret(KEY, SECRET);
    expect(a).not.toBe(b);
    const [version, nonce, ciphertext, tag] = a.split(':');
    expect(version).toBe('v1');
    expect(Buffer.from(nonce!, 'base64')).toHaveLength(12);
    expect(Buffer.from(tag!, 'base64')).toHaveLength(16);
    expect(ciphertext).not.toContain(SECRET.slice(6));
    expect(decryptSecret(KEY, a)).toBe(SECRET);
    expect(openSecret(KEY, b)).toBe(SECRET);
  });

  it('should refuse another key and a changed ciphertext, and pass a plain secret from before through', () => {
    const sealed = encryptSecret(KEY, SECRET);
    expect(() => decryptSecret(Buffer.alloc(32, 2), sealed)).toThrow(SecretUnreadableError);
    const [v, n, c, t] = sealed.split(':');
    const flipped = Buffer.from(c!, 'base64');
    flipped[0]! ^= 1;
    expect(() => decryptSecret(KEY, [v, n, flipped.toString('base64'), t].join(':'))).toThrow(/not the key/);
    expect(() => decryptSecret(KEY, 'v1:abc')).toThrow(/format/);
    expect(openSecret(KEY, SECRET)).toBe(SECRET);
  });

  it('should read a 32-byte key written as hex or base64 and nothing else', () => {
    expect(parseSecretsKey('01'.repeat(32))).toEqual(KEY);
    expect(parseSecretsKey(KEY.toString('base64'))).toEqual(KEY);
    expect(parseSecretsKey(KEY.toString('base64url'))).toEqual(KEY);
    expect(parseSecretsKey('01'.repeat(31))).toBeNull();
    expect(parseSecretsKey(Buffer.alloc(16).toString('base64'))).toBeNull();
    expect(parseSecretsKey('not a key')).toBeNull();
  });
});

describe('SECRETS_KEY', () => {
  it('should be required with DATABASE_URL and refused when malformed, without echoing its value', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://db/fivep' })).toThrow(
      /Invalid setting SECRETS_KEY=.*must be set when DATABASE_URL is set/,
    );
    // The CLIs (keys, migrate) do not need it.
    expect(
      loadConfig({ DATABASE_URL: 'postgres://db/fivep' }, { secretsKeyRequired: false }).SECRETS_KEY,
    ).toBe(undefined);
    try {
      loadConfig({ SECRETS_KEY: 'hunter2-is-not-a-key' });
      expect.unreachable();
    } catch (err) {
      expect((err as ConfigError).problems).toEqual([
        expect.stringMatching(/^Invalid setting SECRETS_KEY=\(hidden\): must be 32 bytes/),
      ]);
      expect((err as Error).message).not.toContain('hunter2');
    }
    const config = loadConfig({ DATABASE_URL: 'postgres://db/fivep', SECRETS_KEY: KEY.toString('hex') });
    expect(resolveSecretsKey(config)).toEqual({ key: KEY, source: 'SECRETS_KEY' });
  });

  it('should be generated into the embedded data directory with mode 0600 once, then reused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fivep-key-'));
    try {
      const config = loadConfig({ PGLITE_DIR: dir });
      const first = resolveSecretsKey(config);
      expect(first).toMatchObject({ source: 'generated', path: join(dir, KEY_FILE) });
      expect(statSync(join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
      expect(readFileSync(join(dir, KEY_FILE), 'utf8').trim()).toBe(first.key.toString('hex'));
      const again = resolveSecretsKey(config);
      expect(again).toMatchObject({ source: 'key file' });
      expect(again.key).toEqual(first.key);
      chmodSync(join(dir, KEY_FILE), 0o644);
      expect(() => resolveSecretsKey(config)).toThrow(/chmod 600/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should live only in memory for an in-memory embedded database', () => {
    const { key, source } = resolveSecretsKey(loadConfig({ PGLITE_DIR: 'memory://' }));
    expect(source).toBe('in memory');
    expect(key).toHaveLength(32);
  });
});
