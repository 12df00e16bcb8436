import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { say } from '../domain/messages/message.ts';
import { problemLanguages } from './languages.ts';
import { PROBLEM_CONTENT_TYPE, type ProblemSpec, problem, renderProblem } from './problem.ts';

/**
 * Errors raised before a route is found, which never reach the error handler: fastify answers them
 * itself (frameworkErrors) and Node's HTTP parser before fastify (clientError). Both answer problem
 * documents here, like every other error of this API.
 */

/** The router's errors: a path that is not valid percent-encoded UTF-8, or a path parameter too long. */
export function frameworkErrors(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const path = request.url.split('?')[0] ?? '/';
  const spec =
    err.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? problem(414, 'uri-too-long', say('uri_too_long', {}))
      : problem(400, 'bad-url', say('bad_url', {}));
  const { body, language } = renderProblem(spec, problemLanguages(request));
  // The raw path is not echoed back: it is exactly what could not be decoded.
  void reply
    .code(body.status)
    .type(PROBLEM_CONTENT_TYPE)
    .header('content-language', language)
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

const CLIENT_ERRORS: Record<string, ProblemSpec> = {
  HPE_HEADER_OVERFLOW: problem(431, 'headers-too-large', say('headers_too_large', {})),
  ERR_HTTP_REQUEST_TIMEOUT: problem(408, 'request-timeout', say('request_timeout', {})),
};

/**
 * Node's HTTP parser failed (headers over 16 KiB, a malformed request line, a timeout): write a minimal
 * problem by hand on the socket, since there is no request object, and close the connection, as the
 * rest of the stream cannot be trusted to be at a request boundary.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  // No request was parsed, so no Accept-Language: English.
  const spec = CLIENT_ERRORS[err.code ?? ''] ?? problem(400, 'bad-request', say('bad_http', {}));
  const { body } = renderProblem(spec, []);
  const json = JSON.stringify(body);
  if (!socket.writable) return void socket.destroy();
  socket.end(
    `HTTP/1.1 ${body.status} ${body.title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
      `Content-Language: en\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
    () => socket.destroy(),
  );
}
