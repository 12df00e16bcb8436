import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { say } from '../domain/messages/message.ts';
import { problemLanguages } from './languages.ts';
import { PROBLEM_CONTENT_TYPE, type ProblemSpec, problem, renderProblem } from './problem.ts';

/**
 * Errors raised before a route is found, which never reach the error handler: fastify answers them
 * itself (frameworkErrors) and Node's HTTP parser before fastify (clientError). Both answer problem
 * documents here, with `instance` and `requestId` like every other error of this API.
 */

/** The router's errors: a path that is not valid percent-encoded UTF-8, or a path parameter too long. */
export function frameworkErrors(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const path = request.url.split('?')[0] ?? '/';
  const spec =
    err.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? problem(414, 'uri-too-long', say('uri_too_long', {}))
      : problem(400, 'bad-url', say('bad_url', {}));
  const { body, language } = renderProblem(spec, problemLanguages(request));
  void reply
    .code(body.status)
    .type(PROBLEM_CONTENT_TYPE)
    .header('content-language', language)
    .header('x-request-id', request.id)
    .send({ ...body, instance: uriReference(path), requestId: request.id });
}

/**
 * The path as a valid URI reference: what cannot be decoded (`%ZZ`) is escaped once more (`%25ZZ`) and
 * anything outside URI characters is percent-encoded, so `instance` names the request without echoing
 * bytes a client could not parse. A path is at most the request line (16 KiB of headers), so it is kept whole.
 */
export function uriReference(path: string): string {
  return path
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
    .replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]/gu, escapeChar);
}

/** A character percent-encoded as UTF-8; a lone surrogate (no UTF-8 form) as U+FFFD. */
function escapeChar(c: string): string {
  try {
    return encodeURIComponent(c);
  } catch {
    return '%EF%BF%BD';
  }
}

const CLIENT_ERRORS: Record<string, ProblemSpec> = {
  HPE_HEADER_OVERFLOW: problem(431, 'headers-too-large', say('headers_too_large', {})),
  ERR_HTTP_REQUEST_TIMEOUT: problem(408, 'request-timeout', say('request_timeout', {})),
};

const REQUEST_LINE = /^([A-Z]+) (\/[^ \r\n?]*)\S* HTTP\/\d\.\d\r?\n/;

/**
 * Node's HTTP parser failed (headers over 16 KiB, a malformed request line, a timeout): write a minimal
 * problem by hand on the socket, since there is no request object, and close the connection, as the
 * rest of the stream cannot be trusted to be at a request boundary. The request id is made here; the
 * instance is the path of the request line when one was read, else the id as a URN.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  // No request was parsed, so no Accept-Language: English.
  const spec = CLIENT_ERRORS[err.code ?? ''] ?? problem(400, 'bad-request', say('bad_http', {}));
  const requestId = randomUUID();
  // What the parser had read (Node sets it on parse errors): the request line comes first.
  const raw = (err as { rawPacket?: unknown }).rawPacket;
  const head = Buffer.isBuffer(raw) ? raw.subarray(0, 16_384).toString('latin1') : '';
  const [, method, path] = REQUEST_LINE.exec(head) ?? [];
  const { body } = renderProblem(spec, []);
  const json = JSON.stringify({
    ...body,
    instance: path === undefined ? `urn:uuid:${requestId}` : uriReference(path),
    requestId,
  });
  if (!socket.writable) return void socket.destroy();
  socket.end(
    `HTTP/1.1 ${body.status} ${body.title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\n` +
      `Content-Language: en\r\nX-Request-Id: ${requestId}\r\n` +
      // A HEAD answer has the headers of the GET and no body.
      `Content-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${method === 'HEAD' ? '' : json}`,
    () => socket.destroy(),
  );
}
