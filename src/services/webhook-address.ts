import { lookup } from 'node:dns/promises';
import { type AddressRefusal, optOutAllows, refuseAddress } from '../domain/webhooks/address-policy.ts';
import { parseIp } from '../domain/webhooks/ip-address.ts';
import { WebhookUrlRefusedError } from '../errors.ts';

export interface ResolvedAddress {
  address: string;
  family: number;
}
/** Resolves a host name to every address it has (injected in tests: no DNS there). */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: HostResolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

export interface AddressGuard {
  resolve: HostResolver;
  /** WEBHOOK_ALLOW_PRIVATE: let loopback and private networks through (never metadata). */
  allowPrivate: boolean;
}

/** The URL's host without IPv6 brackets; `literal` when it is an IP address (never resolved). */
export function hostOf(url: URL): { host: string; literal: boolean } {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return { host, literal: parseIp(host) !== null };
}

/** The addresses a delivery to `host` may use, or the first refusal among them: one bad answer spoils all. */
export async function guardedAddresses(
  host: string,
  guard: AddressGuard,
): Promise<{ addresses: ResolvedAddress[] } | { refusal: AddressRefusal }> {
  if (parseIp(host)) {
    const refusal = refuseAddress(host, guard);
    return refusal ? { refusal } : { addresses: [{ address: host, family: host.includes(':') ? 6 : 4 }] };
  }
  const addresses = await guard.resolve(host);
  for (const a of addresses) {
    const refusal = refuseAddress(a.address, guard);
    if (refusal) return { refusal };
  }
  return { addresses };
}

/**
 * Refuses (422) a subscription whose host is, or resolves to, an address webhooks may not reach. Every
 * resolved address is checked, since a client may connect to any of them; delivery checks again
 * (src/services/webhook-http.ts) because DNS may answer differently by then.
 */
export async function checkWebhookUrl(url: string, guard: AddressGuard): Promise<void> {
  const { host } = hostOf(new URL(url));
  let result: Awaited<ReturnType<typeof guardedAddresses>>;
  try {
    result = await guardedAddresses(host, guard);
  } catch (err) {
    const dnsCode = (err as { code?: string }).code ?? 'no answer';
    throw new WebhookUrlRefusedError({ url, host, address: null, kind: 'unresolved', dnsCode, hint: 'host' });
  }
  if ('addresses' in result) return;
  const { refusal } = result;
  const hint = optOutAllows(refusal.kind) && !guard.allowPrivate ? 'private' : 'public';
  const { address, kind } = refusal;
  throw new WebhookUrlRefusedError({ url, host, address, kind, dnsCode: null, hint });
}
