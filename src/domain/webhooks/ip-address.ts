/**
 * IP address parsing without node:net (the domain stays pure): an address is its bytes, 4 for IPv4 and
 * 16 for IPv6, so one prefix comparison serves both families.
 */
export type IpBytes = readonly number[];

const V4_PART = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const V6_GROUP = /^[0-9a-f]{1,4}$/i;

/** Dotted-quad IPv4 in its canonical form (what resolvers and the WHATWG URL parser produce). */
function parseV4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => V4_PART.test(p))) return null;
  return parts.map(Number);
}

function groupsOf(side: string): number[] | null {
  if (side === '') return [];
  const groups: number[] = [];
  const items = side.split(':');
  for (const [i, item] of items.entries()) {
    // An embedded IPv4 tail (::ffff:10.0.0.1) counts as two groups.
    if (i === items.length - 1 && item.includes('.')) {
      const v4 = parseV4(item);
      if (!v4) return null;
      groups.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
    } else if (V6_GROUP.test(item)) groups.push(Number.parseInt(item, 16));
    else return null;
  }
  return groups;
}

function parseV6(text: string): number[] | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (!head || !tail) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<number>(missing).fill(0), ...tail];
  return groups.flatMap((g) => [g >> 8, g & 0xff]);
}

/** The bytes of an IPv4 or IPv6 address (brackets and a zone id are allowed), or null if it is none. */
export function parseIp(text: string): IpBytes | null {
  const bare = text.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  return bare.includes(':') ? parseV6(bare) : parseV4(bare);
}

/** A parsed `address/prefix` range. */
export interface IpRange {
  bytes: IpBytes;
  prefix: number;
}

/** Parses `10.0.0.0/8` or `fc00::/7` (a plain address is a range of one). */
export function parseRange(text: string): IpRange | null {
  const [address, prefixText, extra] = text.split('/');
  if (address === undefined || extra !== undefined) return null;
  const bytes = parseIp(address);
  if (!bytes) return null;
  const max = bytes.length * 8;
  if (prefixText === undefined) return { bytes, prefix: max };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > max) return null;
  return { bytes, prefix: Number(prefixText) };
}

/** Whether `bytes` lies inside `range` (same family only). */
export function inRange(bytes: IpBytes, range: IpRange): boolean {
  if (bytes.length !== range.bytes.length) return false;
  for (let bit = 0; bit < range.prefix; bit += 8) {
    const i = bit / 8;
    const width = Math.min(8, range.prefix - bit);
    const mask = (0xff << (8 - width)) & 0xff;
    if ((bytes[i]! & mask) !== (range.bytes[i]! & mask)) return false;
  }
  return true;
}
