import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { type AddressGuard, guardedAddresses, hostOf } from './webhook-address.ts';

/** A delivery stopped before it was sent because of where it would have gone. */
export class DeliveryRefusedError extends Error {}

/**
 * The connection's own lookup: every address the resolver gives is checked before the socket may use
 * one, so the address connected is an address checked (a host that rebinds to 127.0.0.1 after the
 * subscription was accepted is caught here, not by an earlier look-up that the connection never used).
 */
function guardedLookup(guard: AddressGuard): LookupFunction {
  return (hostname, options, callback) => {
    guardedAddresses(hostname, guard).then(
      (result) => {
        if ('refusal' in result) {
          const { address, reason } = result.refusal;
          const err = new DeliveryRefusedError(`refused: ${hostname} resolved to ${address}, ${reason}`);
          return callback(err as NodeJS.ErrnoException, '', 4);
        }
        const wanted = options.family === 6 || options.family === 4 ? options.family : 0;
        const usable = result.addresses.filter((a) => wanted === 0 || a.family === wanted);
        if (usable.length === 0) {
          const err = Object.assign(new Error(`${hostname} has no IPv${wanted} address`), {
            code: 'ENOTFOUND',
          });
          return callback(err, '', 4);
        }
        if (options.all) return callback(null, usable);
        callback(null, usable[0]!.address, usable[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 4),
    );
  };
}

/**
 * POSTs one webhook and answers the status code. Never follows a redirect (it could send signed events
 * to another host); a literal IP host is checked here since sockets only call `lookup` for names.
 */
export async function postWebhook(
  target: string,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; guard: AddressGuard },
): Promise<number> {
  const url = new URL(target);
  const { host, literal } = hostOf(url);
  if (literal) {
    const result = await guardedAddresses(host, options.guard);
    if ('refusal' in result) throw new DeliveryRefusedError(`refused: ${host} is ${result.refusal.reason}`);
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<number>((resolve, reject) => {
    const request = client.request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      lookup: guardedLookup(options.guard),
    });
    const timer = setTimeout(
      () => request.destroy(new Error(`timed out after ${options.timeoutMs} ms`)),
      options.timeoutMs,
    );
    request.on('response', (response) => {
      clearTimeout(timer);
      resolve(response.statusCode ?? 0);
      // Only the status matters: the receiver's body is not read.
      response.destroy();
    });
    request.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    request.end(body);
  });
}
