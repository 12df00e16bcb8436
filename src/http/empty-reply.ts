import type { FastifyReply } from 'fastify';

/**
 * Sends a status with no body at all (204, 304). Sending `null` through a typed route serialises it
 * to the four bytes "null" with a Content-Length that a 304 must not carry; clients then wait for them.
 */
export function sendEmpty(reply: FastifyReply, status: 204 | 304): FastifyReply {
  return (reply as FastifyReply).code(status).send();
}
