import { describe, expect, it } from 'vitest';
import { addressKind, refuseAddress } from '../../../src/domain/webhooks/address-policy.ts';
import { inRange, parseIp, parseRange } from '../../../src/domain/webhooks/ip-address.ts';

// One row per refused range, with its edges, and the IPv4-mapped IPv6 form of the IPv4 ones.
const REFUSED: [string, string][] = [
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['::1', 'loopback'],
  ['10.0.0.1', 'private'],
  ['10.255.255.255', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['192.168.1.10', 'private'],
  ['fec0::1', 'private'],
  ['100.64.0.1', 'shared'],
  ['100.127.255.254', 'shared'],
  ['169.254.1.1', 'link-local'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local'],
  ['fc00::1', 'unique-local'],
  ['fdff:ffff::1', 'unique-local'],
  ['0.0.0.0', 'unspecified'],
  ['::', 'unspecified'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['ff02::1', 'multicast'],
  ['255.255.255.255', 'broadcast'],
  ['240.0.0.1', 'reserved'],
  ['169.254.169.254', 'metadata'],
  ['fd00:ec2::254', 'metadata'],
  ['[fd00:ec2::254]', 'metadata'],
  ['::ffff:127.0.0.1', 'loopback'],
  ['::ffff:7f00:1', 'loopback'],
  ['::ffff:10.1.2.3', 'private'],
  ['::ffff:192.168.0.1', 'private'],
  ['::ffff:100.64.0.1', 'shared'],
  ['::ffff:169.254.169.254', 'metadata'],
  ['::ffff:0.0.0.0', 'unspecified'],
  ['64:ff9b::127.0.0.1', 'loopback'],
  ['2002:a00:1::', 'private'],
];

const PUBLIC = [
  '93.184.216.34',
  '8.8.8.8',
  '1.1.1.1',
  '172.15.255.255',
  '172.32.0.1',
  '100.63.255.255',
  '100.128.0.1',
  '169.253.255.255',
  '2606:4700:4700::1111',
  '2a00:1450:4001:82b::200e',
  '::ffff:8.8.8.8',
];

describe('webhook address policy', () => {
  it.each(REFUSED)('should classify %s as %s and refuse it', (address, kind) => {
    expect(addressKind(address)).toBe(kind);
    expect(refuseAddress(address, { allowPrivate: false })).toMatchObject({ address, kind });
  });

  it.each(PUBLIC)('should allow the public address %s', (address) => {
    expect(addressKind(address)).toBe('public');
    expect(refuseAddress(address, { allowPrivate: false })).toBeNull();
  });

  it('should let WEBHOOK_ALLOW_PRIVATE through the operator’s own networks only', () => {
    const allowed = ['127.0.0.1', '::1', '10.0.0.1', '192.168.1.10', '100.64.0.1', 'fe80::1', 'fd12::1'];
    for (const address of allowed) expect(refuseAddress(address, { allowPrivate: true }), address).toBeNull();
    const still = ['169.254.169.254', 'fd00:ec2::254', '::ffff:169.254.169.254', '0.0.0.0', '224.0.0.1'];
    for (const address of still)
      expect(refuseAddress(address, { allowPrivate: true }), address).not.toBeNull();
    expect(refuseAddress('169.254.169.254', { allowPrivate: true })?.reason).toMatch(
      /metadata.*even with WEBHOOK_ALLOW_PRIVATE/,
    );
  });

  it('should refuse text that is not an IP address instead of guessing', () => {
    for (const text of ['localhost', '1.2.3', '1.2.3.256', '01.2.3.4', '1::2::3', 'fe80::g', '']) {
      expect(addressKind(text), text).toBeNull();
      expect(refuseAddress(text, { allowPrivate: true })?.kind, text).toBe('reserved');
    }
  });
});

describe('IP ranges', () => {
  it('should match prefixes that do not fall on a byte boundary', () => {
    const cgnat = parseRange('100.64.0.0/10')!;
    expect(inRange(parseIp('100.127.0.1')!, cgnat)).toBe(true);
    expect(inRange(parseIp('100.128.0.1')!, cgnat)).toBe(false);
    expect(inRange(parseIp('::1')!, cgnat)).toBe(false);
    expect(parseRange('10.0.0.0/33')).toBeNull();
    expect(parseRange('fc00::/129')).toBeNull();
    expect(parseRange('fc00::/7')).not.toBeNull();
  });
});
