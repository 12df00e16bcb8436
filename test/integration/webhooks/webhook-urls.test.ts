import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HostResolver } from '../../../src/services/webhook-address.ts';
import { buildTestApp, type TestApp } from '../../helpers/test-app.ts';
import { startReceiver } from '../../helpers/webhook-receiver.ts';
import { openIncident, testDispatcher } from '../../helpers/webhook-worker.ts';

/** A resolver stub: each host answers its list of answers in turn, the last one from then on. */
function stubResolver(answers: Record<string, string[][]>): HostResolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (host: string) => {
    calls.push(host);
    const queue = answers[host];
    if (!queue) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    const next = queue.length > 1 ? queue.shift()! : queue[0]!;
    return next.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolve, { calls });
}

const subscribe = (t: TestApp, url: string) =>
  t.app.inject({ method: 'POST', url: '/v1/webhooks', payload: { url, events: ['incident.opened'] } });

describe('POST /v1/webhooks without WEBHOOK_ALLOW_PRIVATE', () => {
  let t: TestApp;
  const resolver = stubResolver({
    'hooks.example.com': [['93.184.216.34', '2606:2800:220:1::1']],
    'split.example.com': [['93.184.216.34', '10.1.2.3']],
    'meta.example.com': [['169.254.169.254']],
  });
  beforeAll(async () => {
    t = await buildTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: 'false' }, resolveHost: resolver });
  });
  afterAll(async () => t.close());

  it.each([
    ['http://127.0.0.1:8080/hook', '127.0.0.1', 'loopback'],
    ['http://[::1]/hook', '::1', 'loopback'],
    ['http://0x7f.1/hook', '127.0.0.1', 'loopback'],
    ['http://10.0.0.7/hook', '10.0.0.7', 'private network'],
    ['http://100.64.3.4/hook', '100.64.3.4', 'carrier-grade NAT'],
    ['http://[fe80::1]/hook', 'fe80::1', 'link-local'],
    ['http://[fd12:3456::1]/hook', 'fd12:3456::1', 'unique-local'],
    ['http://0.0.0.0/hook', '0.0.0.0', 'unspecified'],
    ['http://[::ffff:192.168.0.1]/hook', '::ffff:c0a8:1', 'private network'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254', 'metadata'],
  ])('should refuse %s with 422 naming the address and why', async (url, address, why) => {
    const res = await subscribe(t, url);
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body).toMatchObject({ type: '/problems/webhook-url-refused', address });
    expect(body.detail).toContain(address);
    expect(body.detail).toContain(why);
  });

  it('should refuse a host when any of its resolved addresses is refused', async () => {
    const res = await subscribe(t, 'https://split.example.com/hook');
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toMatch(
      /split\.example\.com resolves to 10\.1\.2\.3, which is a private network/,
    );
    expect(res.json().detail).toContain('WEBHOOK_ALLOW_PRIVATE=true');
  });

  it('should refuse a host that resolves to the metadata address or not at all', async () => {
    expect((await subscribe(t, 'https://meta.example.com/')).json().reason).toMatch(/metadata/);
    const unknown = await subscribe(t, 'https://nowhere.example.com/');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().detail).toMatch(/does not resolve \(ENOTFOUND\)\. Check the host name/);
    expect(unknown.json()).toMatchObject({
      reason: 'a host name that does not resolve (ENOTFOUND)',
      reasonKind: 'unresolved',
      dnsCode: 'ENOTFOUND',
    });
  });

  it('should word the refusal in the language asked for and name its kind for clients', async () => {
    const ask = (language: string, url: string) =>
      t.app.inject({
        method: 'POST',
        url: '/v1/webhooks',
        headers: { 'accept-language': language },
        payload: { url, events: ['incident.opened'] },
      });
    const greek = (await ask('el', 'https://split.example.com/hook')).json();
    expect(greek).toMatchObject({
      reason: 'a private network address (RFC 1918)',
      reasonKind: 'private',
      dnsCode: null,
    });
    expect(greek.detail).toContain(
      'το split.example.com αντιστοιχεί στη διεύθυνση 10.1.2.3, η οποία είναι διεύθυνση ιδιωτικού δικτύου (RFC 1918).',
    );
    const polish = (await ask('pl', 'https://nowhere.example.com/')).json();
    expect(polish.detail).toContain('jest nazwą hosta, której nie da się zamienić na adres (ENOTFOUND)');
    expect(polish.detail).not.toMatch(/does not resolve/);
  });

  it('should accept a host whose every address is public', async () => {
    expect((await subscribe(t, 'https://hooks.example.com/crisis')).statusCode).toBe(201);
    expect((await subscribe(t, 'https://93.184.216.34/crisis')).statusCode).toBe(201);
  });
});

describe('POST /v1/webhooks with WEBHOOK_ALLOW_PRIVATE=true', () => {
  let t: TestApp;
  beforeAll(async () => {
    const resolveHost = stubResolver({ 'meta.internal': [['fd00:ec2::254']] });
    t = await buildTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: 'true' }, resolveHost });
  });
  afterAll(async () => t.close());

  it('should accept receivers on private networks and still refuse the metadata addresses', async () => {
    expect((await subscribe(t, 'http://127.0.0.1:9/hook')).statusCode).toBe(201);
    expect((await subscribe(t, 'http://192.168.10.5/hook')).statusCode).toBe(201);
    for (const url of ['http://169.254.169.254/', 'http://[fd00:ec2::254]/', 'http://meta.internal/']) {
      const res = await subscribe(t, url);
      expect(res.statusCode, url).toBe(422);
      expect(res.json().detail, url).toMatch(/metadata.*even with WEBHOOK_ALLOW_PRIVATE/);
    }
  });
});

describe('webhook delivery and DNS rebinding', () => {
  it('should record a failed attempt when the host resolves to a refused address at delivery', async () => {
    const receiver = await startReceiver();
    const port = new URL(receiver.url).port;
    // Public when subscribing, this machine when delivering: a rebinding attack.
    const resolveHost = stubResolver({ 'rebind.example.com': [['93.184.216.34'], ['127.0.0.1']] });
    const t = await buildTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: 'false' }, resolveHost });
    try {
      const sub = await subscribe(t, `http://rebind.example.com:${port}/hook`);
      expect(sub.statusCode).toBe(201);
      expect((await openIncident(t)).statusCode).toBe(201);
      const dispatcher = await testDispatcher(t, { resolveHost, allowPrivate: false });
      expect(await dispatcher.tick()).toEqual({ delivered: 0, failed: 1 });
      expect(receiver.received).toHaveLength(0);
      const attempts = (await t.app.inject({ url: `/v1/webhooks/${sub.json().id}/deliveries` })).json();
      expect(attempts.items[0]).toMatchObject({ ok: false, statusCode: null, deliveryStatus: 'pending' });
      expect(attempts.items[0].error).toMatch(
        /^refused: rebind\.example\.com resolved to 127\.0\.0\.1, a loopback/,
      );
    } finally {
      await t.close();
      await receiver.close();
    }
  });

  it('should connect to the address the guarded lookup checked', async () => {
    const receiver = await startReceiver();
    const port = new URL(receiver.url).port;
    const resolveHost = stubResolver({ 'receiver.internal': [['127.0.0.1']] });
    const t = await buildTestApp({ env: { WEBHOOK_ALLOW_PRIVATE: 'true' }, resolveHost });
    try {
      expect((await subscribe(t, `http://receiver.internal:${port}/hook`)).statusCode).toBe(201);
      expect((await openIncident(t)).statusCode).toBe(201);
      const dispatcher = await testDispatcher(t, { resolveHost });
      expect(await dispatcher.tick()).toEqual({ delivered: 1, failed: 0 });
      expect(receiver.received).toHaveLength(1);
      expect(receiver.received[0]!.headers.host).toBe(`receiver.internal:${port}`);
      expect(resolveHost.calls.filter((h) => h === 'receiver.internal').length).toBeGreaterThanOrEqual(2);
    } finally {
      await t.close();
      await receiver.close();
    }
  });
});
