import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../errors.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Invalid UTF-8 in a body: a 400 naming the body (the bytes cannot be JSON text at all). */
export class InvalidUtf8Error extends DomainError {
  constructor() {
    super('BAD_REQUEST', 'The request body is not valid UTF-8: send JSON encoded as UTF-8.', {
      errors: [{ field: 'body', rule: 'utf8', message: 'is not valid UTF-8' }],
    });
  }
}

/**
 * Decodes a body as UTF-8, refusing bad bytes: Node's default decoding silently turns them into U+FFFD,
 * which would store (and audit) text that is not what the client sent.
 */
export function decodeUtf8(body: Buffer): string {
  try {
    return decoder.decode(body);
  } catch {
    throw new InvalidUtf8Error();
  }
}

type Parsed = (err: Error | null, body?: unknown) => void;

/**
 * JSON bodies must be valid UTF-8. `onBuffer` sees the raw bytes first (a signature check) and may
 * refuse them by throwing. Register inside a route plugin to apply to that plugin's routes only.
 */
export function strictUtf8Json(
  app: FastifyInstance,
  onBuffer?: (request: FastifyRequest, raw: Buffer) => void,
): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done: Parsed) => {
    let text: string;
    try {
      onBuffer?.(request, body as Buffer);
      text = decodeUtf8(body as Buffer);
    } catch (err) {
      done(err as Error);
      return;
    }
    parseJson(request, text, done);
  });
}
