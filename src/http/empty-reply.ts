import type { FastifyReply } from 'fastify';

/**
 * Sends a status with no body at all (204, 304). Sending `null` through a typed route serialises it
 * to the four bytes "null" with a Content-Length that a 304 must not carry; clients then wait for them.
 */
export function sendEmpty(reply: FastifyReply, status: 204 | 304): FastifyReply {
  return (reply as FastifyReply).code(status).send();
}

/** Sends a body already rendered as JSON text (a shared page), past the route's typed serializer. */
export function sendJsonText(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}
