import type { FastifyInstance, FastifyRequest } from 'fastify';
import { say } from '../domain/messages/message.ts';
import { DomainError, fieldError } from '../errors.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Invalid UTF-8 in a body: a 400 naming the body (the bytes cannot be JSON text at all). */
export class InvalidUtf8Error extends DomainError {
  constructor() {
    super('BAD_REQUEST', say('body_not_utf8', {}), {
      errors: [fieldError('body', 'utf8', say('content.not_utf8', {}))],
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

/** A body in another charset than UTF-8: refused, not guessed (RFC 8259 §8.1: JSON is UTF-8). */
export class UnsupportedCharsetError extends DomainError {
  constructor(charset: string) {
    super('UNSUPPORTED_MEDIA_TYPE', say('unsupported_charset', { charset: charset.slice(0, 40) }));
  }
}

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;

/** Refuses a declared charset other than UTF-8 (no charset means UTF-8). */
export function checkCharset(contentType: string | undefined): void {
  const charset = CHARSET.exec(contentType ?? '')?.[1];
  if (charset !== undefined && !/^utf-?8$/i.test(charset)) throw new UnsupportedCharsetError(charset);
}

type Parsed = (err: Error | null, body?: unknown) => void;

/**
 * JSON bodies must be valid UTF-8 and declare no other charset. `onBuffer` sees the raw bytes first (a
 * signature check) and may refuse them by throwing. app.ts registers it for every route; a route plugin
 * registers its own to add an `onBuffer`.
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
      checkCharset(request.headers['content-type']);
      text = decodeUtf8(body as Buffer);
    } catch (err) {
      done(err as Error);
      return;
    }
    parseJson(request, text, done);
  });
}
