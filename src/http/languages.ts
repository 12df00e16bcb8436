import type { FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { LANGUAGES, type Language } from '../domain/messages/message.ts';

/** Primary subtags of Accept-Language in the caller's order of preference ("pl-PL" counts as "pl"). */
export function acceptedLanguages(request: FastifyRequest): string[] {
  if (request.headers['accept-language'] === undefined) return [];
  return [...new Set(new Negotiator(request).languages().map((tag) => tag.toLowerCase().split('-')[0]!))];
}

/** The caller's languages that problems are written in, best first; English comes last in any case. */
export function problemLanguages(request: FastifyRequest): Language[] {
  return acceptedLanguages(request).filter((tag): tag is Language =>
    (LANGUAGES as readonly string[]).includes(tag),
  );
}
