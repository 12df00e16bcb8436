import type { FastifyInstance } from 'fastify';
import { say } from '../domain/messages/message.ts';
import { fieldError, UnprocessableError } from '../errors.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON bodies must be valid UTF-8. Node's default decoding silently turns bad bytes into U+FFFD, which
 * would store a complaint that is not what the customer wrote; refuse it with a 422 instead. Register inside
 * a route plugin: the parser then applies to that plugin's routes only.
 */
export function strictUtf8Json(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    let text: string;
    try {
      text = decoder.decode(body as Buffer);
    } catch {
      done(
        new UnprocessableError(say('body_not_utf8', {}), [
          fieldError('body', 'utf8', say('content.not_utf8', {})),
        ]),
      );
      return;
    }
    parseJson(request, text, done);
  });
}
