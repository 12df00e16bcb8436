import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, type Problem, problem } from './problem.ts';

/**
 * Errors raised before a route is found, which never reach the error handler: fastify answers them
 * itself (frameworkErrors) and Node's HTTP parser before fastify (clientError). Both answer problem
 * documents here, like every other error of this API.
 */

/** The router's errors: a path that is not valid percent-encoded UTF-8, or a path parameter too long. */
export function frameworkErrors(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const path = request.url.split('?')[0] ?? '/';
  const body =
    err.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? problem(
          414,
          'uri-too-long',
          'A path parameter is longer than 100 characters: ids here are UUIDs or short names; check the URL.',
        )
      : problem(
          400,
          'bad-url',
          'The path is not valid percent-encoding of UTF-8 (e.g. "%ZZ" or an overlong "%C0%AF"): encode each byte as %XX of its UTF-8 form.',
        );
  // The raw path is not echoed back: it is exactly what could not be decoded.
  void reply
    .code(body.status)
    .type(PROBLEM_CONTENT_TYPE)
    .send({ ...body, instance: safeInstance(path), requestId: request.id });
}

function safeInstance(path: string): string | undefined {
  try {
    decodeURIComponent(path);
    return path.length <= 256 ? path : undefined;
  } catch {
    return undefined;
  }
}

const CLIENT_ERRORS: Record<string, Problem> = {
  HPE_HEADER_OVERFLOW: problem(
    431,
    'headers-too-large',
    'The request headers are larger than 16 KiB: send fewer or shorter headers (cookies, tokens).',
  ),
  ERR_HTTP_REQUEST_TIMEOUT: problem(
    408,
    'request-timeout',
    'The request took too long to arrive; send it again.',
  ),
};

/**
 * Node's HTTP parser failed (headers over 16 KiB, a malformed request line, a timeout): write a minimal
 * problem by hand on the socket, since there is no request object, and close the connection, as the
 * rest of the stream cannot be trusted to be at a request boundary.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const body =
    CLIENT_ERRORS[err.code ?? ''] ??
    problem(400, 'bad-request', 'The request is not valid HTTP/1.1; check the request line and headers.');
  const json = JSON.stringify(body);
  if (!socket.writable) return void socket.destroy();
  socket.end(
    `HTTP/1.1 ${body.status} ${body.title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
      `Content-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
    () => socket.destroy(),
  );
}
