import { z } from 'zod';
import { type Language, type Message, translator } from '../domain/messages/message.ts';
import type { FieldError } from '../errors.ts';
import { fieldCode, fieldParams } from './problem-codes.ts';
import { titleOf } from './problem-titles.ts';
import { problemTypesFor } from './problem-types.ts';

/** RFC 9457 problem details, the body of every error this API returns. */
export const ProblemSchema = z
  .object({
    type: z.string().meta({ description: 'A URI reference naming the kind of problem' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z
      .array(
        z.object({
          field: z.string().meta({ description: 'The JSON path of the value, e.g. evidence.statement' }),
          rule: z.string(),
          code: z.string().meta({
            description:
              'Stable, for clients that word problems themselves: e.g. required, too_short, too_long, too_few, invalid_format, approval_required, canned, tone, blame, apology_missing, channels_missing, ceiling, past',
          }),
          params: z.record(z.string(), z.unknown()).meta({
            description: 'The numbers and quotes the message was built from (limits, phrases found)',
          }),
          message: z.string(),
        }),
      )
      .optional()
      .meta({ description: 'Each failing field, for validation problems' }),
    allowedEvents: z.array(z.string()).optional(),
  })
  .catchall(z.unknown())
  .meta({
    id: 'Problem',
    example: {
      type: '/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: 'Incident 0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c does not exist.',
      instance: '/v1/incidents/0190d1a0-5b8e-7cc1-8e8b-6a1f4d1e2b3c',
      requestId: '6f1c1c38-4cb4-4b55-9a43-7d0b6f5d2a11',
    },
  });
export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** A problem before it is rendered: its message and field errors are catalog messages. */
export interface ProblemSpec {
  status: number;
  slug: string;
  say: Message;
  errors?: readonly FieldError[] | undefined;
  extra?: Record<string, unknown>;
}

/** Names a problem; `slug` names its type under /problems/. */
export function problem(
  status: number,
  slug: string,
  message: Message,
  extra: Record<string, unknown> = {},
): ProblemSpec {
  return { status, slug, say: message, extra };
}

/**
 * The problem document in the first of `languages` (every catalog is complete), else English;
 * `language` goes out as Content-Language.
 */
export function renderProblem(
  spec: ProblemSpec,
  languages: readonly Language[],
): { body: Problem; language: Language } {
  const language = languages[0] ?? 'en';
  const { t } = translator(language);
  const body: Problem = {
    type: `/problems/${spec.slug}`,
    title: titleOf(language, spec.status),
    status: spec.status,
    detail: t(spec.say),
    ...spec.extra,
  };
  if (spec.errors)
    body.errors = spec.errors.map((e) => ({
      field: e.field,
      rule: e.rule,
      code: fieldCode(e),
      params: fieldParams(e.say),
      message: t(e.say),
    }));
  return { body, language };
}

/** A problem answer as OpenAPI describes it: its media type and the problem types it may carry. */
export interface ProblemResponse {
  description: string;
  content: { 'application/problem+json': { schema: typeof ProblemSchema } };
}

/** Response schemas for the problem statuses a route may answer, for OpenAPI. */
export function problemResponses<S extends number>(...statuses: S[]): Record<S, ProblemResponse> {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      {
        description: `A problem document (RFC 9457). Its \`type\` is one of: ${problemTypesFor(s).join(', ')}.`,
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
    ]),
  ) as Record<S, ProblemResponse>;
}
