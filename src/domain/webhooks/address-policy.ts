import { type IpBytes, type IpRange, inRange, parseIp, parseRange } from './ip-address.ts';

/**
 * Which addresses a webhook may be delivered to. A subscriber chooses the URL, so without this an API key
 * could make the service POST to the cloud metadata endpoint, the database or an admin port on the
 * internal network (server-side request forgery).
 */
export type AddressKind =
  | 'public'
  | 'metadata'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link-local'
  | 'unique-local'
  | 'unspecified'
  | 'multicast'
  | 'broadcast'
  | 'reserved';

/** Why a webhook URL is refused: the kind of its address, or a host name with no address at all. */
export type RefusalKind = Exclude<AddressKind, 'public'> | 'unresolved';

/** Why each refused kind is refused, in English words (logs, delivery errors, the problem's `reason`). */
const REASONS: Record<Exclude<AddressKind, 'public'>, string> = {
  metadata: 'a cloud metadata address (it hands out credentials)',
  loopback: 'a loopback address (this machine)',
  private: 'a private network address (RFC 1918)',
  shared: 'a carrier-grade NAT address (100.64.0.0/10)',
  'link-local': 'a link-local address',
  'unique-local': 'a unique-local IPv6 address (fc00::/7)',
  unspecified: 'the unspecified address (it reaches this machine)',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
};

/** The English reason for a refusal; `dnsCode` is the resolver's error code for an unresolved host. */
export function reasonInEnglish(kind: RefusalKind, dnsCode: string | null): string {
  if (kind === 'unresolved') return `a host name that does not resolve (${dnsCode ?? 'no answer'})`;
  return kind === 'metadata' ? `${REASONS[kind]}, refused even with WEBHOOK_ALLOW_PRIVATE` : REASONS[kind];
}

/** Kinds that WEBHOOK_ALLOW_PRIVATE lets through (receivers on the operator's own network). */
const OPT_OUT: ReadonlySet<AddressKind> = new Set([
  'loopback',
  'private',
  'shared',
  'link-local',
  'unique-local',
]);

const ranges = (entries: [string, AddressKind][]): [IpRange, AddressKind][] =>
  entries.map(([cidr, kind]) => [parseRange(cidr)!, kind]);

/** AWS, GCP, Azure, Oracle (169.254.169.254), ECS/EKS task credentials, Alibaba, AWS over IPv6. */
const METADATA = ranges([
  ['169.254.169.254', 'metadata'],
  ['169.254.170.2', 'metadata'],
  ['169.254.170.23', 'metadata'],
  ['100.100.100.200', 'metadata'],
  ['fd00:ec2::254', 'metadata'],
  ['fd00:ec2::23', 'metadata'],
]);

// First match wins: the narrower range comes first.
const V4 = ranges([
  ['0.0.0.0/8', 'unspecified'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'shared'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private'],
  ['192.168.0.0/16', 'private'],
  ['224.0.0.0/4', 'multicast'],
  ['255.255.255.255/32', 'broadcast'],
  ['240.0.0.0/4', 'reserved'],
]);

const V6 = ranges([
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  ['fe80::/10', 'link-local'],
  ['fec0::/10', 'private'],
  ['fc00::/7', 'unique-local'],
  ['ff00::/8', 'multicast'],
]);

/** IPv6 forms that carry an IPv4 address (mapped, NAT64, compatible, 6to4): the IPv4 address decides. */
const EMBEDDED_V4: [IpRange, number][] = [
  [parseRange('::ffff:0:0/96')!, 12],
  [parseRange('64:ff9b::/96')!, 12],
  [parseRange('::/96')!, 12],
  [parseRange('2002::/16')!, 2],
];

function kindOfBytes(bytes: IpBytes): AddressKind {
  const metadata = METADATA.find(([range]) => inRange(bytes, range));
  if (metadata) return 'metadata';
  const table = bytes.length === 4 ? V4 : V6;
  const hit = table.find(([range]) => inRange(bytes, range));
  if (hit) return hit[1];
  if (bytes.length === 16) {
    const embedded = EMBEDDED_V4.find(([range]) => inRange(bytes, range));
    if (embedded) return kindOfBytes(bytes.slice(embedded[1], embedded[1] + 4));
  }
  return 'public';
}

/** The kind of an IP address given as text; null when the text is not an IP address. */
export function addressKind(address: string): AddressKind | null {
  const bytes = parseIp(address);
  return bytes ? kindOfBytes(bytes) : null;
}

/** Whether WEBHOOK_ALLOW_PRIVATE would let an address of this kind through. */
export function optOutAllows(kind: AddressKind): boolean {
  return OPT_OUT.has(kind);
}

export interface AddressRefusal {
  address: string;
  kind: Exclude<AddressKind, 'public'>;
  reason: string;
}

/**
 * Null when a webhook may be delivered to `address`, else why not. With `allowPrivate` the operator's
 * own networks pass; metadata, unspecified, multicast, broadcast and reserved addresses never do.
 * Text that is not an IP address is refused: only resolved addresses are checked here.
 */
export function refuseAddress(address: string, options: { allowPrivate: boolean }): AddressRefusal | null {
  const kind = addressKind(address) ?? 'reserved';
  if (kind === 'public' || (options.allowPrivate && OPT_OUT.has(kind))) return null;
  return { address, kind, reason: reasonInEnglish(kind, null) };
}
